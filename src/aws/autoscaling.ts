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
import { errorMessage } from '../util/errors';
import { ConsistencyOptions, untilVisible } from './consistency';
import { isAwsError } from './errors';
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

/**
 * Right after CreateService, Application Auto Scaling may not see the service yet (ValidationException
 * "ECS service doesn't exist"), nor assume its service-linked role the first time in an account
 * ("Unable to assume IAM role"). ConcurrentUpdateException is a pending update of the same target.
 */
export function isScalableTargetNotYetReady(error: unknown): boolean {
  if (isAwsError(error, 'ConcurrentUpdateException')) return true;
  return (
    isAwsError(error, 'ValidationException') &&
    /service doesn't exist|service does not exist|unable to assume iam role/i.test(errorMessage(error))
  );
}

/**
 * Right after RegisterScalableTarget, PutScalingPolicy may not see the target yet
 * (ObjectNotFoundException "No scalable target registered"), or the service-linked role may not yet
 * be allowed to read CloudWatch alarms (FailedResourceAccessException, IAM propagation).
 */
export function isScalingPolicyTargetNotYetReady(error: unknown): boolean {
  return (
    isAwsError(
      error,
      'ObjectNotFoundException',
      'FailedResourceAccessException',
      'ConcurrentUpdateException',
    ) || isScalableTargetNotYetReady(error)
  );
}

export async function registerScalableTarget(
  client: ApplicationAutoScalingClient,
  input: { resourceId: string; minCapacity: number; maxCapacity: number; tags?: Record<string, string> },
  consistency?: ConsistencyOptions,
): Promise<void> {
  await untilVisible(
    () =>
      client.send(
        new RegisterScalableTargetCommand({
          ServiceNamespace: NAMESPACE,
          ScalableDimension: DIMENSION,
          ResourceId: input.resourceId,
          MinCapacity: input.minCapacity,
          MaxCapacity: input.maxCapacity,
          ...(input.tags ? { Tags: input.tags } : {}),
        }),
      ),
    isScalableTargetNotYetReady,
    consistency,
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
  consistency?: ConsistencyOptions,
): Promise<void> {
  await untilVisible(
    () =>
      client.send(
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
      ),
    isScalingPolicyTargetNotYetReady,
    consistency,
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
