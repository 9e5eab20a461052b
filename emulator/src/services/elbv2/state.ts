import { randomBytes } from 'crypto';
import type { World } from '../../core/world';
import { ownState } from '../../core/own-state';
import type { ProbeResult } from '../../core/runtime';
import type {
  ActionRecord,
  ConditionRecord,
  Elbv2Contract,
  RoutingListener,
  RoutingLoadBalancer,
  RoutingRule,
  RoutingTable,
  RoutingTargetGroup,
  TargetGroupInfo,
  TargetHealthListener,
  TargetHealthState,
} from '../../core/contracts';

export type { ActionRecord, ConditionRecord, TargetGroupInfo, TargetHealthListener, TargetHealthState };

/**
 * Elastic Load Balancing v2 (application load balancers only): the control-plane records, the
 * association between target groups and load balancers (derived from listeners' and rules' forward
 * actions, never stored), and the target health checker that probes through `world.runtime.probe`.
 *
 * Records hold API-shaped values (actions and conditions as the API returns them) so Describe* can
 * answer from them directly and `routingTable(world)` can hand them to the data plane.
 */

export type Tag = { Key: string; Value: string };

export interface LoadBalancerRecord {
  arn: string;
  name: string;
  /** The 16-hex id in the ARN (also the `<lb-id>` of an autoscaling ResourceLabel). */
  id: string;
  type: 'application';
  scheme: 'internet-facing' | 'internal';
  ipAddressType: string;
  vpcId: string;
  subnets: { subnetId: string; zone: string }[];
  securityGroups: string[];
  createdAt: string;
  state: 'provisioning' | 'active' | 'failed';
  /** Numeric part of the DNS name, fixed at creation so the name never changes. */
  dnsId: string;
  attributes: Record<string, string>;
}

export interface HealthCheckSettings {
  enabled: boolean;
  protocol: string;
  /** 'traffic-port' or a port number as a string, as the API has it. */
  port: string;
  path: string;
  intervalSeconds: number;
  timeoutSeconds: number;
  healthyThreshold: number;
  unhealthyThreshold: number;
  /** Matcher.HttpCode: '200', '200,202' or '200-399'. */
  matcher: string;
}

export interface TargetGroupRecord {
  arn: string;
  name: string;
  id: string;
  targetType: 'instance' | 'ip' | 'lambda' | 'alb';
  protocol?: string;
  protocolVersion?: string;
  port?: number;
  vpcId?: string;
  ipAddressType?: string;
  healthCheck: HealthCheckSettings;
  attributes: Record<string, string>;
  createdAt: string;
}

export interface ListenerRecord {
  arn: string;
  loadBalancerArn: string;
  port: number;
  protocol: string;
  sslPolicy?: string;
  certificates?: { CertificateArn: string }[];
  alpnPolicy?: string[];
  defaultActions: ActionRecord[];
  /** DescribeRules shows the listener's default actions as a rule with its own ARN. */
  defaultRuleArn: string;
}

export interface RuleRecord {
  arn: string;
  listenerArn: string;
  priority: number;
  conditions: ConditionRecord[];
  actions: ActionRecord[];
}

export interface TargetRecord {
  id: string;
  port: number;
  state: TargetHealthState;
  reason?: string;
  description?: string;
  consecutiveSuccesses: number;
  consecutiveFailures: number;
  /** Emulated deadline of draining (ISO), for snapshots. */
  drainingUntil?: string;
}

/** Emulated time from CreateLoadBalancer to State active (real ALBs take minutes; kept short on purpose). */
export const LOAD_BALANCER_PROVISIONING_MS = 10_000;
/** Emulated time from RegisterTargets to the first health check (Elb.RegistrationInProgress). */
export const FIRST_HEALTH_CHECK_MS = 1_000;

const HOSTED_ZONES: Record<string, string> = {
  'us-east-1': 'Z35SXDOTRQ7X7K',
  'us-east-2': 'Z3AADJGX6KTTL2',
  'us-west-1': 'Z368ELLRRE2KJ0',
  'us-west-2': 'Z1H1FL5HABSF5',
  'eu-west-1': 'Z32O12XQLNTSW2',
  'eu-west-2': 'ZHURV8PSTC4K8',
  'eu-west-3': 'Z3Q77PNBQS71R4',
  'eu-central-1': 'Z215JYRZR1TBD5',
  'eu-north-1': 'Z23TAZ7KKW2BE8',
  'ap-northeast-1': 'Z14GRHDCWA56QT',
  'ap-southeast-1': 'Z1LMS91P8CMLE5',
  'ap-southeast-2': 'Z1GM3OXH4ZPM65',
  'ap-south-1': 'ZP97RAFLXTNZK',
  'sa-east-1': 'Z2P70J7HTTTPLU',
  'ca-central-1': 'ZQSVJUPU6J1EY',
};

/** The Route 53 zone of a region's ALBs (CanonicalHostedZoneId). */
export function canonicalHostedZoneId(region: string): string {
  return HOSTED_ZONES[region] ?? 'Z35SXDOTRQ7X7K';
}

/**
 * The load balancer's DNS name: AWS's shape under `.localhost` instead of `.amazonaws.com`, because
 * curl and browsers resolve every *.localhost name to the loopback, where the data plane serves the
 * listeners (docs/emulator/load-balancer.md). Node's own resolver does not: tests connect to 127.0.0.1
 * and send the name as the Host header.
 */
export function dnsNameFor(lb: LoadBalancerRecord, region: string): string {
  const prefix = lb.scheme === 'internal' ? 'internal-' : '';
  return `${prefix}${lb.name}-${lb.dnsId}.${region}.elb.localhost`;
}

export const DEFAULT_LOAD_BALANCER_ATTRIBUTES: Record<string, string> = {
  'access_logs.s3.enabled': 'false',
  'access_logs.s3.bucket': '',
  'access_logs.s3.prefix': '',
  'client_keep_alive.seconds': '3600',
  'connection_logs.s3.enabled': 'false',
  'connection_logs.s3.bucket': '',
  'connection_logs.s3.prefix': '',
  'deletion_protection.enabled': 'false',
  'idle_timeout.timeout_seconds': '60',
  'routing.http.desync_mitigation_mode': 'defensive',
  'routing.http.drop_invalid_header_fields.enabled': 'false',
  'routing.http.preserve_host_header.enabled': 'false',
  'routing.http.x_amzn_tls_version_and_cipher_suite.enabled': 'false',
  'routing.http.xff_client_port.enabled': 'false',
  'routing.http.xff_header_processing.mode': 'append',
  'routing.http2.enabled': 'true',
  'waf.fail_open.enabled': 'false',
  'zonal_shift.config.enabled': 'false',
};

export const DEFAULT_TARGET_GROUP_ATTRIBUTES: Record<string, string> = {
  'deregistration_delay.timeout_seconds': '300',
  'stickiness.enabled': 'false',
  'stickiness.type': 'lb_cookie',
  'stickiness.lb_cookie.duration_seconds': '86400',
  'stickiness.app_cookie.cookie_name': '',
  'stickiness.app_cookie.duration_seconds': '86400',
  'load_balancing.algorithm.type': 'round_robin',
  'load_balancing.algorithm.anomaly_mitigation': 'off',
  'load_balancing.cross_zone.enabled': 'use_load_balancer_configuration',
  'slow_start.duration_seconds': '0',
  'target_group_health.dns_failover.minimum_healthy_targets.count': '1',
  'target_group_health.dns_failover.minimum_healthy_targets.percentage': 'off',
  'target_group_health.unhealthy_state_routing.minimum_healthy_targets.count': '1',
  'target_group_health.unhealthy_state_routing.minimum_healthy_targets.percentage': 'off',
};

export function hexId(): string {
  return randomBytes(8).toString('hex');
}

/** Target group ARNs an action list forwards to (TargetGroupArn and ForwardConfig alike). */
export function forwardedTargetGroups(actions: ActionRecord[]): string[] {
  const arns = new Set<string>();
  for (const a of actions) {
    if (a.Type !== 'forward') continue;
    if (a.TargetGroupArn) arns.add(a.TargetGroupArn);
    for (const t of a.ForwardConfig?.TargetGroups ?? []) arns.add(t.TargetGroupArn);
  }
  return [...arns];
}

/** Whether an HTTP status satisfies a matcher such as '200', '200,202' or '200-399'. */
export function matcherAccepts(matcher: string, status: number): boolean {
  return matcher.split(',').some((part) => {
    const [lo, hi] = part.trim().split('-').map(Number);
    return hi === undefined ? status === lo : status >= lo && status <= hi;
  });
}

const targetKey = (id: string, port: number): string => `${id}:${port}`;

interface TargetTimers {
  check?: () => void;
  drain?: () => void;
}

const own = ownState<Elbv2State>('ELBv2');

export class Elbv2State implements Elbv2Contract {
  /** This world's ELBv2 state, as the service's own operations need it. */
  static of(world: World): Elbv2State {
    return own.of(world);
  }

  readonly loadBalancers = new Map<string, LoadBalancerRecord>();
  readonly targetGroups = new Map<string, TargetGroupRecord>();
  readonly listeners = new Map<string, ListenerRecord>();
  readonly rules = new Map<string, RuleRecord>();
  /** Registered targets per target group, keyed by `id:port`. */
  readonly targets = new Map<string, Map<string, TargetRecord>>();
  readonly tags = new Map<string, Map<string, string>>();
  /** Requests the data plane forwarded per target group since the autoscaling evaluator last read them. */
  readonly requestCounts = new Map<string, number>();

  private readonly healthListeners: TargetHealthListener[] = [];
  private readonly targetTimers = new Map<string, TargetTimers>(); // key: `${tgArn}|${id}:${port}`
  private readonly lbTimers = new Map<string, () => void>();
  private stopped = false;

  constructor(readonly world: World) {
    own.register(world, this);
  }

  // ARNs
  arnPrefix(): string {
    return `arn:aws:elasticloadbalancing:${this.world.region}:${this.world.accountId}`;
  }

  // Associations
  /** Load balancers whose listeners or rules forward to the target group, in creation order. */
  loadBalancerArnsOf(tgArn: string): string[] {
    const lbs = new Set<string>();
    for (const l of this.listeners.values()) {
      if (forwardedTargetGroups(l.defaultActions).includes(tgArn)) lbs.add(l.loadBalancerArn);
    }
    for (const r of this.rules.values()) {
      if (!forwardedTargetGroups(r.actions).includes(tgArn)) continue;
      const l = this.listeners.get(r.listenerArn);
      if (l) lbs.add(l.loadBalancerArn);
    }
    return [...this.loadBalancers.keys()].filter((arn) => lbs.has(arn));
  }

  /** Target groups the load balancer's listeners and rules forward to. */
  targetGroupsOfLoadBalancer(lbArn: string): string[] {
    const tgs = new Set<string>();
    for (const l of this.listeners.values()) {
      if (l.loadBalancerArn !== lbArn) continue;
      forwardedTargetGroups(l.defaultActions).forEach((t) => tgs.add(t));
      for (const r of this.rules.values())
        if (r.listenerArn === l.arn) forwardedTargetGroups(r.actions).forEach((t) => tgs.add(t));
    }
    return [...tgs];
  }

  rulesOfListener(listenerArn: string): RuleRecord[] {
    return [...this.rules.values()]
      .filter((r) => r.listenerArn === listenerArn)
      .sort((a, b) => a.priority - b.priority);
  }

  // Load balancer lifecycle
  /** Provisioning -> active after a short emulated delay. */
  scheduleActivation(lb: LoadBalancerRecord, afterMs = LOAD_BALANCER_PROVISIONING_MS): void {
    if (lb.state !== 'provisioning' || this.stopped) return;
    this.lbTimers.get(lb.arn)?.();
    const cancel = this.world.clock.schedule(afterMs, () => {
      this.lbTimers.delete(lb.arn);
      if (this.loadBalancers.get(lb.arn) !== lb) return;
      lb.state = 'active';
      this.world.record('load-balancer', lb.arn, { state: 'active', name: lb.name });
    });
    this.lbTimers.set(lb.arn, cancel);
  }

  removeLoadBalancer(lbArn: string): void {
    const affected = this.targetGroupsOfLoadBalancer(lbArn);
    for (const l of [...this.listeners.values()])
      if (l.loadBalancerArn === lbArn) this.removeListener(l.arn, false);
    this.loadBalancers.delete(lbArn);
    this.tags.delete(lbArn);
    this.lbTimers.get(lbArn)?.();
    this.lbTimers.delete(lbArn);
    this.refreshTargetUsage(affected);
  }

  removeListener(listenerArn: string, refresh = true): void {
    const l = this.listeners.get(listenerArn);
    if (!l) return;
    const affected = new Set(forwardedTargetGroups(l.defaultActions));
    for (const r of this.rulesOfListener(listenerArn)) {
      forwardedTargetGroups(r.actions).forEach((t) => affected.add(t));
      this.rules.delete(r.arn);
      this.tags.delete(r.arn);
    }
    this.listeners.delete(listenerArn);
    this.tags.delete(listenerArn);
    if (refresh) this.refreshTargetUsage([...affected]);
  }

  removeTargetGroup(tgArn: string): void {
    for (const key of this.targets.get(tgArn)?.keys() ?? []) this.cancelTimers(tgArn, key);
    this.targets.delete(tgArn);
    this.targetGroups.delete(tgArn);
    this.tags.delete(tgArn);
    this.requestCounts.delete(tgArn);
  }

  // Cross-service contract (docs/architecture.md)
  getTargetGroup(arn: string): TargetGroupInfo | undefined {
    const tg = this.targetGroups.get(arn);
    if (!tg) return undefined;
    return {
      arn: tg.arn,
      name: tg.name,
      port: tg.port ?? 0,
      protocol: tg.protocol ?? '',
      targetType: tg.targetType,
      vpcId: tg.vpcId ?? '',
      loadBalancerArns: this.loadBalancerArnsOf(arn),
      deregistrationDelaySeconds: Number(tg.attributes['deregistration_delay.timeout_seconds']),
      healthCheck: {
        path: tg.healthCheck.path,
        port: tg.healthCheck.port,
        intervalSeconds: tg.healthCheck.intervalSeconds,
        timeoutSeconds: tg.healthCheck.timeoutSeconds,
        healthyThreshold: tg.healthCheck.healthyThreshold,
        unhealthyThreshold: tg.healthCheck.unhealthyThreshold,
        matcher: tg.healthCheck.matcher,
      },
    };
  }

  /** Registers targets (the API's validation is in index.ts); an unknown target group is ignored. */
  registerTargets(tgArn: string, targets: { id: string; port: number }[]): void {
    const tg = this.targetGroups.get(tgArn);
    if (!tg) return;
    let registered = this.targets.get(tgArn);
    if (!registered) this.targets.set(tgArn, (registered = new Map()));
    const inUse = this.loadBalancerArnsOf(tgArn).length > 0;
    for (const t of targets) {
      const key = targetKey(t.id, t.port);
      const existing = registered.get(key);
      // Registering a target that is already registered (and not draining) changes nothing, as on AWS.
      if (existing && existing.state !== 'draining') continue;
      this.cancelTimers(tgArn, key);
      const target: TargetRecord = existing ?? {
        id: t.id,
        port: t.port,
        state: 'initial',
        consecutiveSuccesses: 0,
        consecutiveFailures: 0,
      };
      target.drainingUntil = undefined;
      target.consecutiveSuccesses = 0;
      target.consecutiveFailures = 0;
      registered.set(key, target);
      if (!inUse)
        this.setTargetState(
          tgArn,
          target,
          'unused',
          'Target.NotInUse',
          'Target group is not configured to receive traffic from the load balancer',
          true,
        );
      else if (tg.targetType === 'lambda' && !tg.healthCheck.enabled)
        this.setTargetState(
          tgArn,
          target,
          'unavailable',
          'Target.HealthCheckDisabled',
          'Health checks are disabled',
          true,
        );
      else {
        this.setTargetState(
          tgArn,
          target,
          'initial',
          'Elb.RegistrationInProgress',
          'Target registration is in progress',
          true,
        );
        this.scheduleCheck(tgArn, target, FIRST_HEALTH_CHECK_MS);
      }
    }
  }

  /** Targets go draining for the target group's deregistration delay, then disappear. */
  deregisterTargets(tgArn: string, targets: { id: string; port: number }[]): void {
    const tg = this.targetGroups.get(tgArn);
    const registered = this.targets.get(tgArn);
    if (!tg || !registered) return;
    const delaySeconds = Number(tg.attributes['deregistration_delay.timeout_seconds']);
    for (const t of targets) {
      const key = targetKey(t.id, t.port);
      const target = registered.get(key);
      if (!target || target.state === 'draining') continue;
      this.cancelTimers(tgArn, key);
      // A target that never received traffic (no load balancer uses the group) has nothing to drain.
      if (target.state === 'unused' || delaySeconds <= 0) {
        this.forgetTarget(tgArn, target);
        continue;
      }
      target.drainingUntil = new Date(this.world.clock.now().getTime() + delaySeconds * 1000).toISOString();
      this.setTargetState(
        tgArn,
        target,
        'draining',
        'Target.DeregistrationInProgress',
        'Target deregistration is in progress',
      );
      this.scheduleDrainEnd(tgArn, target, delaySeconds * 1000);
    }
  }

  targetState(
    tgArn: string,
    id: string,
    port: number,
  ): { state: TargetHealthState; reason?: string } | undefined {
    if (!this.targetGroups.has(tgArn)) return undefined;
    const target = this.targets.get(tgArn)?.get(targetKey(id, port));
    if (!target) return { state: 'unused', reason: 'Target.NotRegistered' };
    return { state: target.state, reason: target.reason };
  }

  onTargetHealthChange(fn: TargetHealthListener): void {
    this.healthListeners.push(fn);
  }

  // Health checker
  /** Targets of a target group that the load balancer would route to. */
  healthyTargets(tgArn: string): TargetRecord[] {
    return [...(this.targets.get(tgArn)?.values() ?? [])].filter((t) => t.state === 'healthy');
  }

  /** After listeners or rules change: targets of groups that lost (or gained) every load balancer change state. */
  refreshTargetUsage(tgArns: string[]): void {
    for (const tgArn of new Set(tgArns)) {
      const tg = this.targetGroups.get(tgArn);
      const registered = this.targets.get(tgArn);
      if (!tg || !registered) continue;
      const inUse = this.loadBalancerArnsOf(tgArn).length > 0;
      for (const [key, target] of registered) {
        if (target.state === 'draining') continue;
        if (!inUse && target.state !== 'unused') {
          this.cancelTimers(tgArn, key);
          target.consecutiveFailures = target.consecutiveSuccesses = 0;
          this.setTargetState(
            tgArn,
            target,
            'unused',
            'Target.NotInUse',
            'Target group is not configured to receive traffic from the load balancer',
          );
        } else if (inUse && target.state === 'unused') {
          this.setTargetState(
            tgArn,
            target,
            'initial',
            'Elb.RegistrationInProgress',
            'Target registration is in progress',
          );
          this.scheduleCheck(tgArn, target, FIRST_HEALTH_CHECK_MS);
        }
      }
    }
  }

  /** Health check settings changed (ModifyTargetGroup): the next check uses the new interval. */
  rescheduleChecks(tgArn: string): void {
    const tg = this.targetGroups.get(tgArn);
    for (const target of this.targets.get(tgArn)?.values() ?? []) {
      if (target.state === 'draining' || target.state === 'unused' || target.state === 'unavailable' || !tg)
        continue;
      this.scheduleCheck(tgArn, target, tg.healthCheck.intervalSeconds * 1000);
    }
  }

  private scheduleCheck(tgArn: string, target: TargetRecord, afterMs: number): void {
    this.scheduleTargetTimer(tgArn, target, 'check', afterMs, () => void this.runCheck(tgArn, target));
  }

  private scheduleDrainEnd(tgArn: string, target: TargetRecord, afterMs: number): void {
    this.scheduleTargetTimer(tgArn, target, 'drain', afterMs, () => {
      if (
        this.targets.get(tgArn)?.get(targetKey(target.id, target.port)) === target &&
        target.state === 'draining'
      ) {
        this.forgetTarget(tgArn, target);
      }
    });
  }

  /** One pending timer of each kind per target: scheduling again replaces the earlier one. */
  private scheduleTargetTimer(
    tgArn: string,
    target: TargetRecord,
    kind: 'check' | 'drain',
    afterMs: number,
    fire: () => void,
  ): void {
    if (this.stopped) return;
    const timerKey = `${tgArn}|${targetKey(target.id, target.port)}`;
    const timers = this.targetTimers.get(timerKey) ?? {};
    timers[kind]?.();
    timers[kind] = this.world.clock.schedule(afterMs, () => {
      timers[kind] = undefined;
      fire();
    });
    this.targetTimers.set(timerKey, timers);
  }

  /** One health check of one target, then the next one on the group's interval. */
  private async runCheck(tgArn: string, target: TargetRecord): Promise<void> {
    const tg = this.targetGroups.get(tgArn);
    const current = () =>
      !this.stopped && this.targets.get(tgArn)?.get(targetKey(target.id, target.port)) === target;
    if (!tg || !current() || target.state === 'draining' || target.state === 'unused') return;
    const hc = tg.healthCheck;
    const port = hc.port === 'traffic-port' ? target.port : Number(hc.port);
    const emulatedTimeoutMs = hc.timeoutSeconds * 1000;
    // The probe is a real request (Docker runtime): a high time scale must not shrink its timeout below
    // what a local HTTP round trip needs, so it never goes under one second (or the emulated timeout if shorter).
    const timeoutMs = Math.max(this.world.clock.real(emulatedTimeoutMs), Math.min(emulatedTimeoutMs, 1000));
    let result: ProbeResult;
    try {
      result = await this.world.runtime.probe(target.id, port, hc.path, timeoutMs);
    } catch {
      result = { error: 'error', durationMs: 0 };
    }
    // The target may have been deregistered, re-registered or its group deleted while the probe ran.
    const stateNow = target.state as TargetHealthState;
    if (!current() || stateNow === 'draining' || stateNow === 'unused') return;
    this.applyProbeResult(tgArn, tg, target, result);
    this.scheduleCheck(tgArn, target, hc.intervalSeconds * 1000);
  }

  private applyProbeResult(
    tgArn: string,
    tg: TargetGroupRecord,
    target: TargetRecord,
    result: ProbeResult,
  ): void {
    const hc = tg.healthCheck;
    const passed = result.statusCode !== undefined && matcherAccepts(hc.matcher, result.statusCode);
    if (passed) {
      target.consecutiveSuccesses++;
      target.consecutiveFailures = 0;
      if (target.state !== 'healthy' && target.consecutiveSuccesses >= hc.healthyThreshold) {
        this.setTargetState(tgArn, target, 'healthy');
      } else if (target.state === 'initial' && target.reason === 'Elb.RegistrationInProgress') {
        this.setTargetState(
          tgArn,
          target,
          'initial',
          'Elb.InitialHealthChecking',
          'Initial health checks in progress',
        );
      }
      return;
    }
    target.consecutiveFailures++;
    target.consecutiveSuccesses = 0;
    const [reason, description] =
      result.statusCode !== undefined
        ? ['Target.ResponseCodeMismatch', `Health checks failed with these codes: [${result.statusCode}]`]
        : result.error === 'timeout'
          ? ['Target.Timeout', 'Request timed out']
          : ['Target.FailedHealthChecks', 'Health checks failed'];
    if (target.state === 'unhealthy' || target.consecutiveFailures >= hc.unhealthyThreshold) {
      this.setTargetState(tgArn, target, 'unhealthy', reason, description);
    } else if (target.state === 'initial' && target.reason === 'Elb.RegistrationInProgress') {
      this.setTargetState(
        tgArn,
        target,
        'initial',
        'Elb.InitialHealthChecking',
        'Initial health checks in progress',
      );
    }
  }

  /**
   * Subscribers and the timeline hear of state changes only (initial -> healthy, ...), not of a reason
   * changing within a state; the reason is still visible through targetState and DescribeTargetHealth.
   */
  private setTargetState(
    tgArn: string,
    target: TargetRecord,
    state: TargetHealthState,
    reason?: string,
    description?: string,
    forceNotify = false,
  ): void {
    const changed = target.state !== state;
    target.state = state;
    target.reason = reason;
    target.description = description;
    if (changed || forceNotify) this.notify(tgArn, target.id, target.port, state, reason, description);
  }

  private notify(
    tgArn: string,
    id: string,
    port: number,
    state: TargetHealthState,
    reason?: string,
    description?: string,
  ): void {
    this.world.record('target-health', tgArn, { target: id, port, state, ...(reason ? { reason } : {}) });
    for (const fn of this.healthListeners) {
      try {
        fn(tgArn, id, port, state, reason, description);
      } catch {
        // One subscriber's failure must not stop the health checker or the other subscribers.
      }
    }
  }

  private forgetTarget(tgArn: string, target: TargetRecord): void {
    const key = targetKey(target.id, target.port);
    this.cancelTimers(tgArn, key);
    this.targets.get(tgArn)?.delete(key);
    this.notify(
      tgArn,
      target.id,
      target.port,
      'unused',
      'Target.NotRegistered',
      'Target is not registered to the target group',
    );
  }

  private cancelTimers(tgArn: string, key: string): void {
    const timerKey = `${tgArn}|${key}`;
    const timers = this.targetTimers.get(timerKey);
    timers?.check?.();
    timers?.drain?.();
    this.targetTimers.delete(timerKey);
  }

  // Persistence
  snapshot(): unknown {
    return {
      loadBalancers: [...this.loadBalancers.values()],
      targetGroups: [...this.targetGroups.values()],
      listeners: [...this.listeners.values()],
      rules: [...this.rules.values()],
      targets: [...this.targets].map(([tgArn, m]) => ({ tgArn, targets: [...m.values()] })),
      tags: [...this.tags].map(([arn, m]) => ({ arn, tags: [...m] })),
    };
  }

  restore(data: unknown): void {
    this.stop();
    this.stopped = false;
    const d = (data ?? {}) as {
      loadBalancers?: LoadBalancerRecord[];
      targetGroups?: TargetGroupRecord[];
      listeners?: ListenerRecord[];
      rules?: RuleRecord[];
      targets?: { tgArn: string; targets: TargetRecord[] }[];
      tags?: { arn: string; tags: [string, string][] }[];
    };
    for (const m of [
      this.loadBalancers,
      this.targetGroups,
      this.listeners,
      this.rules,
      this.targets,
      this.tags,
    ])
      m.clear();
    for (const lb of d.loadBalancers ?? []) this.loadBalancers.set(lb.arn, lb);
    for (const tg of d.targetGroups ?? []) this.targetGroups.set(tg.arn, tg);
    for (const l of d.listeners ?? []) this.listeners.set(l.arn, l);
    for (const r of d.rules ?? []) this.rules.set(r.arn, r);
    for (const t of d.tags ?? []) this.tags.set(t.arn, new Map(t.tags));
    for (const lb of this.loadBalancers.values()) this.scheduleActivation(lb, 1000);
    const now = this.world.clock.now().getTime();
    for (const { tgArn, targets } of d.targets ?? []) {
      const tg = this.targetGroups.get(tgArn);
      if (!tg) continue;
      const m = new Map<string, TargetRecord>();
      this.targets.set(tgArn, m);
      for (const t of targets) {
        m.set(targetKey(t.id, t.port), t);
        if (t.state === 'draining') {
          this.scheduleDrainEnd(
            tgArn,
            t,
            Math.max(0, (t.drainingUntil ? Date.parse(t.drainingUntil) : now) - now),
          );
        } else if (t.state === 'initial' || t.state === 'healthy' || t.state === 'unhealthy') {
          // Tasks behind restored targets may not exist any more: the checks resume and find out.
          this.scheduleCheck(tgArn, t, FIRST_HEALTH_CHECK_MS);
        }
      }
    }
  }

  routingTable(): RoutingTable {
    return buildRoutingTable(this);
  }

  listenerPorts(): Set<number> {
    return new Set([...this.listeners.values()].map((l) => l.port));
  }

  recordRequest(targetGroupArn: string): void {
    this.requestCounts.set(targetGroupArn, (this.requestCounts.get(targetGroupArn) ?? 0) + 1);
  }

  takeRequestCount(targetGroupArn: string): number {
    const n = this.requestCounts.get(targetGroupArn) ?? 0;
    this.requestCounts.delete(targetGroupArn);
    return n;
  }

  targetGroupArnOfLabel(resourceLabel: string): string | undefined {
    const m = /^(app\/[^/]+\/[^/]+)\/(targetgroup\/[^/]+\/[^/]+)$/.exec(resourceLabel);
    if (!m) return undefined;
    const lbArn = [...this.loadBalancers.keys()].find((arn) => arn.endsWith(`:loadbalancer/${m[1]}`));
    const tgArn = [...this.targetGroups.keys()].find((arn) => arn.endsWith(`:${m[2]}`));
    if (!lbArn || !tgArn || !this.loadBalancerArnsOf(tgArn).includes(lbArn)) return undefined;
    return tgArn;
  }

  stop(): void {
    this.stopped = true;
    for (const key of [...this.targetTimers.keys()]) {
      const timers = this.targetTimers.get(key);
      timers?.check?.();
      timers?.drain?.();
    }
    this.targetTimers.clear();
    for (const cancel of this.lbTimers.values()) cancel();
    this.lbTimers.clear();
  }
}

/**
 * What a data plane needs to route a request: each load balancer's listeners, their rules in the order
 * an ALB evaluates them, and each forwarded target group's healthy targets. Computed on each call
 * (cheap), so it always reflects the latest API calls and health checks.
 */
function buildRoutingTable(s: Elbv2State): RoutingTable {
  const targetGroups: Record<string, RoutingTargetGroup> = {};
  const loadBalancers: RoutingLoadBalancer[] = [];
  const addGroup = (arn: string) => {
    const tg = s.targetGroups.get(arn);
    if (!tg || targetGroups[arn]) return;
    const all = [...(s.targets.get(arn)?.values() ?? [])];
    targetGroups[arn] = {
      arn,
      name: tg.name,
      protocol: tg.protocol,
      healthyTargets: all.filter((t) => t.state === 'healthy').map((t) => ({ id: t.id, port: t.port })),
      targets: all.map((t) => ({ id: t.id, port: t.port, state: t.state })),
      stickiness: tg.attributes['stickiness.enabled'] === 'true',
      algorithm: tg.attributes['load_balancing.algorithm.type'],
    };
  };
  for (const lb of s.loadBalancers.values()) {
    const listeners: RoutingListener[] = [];
    for (const l of s.listeners.values()) {
      if (l.loadBalancerArn !== lb.arn) continue;
      const rules: RoutingRule[] = s.rulesOfListener(l.arn).map((r) => ({
        arn: r.arn,
        priority: r.priority,
        conditions: r.conditions,
        actions: r.actions,
      }));
      rules.push({ arn: l.defaultRuleArn, priority: 'default', conditions: [], actions: l.defaultActions });
      rules.forEach((r) => forwardedTargetGroups(r.actions).forEach(addGroup));
      listeners.push({ arn: l.arn, port: l.port, protocol: l.protocol, rules });
    }
    loadBalancers.push({
      arn: lb.arn,
      name: lb.name,
      dnsName: dnsNameFor(lb, s.world.region),
      state: lb.state,
      idleTimeoutSeconds: Number(lb.attributes['idle_timeout.timeout_seconds']),
      listeners,
    });
  }
  return { loadBalancers, targetGroups };
}
