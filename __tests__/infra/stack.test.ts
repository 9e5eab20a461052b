import { ensureScaling, ensureStack } from '../../src/infra';
import { MemoryLogger } from '../helpers/memory-logger';
import type { DeployConfig } from '../../src/config/types';
import { isMutatingOperation } from '../../emulator/src/core/operations';
import { fakeAccount } from './fake-account';
import { testConfig } from '../fixtures/config';

type Account = ReturnType<typeof fakeAccount>;

let account: Account;
beforeEach(() => {
  account = fakeAccount();
});
afterEach(() => account.restore());

const apply = (config: DeployConfig, log = new MemoryLogger()) =>
  ensureStack(config, account.clients, { plan: false, log });
const mutating = (): string[] => account.sequence().filter(isMutatingOperation);

describe('ensureStack on an empty account', () => {
  it('creates everything in dependency order and returns what the service needs', async () => {
    const log = new MemoryLogger();
    const result = await apply(testConfig(), log);

    expect(mutating()).toEqual([
      'CreateCluster',
      'CreateLogGroup',
      'PutRetentionPolicy',
      'CreateSecurityGroup', // load balancer's
      'AuthorizeSecurityGroupIngress',
      'CreateSecurityGroup', // tasks'
      'AuthorizeSecurityGroupIngress',
      'CreateLoadBalancer',
      'CreateTargetGroup',
      'ModifyTargetGroupAttributes',
      'CreateListener',
      'PutMetricAlarm',
    ]);

    const { state } = account;
    const [lbGroup, taskGroup] = state.groups;
    expect(lbGroup.GroupName).toBe('web-alb');
    expect(
      lbGroup.IpPermissions?.map((p) => [p.FromPort, p.IpRanges?.[0]?.CidrIp ?? p.Ipv6Ranges?.[0]?.CidrIpv6]),
    ).toEqual([
      [80, '0.0.0.0/0'],
      [80, '::/0'],
    ]);
    expect(taskGroup.IpPermissions).toEqual([
      { IpProtocol: 'tcp', FromPort: 3000, ToPort: 3000, UserIdGroupPairs: [{ GroupId: lbGroup.GroupId }] },
    ]);
    expect(state.lbs[0]).toMatchObject({
      LoadBalancerName: 'web',
      Scheme: 'internet-facing',
      SecurityGroups: [lbGroup.GroupId],
    });
    // One subnet per zone for the load balancer; the private subnet is not used.
    expect(
      account.mocks.elb.commandCalls(
        (await import('@aws-sdk/client-elastic-load-balancing-v2')).CreateLoadBalancerCommand,
      )[0].args[0].input.Subnets,
    ).toEqual(['subnet-a', 'subnet-b']);
    expect(state.tgs[0]).toMatchObject({
      TargetGroupName: 'web-hello-production',
      Port: 3000,
      TargetType: 'ip',
      HealthCheckIntervalSeconds: 10,
      HealthyThresholdCount: 2,
    });
    expect(
      state.tgAttrs.get(state.tgs[0].TargetGroupArn as string)?.['deregistration_delay.timeout_seconds'],
    ).toBe('30');
    expect(state.listeners[0]).toMatchObject({
      Port: 80,
      Protocol: 'HTTP',
      DefaultActions: [{ Type: 'forward', TargetGroupArn: state.tgs[0].TargetGroupArn }],
    });
    expect(state.elbTags.get(state.lbs[0].LoadBalancerArn as string)).toEqual({
      'managed-by': 'ecs-fargate-deploy',
      service: 'hello',
      environment: 'production',
    });

    expect(result).toMatchObject({
      cluster: 'web',
      logGroup: '/ecs/web/hello',
      subnets: ['subnet-a', 'subnet-b'],
      securityGroups: [taskGroup.GroupId],
      assignPublicIp: true,
      targetGroupArn: state.tgs[0].TargetGroupArn,
      loadBalancerArn: state.lbs[0].LoadBalancerArn,
      url: `http://${state.lbs[0].DNSName}/`,
      errorAlarm: {
        name: 'ecs-fargate-deploy-web-hello-production-5xx',
        thresholdPercent: 5,
        minRequests: 20,
      },
    });
    expect(result.alternateTargetGroupArn).toBeUndefined();
    expect(result.testRuleArn).toBeUndefined();
    expect(result.changes.filter((c) => c.action === 'create').map((c) => c.resource)).toEqual([
      'ecs-cluster',
      'log-group',
      'security-group',
      'security-group',
      'load-balancer',
      'target-group',
      'listener',
      'alarm',
    ]);
    expect(log.text()).toContain(`Service URL: http://${state.lbs[0].DNSName}/`);
  });

  it('with a certificate: HTTPS 443 with a modern policy, 80 redirecting, both ports open', async () => {
    const cert = 'arn:aws:acm:eu-west-1:123456789012:certificate/abc';
    const result = await apply(testConfig({ loadBalancer: { certificateArn: cert } }));
    const [https, http] = account.state.listeners;
    expect(https).toMatchObject({
      Port: 443,
      Protocol: 'HTTPS',
      SslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06',
      Certificates: [{ CertificateArn: cert }],
    });
    expect(http.DefaultActions?.[0]).toMatchObject({
      Type: 'redirect',
      RedirectConfig: { Protocol: 'HTTPS', Port: '443', StatusCode: 'HTTP_301' },
    });
    expect(account.state.groups[0].IpPermissions?.map((p) => p.FromPort)).toEqual([443, 443, 80, 80]);
    expect(result.url?.startsWith('https://')).toBe(true);
  });
});

describe('ensureStack on a stack that matches', () => {
  it('sends only Describe calls on the second run and reports everything unchanged', async () => {
    const config = testConfig({
      autoScaling: { enabled: true, minCapacity: 1, maxCapacity: 3 },
      loadBalancer: { pathPattern: ['/api/*'] },
    });
    const first = await apply(config);
    await ensureScaling(
      config,
      account.clients,
      {
        cluster: 'web',
        service: 'hello',
        targetGroupArn: first.targetGroupArn,
        loadBalancerArn: first.loadBalancerArn,
      },
      { plan: false, log: new MemoryLogger() },
    );
    account.resetHistory();

    const second = await apply(config);
    const scaling = await ensureScaling(
      config,
      account.clients,
      {
        cluster: 'web',
        service: 'hello',
        targetGroupArn: second.targetGroupArn,
        loadBalancerArn: second.loadBalancerArn,
      },
      { plan: false, log: new MemoryLogger() },
    );

    expect(account.sequence().length).toBeGreaterThan(0);
    expect(account.sequence().every((c) => /^Describe/.test(c))).toBe(true);
    expect([...second.changes, ...scaling].filter((c) => c.action !== 'keep')).toEqual([]);
    expect(second).toMatchObject({
      targetGroupArn: first.targetGroupArn,
      securityGroups: first.securityGroups,
      url: first.url,
    });
  });
});

describe('drift', () => {
  it('a changed health check path is corrected with ModifyTargetGroup only', async () => {
    await apply(testConfig());
    account.resetHistory();
    const result = await apply(testConfig({ loadBalancer: { healthCheck: { path: '/healthz' } } }));
    expect(mutating()).toEqual(['ModifyTargetGroup']);
    expect(account.state.tgs[0].HealthCheckPath).toBe('/healthz');
    expect(result.changes.find((c) => c.action === 'update')).toMatchObject({
      resource: 'target-group',
      detail: 'health check path: "/" -> "/healthz"',
    });
  });

  it('changed scaling bounds are corrected with RegisterScalableTarget only', async () => {
    const target = { cluster: 'web', service: 'hello' };
    const opts = { plan: false, log: new MemoryLogger() };
    await ensureScaling(
      testConfig({ autoScaling: { enabled: true, minCapacity: 1, maxCapacity: 3 } }),
      account.clients,
      target,
      opts,
    );
    account.resetHistory();
    const changes = await ensureScaling(
      testConfig({ autoScaling: { enabled: true, minCapacity: 2, maxCapacity: 6 } }),
      account.clients,
      target,
      opts,
    );
    expect(mutating()).toEqual(['RegisterScalableTarget']);
    expect(account.state.scalableTargets[0]).toMatchObject({ MinCapacity: 2, MaxCapacity: 6 });
    expect(changes.filter((c) => c.action === 'update').map((c) => c.resource)).toEqual(['scalable-target']);
  });

  it('deletes only the policies it named once they are no longer wanted', async () => {
    const target = { cluster: 'web', service: 'hello' };
    const opts = { plan: false, log: new MemoryLogger() };
    await ensureScaling(
      testConfig({ autoScaling: { enabled: true, maxCapacity: 3, memoryTarget: 70 } }),
      account.clients,
      target,
      opts,
    );
    account.state.policies.push({
      PolicyName: 'someone-elses',
      ResourceId: 'service/web/hello',
      PolicyARN: 'x',
      ServiceNamespace: 'ecs',
      ScalableDimension: 'ecs:service:DesiredCount',
      PolicyType: 'StepScaling',
      CreationTime: new Date(0),
    });
    const changes = await ensureScaling(
      testConfig({ autoScaling: { enabled: true, maxCapacity: 3 } }),
      account.clients,
      target,
      opts,
    );
    expect(changes.filter((c) => c.action === 'delete').map((c) => c.name)).toEqual([
      'ecs-fargate-deploy-memory',
    ]);
    expect(account.state.policies.map((p) => p.PolicyName).sort()).toEqual([
      'ecs-fargate-deploy-cpu',
      'someone-elses',
    ]);
  });

  it('a new certificate updates the listener, and 443 is opened on the load balancer group', async () => {
    const certA = 'arn:aws:acm:eu-west-1:123456789012:certificate/a';
    const certB = 'arn:aws:acm:eu-west-1:123456789012:certificate/b';
    await apply(testConfig({ loadBalancer: { certificateArn: certA } }));
    account.resetHistory();
    await apply(testConfig({ loadBalancer: { certificateArn: certB } }));
    expect(mutating()).toEqual(['ModifyListener']);
    expect(account.state.listeners[0].Certificates).toEqual([{ CertificateArn: certB }]);
  });

  it('moving to HTTPS turns the action-made port 80 listener into a redirect', async () => {
    await apply(testConfig());
    account.resetHistory();
    await apply(
      testConfig({ loadBalancer: { certificateArn: 'arn:aws:acm:eu-west-1:123456789012:certificate/a' } }),
    );
    expect(mutating()).toEqual(['AuthorizeSecurityGroupIngress', 'CreateListener', 'ModifyListener']);
    expect(account.state.listeners.find((l) => l.Port === 80)?.DefaultActions?.[0]?.Type).toBe('redirect');
  });
});

describe('sharing a load balancer', () => {
  it('two services reach one load balancer through host and path rules at different priorities', async () => {
    const api = await apply(
      testConfig({
        service: 'api',
        loadBalancer: { hostHeader: ['api.example.com'] },
        taskDefinition: { logGroup: '/ecs/web/api' },
      }),
    );
    const created = mutating();
    expect(created).toContain('CreateLoadBalancer');
    expect(created).toContain('CreateRule');
    account.resetHistory();

    const docs = await apply(
      testConfig({
        service: 'docs',
        loadBalancer: { pathPattern: ['/docs/*'] },
        taskDefinition: { logGroup: '/ecs/web/docs' },
      }),
    );
    const second = mutating();
    expect(second).not.toContain('CreateLoadBalancer');
    expect(second).not.toContain('CreateListener');
    expect(second.filter((c) => c === 'CreateRule')).toHaveLength(1);

    const { state } = account;
    expect(state.lbs).toHaveLength(1);
    expect(state.listeners).toHaveLength(1);
    // Neither service owns the default: it answers 404.
    expect(state.listeners[0].DefaultActions?.[0]?.Type).toBe('fixed-response');
    expect(state.rules.map((r) => r.Priority)).toEqual(['1', '2']);
    expect(state.rules.map((r) => r.Actions?.[0]?.TargetGroupArn)).toEqual([
      api.targetGroupArn,
      docs.targetGroupArn,
    ]);
    expect(api.url).toBe('http://api.example.com/');
    expect(docs.url).toBe(`http://${state.lbs[0].DNSName}/docs/`);
    // The tasks of both admit the one load balancer group.
    expect(state.groups.filter((g) => g.GroupName?.endsWith('-tasks'))).toHaveLength(2);
  });

  it('keeps the priority a service holds on later runs and corrects changed conditions with ModifyRule', async () => {
    await apply(testConfig({ service: 'a', loadBalancer: { hostHeader: ['a.example.com'] } }));
    await apply(testConfig({ service: 'b', loadBalancer: { hostHeader: ['b.example.com'] } }));
    // A gap opens below b's rule; b must not move into it.
    account.state.rules = account.state.rules.filter((r) => r.Priority !== '1');
    account.resetHistory();
    await apply(testConfig({ service: 'b', loadBalancer: { hostHeader: ['b2.example.com'] } }));
    expect(mutating()).toEqual(['ModifyRule']);
    expect(account.state.rules).toHaveLength(1);
    expect(account.state.rules[0].Priority).toBe('2');
  });

  it('finds free priorities past the first page of rules, within the band', async () => {
    const priorities = ['1', '2', '3', '5'];
    await apply(testConfig({ service: 's0', loadBalancer: { pathPattern: ['/s0/*'] } }));
    const listenerArn = account.state.listeners[0].ListenerArn as string;
    account.state.rules = priorities.map((p) => ({
      ListenerArn: listenerArn,
      RuleArn: `${listenerArn}/r${p}`,
      Priority: p,
      Conditions: [],
      Actions: [],
    }));
    await apply(testConfig({ service: 's1', loadBalancer: { pathPattern: ['/s1/*'] } }));
    await apply(testConfig({ service: 's2', mode: 'preview', loadBalancer: { pathPattern: ['/pr-2/*'] } }));
    expect(account.state.rules.slice(4).map((r) => r.Priority)).toEqual(['4', '40000']);
  });

  it('retries PriorityInUse with a fresh choice', async () => {
    await apply(testConfig({ service: 'a', loadBalancer: { hostHeader: ['a.example.com'] } }));
    const listenerArn = account.state.listeners[0].ListenerArn as string;
    let raced = 0;
    account.state.beforeCreateRule = (input) => {
      // Another workflow takes the priority just chosen, twice.
      if (raced < 2) {
        raced++;
        account.state.rules.push({
          ListenerArn: listenerArn,
          RuleArn: `${listenerArn}/other${raced}`,
          Priority: String(input.Priority),
          Conditions: [],
          Actions: [],
        });
      }
    };
    account.resetHistory();
    const log = new MemoryLogger();
    await apply(testConfig({ service: 'b', loadBalancer: { hostHeader: ['b.example.com'] } }), log);
    expect(account.sequence().filter((c) => c === 'CreateRule')).toHaveLength(3);
    const mine = account.state.rules.find((r) => JSON.stringify(r.Conditions).includes('b.example.com'));
    expect(mine?.Priority).toBe('4');
    expect(log.text()).toMatch(/Rule priority 2 was taken meanwhile/);
  });

  it('refuses to take over a listener default that forwards to another service', async () => {
    await apply(testConfig({ service: 'a' }));
    account.resetHistory();
    await expect(apply(testConfig({ service: 'b' }))).rejects.toThrow(
      /already forwards by default to another target group.*host-header and\/or path-pattern/,
    );
    expect(account.state.listeners[0].DefaultActions?.[0]?.TargetGroupArn).toContain('web-a-production');
  });
});

describe('plan mode', () => {
  it('sends no mutating command on an empty account and says what would be created', async () => {
    const log = new MemoryLogger();
    const result = await ensureStack(
      testConfig({ loadBalancer: { hostHeader: ['x.example.com'] } }),
      account.clients,
      { plan: true, log },
    );
    expect(mutating()).toEqual([]);
    expect(result.changes.filter((c) => c.action === 'create').map((c) => c.resource)).toEqual([
      'ecs-cluster',
      'log-group',
      'security-group',
      'security-group',
      'load-balancer',
      'target-group',
      'listener',
      'listener-rule',
      'alarm',
    ]);
    expect(result.url).toBeUndefined();
    expect(log.text()).toContain('would + load-balancer web');
  });

  it('reports drift without correcting it', async () => {
    await apply(testConfig());
    account.resetHistory();
    const result = await ensureStack(
      testConfig({
        loadBalancer: { healthCheck: { path: '/ready' } },
        taskDefinition: { logRetentionDays: 7 },
      }),
      account.clients,
      { plan: true, log: new MemoryLogger() },
    );
    const scaling = await ensureScaling(
      testConfig({ autoScaling: { enabled: true, maxCapacity: 2 } }),
      account.clients,
      { cluster: 'web', service: 'hello' },
      { plan: true, log: new MemoryLogger() },
    );
    expect(mutating()).toEqual([]);
    expect(result.changes.filter((c) => c.action === 'update').map((c) => c.resource)).toEqual([
      'log-group',
      'target-group',
    ]);
    expect(scaling.map((c) => [c.action, c.resource])).toEqual([
      ['create', 'scalable-target'],
      ['create', 'scaling-policy'],
    ]);
    expect(account.state.tgs[0].HealthCheckPath).toBe('/');
  });
});

describe('bad network and input', () => {
  it('fails clearly with fewer than two availability zones, before any mutating call', async () => {
    account.restore();
    account = fakeAccount({
      subnets: [
        { SubnetId: 'subnet-a', VpcId: 'vpc-1', AvailabilityZone: 'eu-west-1a', MapPublicIpOnLaunch: true },
        { SubnetId: 'subnet-a2', VpcId: 'vpc-1', AvailabilityZone: 'eu-west-1a', MapPublicIpOnLaunch: true },
      ],
    });
    await expect(
      ensureStack(testConfig({ plan: false }), account.clients, { plan: false, log: new MemoryLogger() }),
    ).rejects.toThrow(/at least two availability zones.*cover 1/);
    // Only cluster and log group (which come first and need no network) may have been made.
    expect(mutating().filter((c) => !/Cluster|LogGroup|Retention/.test(c))).toEqual([]);
  });

  it('names the subnets input when real EC2 fails DescribeSubnets for an unknown id', async () => {
    const { DescribeSubnetsCommand, EC2ServiceException } = await import('@aws-sdk/client-ec2');
    account.mocks.ec2.on(DescribeSubnetsCommand).rejects(
      new EC2ServiceException({
        name: 'InvalidSubnetID.NotFound',
        $fault: 'client',
        $metadata: {},
        message: "The subnet ID 'subnet-nope' does not exist",
      }),
    );
    await expect(
      apply(testConfig({ network: { subnets: ['subnet-a', 'subnet-nope'], securityGroups: [] } })),
    ).rejects.toThrow(
      /Input 'subnets': not found \(The subnet ID 'subnet-nope' does not exist\)\. Check the subnets input/,
    );
  });

  it('names the security-groups input when real EC2 fails DescribeSecurityGroups for an unknown id', async () => {
    const { DescribeSecurityGroupsCommand, EC2ServiceException } = await import('@aws-sdk/client-ec2');
    account.mocks.ec2.on(DescribeSecurityGroupsCommand, { GroupIds: ['sg-nope'] }).rejects(
      new EC2ServiceException({
        name: 'InvalidGroup.NotFound',
        $fault: 'client',
        $metadata: {},
        message: "The security group 'sg-nope' does not exist",
      }),
    );
    await expect(
      apply(testConfig({ network: { subnets: [], securityGroups: ['sg-nope'] } })),
    ).rejects.toThrow(/Input 'security-groups': not found \(The security group 'sg-nope' does not exist\)/);
    expect(mutating().filter((c) => !/Cluster|LogGroup|Retention/.test(c))).toEqual([]);
  });

  it('with a target group given, skips the load balancer but still secures the tasks', async () => {
    await apply(testConfig({ service: 'a' }));
    const tgArn = account.state.tgs[0].TargetGroupArn as string;
    account.resetHistory();
    const result = await apply(
      testConfig({
        service: 'byo',
        loadBalancer: { targetGroupArn: tgArn },
        taskDefinition: { logGroup: '/ecs/web/byo' },
      }),
    );
    expect(mutating()).toEqual([
      'CreateLogGroup',
      'PutRetentionPolicy',
      'CreateSecurityGroup',
      'AuthorizeSecurityGroupIngress',
      'PutMetricAlarm',
    ]);
    const taskGroup = account.state.groups.find((g) => g.GroupName === 'web-byo-tasks');
    expect(taskGroup?.IpPermissions?.[0]?.UserIdGroupPairs?.[0]?.GroupId).toBe(
      account.state.groups[0].GroupId,
    );
    expect(result.targetGroupArn).toBe(tgArn);
    expect(result.loadBalancerArn).toBe(account.state.lbs[0].LoadBalancerArn);
  });
});
