/**
 * Zero downtime, with real containers: a two-task service of the example app (example/) behind the
 * emulator's load balancer, and a load generator sending about 20 requests per second to the load
 * balancer (127.0.0.1 and the Host header, as curl would) while the bundled dist/index.js deploys:
 *
 * (a) a good update: no request fails, and the new version answers (only it, once the run is over);
 * (b) an update whose /health fails, and (c) one whose container exits at start, both rolled back:
 *     no request fails, and the broken version never answers.
 *
 * A failed request is a connection error, a timeout or a 5xx. The counts are printed (see
 * docs/reliability.md, "Zero downtime"). Emulated time runs 10 times faster than real time, the
 * health checks every 5 emulated s and the deregistration delay of 5 emulated s keep the file short.
 */
import http from 'node:http';
import { join } from 'node:path';
import { DescribeServicesCommand, ECSClient } from '@aws-sdk/client-ecs';
import { runAction, ROOT, type ActionResult } from './harness';
import { describeWithDocker, request, servedPort, startDockerWorld, type DockerWorld } from './docker-env';

const TIME_SCALE = 10;
const CLUSTER = 'zd';
const SERVICE = 'hello';
/** About 20 requests per second. */
const REQUEST_EVERY_MS = 50;
/** Bound of one load run, whatever happens to the deploy. */
const LOAD_LIMIT_MS = 200_000;

interface Answer {
  /** When the request was sent (epoch ms). */
  at: number;
  status?: number;
  version?: string;
  error?: string;
}

interface LoadCounts {
  sent: number;
  ok: number;
  failed: Answer[];
  /** Answers per version of the app. */
  versions: Record<string, number>;
  answers: Answer[];
}

/**
 * Sends one GET / every REQUEST_EVERY_MS (not waiting for the previous one), alternately over a
 * keep-alive agent and on a connection of its own, until stopped or LOAD_LIMIT_MS have passed;
 * `stop` waits for the requests in flight.
 */
function startLoad(port: number, host: string) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
  const inFlight = new Set<Promise<void>>();
  const answers: Answer[] = [];
  const started = Date.now();
  const timer = setInterval(() => {
    if (Date.now() - started > LOAD_LIMIT_MS) return clearInterval(timer);
    const answer: Answer = { at: Date.now() };
    answers.push(answer);
    // Every other request on a new connection: both kinds of client cross the deployment.
    const p = request(port, '/', host, answers.length % 2 ? agent : undefined).then(
      (r) => {
        answer.status = r.status;
        answer.version = /<th>version<\/th><td>([^<]*)<\/td>/.exec(r.body)?.[1];
      },
      (error: unknown) => {
        answer.error = error instanceof Error ? error.message : String(error);
      },
    );
    inFlight.add(p);
    void p.finally(() => inFlight.delete(p));
  }, REQUEST_EVERY_MS);
  return {
    async stop(): Promise<LoadCounts> {
      clearInterval(timer);
      await Promise.all([...inFlight]);
      agent.destroy();
      const failed = answers.filter((a) => a.error !== undefined || (a.status ?? 0) >= 500);
      const versions: Record<string, number> = {};
      for (const a of answers) if (a.version) versions[a.version] = (versions[a.version] ?? 0) + 1;
      return { sent: answers.length, ok: answers.length - failed.length, failed, versions, answers };
    },
  };
}

const describeFailures = (failed: Answer[]) =>
  failed
    .slice(0, 10)
    .map((a) => `${new Date(a.at).toISOString()} ${a.error ?? `HTTP ${a.status}`}`)
    .join('\n');

describeWithDocker('zero downtime under load, with real containers', () => {
  // A deploy with a real build and its rollback, under load.
  jest.setTimeout(240_000);
  let world: DockerWorld;
  let url = '';
  const printed: string[] = [];

  const deploy = (sha: string, env: string, extra: Record<string, string> = {}): Promise<ActionResult> =>
    runAction(
      {
        cluster: CLUSTER,
        service: SERVICE,
        context: 'example',
        'build-args': `NODE_IMAGE=${world.baseImage}`,
        'container-port': '3000',
        'environment-variables': env,
        'health-check-path': '/health',
        'health-check-interval': '5',
        'health-check-timeout': '2',
        'healthy-threshold': '2',
        'unhealthy-threshold': '2',
        'deregistration-delay': '5',
        'health-check-grace-period': '10',
        'failed-task-threshold': '1',
        'wait-for-minutes': '5',
        ...extra,
      },
      {
        endpoint: world.emu.url,
        workspace: ROOT,
        sha,
        env: { DOCKER_CONFIG: join(world.workDir, 'docker-config') },
        timeoutMs: 200_000,
      },
    );

  const explain = (run: ActionResult) => (process.env.E2E_DEBUG ? run.log : run.log.slice(-6000));

  async function service() {
    const ecs = new ECSClient({
      endpoint: world.emu.url,
      region: 'us-east-1',
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    });
    const out = await ecs.send(new DescribeServicesCommand({ cluster: CLUSTER, services: [SERVICE] }));
    return out.services![0];
  }

  /** Runs `deploy` under load, and keeps the load on for 2 s after the run ends. */
  async function underLoad(what: string, deployment: () => Promise<ActionResult>) {
    const u = new URL(url);
    const load = startLoad(await servedPort(world.emu.url, url), u.host);
    const run = await deployment();
    const runEnded = Date.now();
    await new Promise((r) => setTimeout(r, 2000));
    const counts = await load.stop();
    const line = `${what}: ${counts.sent} requests sent, ${counts.failed.length} failed, answers by version ${JSON.stringify(counts.versions)}, deploy ${(run.durationMs / 1000).toFixed(0)} s, exit code ${run.exitCode}`;
    printed.push(line);
    console.log(line + (counts.failed.length ? `\nfirst failures:\n${describeFailures(counts.failed)}` : ''));
    return { run, counts, afterRun: counts.answers.filter((a) => a.at >= runEnded) };
  }

  beforeAll(async () => {
    world = await startDockerWorld({ timeScale: TIME_SCALE });
    const run = await deploy('0d0d0d0d0d0d0d0d0d0d0d0d0d0d0d0d0d0d0d0d', 'APP_VERSION=one', {
      'desired-count': '2',
    });
    if (run.exitCode !== 0) throw new Error(explain(run));
    url = run.outputs.url;
  }, 12 * 60_000);

  afterAll(async () => {
    await world?.stop();
    if (printed.length) console.log(printed.join('\n'));
  });

  test('(a) a good update: no request fails, and the new version answers', async () => {
    expect((await service()).runningCount).toBe(2);
    const { run, counts, afterRun } = await underLoad('good update', () =>
      deploy('1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d', 'APP_VERSION=two'),
    );
    if (run.exitCode !== 0) throw new Error(explain(run));
    expect(counts.sent).toBeGreaterThan(100);
    expect(counts.failed).toEqual([]);
    expect(counts.versions.two).toBeGreaterThan(0);
    // Once the run has ended, only the new version answers.
    expect(afterRun.length).toBeGreaterThan(10);
    expect(afterRun.every((a) => a.version === 'two')).toBe(true);
    expect((await service()).runningCount).toBe(2);
  });

  test.each([
    ['(b) an update whose /health fails', 'unhealthy', 'three', '2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d'],
    ['(c) an update whose container exits', 'crash', 'four', '3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d'],
  ])(
    '%s is rolled back: no request fails, the broken version never answers',
    async (_what, mode, version, sha) => {
      const before = (await service()).taskDefinition;
      const { run, counts } = await underLoad(`broken update (FAIL_MODE=${mode}), rolled back`, () =>
        deploy(sha, `APP_VERSION=${version}\nFAIL_MODE=${mode}`),
      );
      expect(run.exitCode).toBe(1);
      expect(run.outputs['rolled-back']).toBe('true');
      expect(counts.sent).toBeGreaterThan(100);
      expect(counts.failed).toEqual([]);
      expect(counts.versions[version]).toBeUndefined();
      expect(Object.keys(counts.versions).length).toBe(1);
      expect((await service()).taskDefinition).toBe(before);
    },
  );
});
