/**
 * The bundled action with `strategy: blue-green`, run as a runner runs it, against the emulator with
 * the simulated runtime: a good deploy goes through ECS's lifecycle stages to SUCCESSFUL, smoke-tested
 * through the test rule; a version that passes /health but fails the smoke test is stopped with
 * StopServiceDeployment ROLLBACK and ECS moves the traffic back to the previous revision; canary and
 * linear deploys that answer 500 to real requests are rolled back by ECS on the error alarm.
 */
import { DescribeServicesCommand, ECSClient } from '@aws-sdk/client-ecs';
import { startEmulator } from '../../emulator/src/index';
import { admin, ecrImage, Emulator, runAction } from './harness';
import { disallowedCalls } from '../helpers/iam';

let emu: Emulator;
let api: ReturnType<typeof admin>;

const base = {
  cluster: 'web',
  service: 'hello',
  'container-port': '3000',
  'wait-for-minutes': '10',
  strategy: 'blue-green',
  'bake-minutes': '1',
  'infrastructure-role-arn': 'arn:aws:iam::000000000000:role/ecs-infrastructure',
  'smoke-test-path': '/orders',
};
/**
 * Where the emulator serves the listener: port 80 when it could bind it, else another local port
 * (no root, or another emulator holds 80). The action's smoke test is told through EMULATOR_LB_PORTS.
 */
let lbPorts = '';
const deploy = (inputs: Record<string, string>) =>
  runAction({ ...base, ...inputs }, { endpoint: emu.url, env: { EMULATOR_LB_PORTS: lbPorts } });

async function servedPorts(): Promise<string> {
  const { loadBalancers } = (await api.call('GET', 'load-balancers')) as {
    loadBalancers: { listeners: { port: number; localPort: number }[] }[];
  };
  return loadBalancers.flatMap((lb) => lb.listeners.map((l) => `${l.port}=${l.localPort}`)).join(',');
}

async function runningRevision(): Promise<string | undefined> {
  const ecs = new ECSClient({
    endpoint: emu.url,
    region: 'us-east-1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
  });
  const out = await ecs.send(new DescribeServicesCommand({ cluster: 'web', services: ['hello'] }));
  return out.services?.[0]?.taskDefinition;
}

beforeAll(async () => {
  emu = await startEmulator({ port: 0, timeScale: 50, runtime: 'simulated' });
  api = admin(emu.url);
  for (const tag of ['v1', 'v2', 'broken']) await api.declareImage('hello', tag);
  // Passes its health checks, answers 500 to every real request: only the smoke test can tell.
  await api.behave(ecrImage('hello', 'broken'), { errorPercent: 100 });
});

afterEach(async () => {
  expect(disallowedCalls('deploy', await api.calls())).toEqual([]);
});

afterAll(async () => {
  await emu?.stop();
});

test('a blue/green deploy goes through the stages to SUCCESSFUL, smoke-tested through the test rule', async () => {
  // The first deploy makes the load balancer (and has no old version to test against).
  const first = await deploy({ image: ecrImage('hello', 'v1'), 'smoke-test-path': '' });
  expect(first.exitCode).toBe(0);
  lbPorts = await servedPorts();
  const run = await deploy({ image: ecrImage('hello', 'v2') });
  if (process.env.E2E_DEBUG) console.log(run.log);
  expect(run.exitCode).toBe(0);
  // At time scale 50 a stage with nothing to wait for lasts 20 ms: the watch sees some stages, not
  // every one, and the smoke test reports where production traffic was when its verdict came.
  expect(run.log).toMatch(/service deployment IN_PROGRESS, stage [A-Z_]+, production traffic \d+% new/);
  expect(run.log).toContain('service deployment SUCCESSFUL');
  expect(run.log).toMatch(
    /Smoke test passed \(expected 200-299, from stage \w+; production traffic at the verdict: \d+%/,
  );
  expect(run.outputs.strategy).toBe('blue-green');
  expect(run.outputs['traffic-shift']).toMatch(
    /^blue-green: production traffic on the new version 0% -> 100%/,
  );
  expect(Number(run.outputs['both-versions-seconds'])).toBeGreaterThan(0);
  expect(run.outputs['rolled-back']).toBe('false');
  expect(run.summary).toContain('| Strategy | blue-green |');
  expect(await runningRevision()).toMatch(/web-hello:2$/);
});

test('a version failing its smoke test is stopped with rollback, and ECS puts the previous revision back', async () => {
  const run = await deploy({ image: ecrImage('hello', 'broken') });
  if (process.env.E2E_DEBUG) console.log(run.log);
  expect(run.exitCode).toBe(1);
  expect(run.log).toMatch(/the smoke test failed: GET http:\/\/\S+\/orders answered 500, expected 200-299/);
  expect(run.log).toContain('with rollback: ECS moves the traffic back');
  expect(run.log).toContain('[rollback] service deployment ROLLBACK_SUCCESSFUL');
  expect(run.outputs['rolled-back']).toBe('true');
  expect(run.outputs['traffic-shift']).toMatch(/rolled back$/);
  // The digest shows the request made and what came back.
  expect(run.summary).toMatch(/Smoke test failed/);
  expect(run.summary).toMatch(/-> 500 in \d+ ms/);
  expect(await runningRevision()).toMatch(/web-hello:2$/);
});

/** Steady traffic through the load balancer's production rule (about 50 requests a second), until stopped. */
function steadyTraffic() {
  const answers: number[] = [];
  let running = true;
  const loop = (async () => {
    const http = await import('node:http');
    const [, local] = /80=(\d+)/.exec(lbPorts) ?? [];
    const { loadBalancers } = (await api.call('GET', 'load-balancers')) as {
      loadBalancers: { dnsName: string }[];
    };
    const host = loadBalancers[0].dnsName;
    for (let i = 0; running && i < 20_000; i++) {
      const status = await new Promise<number>((resolve) => {
        const req = http.get(
          { host: '127.0.0.1', port: Number(local ?? 80), path: '/', headers: { host } },
          (res) => {
            res.resume();
            res.on('end', () => resolve(res.statusCode ?? 0));
          },
        );
        req.setTimeout(2_000, () => req.destroy());
        req.on('error', () => resolve(0));
      });
      answers.push(status);
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  return {
    answers,
    stop: async () => {
      running = false;
      await loop;
    },
  };
}

test('a canary answering 500 to real requests is rolled back by ECS on the error alarm, and the digest names it', async () => {
  await api.behave(ecrImage('hello', 'errors'), { errorPercent: 60 });
  await api.declareImage('hello', 'errors');
  const traffic = steadyTraffic();
  let run;
  try {
    run = await deploy({
      image: ecrImage('hello', 'errors'),
      strategy: 'canary',
      'canary-percent': '50',
      'canary-bake-minutes': '5',
      'smoke-test-path': '',
    });
  } finally {
    await traffic.stop();
  }
  if (process.env.E2E_DEBUG) console.log(run.log);
  expect(run.exitCode).toBe(1);
  expect(run.log).toMatch(/ECS rolled the deployment back: the alarm \S+-5xx went into ALARM/);
  expect(run.outputs['rolled-back']).toBe('true');
  expect(run.log).toMatch(/Alarm \S+-5xx \(5xx answers above 5% of the requests in a minute/);
  // How far the canary got before the alarm depends on when the watch read; the rollback is what counts.
  expect(run.outputs['traffic-shift']).toMatch(
    /^canary: production traffic on the new version 0%.*, rolled back$/,
  );
  expect(await runningRevision()).toMatch(/web-hello:2$/);
  if (process.env.E2E_DEBUG)
    console.log(
      `traffic: ${traffic.answers.length} requests, ${traffic.answers.filter((s) => s === 500).length} answered 500`,
    );
  // Only the broken version's own 500s, none from the load balancer (no 502/503) and no refused request.
  expect(traffic.answers.filter((s) => s !== 200 && s !== 500)).toEqual([]);
});

test('a linear deploy moves production traffic step by step to SUCCESSFUL', async () => {
  await api.declareImage('hello', 'v3');
  const run = await deploy({
    image: ecrImage('hello', 'v3'),
    strategy: 'linear',
    'linear-step-percent': '50',
    'linear-step-bake-minutes': '1',
    'smoke-test-path': '',
  });
  if (process.env.E2E_DEBUG) console.log(run.log);
  expect(run.exitCode).toBe(0);
  expect(run.log).toContain('service deployment SUCCESSFUL');
  expect(run.outputs.strategy).toBe('linear');
  // ECS moved production traffic in two steps of 50 %, as the emulator's timeline records them.
  const shifts = (await api.timeline())
    .filter((e) => e.kind === 'traffic-shift' && e.detail.deploymentId === run.outputs['deployment-id'])
    .map((e) => e.detail.percent);
  expect(shifts).toEqual([50, 100]);
  // The output lists the shares the watch read, rising to 100 % (how many it saw depends on where its
  // reads fell: at time scale 50 a busy machine can start the watch when the steps are over).
  const seen = /^linear: production traffic on the new version ((?:\d+% -> )*)100%/.exec(
    run.outputs['traffic-shift'],
  );
  expect(seen).not.toBeNull();
  const path = seen![1]
    .split(' -> ')
    .filter(Boolean)
    .map((p) => parseInt(p, 10));
  expect(path.every((p, i) => [0, 50].includes(p) && (i === 0 || p > path[i - 1]))).toBe(true);
  expect(run.outputs['rolled-back']).toBe('false');
  // Revisions 3 and 4 are the broken and erroring versions the earlier tests rolled back.
  expect(await runningRevision()).toMatch(/web-hello:5$/);
});

test('a linear deploy answering 500 to real requests is rolled back by ECS on the error alarm', async () => {
  await api.behave(ecrImage('hello', 'errors-linear'), { errorPercent: 60 });
  await api.declareImage('hello', 'errors-linear');
  const traffic = steadyTraffic();
  let run;
  try {
    run = await deploy({
      image: ecrImage('hello', 'errors-linear'),
      strategy: 'linear',
      'linear-step-percent': '50',
      'linear-step-bake-minutes': '5',
      'smoke-test-path': '',
    });
  } finally {
    await traffic.stop();
  }
  if (process.env.E2E_DEBUG) console.log(run.log);
  expect(run.exitCode).toBe(1);
  expect(run.log).toMatch(/ECS rolled the deployment back: the alarm \S+-5xx went into ALARM/);
  expect(run.outputs['rolled-back']).toBe('true');
  expect(run.outputs['traffic-shift']).toMatch(/^linear: .*rolled back$/);
  expect(await runningRevision()).toMatch(/web-hello:5$/);
  expect(traffic.answers.filter((s) => s !== 200 && s !== 500)).toEqual([]);
});
