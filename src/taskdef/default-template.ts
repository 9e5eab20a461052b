// The built-in template, used when the workspace has none; identical to templates/task-definition.json (a test checks).
export const BUILT_IN_TEMPLATE = `{
  "family": "\${FAMILY}",
  "networkMode": "awsvpc",
  "requiresCompatibilities": ["FARGATE"],
  "cpu": "256",
  "memory": "512",
  "executionRoleArn": "arn:aws:iam::\${AWS_ACCOUNT_ID}:role/ecsTaskExecutionRole",
  "containerDefinitions": [
    {
      "name": "\${CONTAINER_NAME}",
      "image": "\${IMAGE}",
      "essential": true,
      "portMappings": [{ "containerPort": "\${CONTAINER_PORT}", "protocol": "tcp" }],
      "environment": [{ "name": "ENVIRONMENT", "value": "\${ENVIRONMENT}" }],
      "logConfiguration": {
        "logDriver": "awslogs",
        "options": {
          "awslogs-group": "\${LOG_GROUP}",
          "awslogs-region": "\${AWS_REGION}",
          "awslogs-stream-prefix": "\${SERVICE}"
        }
      }
    }
  ]
}
`;
