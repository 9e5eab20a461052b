import type { DeployConfig } from '../config/types';
import {
  checkTargetGroupName,
  loadBalancerName,
  securityGroupName,
  SCALING_POLICY_NAMES,
  targetGroupName,
} from './naming';

/**
 * The desired state of the stack, built from the config alone (no AWS call), and validated: every
 * input that could make a mutating call fail half-way is checked here, before anything is changed.
 */

export const MANAGED_BY_KEY = 'managed-by';
export const MANAGED_BY_VALUE = 'ecs-fargate-deploy';

export type Tags = Record<string, string>;

export interface HealthCheckSpec {
  path: string;
  intervalSeconds: number;
  timeoutSeconds: number;
  healthyThreshold: number;
  unhealthyThreshold: number;
  matcher: string;
}

export interface TargetGroupSpec {
  name: string;
  port: number;
  protocol: 'HTTP';
  targetType: 'ip';
  healthCheck: HealthCheckSpec;
  deregistrationDelaySeconds: number;
}

/** `route`: carries the service's traffic (default action or rules); `redirect`: 80 -> 443. */
export interface ListenerSpec {
  port: number;
  protocol: 'HTTP' | 'HTTPS';
  role: 'route' | 'redirect';
  certificateArn?: string;
  sslPolicy?: string;
}

export interface RuleConditions {
  hostHeader: string[];
  pathPattern: string[];
}

export type RoutingSpec =
  | { kind: 'default' }
  | { kind: 'rule'; conditions: RuleConditions; fixedPriority?: number; band: [number, number] };

export interface LoadBalancerSpec {
  name: string;
  scheme: 'internet-facing' | 'internal';
  securityGroupName: string;
  listeners: ListenerSpec[];
  routingPort: number;
  targetGroup: TargetGroupSpec;
  routing: RoutingSpec;
}

export interface DesiredStack {
  cluster: { name: string; containerInsights: boolean };
  logGroup: { name: string; retentionDays: number };
  network: { vpcId?: string; subnets: string[]; assignPublicIp: boolean };
  taskSecurityGroupName: string;
  extraSecurityGroups: string[];
  containerPort: number;
  /** Absent when the user brings a target group (`target-group-arn`): no load balancer is managed. */
  loadBalancer?: LoadBalancerSpec;
  existingTargetGroupArn?: string;
  /** Tags put on everything the action creates. */
  tags: Tags;
}

/** Values CloudWatch Logs accepts for a retention policy. */
export const LOG_RETENTION_DAYS = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
];

const RULE_PRIORITY_MAX = 50000;

export function resourceTags(config: DeployConfig): Tags {
  const tags: Tags = {};
  for (const t of config.tags) tags[t.name] = t.value;
  // The action's own keys win: they are how it later recognises what it may change.
  tags[MANAGED_BY_KEY] = MANAGED_BY_VALUE;
  tags.service = config.service;
  tags.environment = config.environment;
  return tags;
}

/** The band of rule priorities a service may take: previews keep to theirs, other services stay out of it. */
export function priorityBand(config: DeployConfig): [number, number] {
  const [lo, hi] = config.preview.priorityBand;
  if (config.mode === 'preview') return [lo, hi];
  if (lo > 1) return [1, lo - 1];
  return [hi + 1, RULE_PRIORITY_MAX];
}

function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

function validate(config: DeployConfig): void {
  const lb = config.loadBalancer;
  const hc = lb.healthCheck;
  const port = config.taskDefinition.containerPort;
  check(
    Number.isInteger(port) && port >= 1 && port <= 65535,
    `container-port must be an integer in 1..65535, got ${port}.`,
  );
  check(hc.path.startsWith('/'), `health-check-path must start with '/', got '${hc.path}'.`);
  check(
    hc.intervalSeconds >= 5 && hc.intervalSeconds <= 300,
    `health-check-interval must be 5..300 seconds, got ${hc.intervalSeconds}.`,
  );
  check(
    hc.timeoutSeconds >= 2 && hc.timeoutSeconds <= 120,
    `health-check-timeout must be 2..120 seconds, got ${hc.timeoutSeconds}.`,
  );
  // ELBv2 refuses a timeout that is not shorter than the interval for HTTP target groups.
  check(
    hc.timeoutSeconds < hc.intervalSeconds,
    `health-check-timeout (${hc.timeoutSeconds} s) must be shorter than health-check-interval (${hc.intervalSeconds} s).`,
  );
  check(
    hc.healthyThreshold >= 2 && hc.healthyThreshold <= 10,
    `healthy-threshold must be 2..10, got ${hc.healthyThreshold}.`,
  );
  check(
    hc.unhealthyThreshold >= 2 && hc.unhealthyThreshold <= 10,
    `unhealthy-threshold must be 2..10, got ${hc.unhealthyThreshold}.`,
  );
  check(
    /^\d{3}([-,]\d{3})*$/.test(hc.matcher),
    `health-check-matcher must be HTTP codes like '200', '200,302' or '200-399', got '${hc.matcher}'.`,
  );
  check(
    lb.deregistrationDelaySeconds >= 0 && lb.deregistrationDelaySeconds <= 3600,
    `deregistration-delay must be 0..3600 seconds, got ${lb.deregistrationDelaySeconds}.`,
  );
  if (lb.certificateArn !== undefined)
    check(
      /^arn:aws[a-zA-Z-]*:(acm|iam):[a-z0-9-]*:\d{12}:(certificate|server-certificate)\/.+$/.test(
        lb.certificateArn,
      ),
      `certificate-arn must be an ACM (arn:aws:acm:<region>:<account>:certificate/<id>) or IAM server certificate ARN, got '${lb.certificateArn}'.`,
    );
  if (lb.rulePriority !== undefined)
    check(
      Number.isInteger(lb.rulePriority) && lb.rulePriority >= 1 && lb.rulePriority <= RULE_PRIORITY_MAX,
      `rule-priority must be an integer in 1..${RULE_PRIORITY_MAX}, got ${lb.rulePriority}.`,
    );
  check(
    lb.hostHeader.length + lb.pathPattern.length <= 5,
    'host-header and path-pattern together may hold at most 5 values (AWS limit per rule).',
  );
  for (const host of lb.hostHeader)
    check(
      host.length <= 128 && host.includes('.'),
      `host-header '${host}' must contain a '.' and be at most 128 characters.`,
    );
  for (const path of lb.pathPattern)
    check(
      path.length <= 128 && path.startsWith('/'),
      `path-pattern '${path}' must start with '/' and be at most 128 characters.`,
    );
  if (
    !LOG_RETENTION_DAYS.includes(config.taskDefinition.logRetentionDays) &&
    config.taskDefinition.logRetentionDays !== 0
  )
    throw new Error(
      `log-retention-days must be 0 (never expire) or one of ${LOG_RETENTION_DAYS.join(', ')}, got ${config.taskDefinition.logRetentionDays}.`,
    );
  const as = config.autoScaling;
  if (as.enabled) {
    check(
      as.minCapacity >= 0 && Number.isInteger(as.minCapacity),
      `min-capacity must be a whole number >= 0, got ${as.minCapacity}.`,
    );
    check(
      as.maxCapacity >= 1 && Number.isInteger(as.maxCapacity),
      `max-capacity must be a whole number >= 1, got ${as.maxCapacity}.`,
    );
    check(
      as.minCapacity <= as.maxCapacity,
      `min-capacity (${as.minCapacity}) is above max-capacity (${as.maxCapacity}).`,
    );
  }
}

export function desiredStack(config: DeployConfig): DesiredStack {
  validate(config);
  const lbConfig = config.loadBalancer;
  const desired: DesiredStack = {
    cluster: { name: config.cluster, containerInsights: config.containerInsights },
    logGroup: { name: config.taskDefinition.logGroup, retentionDays: config.taskDefinition.logRetentionDays },
    network: {
      vpcId: config.network.vpcId,
      subnets: [...config.network.subnets],
      assignPublicIp: config.network.assignPublicIp,
    },
    taskSecurityGroupName: securityGroupName('tasks', { cluster: config.cluster, service: config.service }),
    extraSecurityGroups: [...config.network.securityGroups],
    containerPort: config.taskDefinition.containerPort,
    tags: resourceTags(config),
  };
  if (lbConfig.targetGroupArn) {
    desired.existingTargetGroupArn = lbConfig.targetGroupArn;
    return desired;
  }
  const name = loadBalancerName(config.cluster, lbConfig.name);
  const https = lbConfig.certificateArn !== undefined;
  const listeners: ListenerSpec[] = https
    ? [
        {
          port: 443,
          protocol: 'HTTPS',
          role: 'route',
          certificateArn: lbConfig.certificateArn,
          sslPolicy: lbConfig.sslPolicy,
        },
        { port: 80, protocol: 'HTTP', role: 'redirect' },
      ]
    : [{ port: 80, protocol: 'HTTP', role: 'route' }];
  const hasConditions = lbConfig.hostHeader.length > 0 || lbConfig.pathPattern.length > 0;
  desired.loadBalancer = {
    name,
    scheme: lbConfig.scheme,
    securityGroupName: securityGroupName('load-balancer', { loadBalancer: name }),
    listeners,
    routingPort: https ? 443 : 80,
    targetGroup: {
      name: lbConfig.targetGroupName
        ? checkTargetGroupName(lbConfig.targetGroupName)
        : targetGroupName(config.cluster, config.service, config.environment),
      port: config.taskDefinition.containerPort,
      protocol: 'HTTP',
      targetType: 'ip',
      healthCheck: { ...lbConfig.healthCheck },
      deregistrationDelaySeconds: lbConfig.deregistrationDelaySeconds,
    },
    routing: hasConditions
      ? {
          kind: 'rule',
          conditions: { hostHeader: [...lbConfig.hostHeader], pathPattern: [...lbConfig.pathPattern] },
          fixedPriority: lbConfig.rulePriority,
          band: priorityBand(config),
        }
      : { kind: 'default' },
  };
  return desired;
}

/** One inbound rule of a security group, in a form that compares by value. */
export interface IngressPermission {
  port: number;
  cidr?: string;
  ipv6Cidr?: string;
  sourceGroupId?: string;
}

export function loadBalancerIngress(listeners: ListenerSpec[]): IngressPermission[] {
  return listeners.flatMap((l) => [
    { port: l.port, cidr: '0.0.0.0/0' },
    { port: l.port, ipv6Cidr: '::/0' },
  ]);
}

export function taskIngress(containerPort: number, sourceGroupIds: string[]): IngressPermission[] {
  return [...new Set(sourceGroupIds)].sort().map((sourceGroupId) => ({ port: containerPort, sourceGroupId }));
}

/**
 * What a user opens: the host header when one is given (the load balancer's DNS name would not
 * match the rule), then the fixed prefix of the first path pattern.
 */
export function serviceUrl(dnsName: string, https: boolean, conditions?: RuleConditions): string {
  const scheme = https ? 'https' : 'http';
  const host = conditions?.hostHeader.find((h) => !/[*?]/.test(h)) ?? dnsName;
  const pattern = conditions?.pathPattern[0];
  let path = '/';
  if (pattern) {
    const wildcard = pattern.search(/[*?]/);
    path = wildcard === -1 ? pattern : pattern.slice(0, wildcard);
    if (!path.startsWith('/')) path = `/${path}`;
  }
  return `${scheme}://${host}${path}`;
}

export interface ScalingPolicySpec {
  name: string;
  metric:
    'ECSServiceAverageCPUUtilization' | 'ECSServiceAverageMemoryUtilization' | 'ALBRequestCountPerTarget';
  targetValue: number;
  resourceLabel?: string;
  scaleInCooldown: number;
  scaleOutCooldown: number;
}

export interface DesiredScaling {
  enabled: boolean;
  resourceId: string;
  minCapacity: number;
  maxCapacity: number;
  policies: ScalingPolicySpec[];
}

/**
 * The ALBRequestCountPerTarget label `app/<lb-name>/<lb-id>/targetgroup/<tg-name>/<tg-id>` from
 * the two ARNs (the part after `loadbalancer/` and the part from `targetgroup/`).
 */
export function requestCountResourceLabel(loadBalancerArn: string, targetGroupArn: string): string {
  const lb = /:loadbalancer\/(app\/[^/]+\/[^/]+)$/.exec(loadBalancerArn);
  const tg = /:(targetgroup\/[^/]+\/[^/]+)$/.exec(targetGroupArn);
  if (!lb) throw new Error(`Not an Application Load Balancer ARN: '${loadBalancerArn}'.`);
  if (!tg) throw new Error(`Not a target group ARN: '${targetGroupArn}'.`);
  return `${lb[1]}/${tg[1]}`;
}

export function desiredScaling(
  config: DeployConfig,
  target: { cluster: string; service: string; targetGroupArn?: string; loadBalancerArn?: string },
): DesiredScaling {
  const as = config.autoScaling;
  const resourceId = `service/${target.cluster}/${target.service}`;
  const policies: ScalingPolicySpec[] = [];
  const cooldowns = { scaleInCooldown: as.scaleInCooldown, scaleOutCooldown: as.scaleOutCooldown };
  if (as.enabled) {
    check(
      as.minCapacity <= as.maxCapacity,
      `min-capacity (${as.minCapacity}) is above max-capacity (${as.maxCapacity}).`,
    );
    const cpu = as.cpuTarget ?? 60;
    if (cpu > 0)
      policies.push({
        name: SCALING_POLICY_NAMES.cpu,
        metric: 'ECSServiceAverageCPUUtilization',
        targetValue: cpu,
        ...cooldowns,
      });
    if (as.memoryTarget && as.memoryTarget > 0)
      policies.push({
        name: SCALING_POLICY_NAMES.memory,
        metric: 'ECSServiceAverageMemoryUtilization',
        targetValue: as.memoryTarget,
        ...cooldowns,
      });
    if (as.requestsPerTarget && as.requestsPerTarget > 0) {
      if (!target.targetGroupArn || !target.loadBalancerArn)
        throw new Error(
          'requests-per-target needs the service behind a load balancer the action knows (both the target group and its load balancer); with target-group-arn pointing to a target group without a load balancer, remove requests-per-target.',
        );
      policies.push({
        name: SCALING_POLICY_NAMES.requests,
        metric: 'ALBRequestCountPerTarget',
        targetValue: as.requestsPerTarget,
        resourceLabel: requestCountResourceLabel(target.loadBalancerArn, target.targetGroupArn),
        ...cooldowns,
      });
    }
  }
  return {
    enabled: as.enabled,
    resourceId,
    minCapacity: as.minCapacity,
    maxCapacity: as.maxCapacity,
    policies,
  };
}
