import {
  ElasticLoadBalancingV2Client,
  CreateLoadBalancerCommand,
  CreateTargetGroupCommand,
  CreateListenerCommand,
  CreateRuleCommand,
  DescribeRulesCommand,
  DescribeTargetGroupsCommand,
  DescribeLoadBalancersCommand,
  DeleteTargetGroupCommand,
  DeleteRuleCommand,
  RegisterTargetsCommand,
  DescribeTargetHealthCommand,
  ModifyTargetGroupAttributesCommand,
  DescribeTagsCommand,
  DuplicateTargetGroupNameException,
  PriorityInUseException,
  ResourceInUseException,
  LoadBalancerNotFoundException,
  waitUntilLoadBalancerAvailable,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { EC2Client, DescribeSubnetsCommand } from '@aws-sdk/client-ec2';
import { startEmulator, type RunningEmulator } from '../../emulator/src';
import { FakeRuntime } from './elbv2/helpers';

// The real SDK clients against the emulator's HTTP endpoint (query protocol for ELBv2; Application Auto
// Scaling's are in autoscaling-sdk.test.ts). On a virtual clock: health checks and provisioning take
// no real time.
let emu: RunningEmulator;
let runtime: FakeRuntime;
let elb: ElasticLoadBalancingV2Client;
let subnets: string[];
let vpcId: string;

beforeAll(async () => {
  runtime = new FakeRuntime();
  emu = await startEmulator({ port: 0, host: '127.0.0.1', runtime, timeScale: 1000, clock: 'virtual' });
  const config = {
    endpoint: emu.url,
    region: 'us-east-1',
    credentials: { accessKeyId: 'AKIDEMULATORTEST', secretAccessKey: 'emulator-test-secret' },
    maxAttempts: 1,
  };
  elb = new ElasticLoadBalancingV2Client(config);
  const found = (await new EC2Client(config).send(new DescribeSubnetsCommand({}))).Subnets!;
  subnets = found.map((s) => s.SubnetId!);
  vpcId = found[0].VpcId!;
});
afterAll(async () => {
  elb?.destroy();
  await emu?.stop();
});

describe('ELBv2 through the SDK', () => {
  it('builds a load balancer, target group, listener and rule, and reports target health', async () => {
    const lb = (
      await elb.send(
        new CreateLoadBalancerCommand({
          Name: 'sdk-web',
          Subnets: subnets,
          Tags: [{ Key: 'app', Value: 'web' }],
        }),
      )
    ).LoadBalancers![0];
    expect(lb.State?.Code).toBe('provisioning');
    expect(lb.CreatedTime).toBeInstanceOf(Date);
    await emu.world.clock.runUntil(
      async () =>
        (await elb.send(new DescribeLoadBalancersCommand({ LoadBalancerArns: [lb.LoadBalancerArn!] })))
          .LoadBalancers![0].State?.Code,
      (code) => code === 'active',
    );
    // The SDK's waiter reads the same state.
    await waitUntilLoadBalancerAvailable(
      { client: elb, maxWaitTime: 30, minDelay: 1, maxDelay: 1 },
      { LoadBalancerArns: [lb.LoadBalancerArn!] },
    );

    const tgInput = {
      Name: 'sdk-web-tg',
      Protocol: 'HTTP' as const,
      Port: 3000,
      VpcId: vpcId,
      TargetType: 'ip' as const,
      HealthCheckPath: '/health',
      HealthCheckIntervalSeconds: 5,
      HealthCheckTimeoutSeconds: 2,
      HealthyThresholdCount: 2,
      Matcher: { HttpCode: '200-299' },
    };
    const tg = (await elb.send(new CreateTargetGroupCommand(tgInput))).TargetGroups![0];
    expect(tg).toMatchObject({
      Port: 3000,
      HealthCheckIntervalSeconds: 5,
      HealthCheckEnabled: true,
      Matcher: { HttpCode: '200-299' },
      LoadBalancerArns: [],
    });
    expect((await elb.send(new CreateTargetGroupCommand(tgInput))).TargetGroups![0].TargetGroupArn).toBe(
      tg.TargetGroupArn,
    );
    const dup = await elb.send(new CreateTargetGroupCommand({ ...tgInput, Port: 3001 })).catch((e) => e);
    expect(dup).toBeInstanceOf(DuplicateTargetGroupNameException);
    await elb.send(
      new ModifyTargetGroupAttributesCommand({
        TargetGroupArn: tg.TargetGroupArn,
        Attributes: [{ Key: 'deregistration_delay.timeout_seconds', Value: '5' }],
      }),
    );

    const listener = (
      await elb.send(
        new CreateListenerCommand({
          LoadBalancerArn: lb.LoadBalancerArn,
          Protocol: 'HTTP',
          Port: 80,
          DefaultActions: [
            {
              Type: 'fixed-response',
              FixedResponseConfig: { StatusCode: '404', ContentType: 'text/plain', MessageBody: 'no route' },
            },
          ],
        }),
      )
    ).Listeners![0];
    const ruleInput = {
      ListenerArn: listener.ListenerArn,
      Priority: 10,
      Conditions: [{ Field: 'host-header', HostHeaderConfig: { Values: ['web.example.com'] } }],
      Actions: [
        {
          Type: 'forward' as const,
          ForwardConfig: { TargetGroups: [{ TargetGroupArn: tg.TargetGroupArn }] },
        },
      ],
    };
    const rule = (await elb.send(new CreateRuleCommand(ruleInput))).Rules![0];
    expect(rule.Priority).toBe('10');
    expect(rule.Actions![0]).toMatchObject({ Type: 'forward', TargetGroupArn: tg.TargetGroupArn });
    const clash = await elb.send(new CreateRuleCommand(ruleInput)).catch((e) => e);
    expect(clash).toBeInstanceOf(PriorityInUseException);
    expect(clash.message).toBe("Priority '10' is currently in use");

    const rules = (await elb.send(new DescribeRulesCommand({ ListenerArn: listener.ListenerArn }))).Rules!;
    expect(rules.map((r) => [r.Priority, r.IsDefault])).toEqual([
      ['10', false],
      ['default', true],
    ]);
    expect(rules[0].Conditions![0]).toMatchObject({
      Field: 'host-header',
      Values: ['web.example.com'],
      HostHeaderConfig: { Values: ['web.example.com'] },
    });
    expect(
      (await elb.send(new DescribeTargetGroupsCommand({ LoadBalancerArn: lb.LoadBalancerArn })))
        .TargetGroups![0].LoadBalancerArns,
    ).toEqual([lb.LoadBalancerArn]);

    runtime.answers.set('127.0.5.2', 500);
    await elb.send(
      new RegisterTargetsCommand({
        TargetGroupArn: tg.TargetGroupArn,
        Targets: [
          { Id: '127.0.5.1', Port: 3000 },
          { Id: '127.0.5.2', Port: 3000 },
        ],
      }),
    );
    const states = await emu.world.clock.runUntil(
      async () =>
        (
          await elb.send(new DescribeTargetHealthCommand({ TargetGroupArn: tg.TargetGroupArn }))
        ).TargetHealthDescriptions!.map(
          (h) => `${h.Target!.Id}=${h.TargetHealth!.State}/${h.TargetHealth!.Reason ?? ''}`,
        ),
      (seen) => seen.every((s) => !s.includes('=initial')),
    );
    expect(states.sort()).toEqual(['127.0.5.1=healthy/', '127.0.5.2=unhealthy/Target.ResponseCodeMismatch']);

    const inUse = await elb
      .send(new DeleteTargetGroupCommand({ TargetGroupArn: tg.TargetGroupArn }))
      .catch((e) => e);
    expect(inUse).toBeInstanceOf(ResourceInUseException);
    await elb.send(new DeleteRuleCommand({ RuleArn: rule.RuleArn }));
    await elb.send(new DeleteTargetGroupCommand({ TargetGroupArn: tg.TargetGroupArn }));

    const tags = (await elb.send(new DescribeTagsCommand({ ResourceArns: [lb.LoadBalancerArn!] })))
      .TagDescriptions!;
    expect(tags[0].Tags).toEqual([{ Key: 'app', Value: 'web' }]);
    const missing = await elb.send(new DescribeLoadBalancersCommand({ Names: ['nope'] })).catch((e) => e);
    expect(missing).toBeInstanceOf(LoadBalancerNotFoundException);
  });
});
