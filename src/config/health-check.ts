import { HEALTH_CHECK, isValidMatcher } from './aws-limits';
import { check, InputError, InputReader } from './reader';
import type { LoadBalancerConfig } from './types';

export type HealthCheckConfig = LoadBalancerConfig['healthCheck'];

/** The target group's health check: path, interval, timeout, thresholds, matcher. */
export function readHealthCheck(r: InputReader): HealthCheckConfig {
  const [intervalMin, intervalMax] = HEALTH_CHECK.intervalSeconds;
  const [timeoutMin, timeoutMax] = HEALTH_CHECK.timeoutSeconds;
  const [thresholdMin, thresholdMax] = HEALTH_CHECK.threshold;
  const hc: HealthCheckConfig = {
    path: r.str('health-check-path') || '/',
    intervalSeconds: r.int('health-check-interval', 10, intervalMin, intervalMax),
    timeoutSeconds: r.int('health-check-timeout', 5, timeoutMin, timeoutMax),
    healthyThreshold: r.int('healthy-threshold', 2, thresholdMin, thresholdMax),
    unhealthyThreshold: r.int('unhealthy-threshold', 2, thresholdMin, thresholdMax),
    matcher: r.str('health-check-matcher') || '200-399',
  };
  check(
    'health-check-path',
    hc.path.startsWith('/') && hc.path.length <= HEALTH_CHECK.pathMax,
    `start with '/' (at most ${HEALTH_CHECK.pathMax} characters), such as '/health'`,
    hc.path,
  );
  // ELBv2 refuses an HTTP health check whose timeout is not shorter than its interval.
  if (hc.timeoutSeconds >= hc.intervalSeconds) {
    throw new InputError(
      'health-check-timeout',
      `Input 'health-check-timeout' (${hc.timeoutSeconds}) must be less than 'health-check-interval' (${hc.intervalSeconds}).`,
    );
  }
  check(
    'health-check-matcher',
    isValidMatcher(hc.matcher),
    "be HTTP codes from 200 to 499 as '200', '200,202' or '200-299' (a list or one range, not both)",
    hc.matcher,
  );
  hc.matcher = hc.matcher.replace(/\s+/g, '');
  return hc;
}
