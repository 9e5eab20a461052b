import type { Task } from '@aws-sdk/client-ecs';
import { taskIdOf } from '../aws/ecs';
import { assessDeployment, Completion, Verdict } from '../deploy/assess';
import { changedLines, newEvents, StatusLines, statusLines } from '../deploy/changes';
import { DeploymentObservation, toServiceView, toTaskView } from '../deploy/model';
import { Milestones, noteMilestones } from '../deploy/milestones';
import { describeTargetHealth, healthCheckTiming } from '../deploy/targets';
import { clampToDeadline, maxPolls, nextPollDelay } from '../util/poll';
import {
  HealthCheckTiming,
  Look,
  needsStoppedTasks,
  newScheduleMemory,
  newTargetStates,
  nextLook,
  remember,
  TaskListMemory,
} from '../deploy/schedule';
import { isThrottlingError } from '../util/retry';
import { formatDuration } from '../util/time';
import type { PhaseContext } from '../deploy/context';
import type { ServiceDeploymentView, ShiftTrack } from '../deploy/service-deployment';
import type { SmokeResult } from '../deploy/smoke';
import type { StrategyKind } from '../config/types';
import { watchServiceDeployment } from './shift-watch';
import { testTargetsReady } from './smoke-test';

export interface WatchTarget {
  cluster: string;
  service: string;
  deploymentId: string;
  targetGroupArn?: string;
  containerPort: number;
  deadline: number;
  completion: Completion;
  failureThreshold: number;
  /** Service events from this time on are printed (ECS keeps up to 100 older ones). */
  since: number;
  /** Prefix for the log lines, e.g. "rollback". */
  label?: string;
  /** The target group's health-check timing and the grace period: when changes are due, and the definite-failure rules. */
  timing?: HealthCheckTiming;
  /** When the deployment was started (before its UpdateService), on `ctx.now()`'s clock; the watch's start if not given. */
  startedAt?: number;
}

export interface WatchResult {
  verdict: Verdict;
  /** The last observation, for the digest. */
  observation?: DeploymentObservation;
  polls: number;
  ms: number;
  /** When the deployment reached each step, for the summary's chart. */
  milestones?: Milestones;
  /** Blue/green, canary, linear: the service deployment followed, its stages and traffic moves. */
  shift?: { strategy: StrategyKind; view?: ServiceDeploymentView; track: ShiftTrack };
  /** smoke-test-path: the requests made through the test rule and what came back. */
  smoke?: SmokeResult;
}

/** What a watch's looks remember of the tasks: the stopped ones (they never change), and what was listed. */
export interface TaskMemory extends TaskListMemory {
  stopped: Map<string, Task>;
}

export const newTaskMemory = (): TaskMemory => ({ stopped: new Map() });

/**
 * One look at the deployment: the service, the tasks it started, and their targets' health.
 * `mem` keeps the tasks already seen STOPPED (ours and other deployments'): a stopped task never
 * changes, and the service's stopped list holds up to an hour of them, so each is described once
 * per watch rather than on every look; and the stopped list itself is read only when the look
 * calls for it (needsStoppedTasks).
 */
export async function observeDeployment(
  ctx: PhaseContext,
  w: WatchTarget,
  mem: TaskMemory = newTaskMemory(),
): Promise<DeploymentObservation> {
  const at = ctx.now();
  // All targets, not only the new tasks': `stable` needs to see the old ones drain, and `healthy`
  // needs to know that no old target still takes traffic.
  const readTargets = async () =>
    w.targetGroupArn ? describeTargetHealth(ctx.clients.elbv2, w.targetGroupArn) : undefined;
  // The three reads do not depend on each other: made side by side, a look takes two round trips.
  const [service, started, targets] = await Promise.all([
    ctx.ecs.describeService(w.cluster, w.service),
    ctx.ecs.listStartedTaskArns(w.cluster, w.deploymentId),
    readTargets(),
  ]);
  if (!service) return { at, deploymentId: w.deploymentId, tasks: [] };
  const ours = service.deployments?.find((d) => d.id === w.deploymentId);
  const counts = ours && { desiredCount: ours.desiredCount ?? 0, failedTasks: ours.failedTasks ?? 0 };
  const stoppedArns = needsStoppedTasks(mem, started, counts)
    ? await ctx.ecs.listStoppedTaskArns(w.cluster, w.service)
    : [];
  mem.started = started;
  mem.failedTasks = counts?.failedTasks;
  const unknown = [...new Set([...started, ...stoppedArns])].filter((arn) => !mem.stopped.has(arn));
  const fresh = unknown.length > 0 ? await ctx.ecs.describeTasks(w.cluster, unknown) : [];
  for (const t of fresh) if (t.lastStatus === 'STOPPED' && t.taskArn) mem.stopped.set(t.taskArn, t);
  const all = [...mem.stopped.values(), ...fresh.filter((t) => t.lastStatus !== 'STOPPED')];
  const tasks = all.filter((t) => t.startedBy === w.deploymentId).map(toTaskView);
  tasks.sort((a, b) => (a.startedAt ?? 0) - (b.startedAt ?? 0) || a.id.localeCompare(b.id));
  return { at, deploymentId: w.deploymentId, service: toServiceView(service), tasks, targets };
}

/**
 * A glance: only the target group's health, merged into the last full look. One call instead of four
 * (DescribeServices, ListTasks, DescribeTasks, DescribeTargetHealth).
 */
async function glance(
  ctx: PhaseContext,
  w: WatchTarget,
  last: DeploymentObservation,
): Promise<DeploymentObservation> {
  const at = ctx.now();
  const targets = await describeTargetHealth(ctx.clients.elbv2, w.targetGroupArn!);
  return { ...last, at, targets };
}

/**
 * Follows one deployment, by its id, to a verdict. Prints one line per change and every new
 * service event; looks when a change is due (src/deploy/schedule.ts) and glances at the target
 * group in between; never past the deadline.
 */
export async function watchDeployment(ctx: PhaseContext, w: WatchTarget): Promise<WatchResult> {
  const started = ctx.now();
  const prefix = w.label ? `[${w.label}] ` : '';
  const seenEvents = new Set<string>();
  const taskMemory = newTaskMemory();
  const mem = newScheduleMemory(Math.min(w.startedAt ?? started, started));
  let previous: StatusLines | undefined;
  let last: DeploymentObservation | undefined;
  let look: Look = { delayMs: 0, full: true };
  let throttledMs: number | undefined;
  let polls = 0;
  let milestones: Milestones = {};
  const limit = maxPolls(w.deadline, started);

  while (polls < limit) {
    let obs: DeploymentObservation;
    try {
      polls++;
      const full = look.full || !last || !w.targetGroupArn;
      obs = full ? await observeDeployment(ctx, w, taskMemory) : await glance(ctx, w, last!);
      remember(mem, obs, { port: w.containerPort, full, endedAt: ctx.now() });
      // Something moved among the new targets: look at everything now.
      if (!full && newTargetStates(obs, w.containerPort) !== newTargetStates(last!, w.containerPort)) {
        obs = await observeDeployment(ctx, w, taskMemory);
        remember(mem, obs, { port: w.containerPort, full: true, endedAt: ctx.now() });
      }
      throttledMs = undefined;
    } catch (error) {
      if (!isThrottlingError(error)) throw error;
      ctx.log.info(`${prefix}AWS is throttling the watch; slowing down`);
      throttledMs = nextPollDelay(throttledMs, 'throttled');
      if (ctx.now() >= w.deadline) break;
      await ctx.sleep(clampToDeadline(throttledMs, ctx.now(), w.deadline));
      look = { delayMs: 0, full: true };
      continue;
    }
    last = obs;
    milestones = noteMilestones(milestones, obs, w.containerPort);
    const lines = statusLines(obs, w.containerPort);
    const changes = changedLines(previous, lines);
    for (const line of changes) ctx.log.info(`${prefix}${line}`);
    previous = lines;
    for (const e of newEvents(obs.service?.events ?? [], seenEvents, w.since)) {
      seenEvents.add(e.id);
      ctx.log.info(`${prefix}event: ${e.message}`);
    }
    const verdict = assessDeployment(obs, {
      deadline: w.deadline,
      completion: w.completion,
      failureThreshold: w.failureThreshold,
      containerPort: w.containerPort,
      graceMs: w.timing?.graceMs,
      runningSince: (id) => mem.runningSeen.get(id),
    });
    if (verdict.state !== 'in-progress') return finish(ctx, w, verdict, obs, polls, started, milestones);
    // After the deadline one more observation is made: it may show the deployment done just in
    // time, and otherwise the assessment turns it into a deadline failure with what was missing.
    if (ctx.now() >= w.deadline && obs.at >= w.deadline) break;
    look = nextLook(obs, mem, { changed: changes.length > 0, port: w.containerPort, timing: w.timing });
    mem.previousDelayMs = look.delayMs;
    await ctx.sleep(clampToDeadline(look.delayMs, ctx.now(), w.deadline));
    if (ctx.now() >= w.deadline) look = { delayMs: 0, full: true };
  }
  // Reached only when the deadline passed without a usable observation (throttled to the end).
  const verdict: Verdict = {
    state: 'failed',
    reasons: [
      `the deployment did not become ${w.completion} before the deadline (${formatDuration(w.deadline - started)})`,
    ],
    ecsRolledBack: false,
    superseded: false,
    deadlinePassed: true,
    failedTasks: [],
  };
  return { verdict, observation: last, polls, ms: ctx.now() - started, milestones };
}

function finish(
  ctx: PhaseContext,
  w: WatchTarget,
  verdict: Verdict,
  obs: DeploymentObservation,
  polls: number,
  started: number,
  milestones: Milestones,
): WatchResult {
  const prefix = w.label ? `[${w.label}] ` : '';
  const ms = ctx.now() - started;
  if (verdict.state === 'healthy')
    ctx.log.info(`${prefix}Deployment ${w.deploymentId} is ${w.completion} after ${formatDuration(ms)}`);
  else
    ctx.log.info(
      `${prefix}Deployment ${w.deploymentId} failed after ${formatDuration(ms)}: ${verdict.reasons.join('; ')}`,
    );
  return { verdict, observation: obs, polls, ms, milestones };
}

/** The deploy's watch window: events from `since` on are printed, and it fails at `deadline`. */
export interface WatchWindow {
  since: number;
  deadline: number;
  /** When it was opened, before the UpdateService call: nothing of the deployment happened earlier. */
  openedAt?: number;
}

/** The watch window of a deployment started now: `wait-for-minutes` from now. */
export function watchWindow(ctx: PhaseContext): WatchWindow {
  const now = ctx.now();
  // A little before: ECS stamps events with its own clock.
  return { since: now - 5_000, deadline: now + ctx.config.waitForMinutes * 60_000, openedAt: now };
}

/**
 * The service deployment ECS made for our deployment: the service's currentServiceDeployment, while
 * our deployment is the PRIMARY one (a later deployment would replace it, and the watch then sees
 * ours STOPPED). When it is not (ECS already rolled ours back and the previous revision is PRIMARY
 * again, its own service deployment current), or the answer has none: the newest service deployment
 * created since the run's UpdateService, ours.
 */
export async function serviceDeploymentOf(
  ctx: Pick<PhaseContext, 'ecs' | 'config'>,
  cluster: string,
  deploymentId: string,
  openedAt?: number,
): Promise<string | undefined> {
  const service = await ctx.ecs.describeService(cluster, ctx.config.service);
  const primary = service?.deployments?.find((d) => d.status === 'PRIMARY');
  if (service?.currentServiceDeployment && primary?.id === deploymentId)
    return service.currentServiceDeployment;
  if (openedAt === undefined) return undefined;
  const since = new Date(openedAt - 5_000);
  const listed = await ctx.ecs.listServiceDeployments(cluster, ctx.config.service, since);
  const newest = [...listed].sort((a, b) => (b.createdAt?.getTime() ?? 0) - (a.createdAt?.getTime() ?? 0));
  return newest[0]?.serviceDeploymentArn;
}

/**
 * Blue/green, canary, linear: the service deployment is followed to SUCCESSFUL (after the bake time,
 * whatever `wait-until` says: the bake is when ECS's alarms can still roll back), with the smoke test
 * on the way; a failure gets one full look at the tasks for the digest.
 */
async function watchShift(
  ctx: PhaseContext,
  stack: { cluster: string; targetGroupArn?: string; url?: string; testRuleArn?: string },
  deploymentId: string,
  window: WatchWindow,
  serviceDeploymentArn: string,
): Promise<WatchResult> {
  const { config } = ctx;
  const smoke = config.strategy.smokeTest;
  if (smoke && (!stack.url || !stack.testRuleArn))
    ctx.log.warning('smoke-test-path is set but the stack has no test listener rule: no smoke test.');
  const r = await watchServiceDeployment(ctx, {
    cluster: stack.cluster,
    service: config.service,
    serviceDeploymentArn,
    mode: 'rollout',
    deadline: window.deadline,
    since: window.since,
    smokeTest:
      smoke && stack.url && stack.testRuleArn
        ? {
            url: stack.url,
            path: smoke.path,
            expected: smoke.status,
            // Unreadable is not ready: the next read asks again.
            ready: () => testTargetsReady(ctx, stack.testRuleArn!).catch(() => false),
          }
        : undefined,
  });
  const observation =
    r.verdict.state === 'healthy'
      ? undefined
      : await observeDeployment(ctx, {
          cluster: stack.cluster,
          service: config.service,
          deploymentId,
          targetGroupArn: stack.targetGroupArn,
          containerPort: config.taskDefinition.containerPort,
          deadline: window.deadline,
          completion: 'healthy',
          failureThreshold: config.failureThreshold,
          since: window.since,
        }).catch(() => undefined);
  return {
    verdict: r.verdict,
    observation,
    polls: r.polls,
    ms: r.ms,
    shift: { strategy: config.strategy.kind, view: r.view, track: r.track },
    smoke: r.smoke,
  };
}

/**
 * Rolling with deployment alarms (rollback-on-errors): once the new tasks are healthy ECS keeps the
 * deployment IN_PROGRESS for a bake time in which the alarm can still fail it and roll it back. A
 * step that ended at "healthy" would then report a version as deployed that ECS takes back: the watch
 * follows the service deployment on to SUCCESSFUL (or to ECS's rollback, a failure).
 */
async function followAlarmBake(
  ctx: PhaseContext,
  stack: { cluster: string },
  window: WatchWindow,
  healthy: WatchResult,
): Promise<WatchResult> {
  const deploymentId = healthy.observation?.deploymentId;
  const arn = deploymentId
    ? await serviceDeploymentOf(ctx, stack.cluster, deploymentId, window.openedAt).catch(() => undefined)
    : undefined;
  const sd = arn ? await ctx.ecs.describeServiceDeployment(arn).catch(() => undefined) : undefined;
  if (!arn || !sd || !['PENDING', 'IN_PROGRESS'].includes(sd.status ?? '')) return healthy;
  ctx.log.info(
    'New tasks healthy; ECS keeps the deployment in progress while its error alarm bakes: following it to the end.',
  );
  const r = await watchServiceDeployment(ctx, {
    cluster: stack.cluster,
    service: ctx.config.service,
    serviceDeploymentArn: arn,
    mode: 'rollout',
    deadline: window.deadline,
    since: window.since,
  });
  return {
    ...healthy,
    verdict: r.verdict,
    polls: healthy.polls + r.polls,
    ms: healthy.ms + r.ms,
    shift: { strategy: 'rolling', view: r.view, track: r.track },
  };
}

/** Phase "Watch": follows the service's deployment to the completion the inputs ask for (`wait-until`). */
export async function watchRollout(
  ctx: PhaseContext,
  stack: {
    cluster: string;
    targetGroupArn?: string;
    url?: string;
    testRuleArn?: string;
    errorAlarm?: { name: string };
  },
  deploymentId: string,
  window: WatchWindow,
  watch = watchDeployment,
): Promise<WatchResult> {
  const { config } = ctx;
  if (config.strategy.kind !== 'rolling') {
    const arn = await serviceDeploymentOf(ctx, stack.cluster, deploymentId, window.openedAt);
    if (arn) return watchShift(ctx, stack, deploymentId, window, arn);
    ctx.log.warning(
      `ECS reports no service deployment for ${config.service}: following deployment ${deploymentId} task by task instead.`,
    );
  }
  const timing = stack.targetGroupArn
    ? await healthCheckTiming(ctx, stack.targetGroupArn, config.healthCheckGracePeriodSeconds)
    : undefined;
  const result = await watch(ctx, {
    cluster: stack.cluster,
    service: config.service,
    deploymentId,
    targetGroupArn: stack.targetGroupArn,
    containerPort: config.taskDefinition.containerPort,
    deadline: window.deadline,
    completion: config.waitUntil,
    failureThreshold: config.failureThreshold,
    since: window.since,
    timing,
    startedAt: window.openedAt,
  });
  const alarmed = config.errorAlarm.enabled && stack.errorAlarm !== undefined;
  return alarmed && result.verdict.state === 'healthy' ? followAlarmBake(ctx, stack, window, result) : result;
}

/** The stream awslogs writes a task's container output to: <prefix>/<container>/<task id>. */
export function awslogsStream(prefix: string, containerName: string, taskArn: string): string {
  return `${prefix}/${containerName}/${taskIdOf(taskArn)}`;
}
