/**
 * Blue/green, canary, linear and rolling deployments of the bundled action with real containers and steady
 * traffic (~20 requests per second) through the emulator's load balancer, as docker.test.ts runs the
 * action: dist/index.js as a runner runs it, the Docker runtime, a real docker-registry behind ECR.
 *
 * Every request the traffic sends is counted. None may fail, except the 500s that a broken version
 * (FAIL_MODE=errors: /health passes, ERROR_PERCENT of the other requests answer 500) itself answers
 * before its error alarm trips, and those stay within what the alarm's threshold lets through.
 *
 * Needs a Docker daemon and /usr/bin/docker-registry: skipped with a message without them, except in
 * CI (CI=true), where their absence fails.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator } from '../../emulator/src/index';
import { DEFAULT_REGISTRY_BINARY, startRegistry, type LocalRegistry } from '../../emulator/src/registry';
import { acquireDockerLock, releaseDockerLock } from '../helpers/docker-lock';
import { admin, Emulator, ROOT, runAction, type ActionResult } from './harness';

beforeAll(acquireDockerLock, 13 * 60_000);
afterAll(releaseDockerLock);

/** Emulated seconds per real second: an alarm minute lasts 6 s, a health check interval of 5 s half a second. */
const TIME_SCALE = 10;
const CLUSTER = 'e2e-bg';
/** The rolling service gets a load balancer of its own (one per cluster): no host or path rules needed. */
const ROLLING_CLUSTER = 'e2e-roll';
const RATE_PER_SECOND = 20;
const ERROR_PERCENT = 50;
const INFRASTRUCTURE_ROLE = 'arn:aws:iam::000000000000:role/ecsInfrastructureRoleForLoadBalancers';

function dockerReadiness(): string | undefined {
  const info = spawnSync('docker', ['info', '--format', '{{.ServerVersion}}'], {
    timeout: 5000,
    encoding: 'utf8',
  });
  if (info.error || info.status !== 0 || !info.stdout.trim())
    return `no Docker daemon answered 'docker info' within 5 s (${info.error?.message ?? 'no output'})`;
  if (!existsSync(DEFAULT_REGISTRY_BINARY))
    return `${DEFAULT_REGISTRY_BINARY} is missing (apt-get install docker-registry)`;
  return undefined;
}

const notReady = dockerReadiness();
if (notReady && process.env.CI === 'true') {
  test('Docker and docker-registry are available in CI', () => {
    throw new Error(`the strategy tests with real containers cannot run: ${notReady}`);
  });
} else if (notReady) {
  console.warn(`skipping the strategy end-to-end tests: ${notReady}`);
  test.skip(`real containers (skipped: ${notReady})`, () => undefined);
} else {
  describe('strategies with real containers and steady traffic', strategiesSuite);
}

/** What the traffic saw: answers by status and version, the broken version's own 500s, everything else that failed. */
interface TrafficCount {
  sent: number;
  byVersion: Record<string, number>;
  brokenErrors: number;
  failures: string[];
  /** Answers (in the order they came) from another version than the answer before: many while traffic is split. */
  switches: number;
}

/**
 * Steady GET / through the load balancer (127.0.0.1, the Host header of the action's URL), at
 * RATE_PER_SECOND until stopped, at most `maxMs` (bounded). Each request waits at most 10 s.
 */
function startTraffic(port: number, host: string, maxMs: number) {
  const count: TrafficCount = { sent: 0, byVersion: {}, brokenErrors: 0, failures: [], switches: 0 };
  let lastVersion: string | undefined;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
  const pending = new Set<Promise<void>>();
  const began = Date.now();
  const once = async () => {
    count.sent++;
    const a = await get(port, '/', host, agent).catch((e: Error) => ({ status: 0, body: e.message }));
    const version = /<title>example app ([^<]+)<\/title>/.exec(a.body)?.[1];
    if (a.status === 200 && version) {
      count.byVersion[version] = (count.byVersion[version] ?? 0) + 1;
      if (lastVersion !== undefined && version !== lastVersion) count.switches++;
      lastVersion = version;
    } else if (a.status === 500 && /FAIL_MODE=errors/.test(a.body)) count.brokenErrors++;
    else count.failures.push(`${a.status} ${a.body.slice(0, 120)}`);
  };
  const timer = setInterval(() => {
    if (Date.now() - began > maxMs) return clearInterval(timer);
    const p = once().finally(() => pending.delete(p));
    pending.add(p);
  }, 1000 / RATE_PER_SECOND);
  return {
    count,
    async stop(): Promise<TrafficCount> {
      clearInterval(timer);
      await Promise.all([...pending]);
      agent.destroy();
      return count;
    },
  };
}

function get(
  port: number,
  path: string,
  host: string,
  agent: http.Agent | false,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port, path, headers: { host, ...headers }, agent }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.setTimeout(10_000, () => req.destroy(new Error(`no answer from 127.0.0.1:${port} within 10 s`)));
    req.on('error', reject);
  });
}

function strategiesSuite(): void {
  jest.setTimeout(300_000);
  let emu: Emulator;
  let registry: LocalRegistry;
  let baseImage: string;
  let workDir: string;

  const sha = (c: string) => c.repeat(40).slice(0, 40);

  const deploy = async (
    service: string,
    commit: string,
    env: string[],
    extra: Record<string, string> = {},
  ): Promise<ActionResult> =>
    runAction(
      {
        cluster: service === 'roll' ? ROLLING_CLUSTER : CLUSTER,
        service,
        context: 'example',
        'build-args': `NODE_IMAGE=${baseImage}`,
        'container-port': '3000',
        'health-check-path': '/health',
        'health-check-interval': '5',
        'health-check-timeout': '2',
        'healthy-threshold': '2',
        'unhealthy-threshold': '2',
        'deregistration-delay': '5',
        'health-check-grace-period': '10',
        'wait-for-minutes': '10',
        'desired-count': '2',
        'environment-variables': env.join('\n'),
        ...extra,
      },
      {
        endpoint: emu.url,
        workspace: ROOT,
        sha: sha(commit),
        // The smoke test is told where the emulator really serves each listener port.
        env: { DOCKER_CONFIG: join(workDir, 'docker-config'), EMULATOR_LB_PORTS: await servedPorts() },
        timeoutMs: 240_000,
      },
    );

  const explain = (run: ActionResult) => (process.env.E2E_DEBUG ? run.log : run.log.slice(-8000));
  const must = (run: ActionResult, exitCode: number) => {
    if (run.exitCode !== exitCode)
      throw new Error(`exit code ${run.exitCode}, expected ${exitCode}:\n${explain(run)}`);
    return run;
  };

  /** "80=8081,...": the local port of each load balancer listener, for the action's smoke test. */
  async function servedPorts(): Promise<string> {
    const { loadBalancers } = (await admin(emu.url).call('GET', 'load-balancers')) as {
      loadBalancers: { listeners: { port: number; localPort?: number }[] }[];
    };
    return loadBalancers
      .flatMap((lb) => lb.listeners.filter((l) => l.localPort).map((l) => `${l.port}=${l.localPort}`))
      .join(',');
  }

  /** The local port that serves the action's URL (the listener's own port may not be bindable here). */
  async function served(pageUrl: string): Promise<{ port: number; host: string }> {
    const u = new URL(pageUrl);
    const lbs = (await admin(emu.url).call('GET', 'load-balancers')).loadBalancers as {
      dnsName: string;
      listeners: { port: number; url: string }[];
    }[];
    const l = lbs
      .find((x) => x.dnsName === u.hostname)!
      .listeners.find((x) => x.port === Number(u.port || 80))!;
    return { port: Number(new URL(l.url).port || 80), host: u.host };
  }

  /** Runs a deploy under steady traffic and returns both. */
  async function underTraffic(url: string, run: () => Promise<ActionResult>) {
    const { port, host } = await served(url);
    const traffic = startTraffic(port, host, 280_000);
    try {
      return { run: await run(), traffic: await traffic.stop() };
    } catch (e) {
      await traffic.stop();
      throw e;
    }
  }

  /**
   * The 500s a broken version may answer before its alarm trips: the alarm looks at whole minutes,
   * is evaluated once a minute, and ECS reacts at once, so at most about two emulated minutes of
   * the broken version's share of the traffic; the first of them may hold the threshold's worth.
   */
  const allowedErrors = (shareOfTraffic: number) =>
    Math.ceil(((2 * 60) / TIME_SCALE) * RATE_PER_SECOND * shareOfTraffic * (ERROR_PERCENT / 100) * 1.5);

  const strategyInputs = (strategy: string, extra: Record<string, string> = {}) => ({
    strategy,
    'infrastructure-role-arn': INFRASTRUCTURE_ROLE,
    'bake-minutes': '1',
    ...extra,
  });

  beforeAll(async () => {
    workDir = mkdtempSync(join(tmpdir(), 'ecs-deploy-e2e-strategies-'));
    const base = spawnSync('bash', [join(ROOT, 'scripts', 'node-base-image.sh')], {
      timeout: 10 * 60_000,
      encoding: 'utf8',
    });
    if (base.status !== 0) throw new Error(`scripts/node-base-image.sh failed: ${base.stderr}`);
    baseImage = base.stdout.trim().split('\n').pop()!;
    registry = await startRegistry({ dataDir: join(workDir, 'registry') });
    emu = await startEmulator({
      port: 0,
      timeScale: TIME_SCALE,
      runtime: 'docker',
      registry: { host: registry.host, username: registry.username, password: registry.password },
      lbPort: 0,
      log: () => {},
    });
  }, 12 * 60_000);

  afterAll(async () => {
    await emu?.stop();
    await registry?.stop();
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  let bgUrl = '';
  /** The version the blue/green service serves (a failed deploy leaves it there). */
  let bgVersion = '';

  test('(a) a good blue/green deploy moves every request to the new version, none fails', async () => {
    const first = must(await deploy('bg', 'a1', ['APP_VERSION=one'], strategyInputs('blue-green')), 0);
    bgUrl = first.outputs.url;
    bgVersion = 'one';
    const { run, traffic } = await underTraffic(bgUrl, () =>
      deploy('bg', 'a2', ['APP_VERSION=two'], strategyInputs('blue-green', { 'smoke-test-path': '/health' })),
    );
    must(run, 0);
    bgVersion = 'two';
    console.log(`(a) traffic: ${JSON.stringify(traffic)}; traffic-shift: ${run.outputs['traffic-shift']}`);
    expect(traffic.failures).toEqual([]);
    expect(traffic.brokenErrors).toBe(0);
    expect(traffic.byVersion.one).toBeGreaterThan(0);
    expect(traffic.byVersion.two).toBeGreaterThan(0);
    // One cut-over, not a mix: at most a few answers from requests in flight at the switch.
    expect(traffic.switches).toBeLessThanOrEqual(5);
    expect(run.outputs.strategy).toBe('blue-green');
    expect(run.outputs['traffic-shift']).toBeTruthy();
    expect(Number(run.outputs['both-versions-seconds'])).toBeGreaterThan(0);
    const { port, host } = await served(bgUrl);
    for (let i = 0; i < 10; i++) expect((await get(port, '/', host, false)).body).toContain('<td>two</td>');
  });

  test('(b) a green that fails its smoke test is rolled back; no request fails but its own 500s', async () => {
    expect(bgUrl).not.toBe('');
    const { run, traffic } = await underTraffic(bgUrl, () =>
      deploy(
        'bg',
        'b3',
        ['APP_VERSION=three', 'FAIL_MODE=errors', 'ERROR_PERCENT=100'],
        strategyInputs('blue-green', { 'smoke-test-path': '/' }),
      ),
    );
    console.log(`(b) traffic: ${JSON.stringify(traffic)}`);
    must(run, 1);
    expect(run.outputs['rolled-back']).toBe('true');
    expect(run.log).toMatch(/smoke/i);
    expect(traffic.failures).toEqual([]);
    // The smoke test runs when the watch first sees the test rule on green; ECS moves production
    // traffic a few emulated seconds later unless a lifecycle hook holds it, so the broken green may
    // answer a few production requests before the rollback.
    expect(traffic.brokenErrors).toBeLessThanOrEqual(allowedErrors(1));
    expect(Object.keys(traffic.byVersion)).toEqual([bgVersion]);
    const { port, host } = await served(bgUrl);
    for (let i = 0; i < 10; i++)
      expect((await get(port, '/', host, false)).body).toContain(`<td>${bgVersion}</td>`);
  });

  test('(c) a canary that answers 500 to real requests is rolled back by its error alarm', async () => {
    expect(bgUrl).not.toBe('');
    const canaryShare = 0.2;
    const { run, traffic } = await underTraffic(bgUrl, () =>
      deploy(
        'bg',
        'c4',
        ['APP_VERSION=four', 'FAIL_MODE=errors', `ERROR_PERCENT=${ERROR_PERCENT}`],
        strategyInputs('canary', { 'canary-percent': String(canaryShare * 100), 'canary-bake-minutes': '2' }),
      ),
    );
    console.log(`(c) traffic: ${JSON.stringify(traffic)}; allowed 500s: ${allowedErrors(canaryShare)}`);
    must(run, 1);
    expect(run.outputs['rolled-back']).toBe('true');
    expect(run.log).toMatch(/alarm/i);
    expect(traffic.failures).toEqual([]);
    expect(traffic.brokenErrors).toBeGreaterThan(0);
    expect(traffic.brokenErrors).toBeLessThanOrEqual(allowedErrors(canaryShare));
    const { port, host } = await served(bgUrl);
    for (let i = 0; i < 10; i++)
      expect((await get(port, '/', host, false)).body).toContain(`<td>${bgVersion}</td>`);
  });

  test('(d) a good linear deploy moves traffic in steps to the new version, none fails', async () => {
    expect(bgUrl).not.toBe('');
    const { run, traffic } = await underTraffic(bgUrl, () =>
      deploy(
        'bg',
        'd6',
        ['APP_VERSION=six'],
        strategyInputs('linear', { 'linear-step-percent': '50', 'linear-step-bake-minutes': '1' }),
      ),
    );
    console.log(`(d) traffic: ${JSON.stringify(traffic)}; traffic-shift: ${run.outputs['traffic-shift']}`);
    must(run, 0);
    expect(run.outputs.strategy).toBe('linear');
    // ECS's reported share at each step, and the traffic itself split between the versions.
    expect(run.outputs['traffic-shift']).toMatch(
      /^linear: production traffic on the new version 0% -> 50% -> 100%/,
    );
    expect(traffic.switches).toBeGreaterThanOrEqual(10);
    expect(traffic.failures).toEqual([]);
    expect(traffic.brokenErrors).toBe(0);
    expect(traffic.byVersion[bgVersion]).toBeGreaterThan(0);
    expect(traffic.byVersion.six).toBeGreaterThan(0);
    bgVersion = 'six';
    const { port, host } = await served(bgUrl);
    for (let i = 0; i < 10; i++) expect((await get(port, '/', host, false)).body).toContain('<td>six</td>');
  });

  test('(e) a linear deploy that answers 500 to real requests is rolled back by its error alarm', async () => {
    expect(bgUrl).not.toBe('');
    const stepShare = 0.5;
    const { run, traffic } = await underTraffic(bgUrl, () =>
      deploy(
        'bg',
        'e7',
        ['APP_VERSION=seven', 'FAIL_MODE=errors', `ERROR_PERCENT=${ERROR_PERCENT}`],
        // A step long enough for the alarm to judge whole minutes of the step's traffic.
        strategyInputs('linear', {
          'linear-step-percent': String(stepShare * 100),
          'linear-step-bake-minutes': '4',
        }),
      ),
    );
    console.log(`(e) traffic: ${JSON.stringify(traffic)}; allowed 500s: ${allowedErrors(stepShare)}`);
    must(run, 1);
    expect(run.outputs['rolled-back']).toBe('true');
    expect(run.outputs['traffic-shift']).toMatch(/^linear: .*rolled back$/);
    expect(run.log).toMatch(/alarm/i);
    expect(traffic.failures).toEqual([]);
    expect(traffic.brokenErrors).toBeGreaterThan(0);
    expect(traffic.brokenErrors).toBeLessThanOrEqual(allowedErrors(stepShare));
    const { port, host } = await served(bgUrl);
    for (let i = 0; i < 10; i++)
      expect((await get(port, '/', host, false)).body).toContain(`<td>${bgVersion}</td>`);
  });

  test('(f) a rolling deploy that answers 500 to real requests is rolled back by its error alarm', async () => {
    const first = must(await deploy('roll', 'd1', ['APP_VERSION=one']), 0);
    const { run, traffic } = await underTraffic(first.outputs.url, () =>
      deploy('roll', 'd5', ['APP_VERSION=five', 'FAIL_MODE=errors', `ERROR_PERCENT=${ERROR_PERCENT}`]),
    );
    console.log(`(f) traffic: ${JSON.stringify(traffic)}; allowed 500s: ${allowedErrors(1)}`);
    must(run, 1);
    expect(run.outputs['rolled-back']).toBe('true');
    expect(run.log).toMatch(/alarm/i);
    expect(traffic.failures).toEqual([]);
    expect(traffic.brokenErrors).toBeGreaterThan(0);
    expect(traffic.brokenErrors).toBeLessThanOrEqual(allowedErrors(1));
    const { port, host } = await served(first.outputs.url);
    for (let i = 0; i < 10; i++) expect((await get(port, '/', host, false)).body).toContain('<td>one</td>');
  });
}
