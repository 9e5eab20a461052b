import type { World, ImageBehaviour } from '../core/world';
import { intToIpv4, ipv4ToInt } from '../core/ipv4';
import type {
  ProbeResult,
  ResourceUsage,
  RuntimeTaskEvents,
  RuntimeTaskSpec,
  TaskRuntime,
} from '../core/runtime';

interface SimContainer {
  name: string;
  image: string;
  essential: boolean;
  ports: number[];
  behaviour: ImageBehaviour;
  state: 'starting' | 'running' | 'exited';
  exitCode: number | null;
  /** Still inside its `healthyAfterSeconds`: failing its health checks. */
  startingSlowly?: boolean;
  /** Requests forwarded to it so far, to spread `errorPercent` evenly. */
  requests: number;
}

interface SimTask {
  spec: RuntimeTaskSpec;
  events: RuntimeTaskEvents;
  containers: SimContainer[];
  cancels: (() => void)[];
  running: boolean;
}

/** Default emulated start-up of a simulated container (image pull and process start). */
const DEFAULT_START_SECONDS = 2;
/** A simulated container takes this long to honour SIGTERM. */
const STOP_SECONDS = 1;

/**
 * Tasks without containers: each container behaves as the admin API said its image behaves
 * (world.behaviourOf): how long it takes to start, whether and when it exits, what it answers to
 * health checks, what it prints, how busy it is. Every delay goes through the world clock.
 */
export class SimulatedRuntime implements TaskRuntime {
  readonly kind = 'simulated' as const;
  private readonly tasks = new Map<string, SimTask>();
  private readonly taskByIp = new Map<string, string>();
  private readonly allocated = new Set<string>();
  private readonly nextOffset = new Map<string, number>();

  constructor(private readonly world: World) {}

  allocateAddress(subnetCidr: string): string {
    const [base, bitsText] = subnetCidr.split('/');
    const bits = Number(bitsText);
    const network = ipv4ToInt(base);
    if (network === undefined || !(bits >= 8 && bits <= 30))
      throw new Error(`Invalid subnet CIDR ${subnetCidr}`);
    const size = 2 ** (32 - bits);
    const start = (network & (~(size - 1) >>> 0)) >>> 0;
    // AWS reserves the first four addresses of a subnet and the last one.
    const usable = size - 5;
    const offset = this.nextOffset.get(subnetCidr) ?? 0;
    for (let i = 0; i < usable; i++) {
      const ip = intToIpv4(start + 4 + ((offset + i) % usable));
      if (!this.allocated.has(ip)) {
        this.allocated.add(ip);
        this.nextOffset.set(subnetCidr, (offset + i + 1) % usable);
        return ip;
      }
    }
    throw new Error(`No free address left in subnet ${subnetCidr}`);
  }

  releaseAddress(ip: string): void {
    this.allocated.delete(ip);
  }

  async startTask(spec: RuntimeTaskSpec, events: RuntimeTaskEvents): Promise<void> {
    if (this.tasks.has(spec.taskArn)) throw new Error(`Task ${spec.taskArn} is already running`);
    const task: SimTask = {
      spec,
      events,
      cancels: [],
      running: false,
      containers: spec.containers.map((c) => ({
        name: c.name,
        image: c.image,
        essential: c.essential,
        ports: c.portMappings.map((p) => p.containerPort),
        behaviour: this.world.behaviourOf(c.image),
        state: 'starting',
        exitCode: null,
        requests: 0,
      })),
    };
    this.tasks.set(spec.taskArn, task);
    this.taskByIp.set(spec.ip, spec.taskArn);
    for (const c of task.containers) {
      const startMs = (c.behaviour.startSeconds ?? DEFAULT_START_SECONDS) * 1000;
      this.later(task, startMs, () => this.containerStarted(task, c));
    }
  }

  private later(task: SimTask, emulatedMs: number, fn: () => void): void {
    task.cancels.push(this.world.clock.schedule(emulatedMs, fn));
  }

  private containerStarted(task: SimTask, c: SimContainer): void {
    if (c.state !== 'starting') return;
    c.state = 'running';
    if (c.behaviour.healthyAfterSeconds) {
      c.startingSlowly = true;
      this.later(task, c.behaviour.healthyAfterSeconds * 1000, () => (c.startingSlowly = false));
    }
    for (const line of c.behaviour.logLines ?? []) task.events.onLog(c.name, line, 'stdout');
    const spec = task.spec.containers.find((x) => x.name === c.name);
    if (spec?.healthCheck) {
      // A container health check follows the image's health behaviour (HEALTHY unless it answers an error).
      const delayMs = ((spec.healthCheck.startPeriod ?? 0) + (spec.healthCheck.interval ?? 30)) * 1000;
      this.later(task, delayMs, () => {
        if (c.state !== 'running') return;
        task.events.onHealth?.(c.name, this.healthAnswer(c) === 200 ? 'HEALTHY' : 'UNHEALTHY');
      });
    }
    if (c.behaviour.crashAfterSeconds !== undefined) {
      this.later(task, c.behaviour.crashAfterSeconds * 1000, () => {
        if (c.state !== 'running') return;
        c.state = 'exited';
        c.exitCode = c.behaviour.exitCode ?? 1;
        task.events.onLog(c.name, `process exited with code ${c.exitCode}`, 'stderr');
        task.events.onContainerExit(c.name, c.exitCode);
      });
    }
    if (!task.running && task.containers.every((x) => !x.essential || x.state === 'running')) {
      task.running = true;
      task.events.onRunning();
    }
  }

  async stopTask(taskArn: string): Promise<{ exitCodes: Record<string, number | null> }> {
    const task = this.tasks.get(taskArn);
    if (!task) return { exitCodes: {} };
    for (const cancel of task.cancels) cancel();
    task.cancels = [];
    const wasRunning = task.containers.some((c) => c.state === 'running');
    if (wasRunning) await this.world.clock.delay(STOP_SECONDS * 1000);
    const exitCodes: Record<string, number | null> = {};
    for (const c of task.containers) {
      // A container that handles SIGTERM exits 0; one that never started has no exit code.
      if (c.state === 'running') c.exitCode = 0;
      c.state = 'exited';
      exitCodes[c.name] = c.exitCode;
    }
    this.forget(task);
    return { exitCodes };
  }

  private forget(task: SimTask): void {
    this.tasks.delete(task.spec.taskArn);
    if (this.taskByIp.get(task.spec.ip) === task.spec.taskArn) this.taskByIp.delete(task.spec.ip);
  }

  async probe(ip: string, port: number, _path: string, timeoutMs: number): Promise<ProbeResult> {
    const began = this.world.clock.nowMs();
    const arn = this.taskByIp.get(ip);
    const task = arn ? this.tasks.get(arn) : undefined;
    const container = task?.containers.find((c) => c.state === 'running' && c.ports.includes(port));
    if (!container) return { error: 'refused', durationMs: this.world.clock.nowMs() - began };
    const status = this.healthAnswer(container);
    if (status === 'timeout') {
      await this.world.clock.delay(timeoutMs);
      return { error: 'timeout', durationMs: this.world.clock.nowMs() - began };
    }
    return { statusCode: status, durationMs: this.world.clock.nowMs() - began };
  }

  answerRequest(ip: string, port: number): number | undefined {
    const arn = this.taskByIp.get(ip);
    const task = arn ? this.tasks.get(arn) : undefined;
    const c = task?.containers.find((x) => x.state === 'running' && x.ports.includes(port));
    if (!c) return undefined;
    const n = c.requests++;
    // The n-th request fails when it carries the running count of failures past a whole number:
    // exactly errorPercent % of any long enough run, without randomness.
    const p = c.behaviour.errorPercent ?? 0;
    return Math.floor(((n + 1) * p) / 100) > Math.floor((n * p) / 100) ? 500 : 200;
  }

  /** What the container answers a health check now: its image's status, or a failure while it is still starting slowly. */
  private healthAnswer(c: SimContainer): number | 'timeout' {
    const status = c.behaviour.healthStatus ?? 200;
    // A slow starter answers `healthStatus` (503 unless that is a failure) until it is ready, then 200.
    if (c.behaviour.healthyAfterSeconds !== undefined)
      return c.startingSlowly ? (status === 200 ? 503 : status) : 200;
    return status;
  }

  async usage(taskArn: string): Promise<ResourceUsage | undefined> {
    const task = this.tasks.get(taskArn);
    if (!task || !task.running) return undefined;
    const running = task.containers.filter((c) => c.state === 'running');
    if (!running.length) return undefined;
    const avg = (pick: (b: ImageBehaviour) => number | undefined, fallback: number) =>
      running.reduce((sum, c) => sum + (pick(c.behaviour) ?? fallback), 0) / running.length;
    return { cpuPercent: avg((b) => b.cpuPercent, 5), memoryPercent: avg((b) => b.memoryPercent, 10) };
  }

  async shutdown(): Promise<void> {
    for (const task of this.tasks.values()) for (const cancel of task.cancels) cancel();
    this.tasks.clear();
    this.taskByIp.clear();
    this.allocated.clear();
  }
}
