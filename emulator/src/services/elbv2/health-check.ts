import type { HealthCheckSettings, TargetGroupRecord } from './state';
import { bool, inRange, int, str, validationError } from '../../core/params';
/** Target group health-check settings: AWS's defaults, ranges and matcher rules. */

export const MATCHER = /^\d{3}(-\d{3})?(,\d{3}(-\d{3})?)*$/;

export function healthCheckFrom(
  input: Record<string, any>,
  base: HealthCheckSettings,
  targetType: string,
): HealthCheckSettings {
  const hc: HealthCheckSettings = {
    enabled: bool(input.HealthCheckEnabled, 'healthCheckEnabled') ?? base.enabled,
    protocol: str(input.HealthCheckProtocol) ?? base.protocol,
    port: str(input.HealthCheckPort) ?? base.port,
    path: str(input.HealthCheckPath) ?? base.path,
    intervalSeconds:
      int(input.HealthCheckIntervalSeconds, 'healthCheckIntervalSeconds') ?? base.intervalSeconds,
    timeoutSeconds: int(input.HealthCheckTimeoutSeconds, 'healthCheckTimeoutSeconds') ?? base.timeoutSeconds,
    healthyThreshold: int(input.HealthyThresholdCount, 'healthyThresholdCount') ?? base.healthyThreshold,
    unhealthyThreshold:
      int(input.UnhealthyThresholdCount, 'unhealthyThresholdCount') ?? base.unhealthyThreshold,
    matcher: str(input.Matcher?.HttpCode) ?? base.matcher,
  };
  if (!hc.enabled && targetType !== 'lambda') {
    throw validationError(
      `Health checks cannot be disabled for target groups with target type '${targetType}'`,
    );
  }
  if (hc.protocol !== 'HTTP' && hc.protocol !== 'HTTPS') {
    throw validationError(
      `Health check protocol '${hc.protocol}' is not supported for target groups of application load balancers; use HTTP or HTTPS`,
    );
  }
  if (hc.port !== 'traffic-port') {
    const p = /^\d+$/.test(hc.port) ? Number(hc.port) : NaN;
    if (!(p >= 1 && p <= 65535))
      throw validationError(
        `Health check port '${hc.port}' must be 'traffic-port' or a number from 1 to 65535`,
      );
  }
  if (!hc.path.startsWith('/'))
    throw validationError(`Health check path '${hc.path}' must begin with a '/' character`);
  if (hc.path.length > 1024) throw validationError('Health check path cannot be longer than 1024 characters');
  inRange(hc.intervalSeconds, 5, 300, 'healthCheckIntervalSeconds');
  inRange(hc.timeoutSeconds, 2, 120, 'healthCheckTimeoutSeconds');
  inRange(hc.healthyThreshold, 2, 10, 'healthyThresholdCount');
  inRange(hc.unhealthyThreshold, 2, 10, 'unhealthyThresholdCount');
  if (hc.timeoutSeconds >= hc.intervalSeconds) {
    throw validationError(
      `Health check timeout '${hc.timeoutSeconds}' must be smaller than the interval '${hc.intervalSeconds}'`,
    );
  }
  if (!MATCHER.test(hc.matcher))
    throw validationError(
      `Health check matcher HTTP code '${hc.matcher}' is not valid: use '200', '200,202' or '200-299'`,
    );
  for (const code of hc.matcher.split(/[,-]/).map(Number)) {
    if (code < 200 || code > 499)
      throw validationError(
        `Health check matcher HTTP code '${hc.matcher}' must be within '200-499' inclusive`,
      );
  }
  return hc;
}

/** AWS's health-check defaults for a new target group of this type. */
export function defaultHealthCheck(
  targetType: TargetGroupRecord['targetType'],
  protocol: string | undefined,
  protocolVersion: string | undefined,
): HealthCheckSettings {
  return targetType === 'lambda'
    ? {
        enabled: false,
        protocol: 'HTTP',
        port: 'traffic-port',
        path: '/',
        intervalSeconds: 35,
        timeoutSeconds: 30,
        healthyThreshold: 5,
        unhealthyThreshold: 2,
        matcher: '200',
      }
    : {
        enabled: true,
        protocol: protocol!,
        port: 'traffic-port',
        path: '/',
        intervalSeconds: 30,
        timeoutSeconds: 5,
        healthyThreshold: 5,
        unhealthyThreshold: 2,
        matcher: protocolVersion === 'GRPC' ? '12' : '200',
      };
}
