/**
 * What each service's state offers the others, the data plane and the admin API. `World` holds each
 * state under these interfaces, so a service depends on a contract, never on another service's class:
 * only emulator/src/world-factory.ts knows the concrete states. A service reaches its own concrete
 * state with `<State>.of(world)`.
 */

/** Every state can be saved, restored and stopped (admin save/load/reset, emulator stop). */
export interface StateLifecycle {
  snapshot(): unknown;
  restore(data: unknown): void;
  /** Cancels the state's timers. */
  stop(): void;
}

export interface SubnetInfo {
  subnetId: string;
  vpcId: string;
  cidrBlock: string;
  availabilityZone: string;
}

export interface SecurityGroupInfo {
  groupId: string;
  vpcId: string;
  groupName: string;
}

/** EC2, for ECS (task networking) and ELBv2 (load balancer subnets and security groups). */
export interface Ec2Contract extends StateLifecycle {
  getSubnet(id: string): SubnetInfo | undefined;
  getSecurityGroup(id: string): SecurityGroupInfo | undefined;
  defaultVpcId(): string;
}

/** CloudWatch Logs, for ECS's awslogs driver. */
export interface LogsContract extends StateLifecycle {
  /** Appends to a stream (made on first use); false when the group does not exist. */
  append(group: string, stream: string, events: { timestamp: number; message: string }[]): boolean;
}

/** ECR, for the admin API's image declarations (and scripts that declare images the same way). */
export interface EcrContract extends StateLifecycle {
  /** `<registry host>/<name>`: the URI images of the repository are pulled by. */
  repositoryUri(name: string): string;
  recordImage(
    repository: string,
    tag: string,
    digest?: string,
  ): { repository: string; tag: string; digest: string };
  listRecordedImages(): { repository: string; digest: string; tags: string[] }[];
}

export type TargetHealthState = 'initial' | 'healthy' | 'unhealthy' | 'draining' | 'unused' | 'unavailable';

/** The view of a target group other services get (docs/architecture.md). */
export interface TargetGroupInfo {
  arn: string;
  name: string;
  port: number;
  protocol: string;
  targetType: string;
  vpcId: string;
  loadBalancerArns: string[];
  deregistrationDelaySeconds: number;
  healthCheck: {
    path: string;
    port: string;
    intervalSeconds: number;
    timeoutSeconds: number;
    healthyThreshold: number;
    unhealthyThreshold: number;
    matcher: string;
  };
}

export type TargetHealthListener = (
  tgArn: string,
  id: string,
  port: number,
  state: TargetHealthState,
  reason?: string,
  /** The TargetHealth Description, e.g. 'Health checks failed with these codes: [500]'. */
  description?: string,
) => void;

/** An API `Action`, normalised as AWS returns it (forward actions carry both TargetGroupArn and ForwardConfig). */
export interface ActionRecord {
  Type: string;
  Order?: number;
  TargetGroupArn?: string;
  ForwardConfig?: {
    TargetGroups: { TargetGroupArn: string; Weight: number }[];
    TargetGroupStickinessConfig: { Enabled: boolean; DurationSeconds?: number };
  };
  RedirectConfig?: {
    Protocol: string;
    Port: string;
    Host: string;
    Path: string;
    Query: string;
    StatusCode: string;
  };
  FixedResponseConfig?: { StatusCode: string; ContentType?: string; MessageBody?: string };
  [other: string]: unknown;
}

/** An API `RuleCondition`, normalised: host-header and path-pattern carry both Values and their *Config. */
export interface ConditionRecord {
  Field: string;
  Values?: string[];
  HostHeaderConfig?: { Values: string[] };
  PathPatternConfig?: { Values: string[] };
  HttpHeaderConfig?: { HttpHeaderName: string; Values: string[] };
  HttpRequestMethodConfig?: { Values: string[] };
  QueryStringConfig?: { Values: { Key?: string; Value: string }[] };
  SourceIpConfig?: { Values: string[] };
}

export interface RoutingTarget {
  id: string;
  port: number;
}

export interface RoutingTargetGroup {
  arn: string;
  name: string;
  protocol?: string;
  /** Only healthy targets; the data plane round-robins over them (empty: answer 503). */
  healthyTargets: RoutingTarget[];
  /** Every registered target with its state, for diagnostics. */
  targets: (RoutingTarget & { state: TargetHealthState })[];
  stickiness: boolean;
  algorithm: string;
}

export interface RoutingRule {
  arn: string;
  /** 'default' for the listener's default actions, which match every request. */
  priority: number | 'default';
  conditions: ConditionRecord[];
  actions: ActionRecord[];
}

export interface RoutingListener {
  arn: string;
  port: number;
  protocol: string;
  /** Rules in evaluation order: ascending priority, the default rule last. */
  rules: RoutingRule[];
}

export interface RoutingLoadBalancer {
  arn: string;
  name: string;
  dnsName: string;
  state: string;
  idleTimeoutSeconds: number;
  listeners: RoutingListener[];
}

export interface RoutingTable {
  loadBalancers: RoutingLoadBalancer[];
  /** Every target group referenced by a rule, keyed by ARN. */
  targetGroups: Record<string, RoutingTargetGroup>;
}

/** ELBv2, for ECS (targets and their health), Application Auto Scaling (request counts) and the data plane. */
export interface Elbv2Contract extends StateLifecycle {
  getTargetGroup(arn: string): TargetGroupInfo | undefined;
  registerTargets(tgArn: string, targets: { id: string; port: number }[]): void;
  deregisterTargets(tgArn: string, targets: { id: string; port: number }[]): void;
  targetState(
    tgArn: string,
    id: string,
    port: number,
  ): { state: TargetHealthState; reason?: string } | undefined;
  onTargetHealthChange(fn: TargetHealthListener): void;
  /** 'app/<lb>/<id>/targetgroup/<tg>/<id>' (a scaling metric's resource label) -> the target group's ARN. */
  targetGroupArnOfLabel(resourceLabel: string): string | undefined;
  /** What the data plane routes by, computed on each call so it follows every API call and health check. */
  routingTable(): RoutingTable;
  /** Ports some listener uses: the data plane serves each. */
  listenerPorts(): Set<number>;
  /** The data plane counts each request it forwards; ALBRequestCountPerTarget scaling reads and resets. */
  recordRequest(targetGroupArn: string): void;
  takeRequestCount(targetGroupArn: string): number;
  /** The target groups and weights of a rule's (or a listener's default) forward action; undefined when there is none. */
  forwardWeights(ruleOrListenerArn: string): { targetGroupArn: string; weight: number }[] | undefined;
  /** Rewrites the weights of that forward action (ECS blue/green, canary and linear traffic shifts). */
  setForwardWeights(ruleOrListenerArn: string, weights: { targetGroupArn: string; weight: number }[]): void;
}

/** ECS, for Application Auto Scaling. */
export interface EcsContract extends StateLifecycle {
  getService(
    cluster: string,
    service: string,
  ): { serviceArn: string; desiredCount: number; runningCount: number; status: string } | undefined;
  setDesiredCount(cluster: string, service: string, count: number, cause: string): void;
  serviceTaskArns(cluster: string, service: string): string[];
}

/** Application Auto Scaling offers nothing to the others; it is saved, restored and stopped. */
export type AutoScalingContract = StateLifecycle;

export type AlarmStateValue = 'OK' | 'ALARM' | 'INSUFFICIENT_DATA';

/** Called on each state transition of a metric alarm, with its new state and StateReason. */
export type AlarmStateListener = (name: string, state: AlarmStateValue, reason: string) => void;

/** One datapoint a service publishes, as PutMetricData's MetricDatum (Dimensions as Name/Value pairs). */
export interface MetricDatumRecord {
  namespace: string;
  metricName: string;
  dimensions: { Name: string; Value: string }[];
  value: number;
  unit?: string;
  /** Epoch milliseconds; the clock's now when absent. */
  timestampMs?: number;
}

/** CloudWatch, for ECS (deployment alarms) and the data plane (the load balancer's metrics). */
export interface CloudWatchContract extends StateLifecycle {
  /** The metric alarm's current state, or undefined when no alarm has that name. */
  alarmState(name: string): { state: AlarmStateValue; reason?: string; reasonData?: string } | undefined;
  onAlarmStateChange(fn: AlarmStateListener): void;
  /** The alarm's period and evaluation periods in seconds, or undefined when no alarm has that name. */
  alarmWindow(name: string): { periodSeconds: number; evaluationPeriods: number } | undefined;
  /** Stores datapoints (the data plane's ApplicationELB metrics); alarms read them when evaluated. */
  putMetricData(data: MetricDatumRecord[]): void;
}

/** ACM, for the load balancer: a listener takes an ISSUED certificate of this account and region. */
export interface AcmContract extends StateLifecycle {
  usable(certificateArn: string): boolean;
}

/** Every state a world holds, by key. */
export interface ServiceStates {
  acm: AcmContract;
  ec2: Ec2Contract;
  logs: LogsContract;
  ecr: EcrContract;
  elbv2: Elbv2Contract;
  ecs: EcsContract;
  autoscaling: AutoScalingContract;
  cloudwatch: CloudWatchContract;
}
