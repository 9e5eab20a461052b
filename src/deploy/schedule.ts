import { isRunning, targetOf } from './assess';
import type { DeploymentObservation, TargetView, TaskView } from './model';

/**
 * When the watch looks next, and how much it looks at. A target's health only moves when a health
 * check completes (every `interval` after registration, `healthyThreshold` passes in a row to turn
 * healthy), and a task's state only when ECS acts; so rather than polling at a fixed pace the watch
 * looks when a change is due, and in between only glances at the target group (one
 * DescribeTargetHealth call) to catch the unexpected (a crashed task's target is deregistered).
 *
 * All times are the watch's own clock (`ctx.now()`): AWS timestamps are never mixed with it.
 */
export interface HealthCheckTiming {
  intervalMs: number;
  healthyThreshold: number;
  /** The service's health-check grace period. */
  graceMs: number;
}

export interface Look {
  delayMs: number;
  /** A full look (service, tasks, targets); otherwise only the target group's health. */
  full: boolean;
}

/** What the watch remembers between looks, on its own clock. */
export interface ScheduleMemory {
  /** When each new target (by IP) was first seen registered. */
  targetSeen: Map<string, number>;
  /** When each new task (by id) was first seen RUNNING. */
  runningSeen: Map<string, number>;
  lastFullAt: number;
  previousDelayMs?: number;
}

export const SCHEDULE = {
  /** Right after a change: ECS and the load balancer act on each other within a second or two. */
  fastMs: 1_000,
  /** Waiting for ECS (tasks starting, old targets leaving): from fast, growing by half each idle look. */
  startingMaxMs: 5_000,
  settlingMaxMs: 15_000,
  /** Between due health checks: a glance at the target group, often enough to see a crash within 10 s. */
  glanceMs: 8_000,
  /** A full look at least this often, for ECS's own decisions and the service events. */
  fullEveryMs: 30_000,
  /** A due health check is looked for from this long before to this long after its expected time. */
  windowBeforeMs: 2_000,
  windowAfterMs: 3_000,
  /** Inside a window: one glance a second. */
  windowStepMs: 1_000,
};

const isRunningTask = isRunning;
const targetOfTask = (targets: TargetView[] | undefined, t: TaskView, port: number | undefined) =>
  targetOf(targets ?? [], t.ip, port);

/** Records, on the watch's clock, when new targets and running tasks were first seen. */
export function remember(mem: ScheduleMemory, obs: DeploymentObservation, port: number | undefined): void {
  for (const t of obs.tasks) {
    if (isRunningTask(t) && !mem.runningSeen.has(t.id)) mem.runningSeen.set(t.id, obs.at);
    const target = targetOfTask(obs.targets, t, port);
    if (target && t.ip && !mem.targetSeen.has(t.ip)) mem.targetSeen.set(t.ip, obs.at);
  }
}

/** The new tasks' targets, as one comparable string: a glance that changes it calls for a full look. */
export function newTargetStates(obs: DeploymentObservation, port: number | undefined): string {
  return obs.tasks
    .filter((t) => t.ip && t.lastStatus !== 'STOPPED')
    .map((t) => `${t.ip}=${targetOfTask(obs.targets, t, port)?.state ?? 'none'}`)
    .sort()
    .join(',');
}

const grow = (previous: number | undefined, max: number, changed: boolean): number =>
  changed ? SCHEDULE.fastMs : Math.min(max, Math.max(SCHEDULE.fastMs, Math.round((previous ?? 0) * 1.5)));

/** Pure: the next look after `obs`, given what changed, what the watch remembers and the health-check timing. */
export function nextLook(
  obs: DeploymentObservation,
  mem: ScheduleMemory,
  o: { changed: boolean; port?: number; timing?: HealthCheckTiming },
): Look {
  const now = obs.at;
  const ours = obs.service?.deployments.find((d) => d.id === obs.deploymentId);
  const running = obs.tasks.filter(isRunningTask);
  const starting =
    obs.tasks.some((t) => t.lastStatus !== 'STOPPED' && !isRunningTask(t)) ||
    running.length < (ours?.desiredCount ?? 0);
  const waiting = running.filter((t) => targetOfTask(obs.targets, t, o.port)?.state !== 'healthy');
  if (!o.timing || !obs.targets || starting || waiting.length === 0) {
    const max = starting ? SCHEDULE.startingMaxMs : SCHEDULE.settlingMaxMs;
    return { delayMs: grow(mem.previousDelayMs, max, o.changed), full: true };
  }
  const { intervalMs, healthyThreshold, graceMs } = o.timing;
  let next = now + SCHEDULE.glanceMs;
  let full = false;
  const fullDue = mem.lastFullAt + SCHEDULE.fullEveryMs;
  if (fullDue <= next) [next, full] = [Math.max(now, fullDue), true];
  for (const t of waiting) {
    const seen = t.ip ? mem.targetSeen.get(t.ip) : undefined;
    if (seen !== undefined) {
      // The check that can turn it healthy: the healthy-threshold'th after registration, or any later one.
      const firstDue = seen + (healthyThreshold - 1) * intervalMs;
      const k = Math.max(0, Math.floor((now - firstDue + SCHEDULE.windowBeforeMs) / intervalMs));
      for (const due of [firstDue + k * intervalMs, firstDue + (k + 1) * intervalMs]) {
        const from = due - SCHEDULE.windowBeforeMs;
        const to = due + SCHEDULE.windowAfterMs;
        const at = now >= from && now < to ? now + SCHEDULE.windowStepMs : from > now ? from : undefined;
        if (at !== undefined && at < next) [next, full] = [at, false];
      }
    }
    // The end of its grace period: a failing target is judged then, on a full look.
    const running = mem.runningSeen.get(t.id);
    const graceEnd = running === undefined ? undefined : running + graceMs;
    if (graceEnd !== undefined && graceEnd > now && graceEnd < next) [next, full] = [graceEnd, true];
  }
  return { delayMs: Math.max(0, next - now), full };
}
