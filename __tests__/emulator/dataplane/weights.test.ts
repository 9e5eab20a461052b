import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  ElasticLoadBalancingV2Client,
  CreateLoadBalancerCommand,
  CreateListenerCommand,
  CreateRuleCommand,
  DescribeListenersCommand,
  DescribeRulesCommand,
  ModifyListenerCommand,
  RegisterTargetsCommand,
  DescribeTargetHealthCommand,
  type Action,
  type TargetGroup,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { CloudWatchClient, GetMetricDataCommand, PutMetricAlarmCommand } from '@aws-sdk/client-cloudwatch';
import { EC2Client, DescribeSubnetsCommand } from '@aws-sdk/client-ec2';
import { startEmulator, listenerUrl, type RunningEmulator } from '../../../emulator/src';
import { eventually } from '../../helpers/eventually';
import { LoopbackRuntime, TargetServer, createTargetGroup, send } from './helpers';
import { clientConfig } from '../core/fake-runtime';

// Weighted forward actions routed by the data plane, and the AWS/ApplicationELB metrics it publishes
// to CloudWatch. Real sockets and real health checks on loopback: real time, waiting with `eventually`.

jest.setTimeout(30_000);

const config = (url: string) => clientConfig(url, { maxAttempts: 1 });

let emu: RunningEmulator;
let elb: ElasticLoadBalancingV2Client;
let cw: CloudWatchClient;
let vpcId: string;
let lbArn: string;
let listenerArn: string;
let port: number;
let host: string;
let blue: TargetGroup;
let green: TargetGroup;
let broken: TargetGroup;
let empty: TargetGroup;
const b1 = new TargetServer('blue', '127.0.0.41');
const g1 = new TargetServer('green', '127.0.0.42');
/** Healthy on /health, 500 to every other request: a version that fails real traffic. */
const failing = http.createServer((req, res) => {
  res.statusCode = req.url === '/health' ? 200 : 500;
  res.end();
});

const forward = (weights: [TargetGroup, number][]): Action[] => [
  {
    Type: 'forward',
    ForwardConfig: {
      TargetGroups: weights.map(([tg, Weight]) => ({ TargetGroupArn: tg.TargetGroupArn, Weight })),
    },
  },
];

const targetGroup = (name: string): Promise<TargetGroup> => createTargetGroup(elb, vpcId, name);

async function registerHealthy(tg: TargetGroup, ip: string, targetPort: number): Promise<void> {
  await elb.send(
    new RegisterTargetsCommand({
      TargetGroupArn: tg.TargetGroupArn,
      Targets: [{ Id: ip, Port: targetPort }],
    }),
  );
  await eventually(`a healthy target in ${tg.TargetGroupName}`, async () => {
    const d = await elb.send(new DescribeTargetHealthCommand({ TargetGroupArn: tg.TargetGroupArn }));
    return d.TargetHealthDescriptions!.some((t) => t.TargetHealth?.State === 'healthy') || undefined;
  });
}

/** `n` requests one after the other (bounded), counted by the name of the target that answered. */
async function split(n: number, path = '/'): Promise<Record<string, number>> {
  const seen: Record<string, number> = {};
  for (let i = 0; i < n; i++) {
    const a = await send(port, host, path);
    const key = a.status === 200 ? (JSON.parse(a.body) as { name: string }).name : String(a.status);
    seen[key] = (seen[key] ?? 0) + 1;
  }
  return seen;
}

/** Every AWS/ApplicationELB total this test checks, summed over the last emulated day. */
async function totals(): Promise<Record<string, number>> {
  const lbDim = { Name: 'LoadBalancer', Value: lbArn.split(':loadbalancer/')[1] };
  const tgDim = (tg: TargetGroup) => ({ Name: 'TargetGroup', Value: tg.TargetGroupArn!.split(':').pop()! });
  const query = (Id: string, MetricName: string, Dimensions: object[], Stat = 'Sum') => ({
    Id,
    MetricStat: { Metric: { Namespace: 'AWS/ApplicationELB', MetricName, Dimensions }, Period: 60, Stat },
  });
  const out = await cw.send(
    new GetMetricDataCommand({
      StartTime: new Date(emu.world.clock.nowMs() - 86_400_000),
      EndTime: new Date(emu.world.clock.nowMs() + 60_000),
      MetricDataQueries: [
        query('lbrequests', 'RequestCount', [lbDim]),
        query('greenrequests', 'RequestCount', [tgDim(green), lbDim]),
        query('brokenerrors', 'HTTPCode_Target_5XX_Count', [tgDim(broken), lbDim]),
        query('greenerrors', 'HTTPCode_Target_5XX_Count', [tgDim(green), lbDim]),
        query('elberrors', 'HTTPCode_ELB_5XX_Count', [lbDim]),
        query('latency', 'TargetResponseTime', [tgDim(green)], 'SampleCount'),
      ] as never,
    }),
  );
  return Object.fromEntries(out.MetricDataResults!.map((r) => [r.Id, r.Values!.reduce((s, v) => s + v, 0)]));
}

beforeAll(async () => {
  await Promise.all([b1.start(), g1.start()]);
  await new Promise<void>((resolve) => failing.listen(0, '127.0.0.43', resolve));
  emu = await startEmulator({ port: 0, runtime: new LoopbackRuntime(), timeScale: 100, lbPort: 0 });
  elb = new ElasticLoadBalancingV2Client(config(emu.url));
  cw = new CloudWatchClient(config(emu.url));
  const ec2 = new EC2Client(config(emu.url));
  const subnets = (await ec2.send(new DescribeSubnetsCommand({}))).Subnets!;
  vpcId = subnets[0].VpcId!;
  ec2.destroy();
  const lb = (
    await elb.send(
      new CreateLoadBalancerCommand({
        Name: 'weights',
        Subnets: subnets.slice(0, 2).map((s) => s.SubnetId!),
      }),
    )
  ).LoadBalancers![0];
  lbArn = lb.LoadBalancerArn!;
  host = lb.DNSName!;
  [blue, green, broken, empty] = await Promise.all(
    ['w-blue', 'w-green', 'w-broken', 'w-empty'].map(targetGroup),
  );
  listenerArn = (
    await elb.send(
      new CreateListenerCommand({
        LoadBalancerArn: lbArn,
        Protocol: 'HTTP',
        Port: 80,
        DefaultActions: forward([
          [blue, 3],
          [green, 1],
          [broken, 0],
          [empty, 0],
        ]),
      }),
    )
  ).Listeners![0].ListenerArn!;
  await registerHealthy(blue, b1.ip, b1.port);
  await registerHealthy(green, g1.ip, g1.port);
  await registerHealthy(broken, '127.0.0.43', (failing.address() as AddressInfo).port);
  port = Number(new URL((await listenerUrl(emu.world, lbArn, 80))!).port);
});

afterAll(async () => {
  elb?.destroy();
  cw?.destroy();
  await emu?.stop();
  await Promise.all([b1.stop(), g1.stop(), new Promise((r) => failing.close(r))]);
});

describe('weighted forward actions', () => {
  it('describes weighted default actions and rules as AWS does, and refuses weights out of range', async () => {
    const listener = (await elb.send(new DescribeListenersCommand({ ListenerArns: [listenerArn] })))
      .Listeners![0];
    expect(listener.DefaultActions![0]).toEqual({
      Type: 'forward',
      ForwardConfig: {
        TargetGroups: [
          { TargetGroupArn: blue.TargetGroupArn, Weight: 3 },
          { TargetGroupArn: green.TargetGroupArn, Weight: 1 },
          { TargetGroupArn: broken.TargetGroupArn, Weight: 0 },
          { TargetGroupArn: empty.TargetGroupArn, Weight: 0 },
        ],
        TargetGroupStickinessConfig: { Enabled: false },
      },
    });
    await elb.send(
      new CreateRuleCommand({
        ListenerArn: listenerArn,
        Priority: 10,
        Conditions: [{ Field: 'path-pattern', Values: ['/half*'] }],
        Actions: forward([
          [blue, 1],
          [green, 1],
        ]),
      }),
    );
    const rules = (await elb.send(new DescribeRulesCommand({ ListenerArn: listenerArn }))).Rules!;
    expect(rules.find((r) => r.Priority === '10')!.Actions![0].ForwardConfig!.TargetGroups).toHaveLength(2);
    await expect(
      elb.send(
        new ModifyListenerCommand({ ListenerArn: listenerArn, DefaultActions: forward([[blue, 1000]]) }),
      ),
    ).rejects.toMatchObject({ name: 'ValidationError' });
    const six = [blue, green, broken, empty, blue, green].map((tg) => [tg, 1] as [TargetGroup, number]);
    await expect(
      elb.send(new ModifyListenerCommand({ ListenerArn: listenerArn, DefaultActions: forward(six) })),
    ).rejects.toMatchObject({
      name: 'ValidationError',
    });
  });

  it('splits requests by weight, and sends nothing to a weight-0 group', async () => {
    const byDefault = await split(40);
    expect(byDefault.blue + byDefault.green).toBe(40);
    // 3:1 of 40 is 30:10; a weighted choice stays well within 20..36 for blue.
    expect(byDefault.blue).toBeGreaterThanOrEqual(20);
    expect(byDefault.blue).toBeLessThanOrEqual(36);
    const half = await split(20, '/half');
    expect(half.blue).toBeGreaterThanOrEqual(6);
    expect(half.green).toBeGreaterThanOrEqual(6);
    await elb.send(
      new ModifyListenerCommand({
        ListenerArn: listenerArn,
        DefaultActions: forward([
          [blue, 0],
          [green, 5],
          [broken, 0],
          [empty, 0],
        ]),
      }),
    );
    expect(await split(20)).toEqual({ green: 20 });
  });

  it('publishes RequestCount, target 5xx, ELB 5xx and TargetResponseTime per target group and load balancer', async () => {
    await elb.send(
      new ModifyListenerCommand({
        ListenerArn: listenerArn,
        DefaultActions: forward([
          [blue, 0],
          [green, 1],
          [broken, 1],
          [empty, 0],
        ]),
      }),
    );
    const before = await totals();
    // An alarm on the broken group's 5xx, evaluated every emulated minute on what the data plane publishes.
    const states: string[] = [];
    emu.world.cloudwatch.onAlarmStateChange((name, state) => states.push(`${name}:${state}`));
    await cw.send(
      new PutMetricAlarmCommand({
        AlarmName: 'broken-5xx',
        Namespace: 'AWS/ApplicationELB',
        MetricName: 'HTTPCode_Target_5XX_Count',
        Dimensions: [
          { Name: 'TargetGroup', Value: broken.TargetGroupArn!.split(':').pop()! },
          { Name: 'LoadBalancer', Value: lbArn.split(':loadbalancer/')[1] },
        ],
        Statistic: 'Sum',
        Period: 60,
        EvaluationPeriods: 1,
        Threshold: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
        TreatMissingData: 'notBreaching',
      }),
    );
    expect(await split(10)).toEqual({ green: 5, 500: 5 });
    await elb.send(
      new ModifyListenerCommand({
        ListenerArn: listenerArn,
        // Every group stays attached (weight 0), so their targets keep their health.
        DefaultActions: forward([
          [blue, 0],
          [green, 0],
          [broken, 0],
          [empty, 1],
        ]),
      }),
    );
    expect(await split(3)).toEqual({ 503: 3 });
    await eventually(
      'the 5xx alarm to go to ALARM',
      async () => states.includes('broken-5xx:ALARM') || undefined,
    );
    const after = await totals();
    const total = Object.fromEntries(Object.entries(after).map(([k, v]) => [k, v - (before[k] ?? 0)]));
    expect(total).toEqual({
      lbrequests: 10,
      greenrequests: 5,
      brokenerrors: 5,
      greenerrors: 0,
      elberrors: 3,
      latency: 5,
    });
  });
});
