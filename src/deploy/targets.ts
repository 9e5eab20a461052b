import type { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { describeTargetHealth as describeTargetHealthApi } from '../aws/elbv2';
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
