import { Clock, type ClockChoice } from './clock';
import type { TaskRuntime } from './runtime';
import type {
  AcmContract,
  AutoScalingContract,
  CloudWatchContract,
  Ec2Contract,
  EcrContract,
  EcsContract,
  Elbv2Contract,
  LogsContract,
} from './contracts';

/** One line of the admin timeline: something that happened inside the emulated account. */
export interface TimelineEvent {
  at: string; // ISO time
  kind: string; // e.g. task-state, target-health, deployment, rollback, scaling, service-event
  resource: string; // ARN or id
  detail: Record<string, unknown>;
}

/** One AWS call as the admin call log shows it. */
export interface CallRecord {
  at: string;
  service: string; // signing name
  operation: string;
  status: number;
  errorCode?: string;
  durationMs: number;
}

/** How a simulated image behaves (admin API: PUT /_emulator/images). Healthy is the default. */
export interface ImageBehaviour {
  /** Emulated seconds from PENDING to RUNNING. */
  startSeconds?: number;
  /** Exit by itself after this many emulated seconds of RUNNING. */
  crashAfterSeconds?: number;
  exitCode?: number;
  /** Answers health checks with this status (e.g. 500), or not at all ('timeout'). */
  healthStatus?: number | 'timeout';
  /**
   * A slow start: for its first N emulated seconds of running the container fails its health checks
   * (answering `healthStatus` when that is a failure, else 503) and answers 200 afterwards.
   */
  healthyAfterSeconds?: number;
  /**
   * A broken version that passes its health checks: this percentage (0..100) of the requests the load
   * balancer forwards to it are answered 500, spread evenly (with 25, every fourth request), while
   * health checks keep their own answer.
   */
  errorPercent?: number;
  /** Lines the container prints at start (go to CloudWatch Logs). */
  logLines?: string[];
  /** Simulated usage, for autoscaling tests. */
  cpuPercent?: number;
  memoryPercent?: number;
}

export interface WorldOptions {
  accountId?: string;
  region?: string;
  timeScale?: number;
  /** 'real' (the default) or 'virtual': time moves only when a test calls `world.clock.advance`/`runUntil`. */
  clock?: ClockChoice;
  /** The task runtime, or a factory for runtimes that need the world itself (SimulatedRuntime). */
  runtime: TaskRuntime | ((world: World) => TaskRuntime);
}

/**
 * The emulated AWS account: every service's state, the clock, the task runtime and the admin records.
 * Each state is held under its contract (core/contracts.ts): services reach each other only through
 * those methods (e.g. `world.ec2.getSubnet`, `world.logs.append`, `world.elbv2.registerTargets`).
 */
export class World {
  readonly accountId: string;
  readonly region: string;
  readonly clock: Clock;
  runtime: TaskRuntime;
  readonly timeline: TimelineEvent[] = [];
  readonly calls: CallRecord[] = [];
  readonly imageBehaviours = new Map<string, ImageBehaviour>();
  /** A real local registry backing ECR (Docker runtime); absent with the simulated runtime alone. */
  registry?: { host: string; username: string; password: string };

  // Assigned by createWorld (emulator/src/world-factory.ts) once every service state exists.
  ecs!: EcsContract;
  elbv2!: Elbv2Contract;
  autoscaling!: AutoScalingContract;
  ec2!: Ec2Contract;
  logs!: LogsContract;
  ecr!: EcrContract;
  cloudwatch!: CloudWatchContract;
  acm!: AcmContract;

  constructor(opts: WorldOptions) {
    this.accountId = opts.accountId ?? '000000000000';
    this.region = opts.region ?? 'us-east-1';
    this.clock = new Clock({ timeScale: opts.timeScale ?? 1, virtual: opts.clock === 'virtual' });
    this.runtime = typeof opts.runtime === 'function' ? opts.runtime(this) : opts.runtime;
  }

  record(kind: string, resource: string, detail: Record<string, unknown> = {}): void {
    this.timeline.push({ at: this.clock.now().toISOString(), kind, resource, detail });
    if (this.timeline.length > 20000) this.timeline.splice(0, this.timeline.length - 20000);
  }

  /** The behaviour of a simulated image: exact image URI first, then the URI without its tag. */
  behaviourOf(image: string): ImageBehaviour {
    return (
      this.imageBehaviours.get(image) ?? this.imageBehaviours.get(image.replace(/[:@][^:/@]+$/, '')) ?? {}
    );
  }
}
