/**
 * The watch's verdicts, end to end: the bundled action against the emulator (simulated runtime),
 * with the action's timers and clock running at the emulator's time scale (the benchmarks' preload,
 * bench/lib/scaled-timers.cjs), so that its grace periods and ECS's last as long as each other.
 *
 * - a slow start that is unhealthy inside its grace period is left alone and ends healthy;
 * - a crash while starting and a health check answering 500 are judged failed on the first piece of
 *   definite evidence, and the digest says "judged failed because ...";
 * - a deploy started right after another one sends its UpdateService while the previous
 *   deployment's old targets still drain (twice in a row: the third run finds two deployments
 *   unfinished, both only draining).
 *
 * No timing is asserted: what happened, and in which order, is read from the emulator's call log and
 * timeline.
 */
import { join } from 'node:path';
import { DescribeServicesCommand, ECSClient } from '@aws-sdk/client-ecs';
import { startEmulator } from '../../emulator/src/index';
import { admin, ecrImage, Emulator, ROOT, runAction } from './harness';

const TIME_SCALE = 20;
let emu: Emulator;
let api: ReturnType<typeof admin>;

/** Each test has a cluster of its own (and so a load balancer of its own), with one service, hello. */
const base = { service: 'hello', 'container-port': '3000', 'wait-for-minutes': '10' };
const scaled = {
  BENCH_TIME_SCALE: String(TIME_SCALE),
  NODE_OPTIONS: `--require ${join(ROOT, 'bench', 'lib', 'scaled-timers.cjs')}`,
};
const deploy = (cluster: string, inputs: Record<string, string>) =>
  runAction({ ...base, cluster, ...inputs }, { endpoint: emu.url, env: scaled, timeoutMs: 100_000 });

interface Call {
  at: string;
  operation: string;
  status: number;
}
interface Event {
  at: string;
  kind: string;
  resource: string;
  detail: Record<string, unknown>;
}
const calls = async (): Promise<Call[]> => (await api.call('GET', 'calls')).calls;
const timeline = async (): Promise<Event[]> => (await api.call('GET', 'timeline')).events;
const ms = (iso: string) => Date.parse(iso);

async function taskDefinitionOf(cluster: string): Promise<string | undefined> {
  const ecs = new ECSClient({
    endpoint: emu.url,
    region: 'us-east-1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
  });
  const out = await ecs.send(new DescribeServicesCommand({ cluster, services: ['hello'] }));
  return out.services?.[0]?.taskDefinition;
}

/** Deploys v1 to a fresh cluster's service, which every test then moves on from. */
async function freshService(cluster: string, inputs: Record<string, string> = {}): Promise<void> {
  const run = await deploy(cluster, { image: ecrImage('hello', 'v1'), ...inputs });
  if (run.exitCode !== 0) throw new Error(`deploying v1 to ${cluster} failed:\n${run.log.slice(-4000)}`);
}

beforeAll(async () => {
  emu = await startEmulator({ port: 0, timeScale: TIME_SCALE, runtime: 'simulated' });
  api = admin(emu.url);
  for (const tag of ['v1', 'v2', 'v3', 'v4', 'crash', 'sick', 'slow']) await api.declareImage('hello', tag);
  await api.behave(ecrImage('hello', 'crash'), { crashAfterSeconds: 2, exitCode: 3 });
  await api.behave(ecrImage('hello', 'sick'), { healthStatus: 500 });
  // Fails its first two health checks (its target turns unhealthy), then passes: healthy about 31 s
  // after it started, inside a 60 s grace period.
  await api.behave(ecrImage('hello', 'slow'), { healthyAfterSeconds: 20 });
});

afterAll(async () => {
  await emu?.stop();
});

test('a slow start, unhealthy inside its grace period, is left alone and ends healthy', async () => {
  await freshService('slow', { 'health-check-grace-period': '60' });
  const since = Date.now();
  const run = await deploy('slow', { image: ecrImage('hello', 'slow'), 'health-check-grace-period': '60' });
  if (run.exitCode !== 0) console.log(run.log.slice(-4000));
  expect(run.exitCode).toBe(0);
  expect(run.outputs['rolled-back']).not.toBe('true');
  // The control is meaningful only if the target really was unhealthy on the way.
  const health = (await timeline()).filter((e) => e.kind === 'target-health' && ms(e.at) >= since);
  expect(health.some((e) => e.detail.state === 'unhealthy')).toBe(true);
  expect(run.log).not.toContain('judged failed');
  const updates = (await calls()).filter((c) => c.operation === 'UpdateService' && ms(c.at) >= since);
  expect(updates).toHaveLength(1);
  expect(await taskDefinitionOf('slow')).toMatch(/slow-hello:2$/);
});

test.each([
  [
    'crash',
    'an image that crashes 2 s after start',
    /judged failed because task \w+ stopped .* inside its 30 s health-check grace period: container \w+ exited with code 3/,
  ],
  ['sick', 'a health check that answers 500', /judged failed because .*wrong status code/],
])('%s: %s is judged failed, and the digest says why', async (tag, _what, reason) => {
  const cluster = `verdict-${tag}`;
  await freshService(cluster);
  const run = await deploy(cluster, { image: ecrImage('hello', tag) });
  expect(run.exitCode).toBe(1);
  expect(run.log).toMatch(reason);
  expect(run.summary).toMatch(reason);
  expect(run.outputs['rolled-back']).toBe('true');
  expect(await taskDefinitionOf(cluster)).toMatch(new RegExp(`${cluster}-hello:1$`));
});

/**
 * The targets serving or draining just before `beforeMs` (the ones a deployment sent then replaces
 * or is already draining): for each, when it began draining and when it was gone (undefined: not yet).
 */
function drainOf(events: Event[], beforeMs: number): Map<string, { drainingAt?: number; goneAt?: number }> {
  const health = events.filter((e) => e.kind === 'target-health');
  const last = new Map<string, string>();
  for (const e of health.filter((e) => ms(e.at) < beforeMs))
    last.set(String(e.detail.target), String(e.detail.state));
  const out = new Map<string, { drainingAt?: number; goneAt?: number }>();
  for (const [target, state] of last) if (state === 'healthy' || state === 'draining') out.set(target, {});
  for (const e of health) {
    const drain = out.get(String(e.detail.target));
    if (!drain) continue;
    if (e.detail.state === 'draining') drain.drainingAt ??= ms(e.at);
    if (e.detail.state === 'unused' && ms(e.at) >= beforeMs) drain.goneAt ??= ms(e.at);
  }
  return out;
}

test('back-to-back: a run started right after another sends its UpdateService while the old targets still drain', async () => {
  // A long deregistration delay (15 minutes, 45 s of wall time) keeps the old targets draining well
  // past two runs' start-up on a busy machine.
  // Without the error alarm: with it, ECS keeps each deployment in progress for the alarm's bake
  // after the drain, and the next run waits for it (docs/deploying.md, "Back-to-back deploys").
  const drain = { 'deregistration-delay': '900', 'rollback-on-errors': 'false' };
  await freshService('b2b', drain);
  const updates: { atMs: number; log: string }[] = [];
  for (const tag of ['v2', 'v3', 'v4']) {
    const since = Date.now();
    const run = await deploy('b2b', { image: ecrImage('hello', tag), ...drain });
    if (run.exitCode !== 0) throw new Error(`deploying ${tag} failed:\n${run.log.slice(-4000)}`);
    const update = (await calls()).find(
      (c) => c.operation === 'UpdateService' && c.status < 300 && ms(c.at) >= since,
    );
    updates.push({ atMs: ms(update!.at), log: run.log });
  }
  // This cluster's target group only (the other tests' targets are in the timeline too).
  const events = (await timeline()).filter((e) => e.resource.includes(':targetgroup/b2b-'));
  // v2 replaced v1; v3 was sent while v1's targets drained, v4 while v1's and v2's did.
  for (const [i, next] of [updates[1], updates[2]].entries()) {
    const replaced = drainOf(events, updates[i].atMs);
    expect(replaced.size).toBeGreaterThan(0);
    for (const [target, d] of replaced) {
      expect({
        target,
        drainingBeforeNextUpdate: d.drainingAt !== undefined && d.drainingAt < next.atMs,
      }).toEqual({
        target,
        drainingBeforeNextUpdate: true,
      });
      expect({ target, goneBeforeNextUpdate: d.goneAt !== undefined && d.goneAt <= next.atMs }).toEqual({
        target,
        goneBeforeNextUpdate: false,
      });
    }
    expect(next.log).toContain('only its old targets are still draining, so ours starts now');
    expect(next.log).not.toContain('Waiting for it to finish before starting ours');
  }
  expect(await taskDefinitionOf('b2b')).toMatch(/b2b-hello:4$/);
});
