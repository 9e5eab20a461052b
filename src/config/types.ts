/**
 * The one typed, validated configuration the whole pipeline runs from.
 * Made by `readConfig` (src/config/inputs.ts) from the action's inputs; nothing else reads inputs.
 * Every field is already validated: the pipeline never re-checks shapes.
 */

export type Mode = 'deploy' | 'preview' | 'teardown' | 'sweep';
export type WaitUntil = 'healthy' | 'stable';

export interface KeyValue {
  name: string;
  value: string;
}

export interface SecretRef {
  name: string;
  valueFrom: string;
}

export interface BuildConfig {
  context: string; // directory, default '.'
  dockerfile: string; // path, default '<context>/Dockerfile'
  buildArgs: KeyValue[]; // build-args, KEY=VALUE lines
  platform?: string; // e.g. linux/amd64
  cacheFrom: string[]; // cache-from lines
  cacheTo: string[]; // cache-to lines
  extraTags: string[]; // tags, besides the commit SHA
  labels: KeyValue[]; // OCI labels added to the commit/ref ones
}

export interface EcrConfig {
  repository: string; // ecr-repository
  keepImages: number; // ecr-keep-images (lifecycle policy), default 30
  scanOnPush: boolean; // default true
}

export interface TaskDefinitionConfig {
  path?: string; // task-definition (template or describe-task-definition output); default templates/task-definition.json when it exists
  arn?: string; // task-definition-arn: deploy this registered revision as-is (manual rollback / redeploy)
  containerName?: string; // container-name; default: the only container, or the one named like the service
  containerPort: number; // container-port, default 3000... validated 1..65535
  environment: KeyValue[]; // environment-variables
  secrets: SecretRef[]; // secrets
  cpu?: string; // cpu
  memory?: string; // memory
  taskRoleArn?: string; // task-role-arn
  executionRoleArn?: string; // execution-role-arn
  logGroup: string; // log-group, default /ecs/<cluster>/<service>
  logRetentionDays: number; // log-retention-days, default 30
  keepRevisions: number; // keep-revisions: older ACTIVE revisions of the family beyond this are deregistered, default 10 (0 = keep all)
}

export interface NetworkConfig {
  vpcId?: string; // vpc-id, default: the default VPC
  subnets: string[]; // subnets, default: the VPC's public subnets
  securityGroups: string[]; // security-groups: extra groups for the tasks
  assignPublicIp: boolean; // assign-public-ip, default true
}

export interface LoadBalancerConfig {
  targetGroupArn?: string; // target-group-arn: bring your own target group (skips the ALB stack)
  name?: string; // load-balancer-name, default '<cluster>' (shared by the services of a cluster)
  scheme: 'internet-facing' | 'internal';
  certificateArn?: string; // certificate-arn: HTTPS on 443, 80 redirects
  sslPolicy: string; // ssl-policy
  hostHeader: string[]; // host-header: listener rule condition
  pathPattern: string[]; // path-pattern: listener rule condition
  rulePriority?: number; // rule-priority: fixed instead of chosen
  targetGroupName?: string; // target-group-name, default derived from cluster/service
  healthCheck: {
    path: string; // health-check-path, default '/'
    intervalSeconds: number; // default 10
    timeoutSeconds: number; // default 5
    healthyThreshold: number; // default 2
    unhealthyThreshold: number; // default 2
    matcher: string; // default '200-399'
  };
  deregistrationDelaySeconds: number; // default 30
}

export interface AutoScalingConfig {
  enabled: boolean; // true when max-capacity is given
  minCapacity: number;
  maxCapacity: number;
  cpuTarget?: number; // cpu-target, 60 when enabled and not given; undefined (cpu-target 0): no CPU policy
  memoryTarget?: number; // memory-target
  requestsPerTarget?: number; // requests-per-target
  scaleInCooldown: number; // default 300
  scaleOutCooldown: number; // default 60
}

export interface PreviewConfig {
  pullRequest?: number; // pull-request, default from the event
  domain?: string; // preview-domain: pr-<n>.<domain> host rule; else path rule /pr-<n>/*
  ttlHours: number; // preview-ttl-hours, default 72
  label?: string; // preview-label: only deploy when the PR has it
  priorityBand: [number, number]; // rule priorities reserved for previews, default [40000, 49999]
  githubToken?: string; // github-token for the PR comment and deployment
}

/** How a new version replaces the running one (ECS's deploymentConfiguration.strategy). */
export type StrategyKind = 'rolling' | 'blue-green' | 'canary' | 'linear';

export interface StrategyConfig {
  kind: StrategyKind; // strategy, default 'rolling' (previews always rolling)
  bakeMinutes: number; // bake-minutes: ECS bakeTimeInMinutes (blue/green, canary, linear), both versions kept after the shift
  canary: { percent: number; bakeMinutes: number }; // canary-percent, canary-bake-minutes
  linear: { stepPercent: number; stepBakeMinutes: number }; // linear-step-percent, linear-step-bake-minutes
  infrastructureRoleArn?: string; // infrastructure-role-arn: lets ECS rewrite the listener rules (required unless rolling)
  /** smoke-test-path / smoke-test-status: requested through the test rule before production traffic moves. */
  smokeTest?: { path: string; status: string };
}

/** rollback-on-errors: a CloudWatch alarm on the target group's 5xx rate, wired to deploymentConfiguration.alarms. */
export interface ErrorAlarmConfig {
  enabled: boolean; // default true when a load balancer is used
  thresholdPercent: number; // error-rate-threshold: 5xx per 100 requests over one minute
  minRequests: number; // error-rate-min-requests: below this many requests in the minute the alarm does not trip
}

export interface DeployConfig {
  mode: Mode;
  region: string; // aws-region or AWS_REGION / AWS_DEFAULT_REGION
  cluster: string;
  service: string;
  environment: string; // environment, default 'production'
  image?: string; // image: deploy an existing image, skip the build
  build: BuildConfig;
  ecr: EcrConfig;
  taskDefinition: TaskDefinitionConfig;
  network: NetworkConfig;
  loadBalancer: LoadBalancerConfig;
  autoScaling: AutoScalingConfig;
  preview: PreviewConfig;
  desiredCount?: number; // desired-count: only changed when given (default 1 on create)
  forceNewDeployment: boolean;
  healthCheckGracePeriodSeconds: number; // default 30 with a load balancer
  containerInsights: boolean;
  waitForMinutes: number; // wait-for-minutes, default 15; the deadline of the whole watch
  waitUntil: WaitUntil; // wait-until
  rollback: boolean; // default true
  rollbackOnCancel: boolean; // rollback-on-cancel, default false
  strategy: StrategyConfig;
  errorAlarm: ErrorAlarmConfig;
  failureThreshold: number; // failed-task-threshold: failed new tasks before declaring failure, default 3
  plan: boolean; // plan: print what would change, change nothing
  tags: KeyValue[]; // tags added to everything created
  commitSha: string; // GITHUB_SHA
  ref: string; // GITHUB_REF
  repository: string; // GITHUB_REPOSITORY
  workspace: string; // GITHUB_WORKSPACE or cwd
  serverUrl: string; // GITHUB_SERVER_URL, default https://github.com (for the OCI source label)
  /** Contradictory or ignored inputs that are not worth failing for; the entry point prints each as a warning. */
  warnings: string[];
}
