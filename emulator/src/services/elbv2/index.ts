import { AwsError } from '../../core/errors';
import { validTagKey, validTagValue } from '../../core/tags';
import type { Operation, RequestContext, ServiceDefinition } from '../../core/service';
import type { World } from '../../core/world';
import type { AcmContract } from '../../core/contracts';
import {
  type ActionRecord,
  DEFAULT_LOAD_BALANCER_ATTRIBUTES,
  DEFAULT_TARGET_GROUP_ATTRIBUTES,
  Elbv2State,
  type ListenerRecord,
  type LoadBalancerRecord,
  type RuleRecord,
  type TargetGroupRecord,
  canonicalHostedZoneId,
  dnsNameFor,
  forwardedTargetGroups,
  hexId,
} from './state';
import { inRange, int, list, required, str, strings, validationError } from '../../core/params';
import { page } from './pages';
import { parseActions } from './actions';
import {
  MAX_LOAD_BALANCERS,
  MAX_TARGET_GROUPS,
  MAX_LISTENERS_PER_LB,
  MAX_RULES_PER_LB,
  MAX_TARGET_GROUPS_PER_LB,
  MAX_TARGETS_PER_TG,
  MAX_TAGS,
  DEFAULT_SSL_POLICY,
} from './limits';
import { checkLbAttribute, checkTgAttribute, parseAttributes } from './attributes';
import { parseConditions } from './conditions';
import { defaultHealthCheck, healthCheckFrom } from './health-check';

/**
 * The ELBv2 API (query protocol, 2015-12-01) for application load balancers: validation, error codes
 * and messages as AWS answers them, over the records of `Elbv2State`.
 */

const err = (code: string, message: string) => new AwsError(code, message);
// AWS's wording differs by call: one ARN (DescribeListeners, CreateListener, AddTags...) reads
// "Load balancer '<arn>' not found" / "Target groups '<arn>' not found"; DescribeLoadBalancers lists the
// missing names or ARNs in brackets; DescribeTargetGroups says "One or more target groups not found".
const lbNotFound = (arn: string) => err('LoadBalancerNotFound', `Load balancer '${arn}' not found`);
const lbsNotFound = (what: string[]) =>
  err('LoadBalancerNotFound', `Load balancers '[${what.join(', ')}]' not found`);
const tgNotFound = (arn: string) => err('TargetGroupNotFound', `Target groups '${arn}' not found`);
const listenerNotFound = (what: string) => err('ListenerNotFound', `Listener '${what}' not found`);
const ruleNotFound = (what: string) => err('RuleNotFound', `Rule '${what}' not found`);

function state(ctx: RequestContext): Elbv2State {
  return Elbv2State.of(ctx.world);
}

function checkArn(
  arn: string,
  kind: 'loadbalancer' | 'targetgroup' | 'listener' | 'listener-rule',
  label: string,
): void {
  if (!/^arn:aws[\w-]*:elasticloadbalancing:[\w-]+:\d{12}:/.test(arn) || !arn.includes(`:${kind}/`)) {
    throw validationError(`'${arn}' is not a valid ${label} ARN`);
  }
}

function getLb(ctx: RequestContext, arnIn: unknown, member = 'loadBalancerArn'): LoadBalancerRecord {
  const arn = required(arnIn, member);
  checkArn(arn, 'loadbalancer', 'load balancer');
  const lb = state(ctx).loadBalancers.get(arn);
  if (!lb) throw lbNotFound(arn);
  return lb;
}

function getTg(ctx: RequestContext, arnIn: unknown, member = 'targetGroupArn'): TargetGroupRecord {
  const arn = required(arnIn, member);
  checkArn(arn, 'targetgroup', 'target group');
  const tg = state(ctx).targetGroups.get(arn);
  if (!tg) throw tgNotFound(arn);
  return tg;
}

function getListener(ctx: RequestContext, arnIn: unknown): ListenerRecord {
  const arn = required(arnIn, 'listenerArn');
  checkArn(arn, 'listener', 'listener');
  const l = state(ctx).listeners.get(arn);
  if (!l) throw listenerNotFound(arn);
  return l;
}

/** A rule ARN names either a rule or a listener's default rule. */
function getRule(
  ctx: RequestContext,
  arnIn: unknown,
): { rule?: RuleRecord; defaultOf?: ListenerRecord; arn: string } {
  const arn = required(arnIn, 'ruleArn');
  checkArn(arn, 'listener-rule', 'rule');
  const s = state(ctx);
  const rule = s.rules.get(arn);
  if (rule) return { rule, arn };
  for (const l of s.listeners.values()) if (l.defaultRuleArn === arn) return { defaultOf: l, arn };
  throw ruleNotFound(arn);
}

// Names, tags
function checkName(name: string, label: 'Load balancer' | 'Target group'): void {
  if (name.length > 32)
    throw validationError(`${label} name '${name}' cannot be longer than '32' characters`);
  if (!/^[A-Za-z0-9-]+$/.test(name)) {
    throw validationError(
      `${label} name '${name}' can only contain characters that are alphanumeric characters or hyphens(-)`,
    );
  }
  if (name.startsWith('-') || name.endsWith('-'))
    throw validationError(`${label} name '${name}' cannot begin or end with '-'`);
  if (label === 'Load balancer' && name.startsWith('internal-')) {
    throw validationError(`Load balancer name '${name}' cannot begin with 'internal-'`);
  }
}

function parseTags(input: unknown): [string, string][] {
  const tags = list<{ Key?: unknown; Value?: unknown }>(input).map((t): [string, string] => {
    const key = str(t?.Key);
    if (key === undefined) throw validationError('A tag key must be specified');
    if (!validTagKey(key)) throw validationError(`Tag key '${key}' cannot be longer than 128 characters`);
    const value = str(t?.Value) ?? '';
    if (!validTagValue(value))
      throw validationError(`Tag value for key '${key}' cannot be longer than 256 characters`);
    return [key, value];
  });
  const seen = new Set<string>();
  for (const [k] of tags) {
    if (seen.has(k)) throw err('DuplicateTagKeys', `Tag key '${k}' is duplicated`);
    seen.add(k);
  }
  return tags;
}

function applyTags(s: Elbv2State, arn: string, tags: [string, string][]): void {
  const current = new Map(s.tags.get(arn) ?? []);
  for (const [k, v] of tags) current.set(k, v);
  if (current.size > MAX_TAGS)
    throw err(
      'TooManyTags',
      `The quota for the number of tags that can be assigned to a resource has been reached`,
    );
  s.tags.set(arn, current);
}

// Subnets and security groups
function resolveSubnets(
  ctx: RequestContext,
  input: { Subnets?: unknown; SubnetMappings?: unknown },
): {
  vpcId: string;
  subnets: { subnetId: string; zone: string }[];
} {
  const ids = [
    ...strings(input.Subnets),
    ...list<{ SubnetId?: unknown }>(input.SubnetMappings).map((m) =>
      required(m?.SubnetId, 'subnetMappings.member.subnetId'),
    ),
  ];
  if (ids.length === 0)
    throw validationError('At least two subnets in two different Availability Zones must be specified');
  const subnets: { subnetId: string; zone: string; vpcId: string }[] = [];
  for (const id of new Set(ids)) {
    const subnet = ctx.world.ec2.getSubnet(id);
    if (!subnet) throw err('SubnetNotFound', `The subnet ID '${id}' is not valid`);
    subnets.push({ subnetId: subnet.subnetId, zone: subnet.availabilityZone, vpcId: subnet.vpcId });
  }
  const vpcs = new Set(subnets.map((s) => s.vpcId));
  if (vpcs.size > 1) throw err('InvalidSubnet', `The subnets '${ids.join(', ')}' are not in the same VPC`);
  const zones = new Set<string>();
  for (const s of subnets) {
    if (zones.has(s.zone)) {
      throw err(
        'InvalidConfigurationRequest',
        `A load balancer cannot be attached to multiple subnets in the same Availability Zone`,
      );
    }
    zones.add(s.zone);
  }
  if (zones.size < 2)
    throw validationError('At least two subnets in two different Availability Zones must be specified');
  return { vpcId: subnets[0].vpcId, subnets: subnets.map(({ subnetId, zone }) => ({ subnetId, zone })) };
}

function resolveSecurityGroups(ctx: RequestContext, input: unknown, vpcId: string): string[] {
  const ids = [...new Set(strings(input))];
  for (const id of ids) {
    const sg = ctx.world.ec2.getSecurityGroup(id);
    if (!sg) throw err('InvalidSecurityGroup', `Security group '${id}' does not exist`);
    if (sg.vpcId !== vpcId)
      throw err('InvalidSecurityGroup', `Security group '${id}' does not belong to VPC '${vpcId}'`);
  }
  return ids;
}

// Output shapes
function lbOut(world: World, lb: LoadBalancerRecord) {
  return {
    LoadBalancerArn: lb.arn,
    DNSName: dnsNameFor(lb, world.region),
    CanonicalHostedZoneId: canonicalHostedZoneId(world.region),
    CreatedTime: new Date(lb.createdAt),
    LoadBalancerName: lb.name,
    Scheme: lb.scheme,
    VpcId: lb.vpcId,
    State: { Code: lb.state },
    Type: lb.type,
    AvailabilityZones: azOut(lb),
    SecurityGroups: lb.securityGroups,
    IpAddressType: lb.ipAddressType,
  };
}

const azOut = (lb: LoadBalancerRecord) =>
  lb.subnets.map((s) => ({ ZoneName: s.zone, SubnetId: s.subnetId, LoadBalancerAddresses: [] as unknown[] }));

function tgOut(s: Elbv2State, tg: TargetGroupRecord) {
  const hc = tg.healthCheck;
  return {
    TargetGroupArn: tg.arn,
    TargetGroupName: tg.name,
    Protocol: tg.protocol,
    Port: tg.port,
    VpcId: tg.vpcId,
    HealthCheckProtocol: tg.targetType === 'lambda' ? undefined : hc.protocol,
    HealthCheckPort: tg.targetType === 'lambda' ? undefined : hc.port,
    HealthCheckEnabled: hc.enabled,
    HealthCheckIntervalSeconds: hc.intervalSeconds,
    HealthCheckTimeoutSeconds: hc.timeoutSeconds,
    HealthyThresholdCount: hc.healthyThreshold,
    UnhealthyThresholdCount: hc.unhealthyThreshold,
    HealthCheckPath: hc.path,
    Matcher: { HttpCode: hc.matcher },
    LoadBalancerArns: s.loadBalancerArnsOf(tg.arn),
    TargetType: tg.targetType,
    ProtocolVersion: tg.protocolVersion,
    IpAddressType: tg.ipAddressType,
  };
}

function listenerOut(l: ListenerRecord) {
  return {
    ListenerArn: l.arn,
    LoadBalancerArn: l.loadBalancerArn,
    Port: l.port,
    Protocol: l.protocol,
    Certificates: l.certificates,
    SslPolicy: l.sslPolicy,
    DefaultActions: l.defaultActions,
    AlpnPolicy: l.alpnPolicy,
  };
}

const ruleOut = (r: RuleRecord) => ({
  RuleArn: r.arn,
  Priority: String(r.priority),
  Conditions: r.conditions,
  Actions: r.actions,
  IsDefault: false,
});

const defaultRuleOut = (l: ListenerRecord) => ({
  RuleArn: l.defaultRuleArn,
  Priority: 'default',
  Conditions: [] as unknown[],
  Actions: l.defaultActions,
  IsDefault: true,
});

const attributesOut = (attrs: Record<string, string>) =>
  Object.entries(attrs).map(([Key, Value]) => ({ Key, Value }));

/**
 * What changes when a load balancer's listeners or rules would forward to `targetGroups`: ALB target
 * groups belong to one load balancer at most, their VPC must be the load balancer's, and a load balancer
 * forwards to at most 100 distinct target groups.
 */
function checkTargetGroupsForLoadBalancer(
  ctx: RequestContext,
  lb: LoadBalancerRecord,
  actions: ActionRecord[],
  replacing: ActionRecord[] = [],
): void {
  const s = state(ctx);
  const incoming = forwardedTargetGroups(actions);
  for (const arn of incoming) {
    const tg = s.targetGroups.get(arn)!;
    const others = s.loadBalancerArnsOf(arn).filter((l) => l !== lb.arn);
    if (others.length > 0) {
      throw err(
        'TargetGroupAssociationLimit',
        `The following target groups cannot be associated with more than one load balancer: ${arn}`,
      );
    }
    if (tg.vpcId && tg.vpcId !== lb.vpcId) {
      throw err(
        'InvalidConfigurationRequest',
        `The target group '${arn}' is in VPC '${tg.vpcId}', not in the load balancer's VPC '${lb.vpcId}'`,
      );
    }
    if (tg.protocol && tg.protocol !== 'HTTP' && tg.protocol !== 'HTTPS') {
      throw err(
        'IncompatibleProtocols',
        `The target group '${arn}' uses protocol ${tg.protocol}, which an application load balancer cannot forward to`,
      );
    }
  }
  const existing = new Set(s.targetGroupsOfLoadBalancer(lb.arn));
  const leaving = new Set(forwardedTargetGroups(replacing));
  const after = new Set([...existing].filter((t) => !leaving.has(t) || incoming.includes(t)));
  incoming.forEach((t) => after.add(t));
  if (after.size > MAX_TARGET_GROUPS_PER_LB) {
    throw err(
      'TooManyUniqueTargetGroupsPerLoadBalancer',
      `You've reached the limit on the number of unique target groups per load balancer across all listeners (${MAX_TARGET_GROUPS_PER_LB})`,
    );
  }
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

// Operations
const operations: Record<string, Operation> = {
  // Load balancers
  CreateLoadBalancer(input, ctx) {
    const s = state(ctx);
    const name = required(input.Name, 'name');
    checkName(name, 'Load balancer');
    const type = str(input.Type) ?? 'application';
    if (type !== 'application') {
      throw validationError(
        `Load balancer type '${type}' is not supported by this emulator; only 'application' is`,
      );
    }
    const scheme = (str(input.Scheme) ?? 'internet-facing') as LoadBalancerRecord['scheme'];
    if (scheme !== 'internet-facing' && scheme !== 'internal') {
      throw err('InvalidScheme', `Scheme '${scheme}' is not valid; use 'internet-facing' or 'internal'`);
    }
    const ipAddressType = str(input.IpAddressType) ?? 'ipv4';
    if (!['ipv4', 'dualstack', 'dualstack-without-public-ipv4'].includes(ipAddressType)) {
      throw validationError(`IP address type '${ipAddressType}' is not valid`);
    }
    const { vpcId, subnets } = resolveSubnets(ctx, input);
    const securityGroups = resolveSecurityGroups(ctx, input.SecurityGroups, vpcId);
    const tags = parseTags(input.Tags);

    const existing = [...s.loadBalancers.values()].find((lb) => lb.name === name);
    if (existing) {
      const same =
        existing.scheme === scheme &&
        existing.ipAddressType === ipAddressType &&
        sameJson(existing.subnets.map((x) => x.subnetId).sort(), subnets.map((x) => x.subnetId).sort()) &&
        (securityGroups.length === 0 ||
          sameJson([...existing.securityGroups].sort(), [...securityGroups].sort()));
      if (!same)
        throw err(
          'DuplicateLoadBalancerName',
          `A load balancer with the same name '${name}' exists, but with different settings`,
        );
      return { LoadBalancers: [lbOut(ctx.world, existing)] };
    }
    if (s.loadBalancers.size >= MAX_LOAD_BALANCERS)
      throw err('TooManyLoadBalancers', 'The quota for the number of load balancers has been reached');

    const id = hexId();
    const lb: LoadBalancerRecord = {
      arn: `${s.arnPrefix()}:loadbalancer/app/${name}/${id}`,
      name,
      id,
      type: 'application',
      scheme,
      ipAddressType,
      vpcId,
      subnets,
      securityGroups,
      createdAt: ctx.world.clock.now().toISOString(),
      state: 'provisioning',
      dnsId: String(1_000_000_000 + (parseInt(id.slice(0, 8), 16) % 8_999_999_999)),
      attributes: { ...DEFAULT_LOAD_BALANCER_ATTRIBUTES },
    };
    s.loadBalancers.set(lb.arn, lb);
    if (tags.length) applyTags(s, lb.arn, tags);
    s.scheduleActivation(lb);
    ctx.world.record('load-balancer', lb.arn, { state: 'provisioning', name });
    return { LoadBalancers: [lbOut(ctx.world, lb)] };
  },

  DescribeLoadBalancers(input, ctx) {
    const s = state(ctx);
    const arns = strings(input.LoadBalancerArns);
    const names = strings(input.Names);
    if (arns.length && names.length)
      throw validationError(
        'Load balancer names and load balancer ARNs cannot be specified at the same time',
      );
    let lbs = [...s.loadBalancers.values()];
    if (arns.length) {
      const missing = arns.filter((a) => !s.loadBalancers.has(a));
      if (missing.length) throw lbsNotFound(missing);
      lbs = arns.map((a) => s.loadBalancers.get(a)!);
    } else if (names.length) {
      const missing = names.filter((n) => !lbs.some((lb) => lb.name === n));
      if (missing.length) throw lbsNotFound(missing);
      lbs = lbs.filter((lb) => names.includes(lb.name));
    }
    const { items, nextMarker } = page(lbs, input.Marker, input.PageSize);
    return { LoadBalancers: items.map((lb) => lbOut(ctx.world, lb)), NextMarker: nextMarker };
  },

  DeleteLoadBalancer(input, ctx) {
    const lb = getLb(ctx, input.LoadBalancerArn);
    if (lb.attributes['deletion_protection.enabled'] === 'true') {
      throw err(
        'OperationNotPermitted',
        `Load balancer '${lb.arn}' cannot be deleted because deletion protection is enabled`,
      );
    }
    state(ctx).removeLoadBalancer(lb.arn);
    ctx.world.record('load-balancer', lb.arn, { state: 'deleted', name: lb.name });
    return {};
  },

  SetSecurityGroups(input, ctx) {
    const lb = getLb(ctx, input.LoadBalancerArn);
    lb.securityGroups = resolveSecurityGroups(ctx, input.SecurityGroups, lb.vpcId);
    return { SecurityGroupIds: lb.securityGroups };
  },

  SetSubnets(input, ctx) {
    const lb = getLb(ctx, input.LoadBalancerArn);
    const { vpcId, subnets } = resolveSubnets(ctx, input);
    if (vpcId !== lb.vpcId)
      throw err('InvalidSubnet', `The subnets must be in the load balancer's VPC '${lb.vpcId}'`);
    lb.subnets = subnets;
    return { AvailabilityZones: azOut(lb), IpAddressType: lb.ipAddressType };
  },

  DescribeLoadBalancerAttributes(input, ctx) {
    const lb = getLb(ctx, input.LoadBalancerArn);
    return { Attributes: attributesOut(lb.attributes) };
  },

  ModifyLoadBalancerAttributes(input, ctx) {
    const lb = getLb(ctx, input.LoadBalancerArn);
    const attrs = parseAttributes(input.Attributes);
    attrs.forEach(([k, v]) => checkLbAttribute(k, v));
    for (const [k, v] of attrs) lb.attributes[k] = v;
    return { Attributes: attributesOut(lb.attributes) };
  },

  // Target groups
  CreateTargetGroup(input, ctx) {
    const s = state(ctx);
    const name = required(input.Name, 'name');
    checkName(name, 'Target group');
    const targetType = (str(input.TargetType) ?? 'instance') as TargetGroupRecord['targetType'];
    if (!['instance', 'ip', 'lambda', 'alb'].includes(targetType)) {
      throw validationError(
        `1 validation error detected: Value '${targetType}' at 'targetType' failed to satisfy constraint: Member must satisfy enum value set: [instance, ip, lambda, alb]`,
      );
    }
    const { protocol, port, vpcId, protocolVersion, ipAddressType } = targetGroupEndpoint(input, targetType);
    const defaults = defaultHealthCheck(targetType, protocol, protocolVersion);
    const healthCheck = healthCheckFrom(input, defaults, targetType);
    const tags = parseTags(input.Tags);

    const existing = [...s.targetGroups.values()].find((tg) => tg.name === name);
    if (existing) {
      const same =
        existing.targetType === targetType &&
        existing.protocol === protocol &&
        existing.port === port &&
        existing.vpcId === vpcId &&
        existing.protocolVersion === protocolVersion &&
        existing.ipAddressType === ipAddressType &&
        sameJson(existing.healthCheck, healthCheck);
      if (!same)
        throw err(
          'DuplicateTargetGroupName',
          `A target group with the same name '${name}' exists, but with different settings`,
        );
      return { TargetGroups: [tgOut(s, existing)] };
    }
    if (s.targetGroups.size >= MAX_TARGET_GROUPS)
      throw err('TooManyTargetGroups', 'The quota for the number of target groups has been reached');
    const id = hexId();
    const tg: TargetGroupRecord = {
      arn: `${s.arnPrefix()}:targetgroup/${name}/${id}`,
      name,
      id,
      targetType,
      protocol,
      protocolVersion,
      port,
      vpcId,
      ipAddressType,
      healthCheck,
      attributes: { ...DEFAULT_TARGET_GROUP_ATTRIBUTES },
      createdAt: ctx.world.clock.now().toISOString(),
    };
    s.targetGroups.set(tg.arn, tg);
    if (tags.length) applyTags(s, tg.arn, tags);
    return { TargetGroups: [tgOut(s, tg)] };
  },

  DescribeTargetGroups(input, ctx) {
    const s = state(ctx);
    let tgs = [...s.targetGroups.values()];
    const lbArn = str(input.LoadBalancerArn);
    if (lbArn) {
      const lb = getLb(ctx, lbArn);
      const attached = new Set(s.targetGroupsOfLoadBalancer(lb.arn));
      tgs = tgs.filter((tg) => attached.has(tg.arn));
    }
    const arns = strings(input.TargetGroupArns);
    if (arns.length) {
      arns.forEach((a) => checkArn(a, 'targetgroup', 'target group'));
      if (arns.some((a) => !s.targetGroups.has(a)))
        throw err('TargetGroupNotFound', 'One or more target groups not found');
      tgs = tgs.filter((tg) => arns.includes(tg.arn));
    }
    const names = strings(input.Names);
    if (names.length) {
      if (names.some((n) => !tgs.some((tg) => tg.name === n)))
        throw err('TargetGroupNotFound', 'One or more target groups not found');
      tgs = tgs.filter((tg) => names.includes(tg.name));
    }
    const { items, nextMarker } = page(tgs, input.Marker, input.PageSize);
    return { TargetGroups: items.map((tg) => tgOut(s, tg)), NextMarker: nextMarker };
  },

  ModifyTargetGroup(input, ctx) {
    const s = state(ctx);
    const tg = getTg(ctx, input.TargetGroupArn);
    tg.healthCheck = healthCheckFrom(input, tg.healthCheck, tg.targetType);
    s.rescheduleChecks(tg.arn);
    return { TargetGroups: [tgOut(s, tg)] };
  },

  DeleteTargetGroup(input, ctx) {
    const s = state(ctx);
    const tg = getTg(ctx, input.TargetGroupArn);
    if (s.loadBalancerArnsOf(tg.arn).length > 0) {
      throw err('ResourceInUse', `Target group '${tg.arn}' is currently in use by a listener or a rule`);
    }
    s.removeTargetGroup(tg.arn);
    return {};
  },

  DescribeTargetGroupAttributes(input, ctx) {
    const tg = getTg(ctx, input.TargetGroupArn);
    return { Attributes: attributesOut(tg.attributes) };
  },

  ModifyTargetGroupAttributes(input, ctx) {
    const tg = getTg(ctx, input.TargetGroupArn);
    const attrs = parseAttributes(input.Attributes);
    attrs.forEach(([k, v]) => checkTgAttribute(k, v));
    for (const [k, v] of attrs) tg.attributes[k] = v;
    return { Attributes: attributesOut(tg.attributes) };
  },

  // Listeners
  CreateListener(input, ctx) {
    const s = state(ctx);
    const lb = getLb(ctx, input.LoadBalancerArn);
    const protocol = str(input.Protocol) ?? 'HTTP';
    if (protocol !== 'HTTP' && protocol !== 'HTTPS') {
      throw err(
        'UnsupportedProtocol',
        `Protocol '${protocol}' is not supported for load balancers of type 'application'; use HTTP or HTTPS`,
      );
    }
    const port = int(input.Port, 'port');
    if (port === undefined) throw validationError('A listener port must be specified');
    inRange(port, 1, 65535, 'port');
    const { certificates, sslPolicy } = listenerTls(
      protocol,
      input.Certificates,
      input.SslPolicy,
      ctx.world.acm,
    );
    const alpnPolicy = strings(input.AlpnPolicy);
    const defaultActions = parseActions((arn) => getTg(ctx, arn), input.DefaultActions, 'defaultActions');
    const tags = parseTags(input.Tags);

    const existing = [...s.listeners.values()].find((l) => l.loadBalancerArn === lb.arn && l.port === port);
    if (existing) {
      const same =
        existing.protocol === protocol &&
        existing.sslPolicy === sslPolicy &&
        sameJson(existing.certificates, certificates) &&
        sameJson(existing.defaultActions, defaultActions);
      if (!same)
        throw err(
          'DuplicateListener',
          `A listener already exists on this port for this load balancer '${lb.arn}'`,
        );
      return { Listeners: [listenerOut(existing)] };
    }
    if (
      [...s.listeners.values()].filter((l) => l.loadBalancerArn === lb.arn).length >= MAX_LISTENERS_PER_LB
    ) {
      throw err(
        'TooManyListeners',
        'The quota for the number of listeners per load balancer has been reached',
      );
    }
    checkTargetGroupsForLoadBalancer(ctx, lb, defaultActions);
    const id = hexId();
    const suffix = `app/${lb.name}/${lb.id}/${id}`;
    const listener: ListenerRecord = {
      arn: `${s.arnPrefix()}:listener/${suffix}`,
      loadBalancerArn: lb.arn,
      port,
      protocol,
      sslPolicy,
      certificates,
      alpnPolicy: alpnPolicy.length ? alpnPolicy : undefined,
      defaultActions,
      defaultRuleArn: `${s.arnPrefix()}:listener-rule/${suffix}/${hexId()}`,
    };
    s.listeners.set(listener.arn, listener);
    if (tags.length) applyTags(s, listener.arn, tags);
    s.refreshTargetUsage(forwardedTargetGroups(defaultActions));
    return { Listeners: [listenerOut(listener)] };
  },

  DescribeListeners(input, ctx) {
    const s = state(ctx);
    const lbArn = str(input.LoadBalancerArn);
    const arns = strings(input.ListenerArns);
    if (!lbArn && arns.length === 0)
      throw validationError('You must specify either listener ARNs or a load balancer ARN');
    let listeners: ListenerRecord[];
    if (arns.length) {
      arns.forEach((a) => checkArn(a, 'listener', 'listener'));
      if (arns.some((a) => !s.listeners.has(a)))
        throw err('ListenerNotFound', 'One or more listeners not found');
      listeners = arns.map((a) => s.listeners.get(a)!);
    } else {
      const lb = getLb(ctx, lbArn);
      listeners = [...s.listeners.values()].filter((l) => l.loadBalancerArn === lb.arn);
    }
    const { items, nextMarker } = page(listeners, input.Marker, input.PageSize);
    return { Listeners: items.map(listenerOut), NextMarker: nextMarker };
  },

  ModifyListener(input, ctx) {
    const s = state(ctx);
    const listener = getListener(ctx, input.ListenerArn);
    const lb = s.loadBalancers.get(listener.loadBalancerArn)!;
    const port = int(input.Port, 'port') ?? listener.port;
    inRange(port, 1, 65535, 'port');
    if (
      port !== listener.port &&
      [...s.listeners.values()].some((l) => l.loadBalancerArn === lb.arn && l.port === port)
    ) {
      throw err(
        'DuplicateListener',
        `A listener already exists on this port for this load balancer '${lb.arn}'`,
      );
    }
    const protocol = str(input.Protocol) ?? listener.protocol;
    if (protocol !== 'HTTP' && protocol !== 'HTTPS') {
      throw err(
        'UnsupportedProtocol',
        `Protocol '${protocol}' is not supported for load balancers of type 'application'; use HTTP or HTTPS`,
      );
    }
    const keepTls = protocol === 'HTTPS' && listener.protocol === 'HTTPS';
    const { certificates, sslPolicy } = listenerTls(
      protocol,
      input.Certificates ?? (keepTls ? listener.certificates : undefined),
      input.SslPolicy ?? (keepTls ? listener.sslPolicy : undefined),
      // A certificate the listener already has is not looked up again.
      input.Certificates !== undefined ? ctx.world.acm : undefined,
    );
    const defaultActions =
      input.DefaultActions !== undefined
        ? parseActions((arn) => getTg(ctx, arn), input.DefaultActions, 'defaultActions')
        : listener.defaultActions;
    checkTargetGroupsForLoadBalancer(ctx, lb, defaultActions, listener.defaultActions);
    const affected = [
      ...forwardedTargetGroups(listener.defaultActions),
      ...forwardedTargetGroups(defaultActions),
    ];
    Object.assign(listener, { port, protocol, certificates, sslPolicy, defaultActions });
    const alpn = strings(input.AlpnPolicy);
    if (alpn.length) listener.alpnPolicy = alpn;
    s.refreshTargetUsage(affected);
    return { Listeners: [listenerOut(listener)] };
  },

  DeleteListener(input, ctx) {
    const listener = getListener(ctx, input.ListenerArn);
    state(ctx).removeListener(listener.arn);
    return {};
  },

  // Rules
  CreateRule(input, ctx) {
    const s = state(ctx);
    const listener = getListener(ctx, input.ListenerArn);
    const lb = s.loadBalancers.get(listener.loadBalancerArn)!;
    const priority = int(input.Priority, 'priority');
    if (priority === undefined) throw validationError('A rule priority must be specified');
    inRange(priority, 1, 50000, 'priority');
    const conditions = parseConditions(input.Conditions);
    const actions = parseActions((arn) => getTg(ctx, arn), input.Actions, 'actions');
    const tags = parseTags(input.Tags);
    if (s.rulesOfListener(listener.arn).some((r) => r.priority === priority))
      throw err('PriorityInUse', `Priority '${priority}' is currently in use`);
    const rulesOnLb = [...s.rules.values()].filter(
      (r) => s.listeners.get(r.listenerArn)?.loadBalancerArn === lb.arn,
    ).length;
    if (rulesOnLb >= MAX_RULES_PER_LB)
      throw err('TooManyRules', 'The quota for the number of rules per load balancer has been reached');
    checkTargetGroupsForLoadBalancer(ctx, lb, actions);
    const rule: RuleRecord = {
      arn: `${s.arnPrefix()}:listener-rule/${listener.arn.split(':listener/')[1]}/${hexId()}`,
      listenerArn: listener.arn,
      priority,
      conditions,
      actions,
    };
    s.rules.set(rule.arn, rule);
    if (tags.length) applyTags(s, rule.arn, tags);
    s.refreshTargetUsage(forwardedTargetGroups(actions));
    return { Rules: [ruleOut(rule)] };
  },

  DescribeRules(input, ctx) {
    const s = state(ctx);
    const listenerArn = str(input.ListenerArn);
    const arns = strings(input.RuleArns);
    if (!listenerArn && arns.length === 0)
      throw validationError('You must specify either rule ARNs or a listener ARN');
    let rules: ReturnType<typeof ruleOut | typeof defaultRuleOut>[];
    if (arns.length) {
      rules = arns.map((a) => {
        const found = getRule(ctx, a);
        return found.rule ? ruleOut(found.rule) : defaultRuleOut(found.defaultOf!);
      });
    } else {
      const listener = getListener(ctx, listenerArn);
      rules = [...s.rulesOfListener(listener.arn).map(ruleOut), defaultRuleOut(listener)];
    }
    const { items, nextMarker } = page(rules, input.Marker, input.PageSize);
    return { Rules: items, NextMarker: nextMarker };
  },

  ModifyRule(input, ctx) {
    const s = state(ctx);
    const found = getRule(ctx, input.RuleArn);
    const listener = found.rule ? s.listeners.get(found.rule.listenerArn)! : found.defaultOf!;
    const lb = s.loadBalancers.get(listener.loadBalancerArn)!;
    if (found.defaultOf) {
      if (input.Conditions !== undefined)
        throw err(
          'OperationNotPermitted',
          `The conditions of default rule '${found.arn}' cannot be modified`,
        );
      if (input.Actions === undefined) return { Rules: [defaultRuleOut(listener)] };
      const actions = parseActions((arn) => getTg(ctx, arn), input.Actions, 'actions');
      checkTargetGroupsForLoadBalancer(ctx, lb, actions, listener.defaultActions);
      const affected = [...forwardedTargetGroups(listener.defaultActions), ...forwardedTargetGroups(actions)];
      listener.defaultActions = actions;
      s.refreshTargetUsage(affected);
      return { Rules: [defaultRuleOut(listener)] };
    }
    const rule = found.rule!;
    const conditions = input.Conditions !== undefined ? parseConditions(input.Conditions) : rule.conditions;
    const actions =
      input.Actions !== undefined
        ? parseActions((arn) => getTg(ctx, arn), input.Actions, 'actions')
        : rule.actions;
    checkTargetGroupsForLoadBalancer(ctx, lb, actions, rule.actions);
    const affected = [...forwardedTargetGroups(rule.actions), ...forwardedTargetGroups(actions)];
    rule.conditions = conditions;
    rule.actions = actions;
    s.refreshTargetUsage(affected);
    return { Rules: [ruleOut(rule)] };
  },

  DeleteRule(input, ctx) {
    const s = state(ctx);
    const found = getRule(ctx, input.RuleArn);
    if (found.defaultOf) throw err('OperationNotPermitted', `Default rule '${found.arn}' cannot be deleted`);
    s.rules.delete(found.arn);
    s.tags.delete(found.arn);
    s.refreshTargetUsage(forwardedTargetGroups(found.rule!.actions));
    return {};
  },

  SetRulePriorities(input, ctx) {
    const s = state(ctx);
    const pairs = list<{ RuleArn?: unknown; Priority?: unknown }>(input.RulePriorities).map((p, i) => {
      const found = getRule(ctx, p?.RuleArn);
      if (found.defaultOf)
        throw err('OperationNotPermitted', `The priority of default rule '${found.arn}' cannot be changed`);
      const priority = int(p?.Priority, `rulePriorities.member.${i + 1}.priority`);
      if (priority === undefined) throw validationError('A rule priority must be specified');
      inRange(priority, 1, 50000, `rulePriorities.member.${i + 1}.priority`);
      return { rule: found.rule!, priority };
    });
    if (pairs.length === 0) throw validationError('At least one rule priority must be specified');
    // All-or-nothing: the priorities after the change must be unique per listener.
    const after = new Map<string, number>([...s.rules.values()].map((r) => [r.arn, r.priority]));
    pairs.forEach((p) => after.set(p.rule.arn, p.priority));
    for (const p of pairs) {
      const clash = [...s.rules.values()].find(
        (r) =>
          r.arn !== p.rule.arn && r.listenerArn === p.rule.listenerArn && after.get(r.arn) === p.priority,
      );
      if (clash) throw err('PriorityInUse', `Priority '${p.priority}' is currently in use`);
    }
    pairs.forEach((p) => (p.rule.priority = p.priority));
    return { Rules: pairs.map((p) => ruleOut(p.rule)) };
  },

  // Targets
  RegisterTargets(input, ctx) {
    const s = state(ctx);
    const tg = getTg(ctx, input.TargetGroupArn);
    const targets = parseTargets(tg, input.Targets);
    const registered = s.targets.get(tg.arn);
    const newCount = targets.filter((t) => !registered?.has(`${t.id}:${t.port}`)).length;
    if ((registered?.size ?? 0) + newCount > MAX_TARGETS_PER_TG) {
      throw err('TooManyTargets', 'The quota for the number of targets per target group has been reached');
    }
    if (tg.targetType === 'lambda' && (registered?.size ?? 0) + newCount > 1) {
      throw err('TooManyTargets', 'A target group with target type lambda can have only one target');
    }
    s.registerTargets(tg.arn, targets);
    return {};
  },

  DeregisterTargets(input, ctx) {
    const s = state(ctx);
    const tg = getTg(ctx, input.TargetGroupArn);
    const targets = parseTargets(tg, input.Targets);
    const registered = s.targets.get(tg.arn);
    const missing = targets.filter((t) => !registered?.has(`${t.id}:${t.port}`));
    if (missing.length) {
      throw err(
        'InvalidTarget',
        `The following targets are not registered in target group '${tg.arn}': ${missing.map((t) => `'${t.id}:${t.port}'`).join(', ')}`,
      );
    }
    s.deregisterTargets(tg.arn, targets);
    return {};
  },

  DescribeTargetHealth(input, ctx) {
    const s = state(ctx);
    const tg = getTg(ctx, input.TargetGroupArn);
    const registered = s.targets.get(tg.arn) ?? new Map();
    const requested = input.Targets !== undefined ? parseTargets(tg, input.Targets, false) : undefined;
    const healthCheckPort = (port: number) =>
      tg.healthCheck.port === 'traffic-port' ? String(port) : tg.healthCheck.port;
    const entries = (requested ?? [...registered.values()]).map((t) => {
      const target = registered.get(`${t.id}:${t.port}`);
      const health = target
        ? { State: target.state, Reason: target.reason, Description: target.description }
        : {
            State: 'unused',
            Reason: 'Target.NotRegistered',
            Description: 'Target is not registered to the target group',
          };
      return {
        Target: { Id: t.id, ...(tg.targetType !== 'lambda' ? { Port: t.port } : {}) },
        HealthCheckPort: tg.targetType === 'lambda' ? undefined : healthCheckPort(t.port),
        TargetHealth: health,
      };
    });
    return { TargetHealthDescriptions: entries };
  },

  // Tags
  AddTags(input, ctx) {
    const s = state(ctx);
    const arns = strings(input.ResourceArns);
    if (arns.length === 0) throw validationError('At least one resource ARN must be specified');
    const tags = parseTags(input.Tags);
    if (tags.length === 0) throw validationError('At least one tag must be specified');
    arns.forEach((a) => resourceMustExist(s, a));
    for (const a of arns) applyTags(s, a, tags);
    return {};
  },

  RemoveTags(input, ctx) {
    const s = state(ctx);
    const arns = strings(input.ResourceArns);
    const keys = strings(input.TagKeys);
    if (arns.length === 0) throw validationError('At least one resource ARN must be specified');
    arns.forEach((a) => resourceMustExist(s, a));
    for (const a of arns) keys.forEach((k) => s.tags.get(a)?.delete(k));
    return {};
  },

  DescribeTags(input, ctx) {
    const s = state(ctx);
    const arns = strings(input.ResourceArns);
    if (arns.length === 0) throw validationError('At least one resource ARN must be specified');
    if (arns.length > 20) throw validationError('At most 20 resource ARNs can be specified');
    arns.forEach((a) => resourceMustExist(s, a));
    return {
      TagDescriptions: arns.map((a) => ({
        ResourceArn: a,
        Tags: [...(s.tags.get(a) ?? [])].map(([Key, Value]) => ({ Key, Value })),
      })),
    };
  },

  DescribeSSLPolicies(input) {
    const names = strings(input.Names);
    const all = [
      DEFAULT_SSL_POLICY,
      'ELBSecurityPolicy-TLS13-1-2-2021-06',
      'ELBSecurityPolicy-TLS-1-2-2017-01',
    ];
    const missing = names.filter((n) => !all.includes(n));
    if (missing.length) throw err('SSLPolicyNotFound', `SSL policy '${missing[0]}' not found`);
    return {
      SslPolicies: (names.length ? names : all).map((Name) => ({
        Name,
        SslProtocols: ['TLSv1.2'],
        SupportedLoadBalancerTypes: ['application'],
      })),
    };
  },
};

/**
 * A listener's protocol, certificates and SSL policy. An ACM certificate must exist in this account
 * and region and be ISSUED (an expired or pending one is "not found" too, as AWS answers); IAM server
 * certificates are not emulated and are taken as they are.
 */
function listenerTls(
  protocol: string,
  certificatesIn: unknown,
  sslPolicyIn: unknown,
  acm: AcmContract | undefined,
): { certificates?: { CertificateArn: string }[]; sslPolicy?: string } {
  const certificates = list<{ CertificateArn?: unknown }>(certificatesIn).map((c) => ({
    CertificateArn: required(c?.CertificateArn, 'certificates.member.certificateArn'),
  }));
  const sslPolicy = str(sslPolicyIn);
  if (protocol === 'HTTP') {
    if (sslPolicy) throw validationError('An SSL policy cannot be specified for HTTP listeners');
    if (certificates.length) throw validationError('Certificates cannot be specified for HTTP listeners');
    return {};
  }
  if (certificates.length === 0) throw validationError('A certificate must be specified for HTTPS listeners');
  if (certificates.length > 1)
    throw err(
      'TooManyCertificates',
      'Only one default certificate can be specified; add others with AddListenerCertificates',
    );
  const arn = certificates[0].CertificateArn;
  const isAcm = /^arn:aws[\w-]*:acm:/.test(arn);
  if ((!isAcm && !/^arn:aws[\w-]*:iam:/.test(arn)) || (isAcm && acm && !acm.usable(arn))) {
    throw err('CertificateNotFound', `Certificate '${arn}' not found`);
  }
  return { certificates, sslPolicy: sslPolicy ?? DEFAULT_SSL_POLICY };
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;

function parseTargets(tg: TargetGroupRecord, input: unknown, strict = true): { id: string; port: number }[] {
  const raw = list<{ Id?: unknown; Port?: unknown }>(input);
  if (raw.length === 0 && strict) throw validationError('At least one target must be specified');
  return raw.map((t, i) => {
    const id = required(t?.Id, `targets.member.${i + 1}.id`);
    const port = int(t?.Port, `targets.member.${i + 1}.port`) ?? tg.port ?? 0;
    if (tg.targetType !== 'lambda') {
      inRange(port, 1, 65535, `targets.member.${i + 1}.port`);
      if (strict && tg.targetType === 'ip' && !IPV4.test(id))
        throw err('InvalidTarget', `The IP address '${id}' is not a valid IPv4 address`);
      if (strict && tg.targetType === 'instance' && !/^i-[0-9a-f]{8,17}$/.test(id))
        throw err('InvalidTarget', `The following targets are not valid instances: '${id}'`);
      if (strict && tg.targetType === 'alb') checkArn(id, 'loadbalancer', 'load balancer');
    } else if (strict && !/^arn:aws[\w-]*:lambda:/.test(id)) {
      throw err('InvalidTarget', `The target '${id}' is not a Lambda function ARN`);
    }
    return { id, port };
  });
}

function resourceMustExist(s: Elbv2State, arn: string): void {
  if (arn.includes(':loadbalancer/')) {
    if (!s.loadBalancers.has(arn)) throw lbNotFound(arn);
  } else if (arn.includes(':targetgroup/')) {
    if (!s.targetGroups.has(arn)) throw tgNotFound(arn);
  } else if (arn.includes(':listener-rule/')) {
    if (!s.rules.has(arn) && ![...s.listeners.values()].some((l) => l.defaultRuleArn === arn))
      throw ruleNotFound(arn);
  } else if (arn.includes(':listener/')) {
    if (!s.listeners.has(arn)) throw listenerNotFound(arn);
  } else {
    throw validationError(`'${arn}' is not a valid load balancer, target group, listener or rule ARN`);
  }
}

/** A target group's protocol, port, VPC and versions, as CreateTargetGroup validates them for its target type. */
function targetGroupEndpoint(
  input: Record<string, any>,
  targetType: TargetGroupRecord['targetType'],
): Pick<TargetGroupRecord, 'protocol' | 'port' | 'vpcId' | 'protocolVersion' | 'ipAddressType'> {
  const protocol = str(input.Protocol);
  const port = int(input.Port, 'port');
  const vpcId = str(input.VpcId);
  let protocolVersion: string | undefined;
  let ipAddressType: string | undefined;
  if (targetType === 'lambda') {
    if (protocol || port !== undefined || vpcId) {
      throw validationError(
        "Protocol, port and VPC ID cannot be specified for target groups with target type 'lambda'",
      );
    }
  } else {
    if (!protocol)
      throw validationError(
        `A protocol must be specified for target groups with target type '${targetType}'`,
      );
    if (port === undefined)
      throw validationError(`A port must be specified for target groups with target type '${targetType}'`);
    if (!vpcId)
      throw validationError(`A VPC ID must be specified for target groups with target type '${targetType}'`);
    if (!['HTTP', 'HTTPS'].includes(protocol)) {
      throw validationError(
        `Protocol '${protocol}' is not supported by this emulator's application load balancers; use HTTP or HTTPS`,
      );
    }
    inRange(port, 1, 65535, 'port');
    if (!/^vpc-[0-9a-f]+$/.test(vpcId)) throw validationError(`The VPC ID '${vpcId}' is not found`);
    protocolVersion = str(input.ProtocolVersion) ?? 'HTTP1';
    if (!['HTTP1', 'HTTP2', 'GRPC'].includes(protocolVersion))
      throw validationError(`Protocol version '${protocolVersion}' is not valid; use HTTP1, HTTP2 or GRPC`);
    ipAddressType = str(input.IpAddressType) ?? 'ipv4';
    if (ipAddressType !== 'ipv4' && ipAddressType !== 'ipv6')
      throw validationError(`IP address type '${ipAddressType}' is not valid; use ipv4 or ipv6`);
  }
  return { protocol, port, vpcId, protocolVersion, ipAddressType };
}

export const definition: ServiceDefinition = {
  signingName: 'elasticloadbalancing',
  protocol: 'query',
  version: '2015-12-01',
  xmlns: 'http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/',
  operations,
};
