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
import { allPages, findInPages } from './paging';

/** Application Auto Scaling for ECS services: namespace `ecs`, dimension `ecs:service:DesiredCount`. */
const NAMESPACE = 'ecs';
const DIMENSION = 'ecs:service:DesiredCount';

export function describeScalableTarget(
  client: ApplicationAutoScalingClient,
  resourceId: string,
): Promise<ScalableTarget | undefined> {
  return findInPages(
    async (token) => {
      const out = await client.send(
        new DescribeScalableTargetsCommand({
          ServiceNamespace: NAMESPACE,
          ResourceIds: [resourceId],
          ScalableDimension: DIMENSION,
          NextToken: token,
        }),
      );
      return { items: out.ScalableTargets, next: out.NextToken };
    },
    (t) => t.ResourceId === resourceId,
  );
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

export function describeScalingPolicies(
  client: ApplicationAutoScalingClient,
  resourceId: string,
): Promise<ScalingPolicy[]> {
  return allPages(async (token) => {
    const out = await client.send(
      new DescribeScalingPoliciesCommand({
        ServiceNamespace: NAMESPACE,
        ResourceId: resourceId,
        ScalableDimension: DIMENSION,
        NextToken: token,
      }),
    );
    return { items: out.ScalingPolicies, next: out.NextToken };
  });
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
