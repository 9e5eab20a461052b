import type { TargetGroup } from '@aws-sdk/client-elastic-load-balancing-v2';
import * as elbv2 from '../aws/elbv2';
import type { StackContext } from './context';
import type { TargetGroupSpec } from './desired';
import { changeFor, deregistrationDelayDrift, describeDrift, targetGroupDrift } from './diff';

const DEREGISTRATION_DELAY_KEY = 'deregistration_delay.timeout_seconds';

/** The service's target group, created or with its health check and deregistration delay corrected. */
export async function ensureTargetGroup(
  ctx: StackContext,
  spec: TargetGroupSpec,
  vpcId: string,
): Promise<string | undefined> {
  const existing = await elbv2.findTargetGroupByName(ctx.clients.elbv2, spec.name);
  if (!existing?.TargetGroupArn) return createTargetGroup(ctx, spec, vpcId);
  const arn = existing.TargetGroupArn;
  const client = ctx.clients.elbv2;
  const { mutable, immutable } = targetGroupDrift(spec, actualTargetGroup(existing), vpcId);
  if (immutable.length > 0)
    throw new Error(
      `Target group ${spec.name} exists with ${describeDrift(immutable)}, which cannot change in place. ` +
        'Set target-group-name to a new name (then remove the old group once nothing uses it), or bring the inputs back in line.',
    );
  const attrs = await elbv2.describeTargetGroupAttributes(client, arn);
  const current = attrs[DEREGISTRATION_DELAY_KEY];
  const delayDrift = deregistrationDelayDrift(
    spec.deregistrationDelaySeconds,
    current === undefined ? undefined : Number(current),
  );
  if (!ctx.plan) {
    if (mutable.length > 0) {
      await elbv2.modifyTargetGroup(client, { TargetGroupArn: arn, ...healthCheckSettings(spec) });
    }
    if (delayDrift.length > 0)
      await elbv2.modifyTargetGroupAttributes(client, arn, {
        [DEREGISTRATION_DELAY_KEY]: String(spec.deregistrationDelaySeconds),
      });
  }
  ctx.record(changeFor('target-group', spec.name, [...mutable, ...delayDrift]));
  return arn;
}

async function createTargetGroup(
  ctx: StackContext,
  spec: TargetGroupSpec,
  vpcId: string,
): Promise<string | undefined> {
  let arn: string | undefined;
  if (!ctx.plan) {
    arn = (
      await elbv2.createTargetGroup(ctx.clients.elbv2, {
        Name: spec.name,
        Protocol: spec.protocol,
        Port: spec.port,
        VpcId: vpcId,
        TargetType: spec.targetType,
        HealthCheckEnabled: true,
        HealthCheckProtocol: 'HTTP',
        HealthCheckPort: 'traffic-port',
        ...healthCheckSettings(spec),
        Tags: elbv2.toTagList(ctx.desired.tags),
      })
    ).TargetGroupArn;
    // The 300 s default is what makes "services stable" waits take minutes; it is an attribute, not a create parameter.
    await elbv2.modifyTargetGroupAttributes(
      ctx.clients.elbv2,
      arn as string,
      { [DEREGISTRATION_DELAY_KEY]: String(spec.deregistrationDelaySeconds) },
      ctx.consistency,
    );
  }
  ctx.record({
    action: 'create',
    resource: 'target-group',
    name: spec.name,
    detail: `ip:${spec.port}, health check ${spec.healthCheck.path} every ${spec.healthCheck.intervalSeconds} s, deregistration delay ${spec.deregistrationDelaySeconds} s`,
  });
  return arn;
}

/** The health check fields the action sets, both at create and when correcting drift. */
function healthCheckSettings(spec: TargetGroupSpec) {
  const hc = spec.healthCheck;
  return {
    HealthCheckPath: hc.path,
    HealthCheckIntervalSeconds: hc.intervalSeconds,
    HealthCheckTimeoutSeconds: hc.timeoutSeconds,
    HealthyThresholdCount: hc.healthyThreshold,
    UnhealthyThresholdCount: hc.unhealthyThreshold,
    Matcher: { HttpCode: hc.matcher },
  };
}

function actualTargetGroup(tg: TargetGroup) {
  return {
    port: tg.Port,
    protocol: tg.Protocol,
    targetType: tg.TargetType,
    vpcId: tg.VpcId,
    healthCheck: {
      path: tg.HealthCheckPath,
      intervalSeconds: tg.HealthCheckIntervalSeconds,
      timeoutSeconds: tg.HealthCheckTimeoutSeconds,
      healthyThreshold: tg.HealthyThresholdCount,
      unhealthyThreshold: tg.UnhealthyThresholdCount,
      matcher: tg.Matcher?.HttpCode,
    },
  };
}

/**
 * Bring-your-own target group (the target-group-arn input): checked to exist in the tasks' VPC;
 * the security groups of the load balancers that forward to it are returned, for the tasks' group.
 */
export async function useExistingTargetGroup(
  ctx: StackContext,
  arn: string,
  vpcId: string,
): Promise<{ sources: string[]; loadBalancerArn?: string }> {
  const tg = await elbv2.describeTargetGroup(ctx.clients.elbv2, arn);
  if (!tg) throw new Error(`Input 'target-group-arn': ${arn} not found in ${ctx.config.region}.`);
  // Fargate tasks (awsvpc) register by IP; CreateService refuses a target group of instances.
  if (tg.TargetType && tg.TargetType !== 'ip')
    throw new Error(
      `Input 'target-group-arn': ${tg.TargetGroupName} has target type ${tg.TargetType}; Fargate tasks need a target group of type ip.`,
    );
  if (tg.VpcId && tg.VpcId !== vpcId)
    throw new Error(
      `Input 'target-group-arn': the target group is in ${tg.VpcId} but the tasks' subnets are in ${vpcId}; give subnets of the target group's VPC.`,
    );
  const sources: string[] = [];
  let loadBalancerArn: string | undefined;
  for (const lbArn of tg.LoadBalancerArns ?? []) {
    const lb = await elbv2.describeLoadBalancerByArn(ctx.clients.elbv2, lbArn);
    sources.push(...(lb?.SecurityGroups ?? []));
    loadBalancerArn ??= lbArn;
  }
  if (sources.length === 0)
    ctx.log.warning(
      `Target group ${tg.TargetGroupName} has no load balancer yet, so the tasks' security group admits no load balancer.`,
    );
  ctx.record({
    action: 'keep',
    resource: 'target-group',
    name: tg.TargetGroupName ?? arn,
    detail: 'from the target-group-arn input',
  });
  return { sources, loadBalancerArn };
}
