import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DockerRuntime, LABEL } from '../../../emulator/src/runtime/docker';
import {
  startRegistry,
  listTags,
  getManifest,
  pingV2,
  type LocalRegistry,
} from '../../../emulator/src/registry';
import type {
  RuntimeContainerSpec,
  RuntimeTaskEvents,
  RuntimeTaskSpec,
} from '../../../emulator/src/core/runtime';
import { World } from '../../../emulator/src/core/world';
import {
  buildBusyboxImage,
  buildExampleImage,
  containersLabelled,
  dockerTestEnvironment,
  pushImage,
  removeImageTags,
  runLabelledContainer,
} from './docker-helpers';
import { eventually } from '../../helpers/eventually';
import { acquireDockerLock, releaseDockerLock } from '../../helpers/docker-lock';

// One real-container suite at a time (see the helper): held from before this suite's setup to after its cleanup.
beforeAll(acquireDockerLock, 13 * 60_000);
afterAll(releaseDockerLock);

/** Real containers run on real time: waits are bounded polls. */
// Containers start in about a second; the bound leaves room for a loaded 2-core machine.
const CONTAINERS = { timeoutMs: 60_000, intervalMs: 100 };

const env = dockerTestEnvironment();
if (!env.ok) {
  console.warn(
    `Skipping the Docker runtime tests: ${env.reason}. Install docker.io and docker-registry and start dockerd to run them.`,
  );
}
const describeDocker = env.ok ? describe : process.env.CI === 'true' ? describe : describe.skip;

interface Recorded {
  running: boolean;
  exits: { name: string; exitCode: number | null; reason?: string }[];
  logs: { name: string; line: string; stream: string }[];
  health: { name: string; status: string }[];
}

function recorder(): RuntimeTaskEvents & { rec: Recorded } {
  const rec: Recorded = { running: false, exits: [], logs: [], health: [] };
  return {
    rec,
    onRunning: () => (rec.running = true),
    onContainerExit: (name, exitCode, reason) => rec.exits.push({ name, exitCode, reason }),
    onLog: (name, line, stream) => rec.logs.push({ name, line, stream }),
    onHealth: (name, status) => rec.health.push({ name, status }),
  };
}

let seq = 0;
function taskSpec(runtime: DockerRuntime, containers: RuntimeContainerSpec[]): RuntimeTaskSpec {
  const taskId = `${Date.now().toString(16)}${(seq++).toString(16)}${process.pid.toString(16)}`;
  return {
    taskArn: `arn:aws:ecs:us-east-1:000000000000:task/runtime-test/${taskId}`,
    taskId,
    family: 'runtime-test',
    ip: runtime.allocateAddress('10.0.0.0/24'),
    cpu: 256,
    memory: 512,
    containers,
  };
}

describeDocker('DockerRuntime with the local daemon', () => {
  let dataDir: string;
  let reservationDir: string;
  let registry: LocalRegistry;
  let world: World;
  let runtime: DockerRuntime;
  let busybox: string;
  let example: string;

  beforeAll(async () => {
    if (!env.ok) throw new Error(`CI=true but the Docker runtime tests cannot run: ${env.reason}`);
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'runtime-test-'));
    reservationDir = path.join(dataDir, 'addresses');
    registry = await startRegistry({ dataDir: path.join(dataDir, 'registry') });
    busybox = `${registry.host}/runtime-test/busybox:1`;
    example = `${registry.host}/runtime-test/example:1`;
    // Built once for the whole file: the vfs storage driver makes every build and push slow.
    buildBusyboxImage(busybox);
    buildExampleImage(example);
    pushImage(busybox, registry);
    pushImage(example, registry);
    world = new World({
      timeScale: 1,
      runtime: (w) => new DockerRuntime(w, { reservationDir, registry: false }),
    });
    world.registry = { host: registry.host, username: registry.username, password: registry.password };
    runtime = world.runtime as DockerRuntime;
  });

  afterAll(async () => {
    await runtime?.shutdown();
    await registry?.stop();
    if (busybox && example) removeImageTags([busybox, example]);
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('the registry holds the pushed images, behind auth', async () => {
    expect(registry.auth).toBe(true);
    expect(await listTags(registry, 'runtime-test/example')).toEqual(['1']);
    const m = await getManifest(registry, 'runtime-test/busybox', '1');
    expect(m?.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(m?.imageSizeInBytes).toBeGreaterThan(500000);
    expect(m?.pushedAt?.getTime()).toBeGreaterThan(Date.now() - 10 * 60 * 1000);
    await expect(listTags({ ...registry, password: 'wrong' }, 'runtime-test/example')).rejects.toThrow(/401/);
  });

  it('runs the example app on its own loopback address: health, logs, container health check, usage, SIGTERM', async () => {
    const events = recorder();
    const spec = taskSpec(runtime, [
      {
        name: 'web',
        image: example,
        essential: true,
        environment: [
          { name: 'APP_VERSION', value: 'v-test' },
          { name: 'ENVIRONMENT', value: 'rehearsal' },
        ],
        portMappings: [{ containerPort: 3000 }],
        stopTimeout: 10,
        healthCheck: {
          command: [
            'CMD',
            'node',
            '-e',
            "fetch('http://127.0.0.1:3000/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))",
          ],
          interval: 1,
          timeout: 5,
          retries: 3,
        },
      },
    ]);
    expect(spec.ip).toMatch(/^127\.1\./);
    await runtime.startTask(spec, events);
    await eventually('RUNNING', () => events.rec.running, undefined, CONTAINERS);
    await eventually(
      'the app to listen',
      () => events.rec.logs.some((l) => l.line.includes('listening on port 3000')),
      undefined,
      CONTAINERS,
    );

    const health = await runtime.probe(spec.ip, 3000, '/health', 2000);
    expect(health.statusCode).toBe(200);
    // The address is the task's own: nothing answers there on another address of the pool.
    expect((await runtime.probe('127.1.255.254', 3000, '/health', 2000)).error).toBe('refused');
    await eventually(
      'a request log line',
      () => events.rec.logs.some((l) => l.line.includes('GET /health 200') && l.stream === 'stdout'),
      undefined,
      CONTAINERS,
    );
    await eventually(
      'HEALTHY',
      () => events.rec.health.some((h) => h.status === 'HEALTHY'),
      undefined,
      CONTAINERS,
    );

    const usage = await runtime.usage(spec.taskArn);
    expect(usage).toBeDefined();
    expect(usage!.memoryPercent).toBeGreaterThan(0);
    // A share of the task's CPU: between none and all of it (an idle app may use none).
    expect(usage!.cpuPercent).toBeGreaterThanOrEqual(0);
    expect(usage!.cpuPercent).toBeLessThanOrEqual(100);

    const { exitCodes } = await runtime.stopTask(spec.taskArn);
    expect(exitCodes).toEqual({ web: 0 }); // the app handles SIGTERM and exits 0
    expect(events.rec.logs.some((l) => l.line.includes('SIGTERM received'))).toBe(true);
    expect(events.rec.exits).toEqual([]); // stopped, not exited by itself
    expect(containersLabelled(`${LABEL.taskArn}=${spec.taskArn}`)).toEqual([]);
    expect(runtime.addressesInUse()).not.toContain(spec.ip);
    expect(existsSync(path.join(reservationDir, spec.ip))).toBe(false);
  });

  it('reports a container that exits by itself with its exit code, after its last log lines', async () => {
    const events = recorder();
    const spec = taskSpec(runtime, [
      {
        name: 'app',
        image: busybox,
        essential: true,
        environment: [{ name: 'WHY', value: 'boom' }],
        portMappings: [],
        command: ['/busybox', 'sh', '-c', 'echo starting; echo "fatal: $WHY" >&2; exit 3'],
      },
    ]);
    await runtime.startTask(spec, events);
    await eventually('the exit', () => events.rec.exits.length > 0, undefined, CONTAINERS);
    expect(events.rec.running).toBe(true);
    expect(events.rec.exits).toEqual([{ name: 'app', exitCode: 3, reason: undefined }]);
    expect(events.rec.logs).toEqual(
      expect.arrayContaining([
        { name: 'app', line: 'starting', stream: 'stdout' },
        { name: 'app', line: 'fatal: boom', stream: 'stderr' },
      ]),
    );
    const { exitCodes } = await runtime.stopTask(spec.taskArn);
    expect(exitCodes).toEqual({ app: 3 });
  });

  it("runs the example app's broken release: FAIL_MODE=crash exits 1 with its reason logged", async () => {
    const events = recorder();
    const spec = taskSpec(runtime, [
      {
        name: 'web',
        image: example,
        essential: true,
        environment: [{ name: 'FAIL_MODE', value: 'crash' }],
        portMappings: [{ containerPort: 3000 }],
      },
    ]);
    await runtime.startTask(spec, events);
    await eventually('the exit', () => events.rec.exits.length > 0, undefined, CONTAINERS);
    expect(events.rec.exits).toEqual([{ name: 'web', exitCode: 1, reason: undefined }]);
    expect(events.rec.logs.some((l) => l.stream === 'stderr' && l.line.includes('FAIL_MODE=crash'))).toBe(
      true,
    );
    await runtime.stopTask(spec.taskArn);
  });

  it('shares one network namespace between the containers of a task, and kills what ignores SIGTERM', async () => {
    const events = recorder();
    const spec = taskSpec(runtime, [
      {
        name: 'web',
        image: busybox,
        essential: true,
        environment: [],
        portMappings: [{ containerPort: 3000 }],
        stopTimeout: 1,
      },
      {
        name: 'sidecar',
        image: busybox,
        essential: false,
        environment: [],
        portMappings: [],
        stopTimeout: 1,
        // localhost is the web container's: awsvpc gives the task one network namespace.
        command: [
          '/busybox',
          'sh',
          '-c',
          'for i in 1 2 3 4 5 6 7 8 9 10; do /busybox wget -q -O - http://127.0.0.1:3000/ && break; sleep 0.3; done; exec /busybox sleep 600',
        ],
      },
    ]);
    await runtime.startTask(spec, events);
    await eventually(
      'the sidecar to read the page',
      () => events.rec.logs.some((l) => l.name === 'sidecar' && l.line === 'hello from busybox'),
      undefined,
      CONTAINERS,
    );
    expect((await runtime.probe(spec.ip, 3000, '/index.html', 2000)).statusCode).toBe(200);
    const { exitCodes } = await runtime.stopTask(spec.taskArn);
    // Both run as PID 1 without a SIGTERM handler: the signal is ignored and SIGKILL follows.
    expect(exitCodes).toEqual({ web: 137, sidecar: 137 });
  });

  it('reports a failing container health check as UNHEALTHY', async () => {
    const events = recorder();
    const spec = taskSpec(runtime, [
      {
        name: 'web',
        image: busybox,
        essential: true,
        environment: [],
        portMappings: [{ containerPort: 3000 }],
        stopTimeout: 1,
        healthCheck: {
          command: ['CMD', '/busybox', 'wget', '-q', '-O', '/dev/null', 'http://127.0.0.1:3000/missing'],
          interval: 1,
          timeout: 2,
          retries: 2,
        },
      },
    ]);
    await runtime.startTask(spec, events);
    await eventually(
      'UNHEALTHY',
      () => events.rec.health.some((h) => h.status === 'UNHEALTHY'),
      undefined,
      CONTAINERS,
    );
    expect(events.rec.health[0]).toEqual({ name: 'web', status: 'UNHEALTHY' });
    await runtime.stopTask(spec.taskArn);
  });

  it('reports an image the registry does not have as CannotPullContainerError', async () => {
    const events = recorder();
    const spec = taskSpec(runtime, [
      {
        name: 'app',
        image: `${registry.host}/runtime-test/busybox:missing`,
        essential: true,
        environment: [],
        portMappings: [],
      },
    ]);
    await runtime.startTask(spec, events);
    await eventually('the pull failure', () => events.rec.exits.length > 0, undefined, CONTAINERS);
    expect(events.rec.running).toBe(false);
    expect(events.rec.exits[0]).toMatchObject({
      name: 'app',
      exitCode: null,
      reason: expect.stringMatching(/^CannotPullContainerError: /),
    });
    expect(await runtime.stopTask(spec.taskArn)).toEqual({ exitCodes: { app: null } });
  });

  it('starts its own registry for ECR by default, and stops it at shutdown', async () => {
    const own = new World({ runtime: (w) => new DockerRuntime(w, { reservationDir }) });
    const ownRuntime = own.runtime as DockerRuntime;
    await ownRuntime.ready;
    expect(own.registry?.host).toBe(ownRuntime.registry?.host);
    expect(own.registry?.username).toBe('AWS');
    const host = own.registry!.host;
    expect(await pingV2(host, 2000)).toBe(401);
    expect(await pingV2(host, 2000, own.registry)).toBe(200);
    await ownRuntime.shutdown();
    expect(own.registry).toBeUndefined();
    expect(await pingV2(host, 1000)).toBeUndefined();
  });

  it('shutdown removes every container it started and frees the addresses; a new runtime removes leftovers of dead runs', async () => {
    const events = recorder();
    const spec = taskSpec(runtime, [
      {
        name: 'web',
        image: busybox,
        essential: true,
        environment: [],
        portMappings: [{ containerPort: 3000 }],
      },
    ]);
    await runtime.startTask(spec, events);
    await eventually('RUNNING', () => events.rec.running, undefined, CONTAINERS);
    expect(containersLabelled(`${LABEL.runtime}=${runtime.instanceId}`)).toHaveLength(1);
    await runtime.shutdown();
    expect(containersLabelled(`${LABEL.runtime}=${runtime.instanceId}`)).toEqual([]);
    expect(runtime.addressesInUse()).toEqual([]);
    expect(existsSync(path.join(reservationDir, spec.ip))).toBe(false);
    expect(events.rec.exits).toEqual([]);

    // A container of an emulator process that no longer exists (pid 999999999 cannot be alive).
    const orphan = runLabelledContainer(busybox, {
      [LABEL.managed]: 'true',
      [LABEL.pid]: '999999999',
      [LABEL.host]: os.hostname(),
      [LABEL.runtime]: 'crashed',
    });
    const fresh = new DockerRuntime(world, { reservationDir, registry: false });
    await fresh.ready;
    expect(containersLabelled(`${LABEL.runtime}=crashed`)).toEqual([]);
    expect(orphan).toMatch(/^[0-9a-f]{64}$/);
    await fresh.shutdown();
  });
});
