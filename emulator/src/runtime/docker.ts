import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {
  ProbeResult,
  ResourceUsage,
  RuntimeContainerSpec,
  RuntimeTaskEvents,
  RuntimeTaskSpec,
  TaskRuntime,
} from '../core/runtime';
import type { World } from '../core/world';
import { intToIpv4 } from '../core/ipv4';
import {
  type CliResult,
  DEFAULT_ADDRESS_POOL,
  containerName,
  dockerRunArgs,
  httpProbe,
  imageRegistryHost,
  ipInPool,
  lastLine,
  lineSplitter,
  orderForNetwork,
  parsePool,
  processAlive,
  runCli,
  usageFromStats,
  withTimeout,
} from './docker-args';
import { HealthChecker } from './docker-health';

// The pure parts and the health checker are modules of their own; the runtime's users import them here.
export {
  containerName,
  dockerAvailable,
  dockerRunArgs,
  httpProbe,
  imageRegistryHost,
  orderForNetwork,
  parsePool,
  parseSize,
  usageFromStats,
} from './docker-args';
export { HealthChecker, healthCommand } from './docker-health';
import { startRegistry, type LocalRegistry, type StartRegistryOptions } from '../registry';

/**
 * Tasks as real containers on the local Docker daemon, driven through the Docker CLI.
 *
 * awsvpc gives every Fargate task an ENI with its own private IP; here every task gets its own
 * loopback address from 127.1.0.0/16 (all of 127.0.0.0/8 is the loopback on Linux) and its
 * container ports are published on that address only, so two tasks of one service both listen on
 * port 3000 like two Fargate tasks do, and the address is the task's private IP and target id.
 */

export interface DockerRuntimeOptions {
  /** Loopback CIDR the task addresses come from. */
  addressPool?: string;
  /** The Docker CLI. */
  docker?: string;
  /**
   * Where address reservations are kept, one file per address holding the owner's pid: several
   * emulators (parallel test workers) share one daemon and must not publish on the same address.
   */
  reservationDir?: string;
  /** Diagnostics of the runtime itself (not container output). */
  log?: (line: string) => void;
  /**
   * The local registry that backs ECR. By default the runtime starts one (docker-registry, storage in
   * a temporary folder removed at shutdown) and sets `world.registry` once it answers, unless the world
   * has a registry by then; `false` leaves `world.registry` to the caller.
   */
  registry?: false | (Omit<StartRegistryOptions, 'dataDir'> & { dataDir?: string });
}

/** Labels on every container the runtime creates: how leftovers are found and removed. */
export const LABEL = {
  managed: 'ecs-emulator.managed',
  runtime: 'ecs-emulator.runtime',
  pid: 'ecs-emulator.pid',
  host: 'ecs-emulator.host',
  taskArn: 'ecs-emulator.task-arn',
  taskId: 'ecs-emulator.task-id',
  family: 'ecs-emulator.family',
  container: 'ecs-emulator.container',
} as const;

const DEFAULT_STOP_TIMEOUT_S = 30;
const PULL_TIMEOUT_MS = 10 * 60 * 1000;
const CLI_TIMEOUT_MS = 60 * 1000;
const LOG_DRAIN_TIMEOUT_MS = 5000;

interface ContainerRecord {
  spec: RuntimeContainerSpec;
  dockerName: string;
  id?: string;
  /** Resolves with the exit code when the container stops, whoever stopped it. */
  exited?: Promise<{ exitCode: number | null; oomKilled: boolean }>;
  /** Resolves when `docker logs -f` has delivered the last line. */
  logsDrained?: Promise<void>;
  processes: ChildProcess[];
  health?: HealthChecker;
}

interface TaskRecord {
  spec: RuntimeTaskSpec;
  events: RuntimeTaskEvents;
  containers: ContainerRecord[];
  stopping: boolean;
  launched: Promise<void>;
}

export class DockerRuntime implements TaskRuntime {
  readonly kind = 'docker' as const;
  /** Labels this instance's containers (shutdown removes exactly these). */
  readonly instanceId = randomBytes(6).toString('hex');
  private readonly docker: string;
  private readonly pool: { first: number; count: number };
  private readonly poolCidr: string;
  private readonly reservationDir: string;
  private readonly log: (line: string) => void;
  private readonly tasks = new Map<string, TaskRecord>();
  private readonly reserved = new Set<string>();
  private cursor = 0;
  private readonly pulls = new Map<string, Promise<void>>();
  private dockerConfigDir?: string;
  private loggedIn = new Set<string>();
  /** Settles once leftovers of crashed runs are removed and the registry (if started) answers; tasks start after it. */
  readonly ready: Promise<void>;
  private ownRegistry?: { registry: LocalRegistry; tempDir?: string };

  constructor(
    private readonly world: World,
    opts: DockerRuntimeOptions = {},
  ) {
    this.docker = opts.docker ?? 'docker';
    this.poolCidr = opts.addressPool ?? DEFAULT_ADDRESS_POOL;
    this.pool = parsePool(this.poolCidr);
    this.reservationDir = opts.reservationDir ?? path.join(os.tmpdir(), 'ecs-emulator-addresses');
    this.log = opts.log ?? (() => undefined);
    const leftovers = this.removeLeftovers().catch((err: Error) =>
      this.log(`could not look for leftover containers: ${err.message}`),
    );
    const registry =
      opts.registry === false
        ? Promise.resolve()
        : this.startOwnRegistry(opts.registry ?? {}).catch((err: Error) =>
            this.log(`no local registry for ECR (images must then exist locally): ${err.message}`),
          );
    this.ready = Promise.all([leftovers, registry]).then(() => undefined);
  }

  private async startOwnRegistry(
    o: Omit<StartRegistryOptions, 'dataDir'> & { dataDir?: string },
  ): Promise<void> {
    const tempDir = o.dataDir ? undefined : mkdtempSync(path.join(os.tmpdir(), 'ecs-emulator-registry-'));
    try {
      const registry = await startRegistry({ ...o, dataDir: o.dataDir ?? (tempDir as string) });
      this.ownRegistry = { registry, tempDir };
      // A registry given to the emulator explicitly (world.registry set meanwhile) wins.
      this.world.registry ??= {
        host: registry.host,
        username: registry.username,
        password: registry.password,
      };
      this.log(
        `local registry for ECR at ${registry.host}${registry.auth ? '' : ' (no auth: no bcrypt tool found)'}`,
      );
    } catch (err) {
      if (tempDir) rmSync(tempDir, { recursive: true, force: true });
      throw err;
    }
  }

  /** The registry this runtime started, if any (host, credentials, storage folder, log file). */
  get registry(): LocalRegistry | undefined {
    return this.ownRegistry?.registry;
  }

  // Addresses
  allocateAddress(_subnetCidr: string): string {
    mkdirSync(this.reservationDir, { recursive: true });
    for (let i = 0; i < this.pool.count; i++) {
      const ip = intToIpv4(this.pool.first + ((this.cursor + i) % this.pool.count));
      if (this.reserved.has(ip)) continue;
      if (this.reserve(ip)) {
        // Round robin, not lowest-free: an address just released is not handed out again soon, so a
        // late second release of it (scheduler and stopTask both release) cannot free a new owner's.
        this.cursor = (this.cursor + i + 1) % this.pool.count;
        return ip;
      }
    }
    throw new Error(`no free loopback address left in ${this.poolCidr} (each running task holds one)`);
  }

  releaseAddress(ip: string): void {
    if (!this.reserved.delete(ip)) return;
    const file = path.join(this.reservationDir, ip);
    try {
      if (readFileSync(file, 'utf8').trim() === String(process.pid)) unlinkSync(file);
    } catch {
      // already gone
    }
  }

  /** Addresses this runtime holds now (for tests and the admin API). */
  addressesInUse(): string[] {
    return [...this.reserved];
  }

  private reserve(ip: string): boolean {
    const file = path.join(this.reservationDir, ip);
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const fd = openSync(file, 'wx', 0o644);
        writeSync(fd, String(process.pid));
        closeSync(fd);
        this.reserved.add(ip);
        return true;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
        let owner = NaN;
        try {
          owner = Number(readFileSync(file, 'utf8').trim());
        } catch {
          // removed meanwhile: try again
        }
        if (Number.isInteger(owner) && owner > 0 && processAlive(owner)) return false;
        try {
          unlinkSync(file); // the owner crashed without releasing it
        } catch {
          // someone else took it over first
        }
      }
    }
    return false;
  }

  // Tasks
  async startTask(spec: RuntimeTaskSpec, events: RuntimeTaskEvents): Promise<void> {
    if (this.tasks.has(spec.taskArn)) throw new Error(`task ${spec.taskArn} is already running`);
    if (spec.containers.length === 0) throw new Error(`task ${spec.taskArn} has no containers`);
    // A task restored from a saved state comes with an address this runtime did not hand out.
    if (!this.reserved.has(spec.ip) && ipInPool(spec.ip, this.pool)) this.reserve(spec.ip);
    const task: TaskRecord = {
      spec,
      events,
      containers: orderForNetwork(spec.containers).map((c) => ({
        spec: c,
        dockerName: containerName(spec.taskId, c.name),
        processes: [],
      })),
      stopping: false,
      launched: Promise.resolve(),
    };
    this.tasks.set(spec.taskArn, task);
    // Pulling can take long; the scheduler hears of the outcome through the events.
    task.launched = this.launch(task).catch((err: Error) => this.log(`task ${spec.taskId}: ${err.message}`));
  }

  private async launch(task: TaskRecord): Promise<void> {
    await this.ready;
    const { spec, events } = task;
    for (const c of task.containers) {
      if (task.stopping) return;
      try {
        await this.ensureImage(c.spec.image);
      } catch (err) {
        if (task.stopping) return;
        events.onContainerExit(c.spec.name, null, `CannotPullContainerError: ${(err as Error).message}`);
        return;
      }
    }
    const owner = task.containers[0];
    for (const c of task.containers) {
      if (task.stopping) return;
      const args = dockerRunArgs(spec, c.spec, {
        dockerName: c.dockerName,
        networkOwner: c === owner ? undefined : owner.dockerName,
        publishPorts: c === owner ? task.containers.flatMap((x) => x.spec.portMappings) : [],
        region: this.world.region,
        labels: this.labels(spec, c.spec),
      });
      const r = await this.cli(args, { timeoutMs: CLI_TIMEOUT_MS });
      if (r.code !== 0) {
        await this.removeContainers(task.containers.map((x) => x.dockerName));
        if (task.stopping) return;
        events.onContainerExit(
          c.spec.name,
          null,
          `CannotStartContainerError: ${lastLine(r.stderr) || `docker run exited with ${r.code}`}`,
        );
        return;
      }
      c.id = r.stdout.trim();
      // Watching starts right away so that an immediate crash is neither missed nor reported before RUNNING.
      c.exited = this.watchExit(c);
      c.logsDrained = this.followLogs(task, c);
    }
    if (task.stopping) return;
    events.onRunning();
    for (const c of task.containers) {
      if (c.spec.healthCheck && c.id && events.onHealth) {
        const onHealth = events.onHealth.bind(events);
        c.health = new HealthChecker(
          c.spec.healthCheck,
          this.world.clock,
          (cmd, timeoutMs) => this.cli(['exec', c.id as string, ...cmd], { timeoutMs }),
          (status) => {
            if (!task.stopping) onHealth(c.spec.name, status);
          },
        );
        c.health.start();
      }
      void c.exited?.then(async ({ exitCode, oomKilled }) => {
        c.health?.stop();
        if (task.stopping) return;
        await withTimeout(c.logsDrained ?? Promise.resolve(), LOG_DRAIN_TIMEOUT_MS);
        if (task.stopping) return;
        events.onContainerExit(
          c.spec.name,
          exitCode,
          oomKilled ? 'OutOfMemoryError: Container killed due to memory usage' : undefined,
        );
      });
    }
  }

  async stopTask(taskArn: string): Promise<{ exitCodes: Record<string, number | null> }> {
    const task = this.tasks.get(taskArn);
    if (!task) return { exitCodes: {} };
    task.stopping = true;
    await task.launched;
    for (const c of task.containers) c.health?.stop();
    const exitCodes: Record<string, number | null> = {};
    await Promise.all(
      task.containers.map(async (c) => {
        exitCodes[c.spec.name] = null;
        if (!c.id || !c.exited) return;
        const timeout = Math.max(0, Math.round(c.spec.stopTimeout ?? DEFAULT_STOP_TIMEOUT_S));
        // docker stop: SIGTERM (or the image's STOPSIGNAL), SIGKILL after the timeout, as ECS does.
        await this.cli(['stop', '-t', String(timeout), c.id], { timeoutMs: (timeout + 30) * 1000 });
        const exit = await withTimeout(c.exited, 10000);
        exitCodes[c.spec.name] = exit ? exit.exitCode : await this.inspectExitCode(c.id);
        await withTimeout(c.logsDrained ?? Promise.resolve(), LOG_DRAIN_TIMEOUT_MS);
      }),
    );
    await this.removeContainers(task.containers.map((c) => c.id ?? c.dockerName));
    for (const c of task.containers) for (const p of c.processes) if (p.exitCode === null) p.kill('SIGKILL');
    this.tasks.delete(taskArn);
    this.releaseAddress(task.spec.ip);
    return { exitCodes };
  }

  // Images
  /**
   * ECS pulls on every task start, so a moved tag is honoured; images from the emulator's registry are
   * pulled with its credentials, other images are used when present locally (the machine is offline).
   */
  private ensureImage(image: string): Promise<void> {
    const inFlight = this.pulls.get(image);
    if (inFlight) return inFlight;
    const p = this.pullImage(image).finally(() => this.pulls.delete(image));
    this.pulls.set(image, p);
    return p;
  }

  private async pullImage(image: string): Promise<void> {
    const registry = this.world.registry;
    const host = imageRegistryHost(image);
    if (registry && host === registry.host) {
      const config = this.privateDockerConfig();
      const key = `${registry.host}\n${registry.username}\n${registry.password}`;
      if (!this.loggedIn.has(key)) {
        const login = await this.cli(
          ['--config', config, 'login', '--username', registry.username, '--password-stdin', registry.host],
          {
            input: registry.password,
            timeoutMs: CLI_TIMEOUT_MS,
          },
        );
        if (login.code !== 0) throw new Error(`login to ${registry.host} failed: ${lastLine(login.stderr)}`);
        this.loggedIn.add(key);
      }
      const pull = await this.cli(['--config', config, 'pull', '--quiet', image], {
        timeoutMs: PULL_TIMEOUT_MS,
      });
      if (pull.code !== 0) throw new Error(`pull ${image}: ${lastLine(pull.stderr) || `exit ${pull.code}`}`);
      return;
    }
    const local = await this.cli(['image', 'inspect', '--format', '{{.Id}}', image], {
      timeoutMs: CLI_TIMEOUT_MS,
    });
    if (local.code === 0) return;
    const pull = await this.cli(['pull', '--quiet', image], { timeoutMs: PULL_TIMEOUT_MS });
    if (pull.code !== 0) throw new Error(`pull ${image}: ${lastLine(pull.stderr) || `exit ${pull.code}`}`);
  }

  /** Registry credentials stay out of the user's ~/.docker/config.json. */
  private privateDockerConfig(): string {
    this.dockerConfigDir ??= mkdtempSync(path.join(os.tmpdir(), 'ecs-emulator-docker-'));
    return this.dockerConfigDir;
  }

  // Watching
  private watchExit(c: ContainerRecord): Promise<{ exitCode: number | null; oomKilled: boolean }> {
    const id = c.id as string;
    return new Promise((resolve) => {
      const child = spawn(this.docker, ['wait', id], { stdio: ['ignore', 'pipe', 'pipe'] });
      c.processes.push(child);
      let out = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
      child.stderr.resume();
      child.on('error', () => undefined);
      child.on('close', () => {
        void (async () => {
          const state = await this.inspectState(id);
          const waited = Number.parseInt(out.trim(), 10);
          resolve({
            exitCode: Number.isInteger(waited) ? waited : (state?.exitCode ?? null),
            oomKilled: state?.oomKilled ?? false,
          });
        })();
      });
    });
  }

  private followLogs(task: TaskRecord, c: ContainerRecord): Promise<void> {
    return new Promise((resolve) => {
      const child = spawn(this.docker, ['logs', '--follow', c.id as string], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      c.processes.push(child);
      const emit = (stream: 'stdout' | 'stderr') => (line: string) => {
        try {
          task.events.onLog(c.spec.name, line, stream);
        } catch (err) {
          this.log(`onLog failed: ${(err as Error).message}`);
        }
      };
      const out = lineSplitter(emit('stdout'));
      const err = lineSplitter(emit('stderr'));
      child.stdout.on('data', (d: Buffer) => out.push(d));
      child.stderr.on('data', (d: Buffer) => err.push(d));
      child.on('error', () => resolve());
      child.on('close', () => {
        out.end();
        err.end();
        resolve();
      });
    });
  }

  private async inspectState(id: string): Promise<{ exitCode: number; oomKilled: boolean } | undefined> {
    const r = await this.cli(['inspect', '--format', '{{.State.ExitCode}} {{.State.OOMKilled}}', id], {
      timeoutMs: CLI_TIMEOUT_MS,
    });
    if (r.code !== 0) return undefined;
    const [code, oom] = r.stdout.trim().split(' ');
    const exitCode = Number.parseInt(code, 10);
    return Number.isInteger(exitCode) ? { exitCode, oomKilled: oom === 'true' } : undefined;
  }

  private async inspectExitCode(id: string): Promise<number | null> {
    return (await this.inspectState(id))?.exitCode ?? null;
  }

  // Probes and metrics
  probe(ip: string, port: number, urlPath: string, timeoutMs: number): Promise<ProbeResult> {
    return httpProbe(ip, port, urlPath, timeoutMs);
  }

  async usage(taskArn: string): Promise<ResourceUsage | undefined> {
    const task = this.tasks.get(taskArn);
    const ids = task?.containers.map((c) => c.id).filter((id): id is string => Boolean(id)) ?? [];
    if (!task || task.stopping || ids.length === 0) return undefined;
    const r = await this.cli(['stats', '--no-stream', '--format', '{{json .}}', ...ids], {
      timeoutMs: 20000,
    });
    if (r.code !== 0) return undefined;
    return usageFromStats(r.stdout, task.spec.cpu, task.spec.memory);
  }

  // Cleanup
  async shutdown(): Promise<void> {
    const tasks = [...this.tasks.values()];
    for (const t of tasks) {
      t.stopping = true;
      for (const c of t.containers) c.health?.stop();
    }
    // A launch between two `docker run`s sees `stopping` and gives up; wait (bounded) so that what it
    // created is in place for the sweep below.
    await withTimeout(Promise.allSettled(tasks.map((t) => t.launched)), 15000);
    const ids = await this.listContainers([`label=${LABEL.runtime}=${this.instanceId}`]);
    await this.removeContainers(ids);
    for (const t of tasks)
      for (const c of t.containers) for (const p of c.processes) if (p.exitCode === null) p.kill('SIGKILL');
    this.tasks.clear();
    for (const ip of [...this.reserved]) this.releaseAddress(ip);
    if (this.dockerConfigDir) rmSync(this.dockerConfigDir, { recursive: true, force: true });
    this.dockerConfigDir = undefined;
    this.loggedIn.clear();
    await this.ready;
    if (this.ownRegistry) {
      const { registry, tempDir } = this.ownRegistry;
      this.ownRegistry = undefined;
      await registry.stop();
      if (this.world.registry?.host === registry.host) this.world.registry = undefined;
      if (tempDir) rmSync(tempDir, { recursive: true, force: true });
    }
  }

  /** Containers of runtimes whose process is gone (a crashed or killed emulator on this machine). */
  private async removeLeftovers(): Promise<void> {
    const r = await this.cli(
      [
        'ps',
        '-a',
        '--filter',
        `label=${LABEL.managed}=true`,
        '--format',
        `{{.ID}}\t{{.Label "${LABEL.pid}"}}\t{{.Label "${LABEL.host}"}}`,
      ],
      { timeoutMs: CLI_TIMEOUT_MS },
    );
    if (r.code !== 0) throw new Error(lastLine(r.stderr) || `docker ps exited with ${r.code}`);
    const orphans = r.stdout
      .split('\n')
      .map((l) => l.split('\t'))
      .filter(([id, pid, host]) => id && host === os.hostname() && !processAlive(Number(pid)))
      .map(([id]) => id);
    if (orphans.length) {
      this.log(`removing ${orphans.length} container(s) left over by an emulator that is gone`);
      await this.removeContainers(orphans);
    }
  }

  private async listContainers(filters: string[]): Promise<string[]> {
    const r = await this.cli(['ps', '-a', '-q', ...filters.flatMap((f) => ['--filter', f])], {
      timeoutMs: CLI_TIMEOUT_MS,
    });
    return r.code === 0 ? r.stdout.split('\n').filter(Boolean) : [];
  }

  private async removeContainers(idsOrNames: string[]): Promise<void> {
    if (idsOrNames.length === 0) return;
    // -v: anonymous volumes of the image go with the container, as the task's storage does on Fargate.
    await this.cli(['rm', '-f', '-v', ...idsOrNames], { timeoutMs: CLI_TIMEOUT_MS });
  }

  private labels(spec: RuntimeTaskSpec, c: RuntimeContainerSpec): Record<string, string> {
    return {
      [LABEL.managed]: 'true',
      [LABEL.runtime]: this.instanceId,
      [LABEL.pid]: String(process.pid),
      [LABEL.host]: os.hostname(),
      [LABEL.taskArn]: spec.taskArn,
      [LABEL.taskId]: spec.taskId,
      [LABEL.family]: spec.family,
      [LABEL.container]: c.name,
    };
  }

  private cli(args: string[], opts: { input?: string; timeoutMs: number }): Promise<CliResult> {
    return runCli(this.docker, args, opts);
  }
}
