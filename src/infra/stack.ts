import type {
  Action,
  Listener,
  LoadBalancer,
  Rule,
  RuleCondition,
  TargetGroup,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import type { Subnet } from '@aws-sdk/client-ec2';
import type { AwsClients } from '../aws/clients';
import type { DeployConfig } from '../config/types';
import type { Logger } from '../util/log';
import { ConsistencyOptions } from '../aws/consistency';
import { isAwsError } from '../aws/errors';
import { errorMessage } from '../util/errors';
import * as ec2 from '../aws/ec2';
import * as elbv2 from '../aws/elbv2';
import * as cluster from '../aws/cluster';
import * as logGroups from '../aws/log-groups';
import {
  desiredStack,
  DesiredStack,
  IngressPermission,
  ListenerSpec,
  loadBalancerIngress,
  LoadBalancerSpec,
  MANAGED_BY_KEY,
  MANAGED_BY_VALUE,
  RuleConditions,
  serviceUrl,
  TargetGroupSpec,
  taskIngress,
} from './desired';
import {
  Change,
  changeFor,
  conditionsDrift,
  deregistrationDelayDrift,
  describeDrift,
  describeIngress,
  FieldDrift,
  ingressDiff,
  listenerDrift,
  retentionDrift,
  targetGroupDrift,
} from './diff';
import { planLine } from './plan';
import { choosePriority } from './priority';

export interface StackResult {
  cluster: string;
  clusterArn?: string;
  logGroup: string;
  subnets: string[];
  securityGroups: string[];
  assignPublicIp: boolean;
  targetGroupArn?: string;
  loadBalancerArn?: string;
  url?: string;
  changes: Change[];
}

export interface StackOptions {
  plan: boolean;
  log: Logger;
  /**
   * How to wait between tries of a call that real AWS answers with "not found" for a moment after
   * the resource was created (eventual consistency); a real timer when absent.
   */
  sleep?: (ms: number) => Promise<void>;
}

/** CreateRule is not idempotent and priorities are first come, first served between concurrent runs. */
const PRIORITY_ATTEMPTS = 5;
/** AWS quota: rules per load balancer, default rules excluded. */
const MAX_RULES = 100;
const DEREGISTRATION_DELAY_KEY = 'deregistration_delay.timeout_seconds';

class StackRun {
  readonly changes: Change[] = [];
  constructor(
    readonly config: DeployConfig,
    readonly clients: AwsClients,
    readonly desired: DesiredStack,
    readonly opts: StackOptions,
  ) {}

  get plan(): boolean {
    return this.opts.plan;
  }

  /** Retries of calls that depend on a resource created a moment before. */
  get consistency(): ConsistencyOptions {
    return {
      sleep: this.opts.sleep,
      onRetry: (error, attempt) =>
        this.opts.log.info(
          `AWS does not see a resource created a moment ago yet (${errorMessage(error)}); try ${attempt + 1}`,
        ),
    };
  }

  record(change: Change): void {
    this.changes.push(change);
    this.opts.log.info(`${this.plan && change.action !== 'keep' ? 'would ' : ''}${planLine(change)}`);
  }

  // ---- cluster and logs -------------------------------------------------------------------

  async ensureCluster(): Promise<string | undefined> {
    const { name, containerInsights } = this.desired.cluster;
    const actual = await cluster.describeCluster(this.clients.ecs, name);
    if (!actual) {
      let arn: string | undefined;
      if (!this.plan)
        arn = (
          await cluster.createCluster(this.clients.ecs, { name, containerInsights, tags: this.desired.tags })
        ).clusterArn;
      this.record({
        action: 'create',
        resource: 'ecs-cluster',
        name,
        detail: `container insights ${containerInsights ? 'on' : 'off'}`,
      });
      return arn;
    }
    const drift: FieldDrift[] = [];
    if (cluster.containerInsightsOf(actual) !== containerInsights)
      drift.push({
        field: 'container insights',
        actual: cluster.containerInsightsOf(actual),
        desired: containerInsights,
      });
    if (drift.length > 0 && !this.plan)
      await cluster.setContainerInsights(this.clients.ecs, name, containerInsights);
    this.record(changeFor('ecs-cluster', name, drift));
    return actual.clusterArn;
  }

  async ensureLogGroup(): Promise<void> {
    const { name, retentionDays } = this.desired.logGroup;
    const actual = await logGroups.findLogGroup(this.clients.logs, name);
    if (!actual) {
      if (!this.plan) {
        await logGroups.createLogGroup(this.clients.logs, name, this.desired.tags);
        if (retentionDays !== 0) await logGroups.setRetention(this.clients.logs, name, retentionDays);
      }
      this.record({
        action: 'create',
        resource: 'log-group',
        name,
        detail: `retention ${retentionDays || 'never expires'}${retentionDays ? ' days' : ''}`,
      });
      return;
    }
    const drift = retentionDrift(retentionDays, actual.retentionInDays);
    if (drift.length > 0 && !this.plan) await logGroups.setRetention(this.clients.logs, name, retentionDays);
    this.record(changeFor('log-group', name, drift));
  }

  // ---- network ----------------------------------------------------------------------------

  async resolveNetwork(): Promise<{ vpcId: string; taskSubnets: string[]; loadBalancerSubnets: string[] }> {
    const net = this.desired.network;
    let vpcId = net.vpcId;
    let subnets: Subnet[];
    if (net.subnets.length > 0) {
      try {
        subnets = await ec2.describeSubnets(this.clients.ec2, { subnetIds: net.subnets });
      } catch (err) {
        // Real EC2 fails the whole call for one unknown id instead of leaving it out.
        if (isAwsError(err, 'InvalidSubnetID.NotFound', 'InvalidSubnetID.Malformed'))
          throw new Error(
            `Input subnets not found (${errorMessage(err)}). Check the subnets input and the region (${this.config.region}).`,
          );
        throw err;
      }
      const missing = net.subnets.filter((id) => !subnets.some((s) => s.SubnetId === id));
      if (missing.length > 0)
        throw new Error(
          `Input subnets not found: ${missing.join(', ')}. Check the subnets input and the region (${this.config.region}).`,
        );
      const vpcs = [...new Set(subnets.map((s) => s.VpcId))];
      if (vpcs.length > 1)
        throw new Error(
          `The subnets belong to different VPCs (${vpcs.join(', ')}); give subnets of one VPC.`,
        );
      if (vpcId && vpcs[0] !== vpcId)
        throw new Error(`The subnets are in ${vpcs[0]}, not in vpc-id ${vpcId}.`);
      vpcId = vpcs[0] as string;
      this.record({ action: 'keep', resource: 'vpc', name: vpcId, detail: 'from the subnets input' });
    } else {
      if (vpcId) {
        if (!(await ec2.describeVpc(this.clients.ec2, vpcId)))
          throw new Error(`vpc-id ${vpcId} not found in ${this.config.region}.`);
        this.record({ action: 'keep', resource: 'vpc', name: vpcId, detail: 'from the vpc-id input' });
      } else {
        const vpc = await ec2.findDefaultVpc(this.clients.ec2);
        if (!vpc?.VpcId)
          throw new Error(
            `No vpc-id was given and the account has no default VPC in ${this.config.region}. Give vpc-id (and subnets) of the VPC to deploy into.`,
          );
        vpcId = vpc.VpcId;
        this.record({ action: 'keep', resource: 'vpc', name: vpcId, detail: 'the default VPC' });
      }
      const all = await ec2.describeSubnets(this.clients.ec2, { vpcId });
      // A subnet that gives instances public addresses (or a default subnet) is what the console
      // calls public; checking the route tables for an internet gateway would need more permissions.
      const isPublic = (s: Subnet): boolean => s.MapPublicIpOnLaunch === true || s.DefaultForAz === true;
      const needsPublic = this.desired.loadBalancer?.scheme !== 'internal' || net.assignPublicIp;
      subnets = all.filter(isPublic);
      if (subnets.length === 0 && !needsPublic) subnets = all;
      if (subnets.length === 0)
        throw new Error(
          `VPC ${vpcId} has no public subnets (MapPublicIpOnLaunch or default for their zone); found ${all.length} subnets. Give the subnets input.`,
        );
    }
    subnets = [...subnets].sort(
      (a, b) =>
        (a.AvailabilityZone ?? '').localeCompare(b.AvailabilityZone ?? '') ||
        (a.SubnetId ?? '').localeCompare(b.SubnetId ?? ''),
    );
    // An Application Load Balancer takes at most one subnet per availability zone.
    const perZone = new Map<string, string>();
    for (const s of subnets)
      if (s.AvailabilityZone && s.SubnetId && !perZone.has(s.AvailabilityZone))
        perZone.set(s.AvailabilityZone, s.SubnetId);
    if (this.desired.loadBalancer && perZone.size < 2)
      throw new Error(
        `An Application Load Balancer needs subnets in at least two availability zones; the subnets chosen (${subnets
          .map((s) => `${s.SubnetId} in ${s.AvailabilityZone}`)
          .join(', ')}) cover ${perZone.size}. Give subnets in two or more zones with the subnets input.`,
      );
    const taskSubnets = subnets.map((s) => s.SubnetId as string);
    this.record({
      action: 'keep',
      resource: 'subnets',
      name: taskSubnets.join(','),
      detail: `zones ${[...perZone.keys()].join(', ')}`,
    });
    return { vpcId, taskSubnets, loadBalancerSubnets: [...perZone.values()] };
  }

  // ---- security groups --------------------------------------------------------------------

  /**
   * Makes the group exist with at least `desiredIngress`. In a group the action created, grants
   * that `revocable` recognises as its own kind and that are no longer desired are revoked; a
   * group it did not create only ever gains rules.
   */
  async ensureSecurityGroup(
    vpcId: string,
    name: string,
    description: string,
    desiredIngress: IngressPermission[],
    revocable: (p: IngressPermission) => boolean,
  ): Promise<string | undefined> {
    const existing = await ec2.findSecurityGroupByName(this.clients.ec2, vpcId, name);
    if (!existing?.GroupId) {
      let groupId: string | undefined;
      if (!this.plan) {
        groupId = await ec2.createSecurityGroup(this.clients.ec2, {
          vpcId,
          groupName: name,
          description,
          tags: this.desired.tags,
        });
        await ec2.authorizeIngress(this.clients.ec2, groupId, desiredIngress, this.consistency);
      }
      this.record({
        action: 'create',
        resource: 'security-group',
        name,
        detail: desiredIngress.map(describeIngress).join('; '),
      });
      return groupId;
    }
    const managed = ec2.ec2Tags(existing.Tags)[MANAGED_BY_KEY] === MANAGED_BY_VALUE;
    const { missing, extra } = ingressDiff(desiredIngress, ec2.flatIngress(existing));
    const toRevoke = managed ? extra.filter(revocable) : [];
    if (!this.plan) {
      await ec2.authorizeIngress(this.clients.ec2, existing.GroupId, missing, this.consistency);
      await ec2.revokeIngress(this.clients.ec2, existing.GroupId, toRevoke);
    }
    const detail = [
      ...missing.map((p) => `+ ${describeIngress(p)}`),
      ...toRevoke.map((p) => `- ${describeIngress(p)}`),
    ].join('; ');
    this.record(
      detail
        ? { action: 'update', resource: 'security-group', name: `${name} (${existing.GroupId})`, detail }
        : { action: 'keep', resource: 'security-group', name: `${name} (${existing.GroupId})` },
    );
    return existing.GroupId;
  }

  async ensureTaskSecurityGroup(vpcId: string, sourceGroupIds: string[]): Promise<string | undefined> {
    const port = this.desired.containerPort;
    const sources = new Set(sourceGroupIds);
    return this.ensureSecurityGroup(
      vpcId,
      this.desired.taskSecurityGroupName,
      `Tasks of ECS service ${this.config.service} (${this.config.cluster}): only the load balancer reaches the container port`,
      taskIngress(port, sourceGroupIds),
      // Only the load balancer grants at another port (the container port changed) are the action's.
      (p) => p.sourceGroupId !== undefined && sources.has(p.sourceGroupId),
    );
  }

  async checkExtraSecurityGroups(vpcId: string): Promise<void> {
    const ids = this.desired.extraSecurityGroups;
    if (ids.length === 0) return;
    let found;
    try {
      found = await ec2.describeSecurityGroupsById(this.clients.ec2, ids);
    } catch (err) {
      // Real EC2 fails the whole call for one unknown id instead of leaving it out.
      if (isAwsError(err, 'InvalidGroup.NotFound', 'InvalidGroupId.Malformed'))
        throw new Error(
          `security-groups not found (${errorMessage(err)}). Check the security-groups input and the region (${this.config.region}).`,
        );
      throw err;
    }
    const missing = ids.filter((id) => !found.some((g) => g.GroupId === id));
    if (missing.length > 0) throw new Error(`security-groups not found: ${missing.join(', ')}.`);
    const elsewhere = found.filter((g) => g.VpcId !== vpcId);
    if (elsewhere.length > 0)
      throw new Error(
        `security-groups ${elsewhere.map((g) => `${g.GroupId} (in ${g.VpcId})`).join(', ')} are not in the tasks' VPC ${vpcId}.`,
      );
    for (const g of found)
      this.record({
        action: 'keep',
        resource: 'security-group',
        name: `${g.GroupName} (${g.GroupId})`,
        detail: 'from the security-groups input',
      });
  }

  // ---- load balancer ----------------------------------------------------------------------

  async ensureLoadBalancer(
    spec: LoadBalancerSpec,
    existing: LoadBalancer | undefined,
    subnets: string[],
    securityGroupId: string | undefined,
  ): Promise<LoadBalancer | undefined> {
    if (existing) {
      if (existing.Scheme !== spec.scheme)
        throw new Error(
          `Load balancer ${spec.name} exists as ${existing.Scheme}, not ${spec.scheme}; a scheme cannot change. Choose another load-balancer-name or set load-balancer-scheme to ${existing.Scheme}.`,
        );
      this.record({ action: 'keep', resource: 'load-balancer', name: spec.name, detail: existing.DNSName });
      return existing;
    }
    let created: LoadBalancer | undefined;
    if (!this.plan)
      created = await elbv2.createLoadBalancer(
        this.clients.elbv2,
        {
          Name: spec.name,
          Type: 'application',
          Scheme: spec.scheme,
          IpAddressType: 'ipv4',
          Subnets: subnets,
          SecurityGroups: securityGroupId ? [securityGroupId] : [],
          Tags: elbv2.toTagList(this.desired.tags),
        },
        this.consistency,
      );
    this.record({
      action: 'create',
      resource: 'load-balancer',
      name: spec.name,
      detail: `${spec.scheme}, subnets ${subnets.join(',')}`,
    });
    return created;
  }

  async ensureTargetGroup(spec: TargetGroupSpec, vpcId: string): Promise<string | undefined> {
    const client = this.clients.elbv2;
    const existing = await elbv2.findTargetGroupByName(client, spec.name);
    if (!existing?.TargetGroupArn) {
      let arn: string | undefined;
      if (!this.plan) {
        const hc = spec.healthCheck;
        arn = (
          await elbv2.createTargetGroup(client, {
            Name: spec.name,
            Protocol: spec.protocol,
            Port: spec.port,
            VpcId: vpcId,
            TargetType: spec.targetType,
            HealthCheckEnabled: true,
            HealthCheckProtocol: 'HTTP',
            HealthCheckPort: 'traffic-port',
            HealthCheckPath: hc.path,
            HealthCheckIntervalSeconds: hc.intervalSeconds,
            HealthCheckTimeoutSeconds: hc.timeoutSeconds,
            HealthyThresholdCount: hc.healthyThreshold,
            UnhealthyThresholdCount: hc.unhealthyThreshold,
            Matcher: { HttpCode: hc.matcher },
            Tags: elbv2.toTagList(this.desired.tags),
          })
        ).TargetGroupArn;
        // The 300 s default is what makes "services stable" waits take minutes; it is an attribute, not a create parameter.
        await elbv2.modifyTargetGroupAttributes(
          client,
          arn as string,
          { [DEREGISTRATION_DELAY_KEY]: String(spec.deregistrationDelaySeconds) },
          this.consistency,
        );
      }
      this.record({
        action: 'create',
        resource: 'target-group',
        name: spec.name,
        detail: `ip:${spec.port}, health check ${spec.healthCheck.path} every ${spec.healthCheck.intervalSeconds} s, deregistration delay ${spec.deregistrationDelaySeconds} s`,
      });
      return arn;
    }
    const arn = existing.TargetGroupArn;
    const { mutable, immutable } = targetGroupDrift(spec, actualTargetGroup(existing), vpcId);
    if (immutable.length > 0)
      throw new Error(
        `Target group ${spec.name} exists with ${describeDrift(immutable)}, which cannot change in place. ` +
          'Set target-group-name to a new name (then remove the old group once nothing uses it), or bring the inputs back in line.',
      );
    const attrs = await elbv2.describeTargetGroupAttributes(client, arn);
    const current = attrs[DEREGISTRATION_DELAY_KEY];
    const delayDrift = deregistrationDelayDrift(
      spec.deregistrationDelaySeconds,
      current === undefined ? undefined : Number(current),
    );
    if (!this.plan) {
      if (mutable.length > 0) {
        const hc = spec.healthCheck;
        await elbv2.modifyTargetGroup(client, {
          TargetGroupArn: arn,
          HealthCheckPath: hc.path,
          HealthCheckIntervalSeconds: hc.intervalSeconds,
          HealthCheckTimeoutSeconds: hc.timeoutSeconds,
          HealthyThresholdCount: hc.healthyThreshold,
          UnhealthyThresholdCount: hc.unhealthyThreshold,
          Matcher: { HttpCode: hc.matcher },
        });
      }
      if (delayDrift.length > 0)
        await elbv2.modifyTargetGroupAttributes(client, arn, {
          [DEREGISTRATION_DELAY_KEY]: String(spec.deregistrationDelaySeconds),
        });
    }
    this.record(changeFor('target-group', spec.name, [...mutable, ...delayDrift]));
    return arn;
  }

  /**
   * The listeners: the routing one (80, or 443 with a certificate) and with a certificate 80
   * redirecting to 443. A listener the action did not create keeps its default action.
   */
  async ensureListeners(
    spec: LoadBalancerSpec,
    lb: LoadBalancer | undefined,
    targetGroupArn: string | undefined,
  ): Promise<Listener | undefined> {
    const client = this.clients.elbv2;
    const actual = lb?.LoadBalancerArn ? await elbv2.describeListeners(client, lb.LoadBalancerArn) : [];
    const tags =
      actual.length > 0
        ? await elbv2.describeTags(
            client,
            actual.map((l) => l.ListenerArn as string),
          )
        : new Map();
    let routeListener: Listener | undefined;
    for (const listenerSpec of spec.listeners) {
      const name = `${spec.name}:${listenerSpec.port}`;
      const existing = actual.find((l) => l.Port === listenerSpec.port);
      const wantedDefault = this.defaultActionFor(listenerSpec, spec, targetGroupArn);
      if (!existing?.ListenerArn) {
        let created: Listener | undefined;
        if (!this.plan)
          created = await elbv2.createListener(client, {
            LoadBalancerArn: lb?.LoadBalancerArn as string,
            Port: listenerSpec.port,
            Protocol: listenerSpec.protocol,
            ...(listenerSpec.certificateArn
              ? {
                  Certificates: [{ CertificateArn: listenerSpec.certificateArn }],
                  SslPolicy: listenerSpec.sslPolicy,
                }
              : {}),
            DefaultActions: [wantedDefault],
            Tags: elbv2.toTagList(this.desired.tags),
          });
        this.record({
          action: 'create',
          resource: 'listener',
          name,
          detail: `${listenerSpec.protocol}, default ${describeAction(wantedDefault)}`,
        });
        if (listenerSpec.role === 'route') routeListener = created;
        continue;
      }
      const managed = tags.get(existing.ListenerArn)?.[MANAGED_BY_KEY] === MANAGED_BY_VALUE;
      const drift = listenerDrift(listenerSpec, {
        port: existing.Port,
        protocol: existing.Protocol,
        certificateArn: existing.Certificates?.[0]?.CertificateArn,
        sslPolicy: existing.SslPolicy,
      });
      const defaultDrift = this.defaultActionDrift(
        listenerSpec,
        spec,
        existing,
        targetGroupArn,
        managed,
        name,
      );
      if ((drift.length > 0 || defaultDrift) && !this.plan)
        await elbv2.modifyListener(client, {
          ListenerArn: existing.ListenerArn,
          ...(drift.length > 0
            ? {
                Protocol: listenerSpec.protocol,
                Port: listenerSpec.port,
                ...(listenerSpec.certificateArn
                  ? {
                      Certificates: [{ CertificateArn: listenerSpec.certificateArn }],
                      SslPolicy: listenerSpec.sslPolicy,
                    }
                  : {}),
              }
            : {}),
          ...(defaultDrift ? { DefaultActions: [wantedDefault] } : {}),
        });
      const all = [...drift, ...(defaultDrift ? [defaultDrift] : [])];
      this.record(changeFor('listener', name, all));
      if (listenerSpec.role === 'route') routeListener = existing;
    }
    return routeListener;
  }

  private defaultActionFor(
    listenerSpec: ListenerSpec,
    spec: LoadBalancerSpec,
    targetGroupArn: string | undefined,
  ): Action {
    if (listenerSpec.role === 'redirect')
      return {
        Type: 'redirect',
        RedirectConfig: {
          Protocol: 'HTTPS',
          Port: '443',
          Host: '#{host}',
          Path: '/#{path}',
          Query: '#{query}',
          StatusCode: 'HTTP_301',
        },
      };
    if (spec.routing.kind === 'default')
      return { Type: 'forward', TargetGroupArn: targetGroupArn ?? '(new target group)' };
    // A load balancer whose services are all reached through rules answers anything else with a plain 404.
    return {
      Type: 'fixed-response',
      FixedResponseConfig: {
        StatusCode: '404',
        ContentType: 'text/plain',
        MessageBody: 'No service matches this host or path.',
      },
    };
  }

  /**
   * Whether the listener's default action must change. Taking over a default that forwards to
   * another service's target group is refused: that would cut the other service off.
   */
  private defaultActionDrift(
    listenerSpec: ListenerSpec,
    spec: LoadBalancerSpec,
    existing: Listener,
    targetGroupArn: string | undefined,
    managed: boolean,
    name: string,
  ): FieldDrift | undefined {
    const current = existing.DefaultActions?.[0];
    const forwardsTo = elbv2.forwardTargetGroupArns(existing.DefaultActions);
    if (listenerSpec.role === 'redirect') {
      if (current?.Type === 'redirect') return undefined;
      if (!managed || forwardsTo.some((arn) => arn !== targetGroupArn)) {
        this.opts.log.warning(
          `Listener ${name} was not made by this action (or serves another service), so it is left as it is (${describeAction(current)}) instead of redirecting to HTTPS.`,
        );
        return undefined;
      }
      return { field: 'default action', actual: describeAction(current), desired: 'redirect to HTTPS' };
    }
    if (spec.routing.kind !== 'default') return undefined;
    if (targetGroupArn && forwardsTo.length === 1 && forwardsTo[0] === targetGroupArn) return undefined;
    if (forwardsTo.length > 0)
      throw new Error(
        `Listener ${name} already forwards by default to another target group (${forwardsTo.join(', ')}), another service's. ` +
          'Give host-header and/or path-pattern so this service gets its own listener rule on the shared load balancer.',
      );
    if (!managed)
      throw new Error(
        `Listener ${name} was not created by this action and its default action is ${describeAction(current)}. ` +
          'Give host-header and/or path-pattern to route this service by a listener rule instead.',
      );
    return {
      field: 'default action',
      actual: describeAction(current),
      desired: `forward to ${spec.targetGroup.name}`,
    };
  }

  // ---- routing rule -----------------------------------------------------------------------

  async ensureRule(
    listener: Listener | undefined,
    routing: Extract<LoadBalancerSpec['routing'], { kind: 'rule' }>,
    targetGroupArn: string | undefined,
    targetGroupName: string,
  ): Promise<void> {
    const client = this.clients.elbv2;
    const wanted = routing.conditions;
    const conditionsText = describeConditions(wanted);
    const recordCreate = (priority: number): void =>
      this.record({
        action: 'create',
        resource: 'listener-rule',
        name: targetGroupName,
        detail: `${conditionsText}, priority ${priority}`,
      });
    const nonDefaultRules = async (listenerArn: string): Promise<Rule[]> =>
      (await elbv2.describeRules(client, listenerArn)).filter((r) => !r.IsDefault);
    if (!listener?.ListenerArn) {
      // Only in plan mode: the listener itself is still to be created.
      const priority = routing.fixedPriority ?? choosePriority([], routing.band);
      recordCreate(priority);
      return;
    }
    let rules = await nonDefaultRules(listener.ListenerArn);
    const mine = await this.findOwnRule(rules, targetGroupArn);
    if (mine?.RuleArn) {
      const drift = conditionsDrift(wanted, actualConditions(mine.Conditions));
      const forwardsElsewhere =
        !targetGroupArn || !elbv2.forwardTargetGroupArns(mine.Actions).includes(targetGroupArn);
      if (forwardsElsewhere)
        drift.push({
          field: 'forward',
          actual: elbv2.forwardTargetGroupArns(mine.Actions),
          desired: targetGroupName,
        });
      const priority = Number(mine.Priority);
      const priorityDrift = routing.fixedPriority !== undefined && routing.fixedPriority !== priority;
      if (priorityDrift) drift.push({ field: 'priority', actual: priority, desired: routing.fixedPriority });
      if (!this.plan) {
        if (drift.some((d) => d.field !== 'priority'))
          await elbv2.modifyRule(client, {
            RuleArn: mine.RuleArn,
            Conditions: toConditions(wanted),
            Actions: [{ Type: 'forward', TargetGroupArn: targetGroupArn }],
          });
        if (priorityDrift) {
          try {
            await elbv2.setRulePriority(client, mine.RuleArn, routing.fixedPriority as number);
          } catch (err) {
            if (isAwsError(err, 'PriorityInUse'))
              throw new Error(
                `rule-priority ${routing.fixedPriority} is already used by another rule on ${listener.ListenerArn}; choose a free one.`,
              );
            throw err;
          }
        }
      }
      this.record(
        changeFor('listener-rule', targetGroupName, drift, `${conditionsText}, priority ${priority}`),
      );
      return;
    }
    if (rules.length >= MAX_RULES)
      throw new Error(
        `The load balancer already has ${rules.length} listener rules on this listener, the AWS limit is ${MAX_RULES}: remove unused rules (previews: sweep) first.`,
      );
    const tried: number[] = [];
    for (let attempt = 1; attempt <= PRIORITY_ATTEMPTS; attempt++) {
      const taken = [...rules.map((r) => Number(r.Priority)).filter(Number.isFinite), ...tried];
      let priority: number;
      if (routing.fixedPriority !== undefined) {
        if (taken.includes(routing.fixedPriority))
          throw new Error(
            `rule-priority ${routing.fixedPriority} is already used by another rule on the listener; choose a free one or leave rule-priority empty.`,
          );
        priority = routing.fixedPriority;
      } else priority = choosePriority(taken, routing.band);
      if (this.plan) {
        recordCreate(priority);
        return;
      }
      try {
        await elbv2.createRule(client, {
          ListenerArn: listener.ListenerArn,
          Priority: priority,
          Conditions: toConditions(wanted),
          Actions: [{ Type: 'forward', TargetGroupArn: targetGroupArn }],
          Tags: elbv2.toTagList(this.desired.tags),
        });
        recordCreate(priority);
        return;
      } catch (err) {
        if (!isAwsError(err, 'PriorityInUse') || routing.fixedPriority !== undefined) throw err;
        // Another run took the priority between our read and our write: read again, choose again.
        this.opts.log.info(
          `Rule priority ${priority} was taken meanwhile (attempt ${attempt} of ${PRIORITY_ATTEMPTS}); choosing again.`,
        );
        tried.push(priority);
        rules = await nonDefaultRules(listener.ListenerArn);
      }
    }
    throw new Error(
      `Could not create the listener rule for ${targetGroupName}: every priority chosen (${tried.join(', ')}) was taken by concurrent changes. Retry the job, or set rule-priority.`,
    );
  }

  /** The rule this service made earlier: by the target group it forwards to, else by the action's tags. */
  private async findOwnRule(rules: Rule[], targetGroupArn: string | undefined): Promise<Rule | undefined> {
    if (targetGroupArn) {
      const byTarget = rules.find((r) => elbv2.forwardTargetGroupArns(r.Actions).includes(targetGroupArn));
      if (byTarget) return byTarget;
    }
    if (rules.length === 0) return undefined;
    const tags = await elbv2.describeTags(
      this.clients.elbv2,
      rules.map((r) => r.RuleArn as string),
    );
    return rules.find((r) => {
      const t = tags.get(r.RuleArn as string);
      return (
        t?.[MANAGED_BY_KEY] === MANAGED_BY_VALUE &&
        t.service === this.config.service &&
        t.environment === this.config.environment
      );
    });
  }
}

function actualTargetGroup(tg: TargetGroup) {
  return {
    port: tg.Port,
    protocol: tg.Protocol,
    targetType: tg.TargetType,
    vpcId: tg.VpcId,
    healthCheck: {
      path: tg.HealthCheckPath,
      intervalSeconds: tg.HealthCheckIntervalSeconds,
      timeoutSeconds: tg.HealthCheckTimeoutSeconds,
      healthyThreshold: tg.HealthyThresholdCount,
      unhealthyThreshold: tg.UnhealthyThresholdCount,
      matcher: tg.Matcher?.HttpCode,
    },
  };
}

function toConditions(c: RuleConditions): RuleCondition[] {
  const out: RuleCondition[] = [];
  if (c.hostHeader.length > 0) out.push({ Field: 'host-header', HostHeaderConfig: { Values: c.hostHeader } });
  if (c.pathPattern.length > 0)
    out.push({ Field: 'path-pattern', PathPatternConfig: { Values: c.pathPattern } });
  return out;
}

/** Rule conditions as values, whichever of the two shapes (Values or *Config) the API returned. */
export function actualConditions(conditions: RuleCondition[] | undefined): RuleConditions {
  const out: RuleConditions = { hostHeader: [], pathPattern: [] };
  for (const c of conditions ?? []) {
    if (c.Field === 'host-header') out.hostHeader.push(...(c.HostHeaderConfig?.Values ?? c.Values ?? []));
    if (c.Field === 'path-pattern') out.pathPattern.push(...(c.PathPatternConfig?.Values ?? c.Values ?? []));
  }
  return out;
}

function describeConditions(c: RuleConditions): string {
  return [
    c.hostHeader.length ? `host ${c.hostHeader.join(' | ')}` : '',
    c.pathPattern.length ? `path ${c.pathPattern.join(' | ')}` : '',
  ]
    .filter(Boolean)
    .join(' and ');
}

function describeAction(a: Action | undefined): string {
  if (!a) return 'none';
  if (a.Type === 'forward')
    return `forward to ${elbv2
      .forwardTargetGroupArns([a])
      .map((arn) => arn.split(':').pop())
      .join(', ')}`;
  if (a.Type === 'redirect')
    return `redirect to ${a.RedirectConfig?.Protocol ?? ''}:${a.RedirectConfig?.Port ?? ''}`;
  if (a.Type === 'fixed-response') return `fixed response ${a.FixedResponseConfig?.StatusCode ?? ''}`;
  return a.Type ?? 'unknown';
}

/**
 * Makes everything the service needs exist, in dependency order: cluster, log group, network,
 * security groups, load balancer, target group, listeners, rule. In plan mode only Describe calls
 * are made and the changes say what would happen.
 */
export async function ensureStack(
  config: DeployConfig,
  clients: AwsClients,
  opts: StackOptions,
): Promise<StackResult> {
  // Every input problem surfaces here, before the first call that changes anything.
  const desired = desiredStack(config);
  const run = new StackRun(config, clients, desired, opts);
  const clusterArn = await run.ensureCluster();
  await run.ensureLogGroup();
  const network = await run.resolveNetwork();
  await run.checkExtraSecurityGroups(network.vpcId);

  const result: StackResult = {
    cluster: config.cluster,
    clusterArn,
    logGroup: desired.logGroup.name,
    subnets: network.taskSubnets,
    securityGroups: [],
    assignPublicIp: desired.network.assignPublicIp,
    changes: run.changes,
  };

  let taskGroupId: string | undefined;
  const spec = desired.loadBalancer;
  if (!spec) {
    // Bring-your-own target group: the tasks admit whatever load balancers forward to it.
    const arn = desired.existingTargetGroupArn as string;
    const tg = await elbv2.describeTargetGroup(clients.elbv2, arn);
    if (!tg) throw new Error(`target-group-arn ${arn} not found in ${config.region}.`);
    if (tg.VpcId && tg.VpcId !== network.vpcId)
      throw new Error(
        `target-group-arn is in ${tg.VpcId} but the tasks' subnets are in ${network.vpcId}; give subnets of the target group's VPC.`,
      );
    const sources: string[] = [];
    for (const lbArn of tg.LoadBalancerArns ?? []) {
      const lb = await elbv2.describeLoadBalancerByArn(clients.elbv2, lbArn);
      sources.push(...(lb?.SecurityGroups ?? []));
      result.loadBalancerArn ??= lbArn;
    }
    if (sources.length === 0)
      opts.log.warning(
        `Target group ${tg.TargetGroupName} has no load balancer yet, so the tasks' security group admits no load balancer.`,
      );
    run.record({
      action: 'keep',
      resource: 'target-group',
      name: tg.TargetGroupName ?? arn,
      detail: 'from the target-group-arn input',
    });
    taskGroupId = await run.ensureTaskSecurityGroup(network.vpcId, sources);
    result.targetGroupArn = arn;
  } else {
    let lb = await elbv2.findLoadBalancerByName(clients.elbv2, spec.name);
    if (lb?.VpcId && lb.VpcId !== network.vpcId)
      throw new Error(
        `Load balancer ${spec.name} is in ${lb.VpcId} but the tasks' subnets are in ${network.vpcId}. Give subnets (or vpc-id) of ${lb.VpcId}, or another load-balancer-name.`,
      );
    const lbManaged =
      !lb ||
      (await elbv2.describeTags(clients.elbv2, [lb.LoadBalancerArn as string])).get(
        lb.LoadBalancerArn as string,
      )?.[MANAGED_BY_KEY] === MANAGED_BY_VALUE;
    let lbGroupId: string | undefined;
    if (lbManaged) {
      const ingress = loadBalancerIngress(spec.listeners);
      const ports = new Set(spec.listeners.map((l) => l.port));
      lbGroupId = await run.ensureSecurityGroup(
        network.vpcId,
        spec.securityGroupName,
        `Load balancer ${spec.name}: listener ports from anywhere`,
        ingress,
        // Open-to-the-world grants at ports no listener uses any more (e.g. 443 after the certificate went).
        (p) => (p.cidr === '0.0.0.0/0' || p.ipv6Cidr === '::/0') && !ports.has(p.port),
      );
    } else {
      opts.log.info(
        `Load balancer ${spec.name} exists and was not created by this action: its security groups and listeners' defaults are left as they are.`,
      );
    }
    const sources = lb ? (lb.SecurityGroups ?? []) : [lbGroupId ?? `(new ${spec.securityGroupName})`];
    taskGroupId = await run.ensureTaskSecurityGroup(network.vpcId, sources);
    lb = await run.ensureLoadBalancer(spec, lb, network.loadBalancerSubnets, lbGroupId);
    const tgArn = await run.ensureTargetGroup(spec.targetGroup, network.vpcId);
    const listener = await run.ensureListeners(spec, lb, tgArn);
    if (spec.routing.kind === 'rule')
      await run.ensureRule(listener, spec.routing, tgArn, spec.targetGroup.name);
    result.targetGroupArn = tgArn;
    result.loadBalancerArn = lb?.LoadBalancerArn;
    if (lb?.DNSName) {
      const https = spec.routingPort === 443;
      const conditions = spec.routing.kind === 'rule' ? spec.routing.conditions : undefined;
      result.url = serviceUrl(lb.DNSName, https, conditions);
      opts.log.info(`Service URL: ${result.url}`);
      if (conditions?.hostHeader.length)
        opts.log.info(
          `Load balancer address: ${serviceUrl(lb.DNSName, https)} (the rule matches host ${conditions.hostHeader.join(', ')}; point DNS at the load balancer)`,
        );
    }
  }
  result.securityGroups = [...(taskGroupId ? [taskGroupId] : []), ...desired.extraSecurityGroups];
  return result;
}
