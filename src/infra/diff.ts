import type {
  HealthCheckSpec,
  IngressPermission,
  ListenerSpec,
  RuleConditions,
  ScalingPolicySpec,
  TargetGroupSpec,
} from './desired';

/**
 * Desired against actual, field by field. Pure: the orchestration reads the actual state through
 * the aws/ modules, maps it to these shapes and calls only what a drift here asks for.
 */

export type ChangeAction = 'create' | 'update' | 'keep' | 'delete';

export interface Change {
  action: ChangeAction;
  resource: string;
  name: string;
  detail?: string;
}

/** One field that differs: rendered `field: actual -> desired`. */
export interface FieldDrift {
  field: string;
  actual: unknown;
  desired: unknown;
}

export function describeDrift(drifts: FieldDrift[]): string {
  return drifts
    .map((d) => `${d.field}: ${JSON.stringify(d.actual)} -> ${JSON.stringify(d.desired)}`)
    .join(', ');
}

function compare<T>(field: string, actual: T, desired: T, out: FieldDrift[]): void {
  if (actual !== desired) out.push({ field, actual, desired });
}

export interface ActualTargetGroup {
  port?: number;
  protocol?: string;
  targetType?: string;
  vpcId?: string;
  healthCheck: Partial<HealthCheckSpec>;
}

/**
 * `mutable`: fixed by ModifyTargetGroup. `immutable`: port, protocol, target type and VPC cannot be
 * changed on an existing target group; the caller fails with a way out instead of recreating it
 * (deleting a target group in use would cut the service off).
 */
export function targetGroupDrift(
  desired: TargetGroupSpec,
  actual: ActualTargetGroup,
  vpcId?: string,
): { mutable: FieldDrift[]; immutable: FieldDrift[] } {
  const mutable: FieldDrift[] = [];
  const immutable: FieldDrift[] = [];
  compare('port', actual.port, desired.port, immutable);
  compare('protocol', actual.protocol, desired.protocol, immutable);
  compare('target type', actual.targetType, desired.targetType, immutable);
  if (vpcId !== undefined) compare('vpc', actual.vpcId, vpcId, immutable);
  const hc = desired.healthCheck;
  compare('health check path', actual.healthCheck.path, hc.path, mutable);
  compare('health check interval', actual.healthCheck.intervalSeconds, hc.intervalSeconds, mutable);
  compare('health check timeout', actual.healthCheck.timeoutSeconds, hc.timeoutSeconds, mutable);
  compare('healthy threshold', actual.healthCheck.healthyThreshold, hc.healthyThreshold, mutable);
  compare('unhealthy threshold', actual.healthCheck.unhealthyThreshold, hc.unhealthyThreshold, mutable);
  compare('matcher', actual.healthCheck.matcher, hc.matcher, mutable);
  return { mutable, immutable };
}

export function deregistrationDelayDrift(
  desiredSeconds: number,
  actualSeconds: number | undefined,
): FieldDrift[] {
  const out: FieldDrift[] = [];
  compare('deregistration delay', actualSeconds, desiredSeconds, out);
  return out;
}

export interface ActualListener {
  port?: number;
  protocol?: string;
  certificateArn?: string;
  sslPolicy?: string;
}

/** Certificate and TLS policy drift of an HTTPS listener; an HTTP listener has nothing to correct. */
export function listenerDrift(desired: ListenerSpec, actual: ActualListener): FieldDrift[] {
  const out: FieldDrift[] = [];
  compare('protocol', actual.protocol, desired.protocol, out);
  if (desired.protocol === 'HTTPS') {
    compare('certificate', actual.certificateArn, desired.certificateArn, out);
    compare('ssl policy', actual.sslPolicy, desired.sslPolicy, out);
  }
  return out;
}

const sameSet = (a: string[], b: string[]): boolean => {
  const sa = new Set(a);
  const sb = new Set(b);
  return sa.size === sb.size && [...sa].every((x) => sb.has(x));
};

export function conditionsDrift(desired: RuleConditions, actual: RuleConditions): FieldDrift[] {
  const out: FieldDrift[] = [];
  if (!sameSet(desired.hostHeader, actual.hostHeader))
    out.push({ field: 'host-header', actual: actual.hostHeader, desired: desired.hostHeader });
  if (!sameSet(desired.pathPattern, actual.pathPattern))
    out.push({ field: 'path-pattern', actual: actual.pathPattern, desired: desired.pathPattern });
  return out;
}

const ingressKey = (p: IngressPermission): string =>
  `${p.port}|${p.cidr ?? ''}|${p.ipv6Cidr ?? ''}|${p.sourceGroupId ?? ''}`;

/**
 * `missing`: desired permissions not granted yet. `extra`: granted ones not desired; the caller
 * revokes only those of the kinds the action itself grants, in groups it created.
 */
export function ingressDiff(
  desired: IngressPermission[],
  actual: IngressPermission[],
): { missing: IngressPermission[]; extra: IngressPermission[] } {
  const actualKeys = new Set(actual.map(ingressKey));
  const desiredKeys = new Set(desired.map(ingressKey));
  return {
    missing: desired.filter((p) => !actualKeys.has(ingressKey(p))),
    extra: actual.filter((p) => !desiredKeys.has(ingressKey(p))),
  };
}

export function describeIngress(p: IngressPermission): string {
  return `tcp ${p.port} from ${p.cidr ?? p.ipv6Cidr ?? p.sourceGroupId ?? '?'}`;
}

export function retentionDrift(desiredDays: number, actualDays: number | undefined): FieldDrift[] {
  const out: FieldDrift[] = [];
  // 0 means "never expire", which CloudWatch Logs shows as no retention at all.
  compare('retention days', actualDays ?? 0, desiredDays, out);
  return out;
}

export function scalableTargetDrift(
  desired: { minCapacity: number; maxCapacity: number },
  actual: { minCapacity?: number; maxCapacity?: number },
): FieldDrift[] {
  const out: FieldDrift[] = [];
  compare('min capacity', actual.minCapacity, desired.minCapacity, out);
  compare('max capacity', actual.maxCapacity, desired.maxCapacity, out);
  return out;
}

export interface ActualScalingPolicy {
  metric?: string;
  targetValue?: number;
  resourceLabel?: string;
  scaleInCooldown?: number;
  scaleOutCooldown?: number;
}

export function scalingPolicyDrift(desired: ScalingPolicySpec, actual: ActualScalingPolicy): FieldDrift[] {
  const out: FieldDrift[] = [];
  compare('metric', actual.metric, desired.metric, out);
  compare('target value', actual.targetValue, desired.targetValue, out);
  compare('resource label', actual.resourceLabel, desired.resourceLabel, out);
  compare('scale-in cooldown', actual.scaleInCooldown, desired.scaleInCooldown, out);
  compare('scale-out cooldown', actual.scaleOutCooldown, desired.scaleOutCooldown, out);
  return out;
}

/** `update` with the drift as detail when anything drifted, else `keep`. */
export function changeFor(resource: string, name: string, drifts: FieldDrift[], keepDetail?: string): Change {
  return drifts.length > 0
    ? { action: 'update', resource, name, detail: describeDrift(drifts) }
    : { action: 'keep', resource, name, ...(keepDetail ? { detail: keepDetail } : {}) };
}
