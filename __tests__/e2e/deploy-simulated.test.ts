/**
 * The bundled action, run as a runner runs it, against the emulator with the simulated runtime:
 * an empty account becomes a service behind a load balancer; later runs update it, change nothing,
 * correct drift, share the load balancer, plan without changing, and roll back broken versions.
 */
import { DescribeServicesCommand, ECSClient, ListTaskDefinitionsCommand } from '@aws-sdk/client-ecs';
import {
  DescribeRulesCommand,
  DescribeTargetGroupsCommand,
  ElasticLoadBalancingV2Client,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import {
  ApplicationAutoScalingClient,
  DescribeScalableTargetsCommand,
} from '@aws-sdk/client-application-auto-scaling';
import { startEmulator } from '../../emulator/src/index';
import { admin, ecrImage, Emulator, isMutatingOperation, runAction } from './harness';
import { disallowedCalls } from '../helpers/iam';

let emu: Emulator;
let api: ReturnType<typeof admin>;
const clientConfig = () => ({
  endpoint: emu.url,
  region: 'us-east-1',
  credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
});

const base = { cluster: 'web', service: 'hello', 'container-port': '3000', 'wait-for-minutes': '10' };
const deploy = (inputs: Record<string, string>) => runAction({ ...base, ...inputs }, { endpoint: emu.url });

async function service(name = 'hello') {
  const ecs = new ECSClient(clientConfig());
  const out = await ecs.send(new DescribeServicesCommand({ cluster: 'web', services: [name] }));
  return out.services![0];
}

/** The service's history: v1 deployed first (revision 1), then v2 (revision 2). */
const HISTORY = ['v1', 'v2'] as const;
let deployed = 0;

/**
 * What a test needs before it starts: the service deployed up to `tag`, with the same revision
 * numbers whatever ran before. A test run on its own deploys them here; in the file's order the
 * earlier tests have already done it.
 */
async function serviceAt(tag: (typeof HISTORY)[number]): Promise<void> {
  while (deployed <= HISTORY.indexOf(tag)) {
    const run = await deploy({ image: ecrImage('hello', HISTORY[deployed]) });
    if (run.exitCode !== 0)
      throw new Error(`deploying ${HISTORY[deployed]} failed:\n${run.log.slice(-4000)}`);
    deployed++;
  }
}

beforeAll(async () => {
  emu = await startEmulator({ port: 0, timeScale: 50, runtime: 'simulated' });
  api = admin(emu.url);
  for (const tag of ['v1', 'v2', 'crash', 'sick']) await api.declareImage('hello', tag);
  await api.declareImage('api', 'v1');
  await api.behave(ecrImage('hello', 'crash'), {
    crashAfterSeconds: 5,
    exitCode: 3,
    logLines: ['starting hello v3', 'Error: DATABASE_URL is not set'],
  });
  await api.behave(ecrImage('hello', 'sick'), { healthStatus: 500 });
});

// Every call a test's runs made is allowed by the shipped IAM policy of the mode (docs/iam/deploy.json).
afterEach(async () => {
  expect(disallowedCalls('deploy', await api.calls())).toEqual([]);
});

afterAll(async () => {
  await emu?.stop();
});

test('bad input fails with one message naming the input, before any AWS call', async () => {
  await api.clearCalls();
  const run = await deploy({ image: ecrImage('hello', 'v1'), 'container-port': '70000' });
  expect(run.exitCode).toBe(1);
  expect(run.log).toContain("Input 'container-port'");
  expect(await api.calls()).toEqual([]);
});

test('a first deploy makes the whole stack in an empty account and ends healthy', async () => {
  const run = await deploy({ image: ecrImage('hello', 'v1') });
  expect(run.log).toContain('is healthy');
  expect(run.exitCode).toBe(0);
  expect(run.outputs['task-definition-arn']).toMatch(/task-definition\/web-hello:1$/);
  deployed = 1;
  expect(run.outputs['service-arn']).toBe('arn:aws:ecs:us-east-1:000000000000:service/web/hello');
  expect(run.outputs['rolled-back']).toBe('false');
  expect(run.outputs.url).toMatch(/^http:\/\/web-.*\.elb\.localhost\//);
  expect(await getThroughLoadBalancer(run.outputs.url)).toMatch(/simulated task 172\.31\.\d+\.\d+:3000/);
  expect(run.summary).toContain('hello');

  const svc = await service();
  expect(svc.taskDefinition).toMatch(/web-hello:1$/);
  expect(svc.runningCount).toBe(1);
  expect(svc.loadBalancers?.[0]?.targetGroupArn).toContain('targetgroup/');
  expect(svc.deploymentConfiguration?.deploymentCircuitBreaker).toEqual({ enable: true, rollback: true });
});

test('a second run with the same inputs changes nothing: describes only, no new revision', async () => {
  await serviceAt('v1');
  await api.clearCalls();
  const run = await deploy({ image: ecrImage('hello', 'v1') });
  expect(run.exitCode).toBe(0);
  const mutating = (await api.calls()).filter((c) => isMutatingOperation(c.operation));
  expect(mutating).toEqual([]);
  const ecs = new ECSClient(clientConfig());
  const revs = await ecs.send(new ListTaskDefinitionsCommand({ familyPrefix: 'web-hello' }));
  expect(revs.taskDefinitionArns).toHaveLength(1);
});

test('an update registers a new revision and the service ends on it', async () => {
  await serviceAt('v1');
  const run = await deploy({ image: ecrImage('hello', 'v2') });
  expect(run.exitCode).toBe(0);
  deployed = 2;
  expect(run.outputs['task-definition-arn']).toMatch(/web-hello:2$/);
  expect(run.outputs['previous-task-definition-arn']).toMatch(/web-hello:1$/);
  expect(run.outputs['deployment-id']).toMatch(/^ecs-svc\/\d+$/);
  expect((await service()).taskDefinition).toMatch(/web-hello:2$/);
});

test('a crashing image is rolled back: the step fails, says why, and the service runs the previous revision', async () => {
  await serviceAt('v2');
  const run = await deploy({ image: ecrImage('hello', 'crash') });
  if (process.env.E2E_DEBUG) console.log(run.log);
  expect(run.exitCode).toBe(1);
  expect(run.outputs['rolled-back']).toBe('true');
  expect(run.log).toMatch(/exit code 3/);
  expect(run.log).toContain('Essential container in task exited');
  expect(run.log).toContain('Error: DATABASE_URL is not set');
  expect(run.summary).toMatch(/rolled back/i);
  const svc = await service();
  expect(svc.taskDefinition).toMatch(/web-hello:2$/);
});

test('an image failing its health checks is rolled back with the target health reason', async () => {
  await serviceAt('v2');
  const run = await deploy({ image: ecrImage('hello', 'sick'), 'failed-task-threshold': '1' });
  expect(run.exitCode).toBe(1);
  expect(run.outputs['rolled-back']).toBe('true');
  expect(run.log).toMatch(/Target\.ResponseCodeMismatch|Task failed ELB health checks/);
  expect((await service()).taskDefinition).toMatch(/web-hello:2$/);
});

test('drift is corrected: a new health-check path and autoscaling bounds change only those', async () => {
  await serviceAt('v2');
  await api.clearCalls();
  const run = await deploy({
    image: ecrImage('hello', 'v2'),
    'health-check-path': '/health',
    'min-capacity': '1',
    'max-capacity': '4',
  });
  expect(run.exitCode).toBe(0);
  const ops = (await api.calls()).filter((c) => isMutatingOperation(c.operation)).map((c) => c.operation);
  expect(ops).toContain('ModifyTargetGroup');
  expect(ops).toContain('RegisterScalableTarget');
  expect(ops).not.toContain('CreateLoadBalancer');
  expect(ops).not.toContain('CreateTargetGroup');
  expect(ops).not.toContain('RegisterTaskDefinition');

  const elbv2 = new ElasticLoadBalancingV2Client(clientConfig());
  const tgs = await elbv2.send(new DescribeTargetGroupsCommand({}));
  expect(tgs.TargetGroups?.find((t) => t.TargetGroupName === 'web-hello-production')?.HealthCheckPath).toBe(
    '/health',
  );

  await api.clearCalls();
  const again = await deploy({
    image: ecrImage('hello', 'v2'),
    'health-check-path': '/health',
    'min-capacity': '1',
    'max-capacity': '6',
  });
  expect(again.exitCode).toBe(0);
  const ops2 = (await api.calls()).filter((c) => isMutatingOperation(c.operation)).map((c) => c.operation);
  expect(ops2).toEqual(['RegisterScalableTarget']);
  const aas = new ApplicationAutoScalingClient(clientConfig());
  const targets = await aas.send(new DescribeScalableTargetsCommand({ ServiceNamespace: 'ecs' }));
  expect(targets.ScalableTargets?.[0]).toMatchObject({ MinCapacity: 1, MaxCapacity: 6 });
});

test('plan mode prints what would change and changes nothing', async () => {
  await serviceAt('v2');
  await api.clearCalls();
  const run = await deploy({ image: ecrImage('hello', 'v1'), 'health-check-path': '/ready', plan: 'true' });
  expect(run.exitCode).toBe(0);
  const plan = run.outputs['plan-markdown'];
  expect(plan).toContain('Plan for hello in web');
  expect(plan).toContain('Nothing was changed.');
  expect(plan).toContain('/ready');
  expect(plan).toContain(`A new revision would be registered (image \`${ecrImage('hello', 'v1')}\`)`);
  expect(run.log).toMatch(/\/ready/);
  expect((await api.calls()).filter((c) => isMutatingOperation(c.operation))).toEqual([]);
  expect((await service()).taskDefinition).toMatch(/web-hello:2$/);
});

test('a second service shares the load balancer through a path rule', async () => {
  await serviceAt('v1'); // the load balancer the second service joins
  const run = await runAction(
    { ...base, service: 'api', image: ecrImage('api', 'v1'), 'path-pattern': '/api/*' },
    { endpoint: emu.url },
  );
  expect(run.exitCode).toBe(0);
  const elbv2 = new ElasticLoadBalancingV2Client(clientConfig());
  const tgs = await elbv2.send(new DescribeTargetGroupsCommand({}));
  const apiTg = tgs.TargetGroups!.find((t) => t.TargetGroupName === 'web-api-production')!;
  const helloTg = tgs.TargetGroups!.find((t) => t.TargetGroupName === 'web-hello-production')!;
  expect(apiTg.LoadBalancerArns).toEqual(helloTg.LoadBalancerArns);
  const rules = await elbv2.send(new DescribeRulesCommand({ ListenerArn: await listenerArn(elbv2) }));
  const apiRule = rules.Rules!.find((r) => r.Actions?.[0]?.TargetGroupArn === apiTg.TargetGroupArn)!;
  expect(apiRule.IsDefault).toBe(false);
  expect(apiRule.Conditions?.[0]?.Field).toBe('path-pattern');
  expect(run.outputs.url).toMatch(/\/api\/$/);
  expect((await service('api')).runningCount).toBe(1);
});

async function listenerArn(elbv2: ElasticLoadBalancingV2Client): Promise<string> {
  const { DescribeLoadBalancersCommand, DescribeListenersCommand } =
    await import('@aws-sdk/client-elastic-load-balancing-v2');
  const lbs = await elbv2.send(new DescribeLoadBalancersCommand({ Names: ['web'] }));
  const ls = await elbv2.send(
    new DescribeListenersCommand({ LoadBalancerArn: lbs.LoadBalancers![0].LoadBalancerArn }),
  );
  return ls.Listeners!.find((l) => l.Port === 80)!.ListenerArn!;
}

/**
 * Requests the action's URL the way curl would: *.localhost names are the loopback, and the data
 * plane may serve port 80 on another local port (admin API), so connect there with the Host header.
 */
async function getThroughLoadBalancer(url: string): Promise<string> {
  const u = new URL(url);
  const lbs = (await api.call('GET', 'load-balancers')).loadBalancers as {
    dnsName: string;
    listeners: { port: number; url: string }[];
  }[];
  const served = lbs.find((l) => l.dnsName === u.hostname)!.listeners.find((l) => l.port === 80)!;
  const local = new URL(served.url);
  const http = await import('node:http');
  return new Promise((resolve, reject) => {
    const req = http.get(
      { host: '127.0.0.1', port: Number(local.port || 80), path: u.pathname, headers: { host: u.host } },
      (res) => {
        let body = '';
        res.on('data', (d) => (body += d));
        res.on('end', () => resolve(`${res.statusCode} ${body}`));
      },
    );
    req.setTimeout(5000, () => req.destroy(new Error('timeout')));
    req.on('error', reject);
  });
}
