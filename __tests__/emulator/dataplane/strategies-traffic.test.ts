import {
  ECSClient,
  CreateClusterCommand,
  RegisterTaskDefinitionCommand,
  CreateServiceCommand,
  UpdateServiceCommand,
  ListServiceDeploymentsCommand,
  DescribeServiceDeploymentsCommand,
  type ServiceDeployment,
} from '@aws-sdk/client-ecs';
import { EC2Client, DescribeSubnetsCommand, DescribeSecurityGroupsCommand } from '@aws-sdk/client-ec2';
import {
  ElasticLoadBalancingV2Client,
  CreateLoadBalancerCommand,
  CreateListenerCommand,
  CreateRuleCommand,
  DescribeRulesCommand,
  DescribeTargetHealthCommand,
  ModifyTargetGroupAttributesCommand,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { CloudWatchClient, PutMetricAlarmCommand, DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch';
import { startEmulator, listenerUrl, type RunningEmulator } from '../../../emulator/src';
import { clientConfig } from '../core/fake-runtime';
import { createTargetGroup, send } from './helpers';

/**
 * The ECS strategies against the emulator's real ELBv2, CloudWatch and data plane (simulated tasks,
 * virtual clock, time scale 60: an emulated minute is a second of clock): requests sent through the
 * load balancer at each lifecycle stage reach the revision the listener rules' weights say, the test
 * rule (X-Deploy-Test: green) reaches green before production does, and a version that fails real
 * requests trips an error-rate alarm on the AWS/ApplicationELB metrics that rolls the deployment back.
 */
jest.setTimeout(60_000);

const HEADER = { 'X-Deploy-Test': 'green' };
const IMAGE = '000000000000.dkr.ecr.us-east-1.amazonaws.com/web';
let emu: RunningEmulator;
let ecs: ECSClient;
let elb: ElasticLoadBalancingV2Client;
let cw: CloudWatchClient;
let lbPort: number;
let lbHost: string;
const tgs: Record<'a' | 'b', string> = { a: '', b: '' };
let prodRule: string;
let testRule: string;
let network: { subnets: string[]; securityGroups: string[] };

beforeAll(async () => {
  emu = await startEmulator({
    port: 0,
    runtime: 'simulated',
    clock: 'virtual',
    timeScale: 60,
    lbPort: 0,
    log: () => {},
  });
  const config = clientConfig(emu.url, { maxAttempts: 1 });
  ecs = new ECSClient(config);
  elb = new ElasticLoadBalancingV2Client(config);
  cw = new CloudWatchClient(config);
  const ec2 = new EC2Client(config);
  const subnets = (await ec2.send(new DescribeSubnetsCommand({}))).Subnets!;
  const sg = (await ec2.send(new DescribeSecurityGroupsCommand({}))).SecurityGroups![0].GroupId!;
  network = { subnets: subnets.slice(0, 2).map((s) => s.SubnetId!), securityGroups: [sg] };
  const lb = (
    await elb.send(
      new CreateLoadBalancerCommand({
        Name: 'front',
        Subnets: subnets.slice(0, 2).map((s) => s.SubnetId!),
        SecurityGroups: [sg],
      }),
    )
  ).LoadBalancers![0];
  for (const k of ['a', 'b'] as const) {
    tgs[k] = (await createTargetGroup(elb, subnets[0].VpcId!, `web-${k}`)).TargetGroupArn!;
    await elb.send(
      new ModifyTargetGroupAttributesCommand({
        TargetGroupArn: tgs[k],
        Attributes: [{ Key: 'deregistration_delay.timeout_seconds', Value: '5' }],
      }),
    );
  }
  const listener = (
    await elb.send(
      new CreateListenerCommand({
        LoadBalancerArn: lb.LoadBalancerArn,
        Protocol: 'HTTP',
        Port: 80,
        DefaultActions: [{ Type: 'fixed-response', FixedResponseConfig: { StatusCode: '404' } }],
      }),
    )
  ).Listeners![0];
  const rule = async (priority: number, header: boolean) =>
    (
      await elb.send(
        new CreateRuleCommand({
          ListenerArn: listener.ListenerArn,
          Priority: priority,
          Conditions: [
            { Field: 'path-pattern', PathPatternConfig: { Values: ['/*'] } },
            ...(header
              ? [
                  {
                    Field: 'http-header',
                    HttpHeaderConfig: { HttpHeaderName: 'X-Deploy-Test', Values: ['green'] },
                  },
                ]
              : []),
          ],
          // Both target groups in the forward action (the alternate at weight 0), as ECS's guide sets
          // the rules up: a target group no rule forwards to has its targets `unused`, never healthy.
          Actions: [
            {
              Type: 'forward',
              ForwardConfig: {
                TargetGroups: [
                  { TargetGroupArn: tgs.a, Weight: 100 },
                  { TargetGroupArn: tgs.b, Weight: 0 },
                ],
              },
            },
          ],
        }),
      )
    ).Rules![0].RuleArn!;
  testRule = await rule(10, true);
  prodRule = await rule(20, false);
  const url = new URL((await listenerUrl(emu.world, lb.LoadBalancerArn!, 80))!);
  lbPort = Number(url.port);
  lbHost = url.hostname;
  const env = (v: string) => ({
    family: 'web',
    networkMode: 'awsvpc' as const,
    requiresCompatibilities: ['FARGATE' as const],
    cpu: '256',
    memory: '512',
    executionRoleArn: 'arn:aws:iam::000000000000:role/exec',
    containerDefinitions: [{ name: 'app', image: `${IMAGE}:${v}`, portMappings: [{ containerPort: 3000 }] }],
  });
  await ecs.send(new CreateClusterCommand({ clusterName: 'prod' }));
  for (const v of ['v1', 'v2', 'broken']) await ecs.send(new RegisterTaskDefinitionCommand(env(v)));
  emu.world.imageBehaviours.set(`${IMAGE}:broken`, { errorPercent: 50 });
});
afterAll(() => emu?.stop());

/** 5xx per 100 requests over both target groups (the production one alternates), in minutes of 10 requests or more. */
async function putErrorAlarm(name: string): Promise<void> {
  const lbDim = emu.world.elbv2.routingTable().loadBalancers[0].arn.split(':loadbalancer/')[1];
  const metric = (Id: string, MetricName: string, tg: string) => ({
    Id,
    ReturnData: false,
    MetricStat: {
      Metric: {
        Namespace: 'AWS/ApplicationELB',
        MetricName,
        Dimensions: [
          { Name: 'TargetGroup', Value: tg.split(':').pop()! },
          { Name: 'LoadBalancer', Value: lbDim },
        ],
      },
      Period: 60,
      Stat: 'Sum',
    },
  });
  await cw.send(
    new PutMetricAlarmCommand({
      AlarmName: name,
      ComparisonOperator: 'GreaterThanThreshold',
      Threshold: 10,
      EvaluationPeriods: 1,
      TreatMissingData: 'notBreaching',
      Metrics: [
        metric('ea', 'HTTPCode_Target_5XX_Count', tgs.a),
        metric('eb', 'HTTPCode_Target_5XX_Count', tgs.b),
        metric('ra', 'RequestCount', tgs.a),
        metric('rb', 'RequestCount', tgs.b),
        { Id: 'requests', Expression: 'FILL(ra, 0) + FILL(rb, 0)', ReturnData: false },
        {
          Id: 'pct',
          Expression: 'IF(requests >= 10, 100 * (FILL(ea, 0) + FILL(eb, 0)) / requests, 0)',
          ReturnData: true,
        },
      ],
    }),
  );
}

const latest = async (): Promise<ServiceDeployment> => {
  const [sd] = (await ecs.send(new ListServiceDeploymentsCommand({ cluster: 'prod', service: 'web' })))
    .serviceDeployments!;
  return (
    await ecs.send(
      new DescribeServiceDeploymentsCommand({ serviceDeploymentArns: [sd.serviceDeploymentArn!] }),
    )
  ).serviceDeployments![0];
};
const until = (ok: (sd: ServiceDeployment) => boolean, what: string) =>
  emu.world.clock.runUntil(latest, ok, { what, maxMs: 3_600_000 });

/** Which target group each registered, non-draining target address is in. */
async function addresses(): Promise<Map<string, 'a' | 'b'>> {
  const out = new Map<string, 'a' | 'b'>();
  for (const k of ['a', 'b'] as const) {
    const d = await elb.send(new DescribeTargetHealthCommand({ TargetGroupArn: tgs[k] }));
    for (const t of d.TargetHealthDescriptions!)
      if (t.TargetHealth!.State !== 'draining') out.set(`${t.Target!.Id}:${t.Target!.Port}`, k);
  }
  return out;
}

/** `n` requests (bounded, one after the other), counted by the target group that answered and by status. */
async function traffic(n: number, headers: Record<string, string> = {}) {
  const where = await addresses();
  const seen: Record<string, number> = {};
  for (let i = 0; i < n; i++) {
    const a = await send(lbPort, lbHost, '/', { headers });
    const target = String(a.headers['x-emulator-simulated-target'] ?? '');
    const key = `${where.get(target) ?? target}:${a.status}`;
    seen[key] = (seen[key] ?? 0) + 1;
  }
  return seen;
}

const weights = async (rule: string) => {
  const r = (await elb.send(new DescribeRulesCommand({ RuleArns: [rule] }))).Rules![0];
  return Object.fromEntries(
    r.Actions![0].ForwardConfig!.TargetGroups!.map((t) => [t.TargetGroupArn === tgs.a ? 'a' : 'b', t.Weight]),
  );
};

it('blue/green: the test rule reaches green while production stays on blue, then production moves at once', async () => {
  await putErrorAlarm('web-5xx');
  const advancedConfiguration = {
    alternateTargetGroupArn: tgs.b,
    productionListenerRule: prodRule,
    testListenerRule: testRule,
    roleArn: 'arn:aws:iam::000000000000:role/ecs-infrastructure',
  };
  await ecs.send(
    new CreateServiceCommand({
      cluster: 'prod',
      serviceName: 'web',
      taskDefinition: 'web:1',
      desiredCount: 2,
      launchType: 'FARGATE',
      networkConfiguration: { awsvpcConfiguration: network },
      loadBalancers: [
        { targetGroupArn: tgs.a, containerName: 'app', containerPort: 3000, advancedConfiguration },
      ],
      deploymentConfiguration: {
        strategy: 'BLUE_GREEN',
        bakeTimeInMinutes: 2,
        alarms: { alarmNames: ['web-5xx'], enable: true, rollback: true },
      },
    }),
  );
  await until((sd) => sd.status === 'SUCCESSFUL', 'the first deployment');
  expect(await traffic(10)).toEqual({ 'a:200': 10 });

  await ecs.send(new UpdateServiceCommand({ cluster: 'prod', service: 'web', taskDefinition: 'web:2' }));
  await until((sd) => sd.lifecycleStage === 'POST_TEST_TRAFFIC_SHIFT', 'test traffic on green');
  expect(await weights(testRule)).toEqual({ a: 0, b: 100 });
  expect(await weights(prodRule)).toEqual({ a: 100, b: 0 });
  expect(await traffic(10, HEADER)).toEqual({ 'b:200': 10 });
  expect(await traffic(10)).toEqual({ 'a:200': 10 });

  await until((sd) => sd.lifecycleStage === 'BAKE_TIME', 'the bake time');
  expect(await traffic(10)).toEqual({ 'b:200': 10 });
  await until((sd) => sd.status === 'SUCCESSFUL', 'the deployment to succeed');
  expect(await traffic(10)).toEqual({ 'b:200': 10 });
  expect(await traffic(4, HEADER)).toEqual({ 'b:200': 4 });
});

it('canary: the canary share reaches the broken version, its 5xx trip the alarm, and traffic is back on blue at once', async () => {
  // The production target group is now b: the canary runs in a.
  await ecs.send(
    new UpdateServiceCommand({
      cluster: 'prod',
      service: 'web',
      taskDefinition: 'web:3',
      deploymentConfiguration: {
        strategy: 'CANARY',
        canaryConfiguration: { canaryPercent: 50, canaryBakeTimeInMinutes: 10 },
        bakeTimeInMinutes: 2,
        alarms: { alarmNames: ['web-5xx'], enable: true, rollback: true },
      },
    }),
  );
  await until(
    (sd) => sd.lifecycleStage === 'PRODUCTION_TRAFFIC_SHIFT',
    'the canary share on the broken version',
  );
  expect(await weights(prodRule)).toEqual({ a: 50, b: 50 });
  // One emulated minute of traffic: half of it to the broken canary, which fails half of what it gets.
  const minute = await traffic(40);
  expect(minute).toEqual({ 'b:200': 20, 'a:200': 10, 'a:500': 10 });
  const rolledBack = await until((sd) => sd.status === 'ROLLBACK_SUCCESSFUL', 'the alarm to roll it back');
  expect(rolledBack.alarms).toMatchObject({ status: 'TRIGGERED', triggeredAlarmNames: ['web-5xx'] });
  const alarm = (await cw.send(new DescribeAlarmsCommand({ AlarmNames: ['web-5xx'] }))).MetricAlarms![0];
  expect(alarm.StateValue).toBe('ALARM');
  // The minute also holds the clean requests sent at the end of the previous test.
  expect(alarm.StateReason).toMatch(
    /^Threshold Crossed: 1 datapoint \[[\d.]+ \(.*\)\] was greater than the threshold \(10\.0\)\.$/,
  );
  expect(JSON.parse(alarm.StateReasonData!).recentDatapoints[0]).toBeGreaterThan(10);
  expect(await weights(prodRule)).toEqual({ a: 0, b: 100 });
  expect(await traffic(10)).toEqual({ 'b:200': 10 });
});
