/**
 * A small stateful AWS account behind aws-sdk-client-mock: enough of EC2, ELBv2, ECS, Logs and
 * Application Auto Scaling for the stack's orchestration to run twice against it and for the
 * second run to see what the first one made.
 */
import { mockClient } from 'aws-sdk-client-mock';
import * as EC2 from '@aws-sdk/client-ec2';
import * as ELB from '@aws-sdk/client-elastic-load-balancing-v2';
import * as ECS from '@aws-sdk/client-ecs';
import * as Logs from '@aws-sdk/client-cloudwatch-logs';
import * as AAS from '@aws-sdk/client-application-auto-scaling';
import * as CW from '@aws-sdk/client-cloudwatch';
import { STSClient } from '@aws-sdk/client-sts';
import { ECRClient } from '@aws-sdk/client-ecr';
import { ACMClient } from '@aws-sdk/client-acm';
import type { AwsClients } from '../../src/aws/clients';

const ACCOUNT = '123456789012';
const REGION = 'eu-west-1';
const meta = { $metadata: {} };
type Tags = Record<string, string>;
const tagMap = (tags: { Key?: string; Value?: string }[] | undefined): Tags =>
  Object.fromEntries((tags ?? []).map((t) => [t.Key ?? '', t.Value ?? '']));

export interface FakeAccountOptions {
  subnets?: EC2.Subnet[];
  /** Rules per DescribeRules page, to exercise paging. */
  rulesPageSize?: number;
}

export function fakeAccount(options: FakeAccountOptions = {}) {
  let seq = 0;
  const id = (prefix: string): string => `${prefix}${(++seq).toString(16).padStart(8, '0')}`;

  const state = {
    vpcs: [{ VpcId: 'vpc-1', IsDefault: true, CidrBlock: '172.31.0.0/16' }] as EC2.Vpc[],
    subnets:
      options.subnets ??
      ([
        {
          SubnetId: 'subnet-b',
          VpcId: 'vpc-1',
          AvailabilityZone: 'eu-west-1b',
          MapPublicIpOnLaunch: true,
          DefaultForAz: true,
        },
        {
          SubnetId: 'subnet-a',
          VpcId: 'vpc-1',
          AvailabilityZone: 'eu-west-1a',
          MapPublicIpOnLaunch: true,
          DefaultForAz: true,
        },
        {
          SubnetId: 'subnet-private',
          VpcId: 'vpc-1',
          AvailabilityZone: 'eu-west-1a',
          MapPublicIpOnLaunch: false,
        },
      ] as EC2.Subnet[]),
    groups: [] as EC2.SecurityGroup[],
    clusters: [] as ECS.Cluster[],
    logGroups: [] as Logs.LogGroup[],
    lbs: [] as ELB.LoadBalancer[],
    tgs: [] as ELB.TargetGroup[],
    tgAttrs: new Map<string, Tags>(),
    listeners: [] as ELB.Listener[],
    rules: [] as (ELB.Rule & { ListenerArn: string })[],
    elbTags: new Map<string, Tags>(),
    scalableTargets: [] as AAS.ScalableTarget[],
    policies: [] as AAS.ScalingPolicy[],
    alarms: [] as CW.MetricAlarm[],
    /** Called before CreateRule is applied; may throw (a concurrent writer) or change state. */
    beforeCreateRule: undefined as undefined | ((input: ELB.CreateRuleCommandInput) => void),
  };

  const ec2 = mockClient(EC2.EC2Client);
  const elb = mockClient(ELB.ElasticLoadBalancingV2Client);
  const ecs = mockClient(ECS.ECSClient);
  const logs = mockClient(Logs.CloudWatchLogsClient);
  const aas = mockClient(AAS.ApplicationAutoScalingClient);
  const cw = mockClient(CW.CloudWatchClient);

  // ---- EC2
  const filterValue = (filters: EC2.Filter[] | undefined, name: string) =>
    filters?.find((f) => f.Name === name)?.Values;
  ec2.on(EC2.DescribeVpcsCommand).callsFake((i: EC2.DescribeVpcsCommandInput) => {
    const isDefault = filterValue(i.Filters, 'is-default');
    const ids = filterValue(i.Filters, 'vpc-id');
    return {
      Vpcs: state.vpcs.filter(
        (v) => (!isDefault || String(v.IsDefault) === isDefault[0]) && (!ids || ids.includes(v.VpcId ?? '')),
      ),
    };
  });
  ec2.on(EC2.DescribeSubnetsCommand).callsFake((i: EC2.DescribeSubnetsCommandInput) => {
    const vpc = filterValue(i.Filters, 'vpc-id');
    return {
      Subnets: state.subnets.filter(
        (s) =>
          (!i.SubnetIds || i.SubnetIds.includes(s.SubnetId ?? '')) && (!vpc || vpc.includes(s.VpcId ?? '')),
      ),
    };
  });
  ec2.on(EC2.DescribeSecurityGroupsCommand).callsFake((i: EC2.DescribeSecurityGroupsCommandInput) => {
    const vpc = filterValue(i.Filters, 'vpc-id');
    const name = filterValue(i.Filters, 'group-name');
    return {
      SecurityGroups: structuredClone(
        state.groups.filter(
          (g) =>
            (!i.GroupIds || i.GroupIds.includes(g.GroupId ?? '')) &&
            (!vpc || vpc.includes(g.VpcId ?? '')) &&
            (!name || name.includes(g.GroupName ?? '')),
        ),
      ),
    };
  });
  ec2.on(EC2.CreateSecurityGroupCommand).callsFake((i: EC2.CreateSecurityGroupCommandInput) => {
    if (state.groups.some((g) => g.GroupName === i.GroupName && g.VpcId === i.VpcId))
      throw Object.assign(new Error(`The security group '${i.GroupName}' already exists`), {
        name: 'InvalidGroup.Duplicate',
      });
    const GroupId = id('sg-');
    state.groups.push({
      GroupId,
      GroupName: i.GroupName,
      VpcId: i.VpcId,
      Description: i.Description,
      IpPermissions: [],
      Tags: i.TagSpecifications?.[0]?.Tags,
    });
    return { GroupId };
  });
  ec2
    .on(EC2.AuthorizeSecurityGroupIngressCommand)
    .callsFake((i: EC2.AuthorizeSecurityGroupIngressCommandInput) => {
      const g = state.groups.find((x) => x.GroupId === i.GroupId);
      if (!g) throw Object.assign(new Error('no group'), { name: 'InvalidGroup.NotFound' });
      g.IpPermissions = [...(g.IpPermissions ?? []), ...(i.IpPermissions ?? [])];
      return { Return: true };
    });
  ec2.on(EC2.RevokeSecurityGroupIngressCommand).callsFake((i: EC2.RevokeSecurityGroupIngressCommandInput) => {
    const g = state.groups.find((x) => x.GroupId === i.GroupId);
    const key = (p: EC2.IpPermission) =>
      JSON.stringify([
        p.FromPort,
        p.IpRanges?.[0]?.CidrIp,
        p.Ipv6Ranges?.[0]?.CidrIpv6,
        p.UserIdGroupPairs?.[0]?.GroupId,
      ]);
    const gone = new Set((i.IpPermissions ?? []).map(key));
    if (g) g.IpPermissions = (g.IpPermissions ?? []).filter((p) => !gone.has(key(p)));
    return { Return: true };
  });

  // ---- ECS
  ecs.on(ECS.DescribeClustersCommand).callsFake((i: ECS.DescribeClustersCommandInput) => ({
    clusters: structuredClone(state.clusters.filter((c) => i.clusters?.includes(c.clusterName ?? ''))),
    failures: [],
  }));
  ecs.on(ECS.CreateClusterCommand).callsFake((i: ECS.CreateClusterCommandInput) => {
    const cluster: ECS.Cluster = {
      clusterName: i.clusterName,
      clusterArn: `arn:aws:ecs:${REGION}:${ACCOUNT}:cluster/${i.clusterName}`,
      status: 'ACTIVE',
      settings: i.settings,
      tags: i.tags,
    };
    state.clusters.push(cluster);
    return { cluster };
  });
  ecs.on(ECS.UpdateClusterSettingsCommand).callsFake((i: ECS.UpdateClusterSettingsCommandInput) => {
    const c = state.clusters.find((x) => x.clusterName === i.cluster);
    if (c) c.settings = i.settings;
    return { cluster: c };
  });

  // ---- Logs
  logs.on(Logs.DescribeLogGroupsCommand).callsFake((i: Logs.DescribeLogGroupsCommandInput) => ({
    logGroups: structuredClone(
      state.logGroups.filter((g) => (g.logGroupName ?? '').startsWith(i.logGroupNamePrefix ?? '')),
    ),
  }));
  logs.on(Logs.CreateLogGroupCommand).callsFake((i: Logs.CreateLogGroupCommandInput) => {
    state.logGroups.push({ logGroupName: i.logGroupName });
    return {};
  });
  logs.on(Logs.PutRetentionPolicyCommand).callsFake((i: Logs.PutRetentionPolicyCommandInput) => {
    const g = state.logGroups.find((x) => x.logGroupName === i.logGroupName);
    if (g) g.retentionInDays = i.retentionInDays;
    return {};
  });

  // ---- ELBv2
  const notFound = (Ctor: new (o: { message: string; $metadata: object }) => Error, message: string) =>
    new Ctor({ message, ...meta });
  elb.on(ELB.DescribeLoadBalancersCommand).callsFake((i: ELB.DescribeLoadBalancersCommandInput) => {
    const found = state.lbs.filter(
      (l) =>
        i.Names?.includes(l.LoadBalancerName ?? '') || i.LoadBalancerArns?.includes(l.LoadBalancerArn ?? ''),
    );
    if (found.length === 0)
      throw notFound(ELB.LoadBalancerNotFoundException, 'One or more load balancers not found');
    return { LoadBalancers: structuredClone(found) };
  });
  elb.on(ELB.CreateLoadBalancerCommand).callsFake((i: ELB.CreateLoadBalancerCommandInput) => {
    const lbId = id('');
    const lb: ELB.LoadBalancer = {
      LoadBalancerName: i.Name,
      LoadBalancerArn: `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:loadbalancer/app/${i.Name}/${lbId}`,
      DNSName: `${i.Name}-${lbId}.${REGION}.elb.amazonaws.com`,
      Scheme: i.Scheme,
      VpcId: state.subnets.find((s) => s.SubnetId === i.Subnets?.[0])?.VpcId,
      SecurityGroups: i.SecurityGroups,
      Type: 'application',
    };
    state.lbs.push(lb);
    state.elbTags.set(lb.LoadBalancerArn as string, tagMap(i.Tags));
    return { LoadBalancers: [lb] };
  });
  elb.on(ELB.DescribeTargetGroupsCommand).callsFake((i: ELB.DescribeTargetGroupsCommandInput) => {
    const found = state.tgs.filter(
      (t) =>
        i.Names?.includes(t.TargetGroupName ?? '') || i.TargetGroupArns?.includes(t.TargetGroupArn ?? ''),
    );
    if (found.length === 0)
      throw notFound(ELB.TargetGroupNotFoundException, 'One or more target groups not found');
    return {
      TargetGroups: structuredClone(found).map((t) => ({
        ...t,
        LoadBalancerArns: [
          ...new Set(
            [
              ...state.listeners.filter((l) =>
                JSON.stringify(l.DefaultActions).includes(t.TargetGroupArn as string),
              ),
              ...state.rules
                .filter((r) => JSON.stringify(r.Actions).includes(t.TargetGroupArn as string))
                .map((r) => state.listeners.find((l) => l.ListenerArn === r.ListenerArn) as ELB.Listener),
            ].map((l) => l.LoadBalancerArn as string),
          ),
        ],
      })),
    };
  });
  elb.on(ELB.CreateTargetGroupCommand).callsFake((i: ELB.CreateTargetGroupCommandInput) => {
    const tg: ELB.TargetGroup = {
      TargetGroupName: i.Name,
      TargetGroupArn: `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:targetgroup/${i.Name}/${id('')}`,
      Port: i.Port,
      Protocol: i.Protocol,
      TargetType: i.TargetType,
      VpcId: i.VpcId,
      HealthCheckPath: i.HealthCheckPath,
      HealthCheckIntervalSeconds: i.HealthCheckIntervalSeconds,
      HealthCheckTimeoutSeconds: i.HealthCheckTimeoutSeconds,
      HealthyThresholdCount: i.HealthyThresholdCount,
      UnhealthyThresholdCount: i.UnhealthyThresholdCount,
      Matcher: i.Matcher,
    };
    state.tgs.push(tg);
    state.tgAttrs.set(tg.TargetGroupArn as string, {
      'deregistration_delay.timeout_seconds': '300',
      'stickiness.enabled': 'false',
    });
    state.elbTags.set(tg.TargetGroupArn as string, tagMap(i.Tags));
    return { TargetGroups: [tg] };
  });
  elb.on(ELB.ModifyTargetGroupCommand).callsFake((i: ELB.ModifyTargetGroupCommandInput) => {
    const tg = state.tgs.find((t) => t.TargetGroupArn === i.TargetGroupArn) as ELB.TargetGroup;
    Object.assign(tg, {
      HealthCheckPath: i.HealthCheckPath ?? tg.HealthCheckPath,
      HealthCheckIntervalSeconds: i.HealthCheckIntervalSeconds ?? tg.HealthCheckIntervalSeconds,
      HealthCheckTimeoutSeconds: i.HealthCheckTimeoutSeconds ?? tg.HealthCheckTimeoutSeconds,
      HealthyThresholdCount: i.HealthyThresholdCount ?? tg.HealthyThresholdCount,
      UnhealthyThresholdCount: i.UnhealthyThresholdCount ?? tg.UnhealthyThresholdCount,
      Matcher: i.Matcher ?? tg.Matcher,
    });
    return { TargetGroups: [tg] };
  });
  elb
    .on(ELB.DescribeTargetGroupAttributesCommand)
    .callsFake((i: ELB.DescribeTargetGroupAttributesCommandInput) => ({
      Attributes: Object.entries(state.tgAttrs.get(i.TargetGroupArn as string) ?? {}).map(([Key, Value]) => ({
        Key,
        Value,
      })),
    }));
  elb
    .on(ELB.ModifyTargetGroupAttributesCommand)
    .callsFake((i: ELB.ModifyTargetGroupAttributesCommandInput) => {
      const attrs = state.tgAttrs.get(i.TargetGroupArn as string) ?? {};
      for (const a of i.Attributes ?? []) attrs[a.Key as string] = a.Value as string;
      state.tgAttrs.set(i.TargetGroupArn as string, attrs);
      return { Attributes: i.Attributes };
    });
  elb.on(ELB.DescribeListenersCommand).callsFake((i: ELB.DescribeListenersCommandInput) => {
    const all = state.listeners.filter((l) => l.LoadBalancerArn === i.LoadBalancerArn);
    // One listener per page, to exercise paging.
    const start = i.Marker ? Number(i.Marker) : 0;
    return {
      Listeners: structuredClone(all.slice(start, start + 1)),
      NextMarker: start + 1 < all.length ? String(start + 1) : undefined,
    };
  });
  elb.on(ELB.CreateListenerCommand).callsFake((i: ELB.CreateListenerCommandInput) => {
    if (state.listeners.some((l) => l.LoadBalancerArn === i.LoadBalancerArn && l.Port === i.Port))
      throw new ELB.DuplicateListenerException({
        message: 'A listener already exists on this port for this load balancer',
        ...meta,
      });
    const listener: ELB.Listener = {
      ListenerArn: `${(i.LoadBalancerArn as string).replace(':loadbalancer/', ':listener/')}/${id('')}`,
      LoadBalancerArn: i.LoadBalancerArn,
      Port: i.Port,
      Protocol: i.Protocol,
      Certificates: i.Certificates,
      SslPolicy: i.SslPolicy,
      DefaultActions: i.DefaultActions,
    };
    state.listeners.push(listener);
    state.elbTags.set(listener.ListenerArn as string, tagMap(i.Tags));
    return { Listeners: [listener] };
  });
  elb.on(ELB.ModifyListenerCommand).callsFake((i: ELB.ModifyListenerCommandInput) => {
    const l = state.listeners.find((x) => x.ListenerArn === i.ListenerArn) as ELB.Listener;
    if (i.Certificates) l.Certificates = i.Certificates;
    if (i.SslPolicy) l.SslPolicy = i.SslPolicy;
    if (i.Protocol) l.Protocol = i.Protocol;
    if (i.DefaultActions) l.DefaultActions = i.DefaultActions;
    return { Listeners: [l] };
  });
  elb.on(ELB.DescribeRulesCommand).callsFake((i: ELB.DescribeRulesCommandInput) => {
    const listener = state.listeners.find((l) => l.ListenerArn === i.ListenerArn);
    const all: ELB.Rule[] = [
      ...state.rules.filter((r) => r.ListenerArn === i.ListenerArn).map(({ ListenerArn: _drop, ...r }) => r),
      {
        RuleArn: `${i.ListenerArn}/default`,
        Priority: 'default',
        IsDefault: true,
        Conditions: [],
        Actions: listener?.DefaultActions,
      },
    ];
    const size = options.rulesPageSize ?? 2;
    const start = i.Marker ? Number(i.Marker) : 0;
    return {
      Rules: structuredClone(all.slice(start, start + size)),
      NextMarker: start + size < all.length ? String(start + size) : undefined,
    };
  });
  elb.on(ELB.CreateRuleCommand).callsFake((i: ELB.CreateRuleCommandInput) => {
    state.beforeCreateRule?.(i);
    if (state.rules.some((r) => r.ListenerArn === i.ListenerArn && r.Priority === String(i.Priority)))
      throw new ELB.PriorityInUseException({ message: 'Priority is in use', ...meta });
    const rule = {
      ListenerArn: i.ListenerArn as string,
      RuleArn: `${(i.ListenerArn as string).replace(':listener/', ':listener-rule/')}/${id('')}`,
      Priority: String(i.Priority),
      Conditions: i.Conditions,
      Actions: i.Actions,
      IsDefault: false,
    };
    state.rules.push(rule);
    state.elbTags.set(rule.RuleArn, tagMap(i.Tags));
    return { Rules: [rule] };
  });
  elb.on(ELB.ModifyRuleCommand).callsFake((i: ELB.ModifyRuleCommandInput) => {
    const r = state.rules.find((x) => x.RuleArn === i.RuleArn);
    if (r) {
      if (i.Conditions) r.Conditions = i.Conditions;
      if (i.Actions) r.Actions = i.Actions;
    }
    return { Rules: r ? [r] : [] };
  });
  elb.on(ELB.DeleteRuleCommand).callsFake((i: ELB.DeleteRuleCommandInput) => {
    state.rules = state.rules.filter((r) => r.RuleArn !== i.RuleArn);
    return {};
  });
  elb.on(ELB.SetRulePrioritiesCommand).callsFake((i: ELB.SetRulePrioritiesCommandInput) => {
    for (const p of i.RulePriorities ?? []) {
      const r = state.rules.find((x) => x.RuleArn === p.RuleArn);
      if (r) r.Priority = String(p.Priority);
    }
    return { Rules: [] };
  });
  elb.on(ELB.DescribeTagsCommand).callsFake((i: ELB.DescribeTagsCommandInput) => ({
    TagDescriptions: (i.ResourceArns ?? []).map((arn) => ({
      ResourceArn: arn,
      Tags: Object.entries(state.elbTags.get(arn) ?? {}).map(([Key, Value]) => ({ Key, Value })),
    })),
  }));

  // ---- Application Auto Scaling
  aas.on(AAS.DescribeScalableTargetsCommand).callsFake((i: AAS.DescribeScalableTargetsCommandInput) => ({
    ScalableTargets: structuredClone(
      state.scalableTargets.filter((t) => i.ResourceIds?.includes(t.ResourceId as string)),
    ),
  }));
  aas.on(AAS.RegisterScalableTargetCommand).callsFake((i: AAS.RegisterScalableTargetCommandInput) => {
    const existing = state.scalableTargets.find((t) => t.ResourceId === i.ResourceId);
    if (existing)
      Object.assign(existing, {
        MinCapacity: i.MinCapacity ?? existing.MinCapacity,
        MaxCapacity: i.MaxCapacity ?? existing.MaxCapacity,
      });
    else
      state.scalableTargets.push({
        ServiceNamespace: i.ServiceNamespace,
        ResourceId: i.ResourceId,
        ScalableDimension: i.ScalableDimension,
        MinCapacity: i.MinCapacity,
        MaxCapacity: i.MaxCapacity,
        RoleARN:
          'arn:aws:iam::123456789012:role/aws-service-role/ecs.application-autoscaling.amazonaws.com/AWSServiceRoleForApplicationAutoScaling_ECSService',
        CreationTime: new Date(0),
      });
    return { ScalableTargetARN: 'arn:aws:application-autoscaling:x' };
  });
  aas.on(AAS.DescribeScalingPoliciesCommand).callsFake((i: AAS.DescribeScalingPoliciesCommandInput) => ({
    ScalingPolicies: structuredClone(state.policies.filter((p) => p.ResourceId === i.ResourceId)),
  }));
  aas.on(AAS.PutScalingPolicyCommand).callsFake((i: AAS.PutScalingPolicyCommandInput) => {
    state.policies = state.policies.filter(
      (p) => !(p.ResourceId === i.ResourceId && p.PolicyName === i.PolicyName),
    );
    state.policies.push({
      PolicyName: i.PolicyName,
      PolicyARN: `arn:aws:autoscaling:policy/${i.PolicyName}`,
      ServiceNamespace: i.ServiceNamespace,
      ResourceId: i.ResourceId,
      ScalableDimension: i.ScalableDimension,
      PolicyType: i.PolicyType,
      TargetTrackingScalingPolicyConfiguration: i.TargetTrackingScalingPolicyConfiguration,
      CreationTime: new Date(0),
    });
    return { PolicyARN: `arn:aws:autoscaling:policy/${i.PolicyName}` };
  });
  aas.on(AAS.DeleteScalingPolicyCommand).callsFake((i: AAS.DeleteScalingPolicyCommandInput) => {
    state.policies = state.policies.filter(
      (p) => !(p.ResourceId === i.ResourceId && p.PolicyName === i.PolicyName),
    );
    return {};
  });

  cw.on(CW.PutMetricAlarmCommand).callsFake((i: CW.PutMetricAlarmCommandInput) => {
    const { Tags: _tags, ...settings } = i;
    state.alarms = state.alarms.filter((a) => a.AlarmName !== i.AlarmName);
    state.alarms.push({
      ...structuredClone(settings),
      AlarmArn: `arn:aws:cloudwatch:${REGION}:${ACCOUNT}:alarm:${i.AlarmName}`,
      StateValue: 'INSUFFICIENT_DATA',
      StateReason: 'Unchecked: Initial alarm creation',
    } as CW.MetricAlarm);
    return meta;
  });
  cw.on(CW.DescribeAlarmsCommand).callsFake((i: CW.DescribeAlarmsCommandInput) => ({
    MetricAlarms: structuredClone(
      state.alarms.filter((a) => !i.AlarmNames || i.AlarmNames.includes(a.AlarmName ?? '')),
    ),
    CompositeAlarms: [],
  }));
  cw.on(CW.DeleteAlarmsCommand).callsFake((i: CW.DeleteAlarmsCommandInput) => {
    state.alarms = state.alarms.filter((a) => !(i.AlarmNames ?? []).includes(a.AlarmName ?? ''));
    return meta;
  });

  const mocks = { ec2, elb, ecs, logs, aas, cw };
  const clients: AwsClients = {
    ec2: new EC2.EC2Client({ region: REGION }),
    elbv2: new ELB.ElasticLoadBalancingV2Client({ region: REGION }),
    ecs: new ECS.ECSClient({ region: REGION }),
    logs: new Logs.CloudWatchLogsClient({ region: REGION }),
    autoscaling: new AAS.ApplicationAutoScalingClient({ region: REGION }),
    cloudwatch: new CW.CloudWatchClient({ region: REGION }),
    sts: new STSClient({ region: REGION }),
    ecr: new ECRClient({ region: REGION }),
    acm: new ACMClient({ region: REGION }),
  };

  /** Every command sent, in global order (sinon call ids increase across all stubs). */
  function sequence(): string[] {
    const all: { name: string; callId: number }[] = [];
    for (const m of Object.values(mocks))
      for (const call of m.send.getCalls()) {
        const cmd = call.args[0] as { constructor: { name: string } };
        all.push({
          name: cmd.constructor.name.replace(/Command$/, ''),
          callId: (call as unknown as { callId: number }).callId,
        });
      }
    return all.sort((a, b) => a.callId - b.callId).map((c) => c.name);
  }

  function resetHistory(): void {
    for (const m of Object.values(mocks)) m.resetHistory();
  }

  function restore(): void {
    for (const m of Object.values(mocks)) m.restore();
  }

  return { state, clients, mocks, sequence, resetHistory, restore };
}
