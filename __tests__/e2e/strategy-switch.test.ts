/**
 * The bundled action against the emulator (simulated runtime): an existing rolling service moves to
 * blue/green and back, each move one run of the action, with the error alarm wired for both, and the
 * service answering through the load balancer after each.
 */
import { DescribeServicesCommand, ECSClient } from '@aws-sdk/client-ecs';
import { CloudWatchClient, DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch';
import {
  DescribeListenersCommand,
  DescribeLoadBalancersCommand,
  DescribeRulesCommand,
  ElasticLoadBalancingV2Client,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { startEmulator } from '../../emulator/src/index';
import { admin, ecrImage, Emulator, runAction } from './harness';
import { disallowedCalls } from '../helpers/iam';

let emu: Emulator;
let api: ReturnType<typeof admin>;
const ROLE = 'arn:aws:iam::000000000000:role/ecsInfrastructureRoleForLoadBalancers';
const ALARM = 'ecs-fargate-deploy-web-hello-production-5xx';
const clientConfig = () => ({
  endpoint: emu.url,
  region: 'us-east-1',
  credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
});
const base = {
  cluster: 'web',
  service: 'hello',
  'container-port': '3000',
  'wait-for-minutes': '10',
  'host-header': 'hello.example.com',
};
const deploy = (inputs: Record<string, string>) => runAction({ ...base, ...inputs }, { endpoint: emu.url });

async function service() {
  const out = await new ECSClient(clientConfig()).send(
    new DescribeServicesCommand({ cluster: 'web', services: ['hello'] }),
  );
  return out.services![0];
}

async function rules() {
  const elb = new ElasticLoadBalancingV2Client(clientConfig());
  const lb = (await elb.send(new DescribeLoadBalancersCommand({ Names: ['web'] }))).LoadBalancers![0];
  const listener = (await elb.send(new DescribeListenersCommand({ LoadBalancerArn: lb.LoadBalancerArn })))
    .Listeners![0];
  const all = (await elb.send(new DescribeRulesCommand({ ListenerArn: listener.ListenerArn }))).Rules!;
  const isTest = (r: (typeof all)[number]) => r.Conditions?.some((c) => c.Field === 'http-header');
  return { production: all.find((r) => !r.IsDefault && !isTest(r)), test: all.find(isTest) };
}

beforeAll(async () => {
  emu = await startEmulator({ port: 0, timeScale: 50, runtime: 'simulated' });
  api = admin(emu.url);
  for (const tag of ['v1', 'v2', 'v3']) await api.declareImage('hello', tag);
});

afterEach(async () => {
  expect(disallowedCalls('deploy', await api.calls())).toEqual([]);
});

afterAll(async () => {
  await emu?.stop();
});

test('rolling, then blue/green, then rolling again: each move is one run and the service keeps serving', async () => {
  const first = await deploy({ image: ecrImage('hello', 'v1') });
  if (first.exitCode !== 0) console.log(first.log.slice(-4000));
  expect(first.exitCode).toBe(0);
  let svc = await service();
  expect(svc.deploymentConfiguration?.alarms).toEqual({ alarmNames: [ALARM], enable: true, rollback: true });
  const cw = new CloudWatchClient(clientConfig());
  const alarm = (await cw.send(new DescribeAlarmsCommand({ AlarmNames: [ALARM] }))).MetricAlarms![0];
  expect(alarm.Metrics?.find((m) => m.Id === 'rate0')?.Expression).toBe(
    'IF(FILL(r0, 0) >= 20, 100 * FILL(e0, 0) / r0, 0)',
  );
  const mainGroup = svc.loadBalancers![0].targetGroupArn!;

  const toBlueGreen = await deploy({
    image: ecrImage('hello', 'v2'),
    strategy: 'blue-green',
    'infrastructure-role-arn': ROLE,
    'bake-minutes': '1',
  });
  if (toBlueGreen.exitCode !== 0) console.log(toBlueGreen.log.slice(-6000));
  expect(toBlueGreen.exitCode).toBe(0);
  svc = await service();
  expect(svc.taskDefinition).toMatch(/web-hello:2$/);
  expect(svc.deploymentConfiguration?.strategy).toBe('BLUE_GREEN');
  const adv = svc.loadBalancers![0].advancedConfiguration!;
  const { production, test: testRule } = await rules();
  expect(adv).toMatchObject({
    productionListenerRule: production!.RuleArn,
    testListenerRule: testRule!.RuleArn,
    roleArn: ROLE,
  });
  expect(new Set([svc.loadBalancers![0].targetGroupArn, adv.alternateTargetGroupArn])).toEqual(
    new Set([mainGroup, adv.alternateTargetGroupArn]),
  );
  expect(Number(testRule!.Priority)).toBeLessThan(Number(production!.Priority));
  // The green revision now takes all production traffic, on the alternate group.
  const weights = production!.Actions![0].ForwardConfig!.TargetGroups!;
  expect(weights.find((w) => w.TargetGroupArn === adv.alternateTargetGroupArn)?.Weight).toBe(100);
  expect(await getThroughLoadBalancer()).toMatch(/^200 /);

  const back = await deploy({ image: ecrImage('hello', 'v3') });
  if (back.exitCode !== 0) console.log(back.log.slice(-6000));
  expect(back.exitCode).toBe(0);
  svc = await service();
  expect(svc.taskDefinition).toMatch(/web-hello:3$/);
  expect(svc.deploymentConfiguration?.strategy ?? 'ROLLING').toBe('ROLLING');
  expect(svc.loadBalancers).toHaveLength(1);
  expect(svc.loadBalancers![0].advancedConfiguration).toBeUndefined();
  // Rolling goes on in the group that served: the alternate one, which the rule still weighs 100.
  expect(svc.loadBalancers![0].targetGroupArn).toBe(adv.alternateTargetGroupArn);
  const after = await rules();
  expect(after.test).toBeUndefined();
  expect(await getThroughLoadBalancer()).toMatch(/^200 /);
  expect(svc.deploymentConfiguration?.alarms?.enable).toBe(true);
});

/** GET / through the load balancer's port 80 with the service's host header (see deploy-simulated.test.ts). */
async function getThroughLoadBalancer(): Promise<string> {
  const lbs = (await api.call('GET', 'load-balancers')).loadBalancers as {
    listeners: { port: number; url: string }[];
  }[];
  const local = new URL(lbs[0].listeners.find((l) => l.port === 80)!.url);
  const http = await import('node:http');
  return new Promise((resolve, reject) => {
    const req = http.get(
      {
        host: '127.0.0.1',
        port: Number(local.port || 80),
        path: '/',
        headers: { host: base['host-header'] },
      },
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
