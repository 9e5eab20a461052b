import type { ScalingPolicy } from '@aws-sdk/client-application-auto-scaling';
import type { AwsClients } from '../aws/clients';
import type { DeployConfig } from '../config/types';
import * as aas from '../aws/autoscaling';
import { ConsistencyOptions } from '../aws/consistency';
import { errorMessage } from '../util/errors';
import { resourceTagMap } from '../config/tags';
import { desiredScaling } from './desired';
import { ActualScalingPolicy, Change, changeFor, scalableTargetDrift, scalingPolicyDrift } from './diff';
import { SCALING_POLICY_NAMES } from './naming';
import { planLine } from './plan';
import type { StackOptions } from './context';

const OWN_POLICY_NAMES: string[] = Object.values(SCALING_POLICY_NAMES);

function actualPolicy(p: ScalingPolicy): ActualScalingPolicy {
  const tt = p.TargetTrackingScalingPolicyConfiguration;
  return {
    metric: tt?.PredefinedMetricSpecification?.PredefinedMetricType,
    targetValue: tt?.TargetValue,
    resourceLabel: tt?.PredefinedMetricSpecification?.ResourceLabel,
    scaleInCooldown: tt?.ScaleInCooldown,
    scaleOutCooldown: tt?.ScaleOutCooldown,
  };
}

/**
 * The service's scalable target and target-tracking policies, after the service exists. Policies
 * the action named and no longer wants are deleted; any other policy on the service is left alone.
 */
export async function ensureScaling(
  config: DeployConfig,
  clients: AwsClients,
  target: { cluster: string; service: string; targetGroupArn?: string; loadBalancerArn?: string },
  opts: StackOptions,
): Promise<Change[]> {
  const desired = desiredScaling(config, target);
  const changes: Change[] = [];
  const record = (change: Change): void => {
    changes.push(change);
    opts.log.info(`${opts.plan && change.action !== 'keep' ? 'would ' : ''}${planLine(change)}`);
  };
  const client = clients.autoscaling;
  const consistency: ConsistencyOptions = {
    sleep: opts.sleep,
    onRetry: (error, attempt) =>
      opts.log.info(
        `Application Auto Scaling does not see the service or its target yet (${errorMessage(error)}); try ${attempt + 1}`,
      ),
  };
  const actual = await aas.describeScalableTarget(client, desired.resourceId);
  const policies = actual ? await aas.describeScalingPolicies(client, desired.resourceId) : [];

  if (desired.enabled) {
    const bounds = `min ${desired.minCapacity}, max ${desired.maxCapacity}`;
    if (!actual) {
      if (!opts.plan)
        await aas.registerScalableTarget(
          client,
          {
            resourceId: desired.resourceId,
            minCapacity: desired.minCapacity,
            maxCapacity: desired.maxCapacity,
            tags: resourceTagMap(config),
          },
          consistency,
        );
      record({ action: 'create', resource: 'scalable-target', name: desired.resourceId, detail: bounds });
    } else {
      const drift = scalableTargetDrift(desired, {
        minCapacity: actual.MinCapacity,
        maxCapacity: actual.MaxCapacity,
      });
      if (drift.length > 0 && !opts.plan)
        await aas.registerScalableTarget(
          client,
          {
            resourceId: desired.resourceId,
            minCapacity: desired.minCapacity,
            maxCapacity: desired.maxCapacity,
          },
          consistency,
        );
      record(changeFor('scalable-target', desired.resourceId, drift, bounds));
    }
    for (const spec of desired.policies) {
      const existing = policies.find((p) => p.PolicyName === spec.name);
      const drift = existing ? scalingPolicyDrift(spec, actualPolicy(existing)) : [];
      if ((!existing || drift.length > 0) && !opts.plan)
        await aas.putTargetTrackingPolicy(
          client,
          {
            resourceId: desired.resourceId,
            policyName: spec.name,
            metric: spec.metric,
            targetValue: spec.targetValue,
            resourceLabel: spec.resourceLabel,
            scaleInCooldown: spec.scaleInCooldown,
            scaleOutCooldown: spec.scaleOutCooldown,
          },
          consistency,
        );
      const detail = `${spec.metric} ${spec.targetValue}, cooldowns in ${spec.scaleInCooldown} s / out ${spec.scaleOutCooldown} s`;
      record(
        existing
          ? changeFor('scaling-policy', spec.name, drift, detail)
          : { action: 'create', resource: 'scaling-policy', name: spec.name, detail },
      );
    }
  }

  const wanted = new Set(desired.policies.map((p) => p.name));
  for (const p of policies) {
    if (!p.PolicyName || !OWN_POLICY_NAMES.includes(p.PolicyName) || wanted.has(p.PolicyName)) continue;
    if (!opts.plan) await aas.deleteScalingPolicy(client, desired.resourceId, p.PolicyName);
    record({ action: 'delete', resource: 'scaling-policy', name: p.PolicyName, detail: 'no longer wanted' });
  }
  return changes;
}
