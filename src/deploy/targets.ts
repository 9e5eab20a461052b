import type { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { describeTargetGroup, describeTargetHealth as describeTargetHealthApi } from '../aws/elbv2';
import type { PhaseContext } from './context';
import type { HealthCheckTiming } from './schedule';
import { toTargetView, TargetView } from './model';

/**
 * Target health of a target group (all targets, or the given ones). Throttling (ELBv2 Describe*
 * refills at about 10 per second for the whole account) is retried by the SDK client itself.
 */
export async function describeTargetHealth(
  client: ElasticLoadBalancingV2Client,
  targetGroupArn: string,
  targets?: { id: string; port?: number }[],
): Promise<TargetView[]> {
  const out = await describeTargetHealthApi(
    client,
    targetGroupArn,
    targets?.map((t) => ({ Id: t.id, Port: t.port })),
  );
  return out.map(toTargetView);
}

/**
 * The target group's health-check timing as it is (a target group brought with `target-group-arn`
 * keeps its own), with the inputs' values if it cannot be read.
 */
export async function healthCheckTiming(
  ctx: PhaseContext,
  targetGroupArn: string,
  graceSeconds: number,
): Promise<HealthCheckTiming> {
  const own = ctx.config.loadBalancer.healthCheck;
  let tg;
  try {
    tg = await describeTargetGroup(ctx.clients.elbv2, targetGroupArn);
  } catch (error) {
    ctx.log.info(
      `Could not read the target group's health-check settings (${String(error)}); using the inputs'`,
    );
  }
  return {
    intervalMs: (tg?.HealthCheckIntervalSeconds ?? own.intervalSeconds) * 1000,
    healthyThreshold: tg?.HealthyThresholdCount ?? own.healthyThreshold,
    unhealthyThreshold: tg?.UnhealthyThresholdCount ?? own.unhealthyThreshold,
    graceMs: graceSeconds * 1000,
  };
}
