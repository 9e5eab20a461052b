import {
  ApplicationAutoScalingClient,
  DeleteScalingPolicyCommand,
  MetricType,
  DescribeScalableTargetsCommand,
  DescribeScalingPoliciesCommand,
  PutScalingPolicyCommand,
  RegisterScalableTargetCommand,
  ScalableTarget,
  ScalingPolicy,
} from '@aws-sdk/client-application-auto-scaling';

/** Application Auto Scaling for ECS services: namespace `ecs`, dimension `ecs:service:DesiredCount`. */
const NAMESPACE = 'ecs';
const DIMENSION = 'ecs:service:DesiredCount';
const MAX_PAGES = 1000;

export async function describeScalableTarget(
  client: ApplicationAutoScalingClient,
  resourceId: string,
): Promise<ScalableTarget | undefined> {
  let token: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const out = await client.send(
      new DescribeScalableTargetsCommand({
        ServiceNamespace: NAMESPACE,
        ResourceIds: [resourceId],
        ScalableDimension: DIMENSION,
        NextToken: token,
      }),
    );
    const found = (out.ScalableTargets ?? []).find((t) => t.ResourceId === resourceId);
    if (found) return found;
    token = out.NextToken;
    if (!token) break;
  }
  return undefined;
}

export async function registerScalableTarget(
  client: ApplicationAutoScalingClient,
  input: { resourceId: string; minCapacity: number; maxCapacity: number; tags?: Record<string, string> },
): Promise<void> {
  await client.send(
    new RegisterScalableTargetCommand({
      ServiceNamespace: NAMESPACE,
      ScalableDimension: DIMENSION,
      ResourceId: input.resourceId,
      MinCapacity: input.minCapacity,
      MaxCapacity: input.maxCapacity,
      ...(input.tags ? { Tags: input.tags } : {}),
    }),
  );
}

export async function describeScalingPolicies(
  client: ApplicationAutoScalingClient,
  resourceId: string,
): Promise<ScalingPolicy[]> {
  const policies: ScalingPolicy[] = [];
  let token: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const out = await client.send(
      new DescribeScalingPoliciesCommand({
        ServiceNamespace: NAMESPACE,
        ResourceId: resourceId,
        ScalableDimension: DIMENSION,
        NextToken: token,
      }),
    );
    policies.push(...(out.ScalingPolicies ?? []));
    token = out.NextToken;
    if (!token) break;
  }
  return policies;
}

export async function putTargetTrackingPolicy(
  client: ApplicationAutoScalingClient,
  input: {
    resourceId: string;
    policyName: string;
    metric: string;
    targetValue: number;
    resourceLabel?: string;
    scaleInCooldown: number;
    scaleOutCooldown: number;
  },
): Promise<void> {
  await client.send(
    new PutScalingPolicyCommand({
      ServiceNamespace: NAMESPACE,
      ScalableDimension: DIMENSION,
      ResourceId: input.resourceId,
      PolicyName: input.policyName,
      PolicyType: 'TargetTrackingScaling',
      TargetTrackingScalingPolicyConfiguration: {
        TargetValue: input.targetValue,
        PredefinedMetricSpecification: {
          PredefinedMetricType: input.metric as MetricType,
          ...(input.resourceLabel ? { ResourceLabel: input.resourceLabel } : {}),
        },
        ScaleInCooldown: input.scaleInCooldown,
        ScaleOutCooldown: input.scaleOutCooldown,
      },
    }),
  );
}

export async function deleteScalingPolicy(
  client: ApplicationAutoScalingClient,
  resourceId: string,
  policyName: string,
): Promise<void> {
  await client.send(
    new DeleteScalingPolicyCommand({
      ServiceNamespace: NAMESPACE,
      ScalableDimension: DIMENSION,
      ResourceId: resourceId,
      PolicyName: policyName,
    }),
  );
}
