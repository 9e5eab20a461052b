import { isRunning, targetOf } from './assess';
import type { DeploymentObservation, TargetView, TaskView } from './model';

/**
 * When the watch looks next, and how much it looks at. A target's health only moves when a health
 * check completes, and checks come every `interval` from the first one; a task's state only when
 * ECS acts. So rather than polling at a fixed pace the watch works out when a check that can change
 * a target is due, glances at the target group (one DescribeTargetHealth call) around that moment,
 * and otherwise glances only now and then to catch the unexpected (a crashed task's target is
 * deregistered), with a full look at regular intervals for ECS's own decisions.
 *
 * The one thing the watch cannot read is when a target's checks happen. It bounds the first one
 * from what it sees: the target absent or `initial` with reason `Elb.RegistrationInProgress` means
 * no check has completed yet; any other state (`Elb.InitialHealthChecking`, healthy, unhealthy)
 * means one has. The check that can turn the target healthy (the `healthyThreshold`'th) then falls
 * `(healthyThreshold - 1) × interval` after a moment inside those bounds, and so on every interval.
 *
 * All times are the watch's own clock (`ctx.now()`): AWS timestamps are never mixed with it.
 */
export interface HealthCheckTiming {
  intervalMs: number;
  healthyThreshold: number;
  /** Failed checks in a row that make a target unhealthy: a change that is due too. */
  unhealthyThreshold?: number;
  /** The service's health-check grace period. */
  graceMs: number;
}

export interface Look {
  delayMs: number;
  /** A full look (service, tasks, targets); otherwise only the target group's health. */
  full: boolean;
}

/** Bounds on when a task's target completed its first health check: after `after`, by `by`. */
export interface FirstCheckBounds {
  after: number;
  by?: number;
}

/** What the watch remembers between looks, on its own clock. */
export interface ScheduleMemory {
  /** When the deployment began (its UpdateService): nothing of it happened before. */
  startedAt: number;
  /** Per new task (by id): when its target's first health check completed, as far as the looks tell. */
  firstCheck: Map<string, FirstCheckBounds>;
  /** When each new task (by id) was first seen RUNNING. */
  runningSeen: Map<string, number>;
  lastFullAt?: number;
  previousDelayMs?: number;
}

export function newScheduleMemory(startedAt: number): ScheduleMemory {
  return { startedAt, firstCheck: new Map(), runningSeen: new Map() };
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
  /** Inside the span where a due check can complete: one glance this often. */
  windowStepMs: 1_000,
  /** A span wider than this many steps is glanced at more thinly (the phase of the checks is poorly known). */
  windowMaxGlances: 6,
  /** Past the span's end: a check's answer takes a moment to show (the probe, the load balancer's report). */
  windowAfterMs: 1_000,
};

const targetOfTask = (targets: TargetView[] | undefined, t: TaskView, port: number | undefined) =>
  targetOf(targets ?? [], t.ip, port);

/** No health check of this target has completed yet (it is not registered, or still registering). */
const notChecked = (target: TargetView | undefined): boolean =>
  target === undefined || (target.state === 'initial' && target.reason === 'Elb.RegistrationInProgress');

/**
 * Records what a look tells about timing: when new tasks were first seen RUNNING, and the bounds on
 * their targets' first health check. `startedAt`/`endedAt`: when the look began and ended (what it
 * read was true at some moment in between).
 */
export function remember(
  mem: ScheduleMemory,
  obs: DeploymentObservation,
  o: { port?: number; full: boolean; endedAt: number },
): void {
  const previousFull = mem.lastFullAt ?? mem.startedAt;
  for (const t of obs.tasks) {
    if (isRunning(t) && !mem.runningSeen.has(t.id)) mem.runningSeen.set(t.id, obs.at);
    if (!obs.targets || t.lastStatus === 'STOPPED') continue;
    const target = targetOfTask(obs.targets, t, o.port);
    const bounds = mem.firstCheck.get(t.id);
    if (notChecked(target)) {
      if (bounds?.by === undefined) mem.firstCheck.set(t.id, { after: obs.at });
    } else if (target!.state !== 'draining' && target!.state !== 'unused') {
      // A task seen for the first time did not exist at the previous full look.
      if (!bounds) mem.firstCheck.set(t.id, { after: previousFull, by: o.endedAt });
      else bounds.by ??= o.endedAt;
    }
  }
  if (o.full) mem.lastFullAt = obs.at;
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

/**
 * Pure: when to glance next for one waiting target whose first check is bounded, or undefined when
 * nothing about it is due before `until`. Checks that can change it: the `healthyThreshold`'th and
 * every later one, and (still `initial`) the `unhealthyThreshold`'th.
 */
export function dueGlance(
  now: number,
  until: number,
  bounds: Required<FirstCheckBounds>,
  timing: HealthCheckTiming,
  target: TargetView | undefined,
): number | undefined {
  const { intervalMs, healthyThreshold } = timing;
  const width = bounds.by - bounds.after;
  // The phase is unknown when the span covers a whole interval: the regular glances are all there is.
  if (width + SCHEDULE.windowAfterMs >= intervalMs) return undefined;
  const step = Math.max(SCHEDULE.windowStepMs, width / SCHEDULE.windowMaxGlances);
  const firstChange =
    target?.state === 'unhealthy'
      ? 0
      : Math.min(healthyThreshold, timing.unhealthyThreshold ?? healthyThreshold) - 1;
  const canChange = (m: number) =>
    target?.state === 'unhealthy' || m >= healthyThreshold - 1 || m === firstChange;
  // The m-th check after the first completes in (after + m × interval, by + m × interval].
  let m = Math.max(firstChange, Math.ceil((now - bounds.by - SCHEDULE.windowAfterMs) / intervalMs));
  for (; bounds.after + m * intervalMs < until; m++) {
    if (!canChange(m)) continue;
    const from = bounds.after + m * intervalMs;
    const to = bounds.by + m * intervalMs + SCHEDULE.windowAfterMs;
    if (now >= to) continue;
    return now < from ? Math.min(from + step, to) : Math.min(now + step, to);
  }
  return undefined;
}

/** Pure: the next look after `obs`, given what changed, what the watch remembers and the health-check timing. */
export function nextLook(
  obs: DeploymentObservation,
  mem: ScheduleMemory,
  o: { changed: boolean; port?: number; timing?: HealthCheckTiming },
): Look {
  const now = obs.at;
  const ours = obs.service?.deployments.find((d) => d.id === obs.deploymentId);
  const running = obs.tasks.filter(isRunning);
  const starting =
    obs.tasks.some((t) => t.lastStatus !== 'STOPPED' && !isRunning(t)) ||
    running.length < (ours?.desiredCount ?? 0);
  const waiting = running.filter((t) => targetOfTask(obs.targets, t, o.port)?.state !== 'healthy');
  if (!o.timing || !obs.targets || starting || waiting.length === 0) {
    const max = starting ? SCHEDULE.startingMaxMs : SCHEDULE.settlingMaxMs;
    return { delayMs: grow(mem.previousDelayMs, max, o.changed), full: true };
  }
  let next = now + SCHEDULE.glanceMs;
  let full = false;
  const fullDue = (mem.lastFullAt ?? mem.startedAt) + SCHEDULE.fullEveryMs;
  if (fullDue <= next) [next, full] = [Math.max(now, fullDue), true];
  for (const t of waiting) {
    const bounds = mem.firstCheck.get(t.id);
    const target = targetOfTask(obs.targets, t, o.port);
    let at: number | undefined;
    if (bounds?.by !== undefined) at = dueGlance(now, next, { ...bounds, by: bounds.by }, o.timing, target);
    // Registering: the first check comes soon, and the sooner it is seen the narrower every later span.
    else if (bounds) at = now + grow(mem.previousDelayMs, SCHEDULE.glanceMs, o.changed);
    if (at !== undefined && at < next) [next, full] = [at, false];
    // The end of its grace period: a failing target is judged then, on a full look.
    const runningSince = mem.runningSeen.get(t.id);
    const graceEnd = runningSince === undefined ? undefined : runningSince + o.timing.graceMs;
    if (graceEnd !== undefined && graceEnd > now && graceEnd <= next) [next, full] = [graceEnd, true];
  }
  return { delayMs: Math.max(0, next - now), full };
}

/** What the watch's looks remember of the deployment's tasks, to list the stopped ones only when needed. */
export interface TaskListMemory {
  /** The tasks the deployment's last look listed as wanted running; undefined before the first look. */
  started?: string[];
  /** The deployment's failedTasks at the last look. */
  failedTasks?: number;
}

/**
 * Pure: whether a look must list the service's stopped tasks (one ListTasks call more). A task of the
 * deployment that stops leaves the list of the tasks ECS wants running: listed before and gone now.
 * One that started and stopped between two looks is never listed, but ECS then counts it in the
 * deployment's failedTasks (until one task has run) or starts another in its place, a task not
 * listed before. So the stopped tasks are listed on the first look, when the wanted-running list
 * changed in any way or holds fewer tasks than the deployment wants, and when failedTasks moved; in
 * the long wait for health checks (150 s on AWS's defaults) nothing of that happens, and a look
 * makes four calls instead of five.
 */
export function needsStoppedTasks(
  mem: TaskListMemory,
  started: string[],
  deployment: { desiredCount: number; failedTasks: number } | undefined,
): boolean {
  if (mem.started === undefined || deployment === undefined) return true;
  if (deployment.failedTasks !== mem.failedTasks) return true;
  if (started.length < deployment.desiredCount) return true;
  const before = new Set(mem.started);
  return started.length !== before.size || started.some((arn) => !before.has(arn));
}
