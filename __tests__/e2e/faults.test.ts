/**
 * The bundled action under injected faults, against the emulator (simulated runtime): 20 % of every
 * call of every service it uses throttled, each with that service's own throttling code; a 500 on
 * mutating calls; 2 s of added latency per call on a no-change run. Each deploy ends as it should,
 * with exactly one new revision and no duplicate resource.
 */
import { ECSClient, ListTaskDefinitionsCommand } from '@aws-sdk/client-ecs';
import {
  DescribeLoadBalancersCommand,
  DescribeRulesCommand,
  DescribeListenersCommand,
  DescribeTargetGroupsCommand,
  ElasticLoadBalancingV2Client,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { DescribeSecurityGroupsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { startEmulator } from '../../emulator/src/index';
import { admin, ecrImage, Emulator, runAction } from './harness';

let emu: Emulator;
let api: ReturnType<typeof admin>;
const cfg = () => ({
  endpoint: emu.url,
  region: 'us-east-1',
  credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
});

/** Each service's own throttling answer, as AWS gives it. */
const THROTTLING: Record<string, string> = {
  ecs: 'ThrottlingException',
  ecr: 'ThrottlingException',
  logs: 'ThrottlingException',
  'application-autoscaling': 'ThrottlingException',
  sts: 'Throttling',
  elasticloadbalancing: 'Throttling',
  ec2: 'RequestLimitExceeded',
};

beforeAll(async () => {
  emu = await startEmulator({ port: 0, timeScale: 50, runtime: 'simulated' });
  api = admin(emu.url);
  for (const tag of ['v1', 'v2', 'v3']) await api.declareImage('faulty', tag);
});

afterAll(async () => {
  await emu?.stop();
});

const deploy = (tag: string) =>
  runAction(
    {
      cluster: 'faulty',
      service: 'web',
      'container-port': '3000',
      'wait-for-minutes': '10',
      image: ecrImage('faulty', tag),
    },
    { endpoint: emu.url, timeoutMs: 110_000 },
  );

async function revisions(): Promise<string[]> {
  const out = await new ECSClient(cfg()).send(new ListTaskDefinitionsCommand({ familyPrefix: 'faulty-web' }));
  return out.taskDefinitionArns ?? [];
}

/** One load balancer, target group, listener, rule set and pair of security groups: nothing made twice. */
async function expectNoDuplicates(): Promise<void> {
  const elbv2 = new ElasticLoadBalancingV2Client(cfg());
  const lbs = (await elbv2.send(new DescribeLoadBalancersCommand({}))).LoadBalancers ?? [];
  expect(lbs).toHaveLength(1);
  expect((await elbv2.send(new DescribeTargetGroupsCommand({}))).TargetGroups ?? []).toHaveLength(1);
  const listeners = (
    await elbv2.send(new DescribeListenersCommand({ LoadBalancerArn: lbs[0].LoadBalancerArn }))
  ).Listeners!;
  expect(listeners).toHaveLength(1);
  const rules = (await elbv2.send(new DescribeRulesCommand({ ListenerArn: listeners[0].ListenerArn })))
    .Rules!;
  expect(rules.filter((r) => !r.IsDefault)).toHaveLength(0);
  const groups =
    (await new EC2Client(cfg()).send(new DescribeSecurityGroupsCommand({}))).SecurityGroups ?? [];
  const names = groups.map((g) => g.GroupName);
  expect(new Set(names).size).toBe(names.length);
}

test('20 % of every call of every service throttled: a first deploy and an update each end healthy with one new revision', async () => {
  for (const [service, errorCode] of Object.entries(THROTTLING))
    await api.call('POST', 'faults', { service, errorCode, rate: 0.2 });
  await api.clearCalls();
  const first = await deploy('v1');
  const second = await deploy('v2');
  const calls = await api.calls();
  await api.call('DELETE', 'faults');
  const throttled = calls.filter(
    (c) => c.status >= 400 && /Throttl|RequestLimit/.test(c.errorCode ?? ''),
  ).length;
  console.log(
    `throttled: ${throttled} of ${calls.length} calls over two deploys; exit codes ${first.exitCode}, ${second.exitCode}`,
  );
  expect(throttled).toBeGreaterThan(0);
  expect(first.log).toContain('is healthy');
  expect([first.exitCode, second.exitCode]).toEqual([0, 0]);
  expect(await revisions()).toHaveLength(2);
  await expectNoDuplicates();
});

test('a 500 on the mutating calls of an update (RegisterTaskDefinition, UpdateService): retried, one new revision', async () => {
  for (const operation of ['RegisterTaskDefinition', 'UpdateService'])
    await api.call('POST', 'faults', {
      service: 'ecs',
      operation,
      errorCode: 'ServerException',
      count: 1,
      rate: 1,
    });
  await api.clearCalls();
  const run = await deploy('v3');
  const calls = await api.calls();
  await api.call('DELETE', 'faults');
  expect(
    calls
      .filter((c) => c.status === 500)
      .map((c) => c.operation)
      .sort(),
  ).toEqual(['RegisterTaskDefinition', 'UpdateService']);
  expect(run.exitCode).toBe(0);
  expect(await revisions()).toHaveLength(3);
  await expectNoDuplicates();
});

test('2 s added to every call: a no-change run ends unchanged', async () => {
  await api.call('POST', 'faults', { latencyMs: 2000 });
  await api.clearCalls();
  const run = await deploy('v3');
  const calls = await api.calls();
  await api.call('DELETE', 'faults');
  console.log(`latency run: ${calls.length} calls, ${Math.round(run.durationMs / 1000)} s`);
  expect(run.exitCode).toBe(0);
  expect(calls.length).toBeGreaterThan(0);
  expect(await revisions()).toHaveLength(3);
  await expectNoDuplicates();
}, 200_000);
