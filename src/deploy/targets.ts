import { DescribeTargetHealthCommand, ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { withRetry } from '../util/retry';
import { toTargetView, TargetView } from './model';

/**
 * Target health of a target group (all targets, or the given ones). Kept here rather than in
 * src/aws/elbv2.ts, which belongs to the infrastructure stack, because the watch is its only reader.
 */
export async function describeTargetHealth(
  client: ElasticLoadBalancingV2Client,
  targetGroupArn: string,
  targets: { id: string; port?: number }[] | undefined,
  sleep: (ms: number) => Promise<void>,
): Promise<TargetView[]> {
  const out = await withRetry(
    () =>
      client.send(
        new DescribeTargetHealthCommand({
          TargetGroupArn: targetGroupArn,
          Targets: targets?.map((t) => ({ Id: t.id, Port: t.port })),
        }),
      ),
    { sleep },
  );
  return (out.TargetHealthDescriptions ?? []).map(toTargetView);
}
