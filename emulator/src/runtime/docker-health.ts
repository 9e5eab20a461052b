import type { Clock } from '../core/clock';
import type { RuntimeContainerSpec } from '../core/runtime';
import type { CliResult } from './docker-args';

export const HEALTH_DEFAULTS = { interval: 30, timeout: 5, retries: 3, startPeriod: 0 };
/** Real-time floor of a scaled health-check interval: every check is a `docker exec`, which costs CPU. */
const MIN_HEALTH_INTERVAL_MS = 1000;

/** The health-check command as `docker exec` runs it. */
export function healthCommand(command: string[]): string[] {
  const [kind, ...rest] = command;
  if (kind === 'CMD') return rest;
  if (kind === 'CMD-SHELL') return ['/bin/sh', '-c', rest.join(' ')];
  return ['/bin/sh', '-c', command.join(' ')];
}

export type HealthStatus = 'HEALTHY' | 'UNHEALTHY' | 'UNKNOWN';

/**
 * The task definition's healthCheck, run with `docker exec` rather than Docker's --health-* flags:
 * the CLI can only give Docker a CMD-SHELL test, and images built FROM scratch have no shell for it.
 * Same rules as Docker and ECS: failures inside the start period do not count, a success makes the
 * container HEALTHY, `retries` failures in a row make it UNHEALTHY. Intervals follow the emulator's
 * time scale; the command's own timeout stays real, since the command runs in real time.
 */
export class HealthChecker {
  status: HealthStatus = 'UNKNOWN';
  private failures = 0;
  private cancel?: () => void;
  private stopped = false;
  private readonly startedAt: number;

  constructor(
    private readonly hc: NonNullable<RuntimeContainerSpec['healthCheck']>,
    private readonly clock: Clock,
    private readonly exec: (cmd: string[], timeoutMs: number) => Promise<CliResult>,
    private readonly report: (status: HealthStatus) => void,
  ) {
    this.startedAt = clock.nowMs();
  }

  start(): void {
    this.schedule();
  }

  stop(): void {
    this.stopped = true;
    this.cancel?.();
  }

  /** Emulated milliseconds between checks; never below MIN_HEALTH_INTERVAL_MS of clock time. */
  private get intervalMs(): number {
    const emulated = (this.hc.interval ?? HEALTH_DEFAULTS.interval) * 1000;
    return Math.max(MIN_HEALTH_INTERVAL_MS * this.clock.timeScale, emulated);
  }

  private schedule(): void {
    if (this.stopped) return;
    this.cancel = this.clock.schedule(this.intervalMs, () => void this.check());
  }

  private async check(): Promise<void> {
    if (this.stopped) return;
    const timeoutMs = (this.hc.timeout ?? HEALTH_DEFAULTS.timeout) * 1000;
    let passed = false;
    try {
      // The `docker exec` round trip itself takes a moment; it is not the command's fault.
      const r = await this.exec(healthCommand(this.hc.command), timeoutMs + 1000);
      passed = r.code === 0;
    } catch {
      passed = false;
    }
    if (this.stopped) return;
    this.record(passed, this.clock.nowMs() - this.startedAt);
    this.schedule();
  }

  /** Applies one result; `sinceStartMs` is clock time since the container started. */
  record(passed: boolean, sinceStartMs: number): void {
    const inStartPeriod =
      sinceStartMs < this.clock.real((this.hc.startPeriod ?? HEALTH_DEFAULTS.startPeriod) * 1000);
    let next: HealthStatus = this.status;
    if (passed) {
      this.failures = 0;
      next = 'HEALTHY';
    } else if (!inStartPeriod) {
      this.failures++;
      if (this.failures >= (this.hc.retries ?? HEALTH_DEFAULTS.retries)) next = 'UNHEALTHY';
    }
    if (next !== this.status) {
      this.status = next;
      this.report(next);
    }
  }
}
