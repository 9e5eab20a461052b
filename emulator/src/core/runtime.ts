/**
 * Where tasks actually run. The ECS scheduler decides *which* tasks exist; a runtime makes them
 * exist: the simulated runtime (image behaviours set through the admin API) or the Docker runtime
 * (real containers, one loopback address per task). The scheduler and the load balancer's health
 * checker only talk to this interface.
 */

export interface RuntimeContainerSpec {
  name: string;
  image: string;
  essential: boolean;
  cpu?: number;
  memory?: number;
  memoryReservation?: number;
  command?: string[];
  entryPoint?: string[];
  environment: { name: string; value: string }[];
  portMappings: { containerPort: number; hostPort?: number; protocol?: string }[];
  stopTimeout?: number; // seconds, SIGTERM then SIGKILL
  healthCheck?: {
    command: string[];
    interval?: number;
    timeout?: number;
    retries?: number;
    startPeriod?: number;
  };
  /** awslogs destination, when the task definition's logConfiguration names one. */
  logs?: { group: string; stream: string; region?: string };
}

export interface RuntimeTaskSpec {
  taskArn: string;
  taskId: string;
  family: string;
  /** The task's private IP (awsvpc: one per task). */
  ip: string;
  cpu: number;
  memory: number;
  containers: RuntimeContainerSpec[];
}

/** What a runtime reports back to the scheduler about one task. */
export interface RuntimeTaskEvents {
  /** Every essential container is up (the task can move to RUNNING). */
  onRunning(): void;
  /** A container exited by itself (not because stopTask was called). */
  onContainerExit(containerName: string, exitCode: number | null, reason?: string): void;
  /** A line the container printed (goes to CloudWatch Logs when the container has `logs`). */
  onLog(containerName: string, line: string, stream: 'stdout' | 'stderr'): void;
  /** Container health check result (task definition healthCheck). */
  onHealth?(containerName: string, status: 'HEALTHY' | 'UNHEALTHY' | 'UNKNOWN'): void;
}

export interface ProbeResult {
  statusCode?: number;
  error?: 'timeout' | 'refused' | 'error';
  durationMs: number;
}

export interface ResourceUsage {
  cpuPercent: number; // of the task's cpu units
  memoryPercent: number; // of the task's memory
}

export interface TaskRuntime {
  readonly kind: 'simulated' | 'docker';
  /** An address for a new task in the given subnet CIDR (the simulated runtime uses the CIDR; Docker uses 127.0.0.0/8). */
  allocateAddress(subnetCidr: string): string;
  releaseAddress(ip: string): void;
  /** Starts the task's containers; resolves once the start is under way (onRunning reports readiness). */
  startTask(spec: RuntimeTaskSpec, events: RuntimeTaskEvents): Promise<void>;
  /** Stops the task: SIGTERM, then SIGKILL after each container's stopTimeout; resolves when gone. */
  stopTask(taskArn: string): Promise<{ exitCodes: Record<string, number | null> }>;
  /** One HTTP health-check request, as the load balancer makes it. */
  probe(ip: string, port: number, path: string, timeoutMs: number): Promise<ProbeResult>;
  /**
   * The status a simulated task answers to one request the load balancer forwards (health checks
   * aside), or undefined when no running container listens there. Only the simulated runtime has it:
   * real containers answer for themselves.
   */
  answerRequest?(ip: string, port: number): number | undefined;
  /** Measured usage, for target-tracking autoscaling. */
  usage(taskArn: string): Promise<ResourceUsage | undefined>;
  /** Stops everything and releases addresses (emulator stop). */
  shutdown(): Promise<void>;
}
