import { RULE_PRIORITY_MAX } from '../config/aws-limits';
import { resourceTagMap } from '../config/tags';
import type { DeployConfig } from '../config/types';
import {
  alternateTargetGroupName,
  errorAlarmName,
  loadBalancerName,
  securityGroupName,
  SCALING_POLICY_NAMES,
  targetGroupName,
} from './naming';

/**
 * The desired state of the stack, built from the config alone (no AWS call). The config is already
 * valid (every input was checked by its section in src/config), so nothing is re-checked here.
 */

// What the stack and the previews look for on a resource to know the action made it.
export { MANAGED_BY_KEY, MANAGED_BY_VALUE } from '../config/tags';

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
  /**
   * Blue/green, canary, linear: the second target group (the same settings, its own name) and a test
   * rule beside the production rule. Absent for rolling updates.
   */
  alternateTargetGroup?: TargetGroupSpec;
  routing: RoutingSpec;
}

/** rollback-on-errors: the alarm on the targets' 5xx rate (src/infra/alarms.ts). */
export interface ErrorAlarmSpec {
  name: string;
  thresholdPercent: number;
  minRequests: number;
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
  /** The error alarm's name is always known (to delete it when rollback-on-errors is turned off). */
  errorAlarm: ErrorAlarmSpec & { enabled: boolean };
  /** Tags put on everything the action creates. */
  tags: Tags;
}

/** The band of rule priorities a service may take: previews keep to theirs, other services stay out of it. */
export function priorityBand(config: DeployConfig): [number, number] {
  const [lo, hi] = config.preview.priorityBand;
  if (config.mode === 'preview') return [lo, hi];
  if (lo > 1) return [1, lo - 1];
  return [hi + 1, RULE_PRIORITY_MAX];
}

export function desiredStack(config: DeployConfig): DesiredStack {
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
    errorAlarm: {
      name: errorAlarmName(config.cluster, config.service, config.environment),
      enabled: config.errorAlarm.enabled,
      thresholdPercent: config.errorAlarm.thresholdPercent,
      minRequests: config.errorAlarm.minRequests,
    },
    tags: resourceTagMap(config),
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
  const targetGroup: TargetGroupSpec = {
    name: lbConfig.targetGroupName ?? targetGroupName(config.cluster, config.service, config.environment),
    port: config.taskDefinition.containerPort,
    protocol: 'HTTP',
    targetType: 'ip',
    healthCheck: { ...lbConfig.healthCheck },
    deregistrationDelaySeconds: lbConfig.deregistrationDelaySeconds,
  };
  desired.loadBalancer = {
    name,
    scheme: lbConfig.scheme,
    securityGroupName: securityGroupName('load-balancer', { loadBalancer: name }),
    listeners,
    routingPort: https ? 443 : 80,
    targetGroup,
    ...(config.strategy.kind !== 'rolling'
      ? {
          alternateTargetGroup: {
            ...targetGroup,
            healthCheck: { ...targetGroup.healthCheck },
            name: alternateTargetGroupName(targetGroup.name),
          },
        }
      : {}),
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
    // The config decided the CPU target (60 by default, undefined when cpu-target is 0).
    if (as.cpuTarget && as.cpuTarget > 0)
      policies.push({
        name: SCALING_POLICY_NAMES.cpu,
        metric: 'ECSServiceAverageCPUUtilization',
        targetValue: as.cpuTarget,
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
