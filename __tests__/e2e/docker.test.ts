/**
 * The bundled action end to end with real containers: dist/index.js run as a runner runs it, against
 * the emulator with the Docker runtime and a real docker-registry behind ECR. The action itself builds
 * the example app (example/) and pushes it with the credentials of GetAuthorizationToken; every task is
 * a container on its own loopback address; the load balancer's data plane proxies real HTTP to them.
 *
 * Needs a Docker daemon and /usr/bin/docker-registry. Without them the file is skipped with a message,
 * except in CI (CI=true), where .ci/run installs and starts both, so their absence fails the run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DescribeServicesCommand, ECSClient } from '@aws-sdk/client-ecs';
import {
  ApplicationAutoScalingClient,
  DescribeScalingActivitiesCommand,
} from '@aws-sdk/client-application-auto-scaling';
import type { LocalRegistry } from '../../emulator/src/registry';
import { LABEL } from '../../emulator/src/runtime/docker';
import { eventually } from '../helpers/eventually';
import { admin, Emulator, ROOT, runAction, type ActionResult } from './harness';
import {
  describeWithDocker,
  request,
  servedPort as servedPortOf,
  startDockerWorld,
  type DockerWorld,
} from './docker-env';

/** Emulated seconds per real second: health checks every 0.5 s, the autoscaling evaluator every 6 s. */
const TIME_SCALE = 10;
const CLUSTER = 'e2e';
const SERVICE = 'hello';

describeWithDocker('the bundled action with real containers', dockerSuite);

function dockerSuite(): void {
  // Longer than the global timeout: a deploy with a real build, and (e)'s load of up to 90 s.
  jest.setTimeout(240_000);
  let emu: Emulator;
  let registry: LocalRegistry;
  let baseImage: string;
  let workDir: string;
  let instanceId: string;
  const emulatorLines: string[] = [];
  /** Every task address seen, to check after the stop that none still answers. */
  const taskAddresses = new Set<string>();
  let url = '';

  const clientConfig = () => ({
    endpoint: emu.url,
    region: 'us-east-1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
  });

  const deploy = (sha: string, extra: Record<string, string> = {}): Promise<ActionResult> =>
    runAction(
      {
        cluster: CLUSTER,
        service: SERVICE,
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
        'wait-for-minutes': '5',
        ...extra,
      },
      {
        endpoint: emu.url,
        workspace: ROOT,
        sha,
        // The action's `docker login` goes to a folder of its own, not the user's ~/.docker.
        env: { DOCKER_CONFIG: join(workDir, 'docker-config') },
        timeoutMs: 200_000,
      },
    );

  const explain = (run: ActionResult) => (process.env.E2E_DEBUG ? run.log : run.log.slice(-6000));

  const V1 = { sha: 'a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1', version: 'one' };
  const V2 = { sha: 'b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2', version: 'two' };
  /** The version the service last deployed successfully (failed deploys roll back to it). */
  let current: string | undefined;

  /** Deploys a version that must succeed, and remembers it and its task addresses. */
  async function deployOk(v: { sha: string; version: string }, extra: Record<string, string> = {}) {
    const run = await deploy(v.sha, { 'environment-variables': `APP_VERSION=${v.version}`, ...extra });
    if (run.exitCode !== 0) throw new Error(explain(run));
    current = v.version;
    url = run.outputs.url;
    await rememberTaskAddresses();
    return run;
  }

  /**
   * What a test needs before it starts: the service running `v`. A test run on its own deploys it
   * here; in the file's order the previous test has already left the service there.
   */
  async function serviceAt(v: { sha: string; version: string }): Promise<void> {
    if (current !== v.version) await deployOk(v);
  }

  async function service() {
    const ecs = new ECSClient(clientConfig());
    const out = await ecs.send(new DescribeServicesCommand({ cluster: CLUSTER, services: [SERVICE] }));
    return out.services![0];
  }

  function containersOf(filter: string): string[] {
    const r = spawnSync('docker', ['ps', '-aq', '--filter', filter], { timeout: 15000, encoding: 'utf8' });
    return r.stdout.split('\n').filter(Boolean);
  }

  async function rememberTaskAddresses(): Promise<void> {
    const lbs = (await admin(emu.url).call('GET', 'load-balancers')).loadBalancers as {
      targetGroups?: { targets: { id: string }[] }[];
    }[];
    for (const lb of lbs)
      for (const tg of lb.targetGroups ?? []) for (const t of tg.targets) taskAddresses.add(t.id);
  }

  /** The action's URL requested as curl would: 127.0.0.1, the port that really serves the listener, the Host header. */
  const servedPort = (pageUrl: string): Promise<number> => servedPortOf(emu.url, pageUrl);

  async function getPage(pageUrl: string): Promise<{ status: number; body: string }> {
    const u = new URL(pageUrl);
    return request(await servedPort(pageUrl), u.pathname, u.host);
  }

  let world: DockerWorld | undefined;
  beforeAll(async () => {
    world = await startDockerWorld({ timeScale: TIME_SCALE, log: (line) => emulatorLines.push(line) });
    ({ emu, registry, baseImage, workDir, instanceId } = world);
  }, 12 * 60_000);

  afterAll(async () => {
    await world?.stop();
  });

  test('(a) a first deploy built and pushed by the action answers through the load balancer', async () => {
    // The first test: the emulator and the registry are fresh.
    const run = await deployOk(V1);
    // Built here and pushed to the real registry through the ECR credentials, then pulled by the runtime.
    expect(run.log).toContain(`Pushed ${registry.host}/hello:a1a1a1a1`);
    expect(run.outputs['image-uri']).toBe(`${registry.host}/hello:${V1.sha}`);
    expect(run.outputs.url).toMatch(/^http:\/\/e2e-\d+\.us-east-1\.elb\.localhost\/$/);

    const page = await getPage(url);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<td>one</td>');
    const svc = await service();
    expect(svc.runningCount).toBe(1);
    expect(containersOf(`label=${LABEL.runtime}=${instanceId}`)).toHaveLength(1);
    expect([...taskAddresses].every((ip) => /^127\./.test(ip))).toBe(true);
  });

  test('(b) a second version replaces it: the page shows it and the old container is gone', async () => {
    await serviceAt(V1);
    const before = containersOf(`label=${LABEL.runtime}=${instanceId}`);
    expect(before).toHaveLength(1);
    const run = await deployOk(V2);
    expect(run.outputs['task-definition-arn']).toMatch(/task-definition\/e2e-hello:2$/);

    expect((await getPage(url)).body).toContain('<td>two</td>');
    // The old task drains (5 emulated s), then ECS stops it and the runtime removes its container.
    await eventually(
      `the old container ${before[0]} is removed`,
      () => containersOf(`label=${LABEL.runtime}=${instanceId}`),
      (ids) => !ids.includes(before[0]),
      { timeoutMs: 60_000, intervalMs: 500 },
    );
    expect(containersOf(`label=${LABEL.runtime}=${instanceId}`)).toHaveLength(1);
    // Several requests, all to the new version (no old target left behind the load balancer).
    for (let i = 0; i < 5; i++) expect((await getPage(url)).body).toContain('<td>two</td>');
  });

  test('(c) a version whose container exits is rolled back, with its exit code and last log lines', async () => {
    await serviceAt(V2);
    const run = await deploy('c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3', {
      'environment-variables': 'APP_VERSION=three\nFAIL_MODE=crash',
      'failed-task-threshold': '1',
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs['rolled-back']).toBe('true');
    expect(run.log).toMatch(/container hello: exit code 1/);
    expect(run.log).toContain('Essential container in task exited');
    // The container's own last line, read back from CloudWatch Logs.
    expect(run.log).toContain('FATAL cannot start version three: FAIL_MODE=crash');
    await rememberTaskAddresses();
    const page = await getPage(url);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<td>two</td>');
    expect((await service()).taskDefinition).toMatch(/e2e-hello:2$/);
  });

  test('(d) a version whose /health answers 500 is rolled back with the target health reason', async () => {
    await serviceAt(V2);
    const run = await deploy('d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4', {
      'environment-variables': 'APP_VERSION=four\nFAIL_MODE=unhealthy',
      'failed-task-threshold': '1',
    });
    if (process.env.E2E_DEBUG) console.log(run.log);
    expect(run.exitCode).toBe(1);
    expect(run.outputs['rolled-back']).toBe('true');
    expect(run.log).toMatch(/Target\.ResponseCodeMismatch|Task failed ELB health checks/);
    await rememberTaskAddresses();
    expect((await getPage(url)).body).toContain('<td>two</td>');
    expect((await service()).taskDefinition).toMatch(/e2e-hello:2$/);
  });

  test('(e) load through the load balancer raises the desired count', async () => {
    await serviceAt(V2);
    // The same commit and environment as (b): no new revision, only the scaling policy is added.
    await deployOk(V2, {
      'min-capacity': '1',
      'max-capacity': '2',
      'requests-per-target': '10',
      'cpu-target': '0',
      'scale-out-cooldown': '30',
    });
    expect((await service()).desiredCount).toBe(1);

    // Bounded load to 127.0.0.1 only: paced batches (the evaluator reads one count per emulated minute,
    // 6 s here), at most 8000 requests or 90 s, until ECS is asked for a second task.
    const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
    const port = await servedPort(url);
    const host = new URL(url).host;
    const deadline = Date.now() + 90_000;
    let sent = 0;
    let desired = 1;
    try {
      for (let batch = 0; batch < 2000 && Date.now() < deadline && desired < 2; batch++) {
        const answers = await Promise.all(Array.from({ length: 4 }, () => request(port, '/', host, agent)));
        sent += answers.length;
        expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200]);
        if (batch % 10 === 9) desired = (await service()).desiredCount ?? 1;
        await new Promise((r) => setTimeout(r, 25));
      }
    } finally {
      agent.destroy();
    }
    if (desired < 2) throw new Error(`the desired count is still ${desired} after ${sent} requests`);
    expect(desired).toBe(2);

    const aas = new ApplicationAutoScalingClient(clientConfig());
    const activities = await aas.send(
      new DescribeScalingActivitiesCommand({
        ServiceNamespace: 'ecs',
        ResourceId: `service/${CLUSTER}/${SERVICE}`,
      }),
    );
    expect(activities.ScalingActivities?.[0]?.Cause).toMatch(/AlarmHigh.*triggered policy/);
    // ECS starts the second task as a second container on its own address.
    await eventually(
      'a second task runs',
      async () => (await service()).runningCount,
      (n) => n === 2,
      {
        timeoutMs: 60_000,
        intervalMs: 500,
      },
    );
    await rememberTaskAddresses();
  });

  test('(f) after the emulator stops, no container of it remains and its addresses are released', async () => {
    // At least two task addresses to release: a first version and its replacement.
    if (taskAddresses.size < 2) {
      await serviceAt(V1);
      await serviceAt(V2);
    }
    expect(containersOf(`label=${LABEL.runtime}=${instanceId}`).length).toBeGreaterThan(0);
    const held = [...taskAddresses];
    expect(held.length).toBeGreaterThanOrEqual(2);
    await emu.stop();

    expect(containersOf(`label=${LABEL.runtime}=${instanceId}`)).toEqual([]);
    expect(containersOf(`label=${LABEL.pid}=${process.pid}`)).toEqual([]);
    expect((emu.world.runtime as unknown as { addressesInUse(): string[] }).addressesInUse()).toEqual([]);
    // No reservation file of this process is left, and nothing listens on the task addresses any more.
    const reservations = join(tmpdir(), 'ecs-emulator-addresses');
    const ours = existsSync(reservations)
      ? readdirSync(reservations).filter((ip) => {
          try {
            return readFileSync(join(reservations, ip), 'utf8').trim() === String(process.pid);
          } catch {
            return false;
          }
        })
      : [];
    expect(ours).toEqual([]);
    for (const ip of held) expect(await connects(ip, 3000)).toBe(false);
  });
}

function connects(ip: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: ip, port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(2000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}
