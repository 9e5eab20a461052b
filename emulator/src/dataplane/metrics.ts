import type { MetricDatumRecord } from '../core/contracts';
import type { World } from '../core/world';

/**
 * The load balancer's CloudWatch metrics (namespace AWS/ApplicationELB), published per request into
 * CloudWatch's one-minute buckets of emulated time, so a minute with no requests has no datapoint, as
 * on AWS. Target-group metrics go to the dimension sets {LoadBalancer, TargetGroup} and {TargetGroup},
 * load-balancer totals to {LoadBalancer}.
 */
const NAMESPACE = 'AWS/ApplicationELB';

/** 'app/<name>/<id>', the LoadBalancer dimension of a load balancer's ARN. */
export const loadBalancerDimension = (arn: string) => arn.slice(arn.indexOf(':loadbalancer/') + 14);
/** 'targetgroup/<name>/<id>', the TargetGroup dimension of a target group's ARN. */
export const targetGroupDimension = (arn: string) => arn.slice(arn.lastIndexOf(':') + 1);

export class LoadBalancerMetrics {
  constructor(private readonly world: World) {}

  /** A request for which the load balancer chose a target (RequestCount counts only those). */
  request(lbArn: string, tgArn: string): void {
    this.publish(this.both(lbArn, tgArn, 'RequestCount', 1, 'Count'));
  }

  /** The target's answer: its status class count and TargetResponseTime (seconds). */
  targetResponse(lbArn: string, tgArn: string, status: number, seconds: number): void {
    const cls = Math.floor(status / 100);
    this.publish([
      ...(cls >= 2 && cls <= 5 ? this.both(lbArn, tgArn, `HTTPCode_Target_${cls}XX_Count`, 1, 'Count') : []),
      ...this.both(lbArn, tgArn, 'TargetResponseTime', seconds, 'Seconds'),
    ]);
  }

  /** An error the load balancer itself answered with (no target, or the target failed: 502, 503, 504). */
  loadBalancerError(lbArn: string, status: number): void {
    if (status < 500) return;
    const lb = [{ Name: 'LoadBalancer', Value: loadBalancerDimension(lbArn) }];
    this.publish([
      this.datum('HTTPCode_ELB_5XX_Count', lb, 1, 'Count'),
      this.datum(`HTTPCode_ELB_${status}_Count`, lb, 1, 'Count'),
    ]);
  }

  private both(lbArn: string, tgArn: string, name: string, value: number, unit: string): MetricDatumRecord[] {
    const lb = { Name: 'LoadBalancer', Value: loadBalancerDimension(lbArn) };
    const tg = { Name: 'TargetGroup', Value: targetGroupDimension(tgArn) };
    return [
      this.datum(name, [lb], value, unit),
      this.datum(name, [tg, lb], value, unit),
      this.datum(name, [tg], value, unit),
    ];
  }

  private datum(
    metricName: string,
    dimensions: { Name: string; Value: string }[],
    value: number,
    unit: string,
  ): MetricDatumRecord {
    return { namespace: NAMESPACE, metricName, dimensions, value, unit };
  }

  private publish(data: MetricDatumRecord[]): void {
    // A world assembled without CloudWatch (some unit tests) publishes nowhere.
    (this.world.cloudwatch as typeof this.world.cloudwatch | undefined)?.putMetricData(data);
  }
}
