import type { DeploymentObservation, DeploymentView, TargetView, TaskView } from './model';

export type Completion = 'healthy' | 'stable';

export interface AssessOptions {
  deadline: number;
  completion: Completion;
  /** Failed new tasks (non-zero exits, failed health checks, failed starts) that make the deployment a failure. */
  failureThreshold: number;
  /** The port targets are registered on; targets on other ports are not the service's. */
  containerPort?: number;
  /**
   * The service's health-check grace period. With it, one piece of definite evidence fails the
   * deployment at once (see `definiteFailures`); without it only `failureThreshold` counts.
   */
  graceMs?: number;
  /** When the watch first saw a task RUNNING, on the clock of `obs.at`. */
  runningSince?: (taskId: string) => number | undefined;
}

export type VerdictState = 'in-progress' | 'healthy' | 'failed';

export interface Verdict {
  state: VerdictState;
  /** Why it failed (or, in progress, what it is waiting for). */
  reasons: string[];
  /** ECS rolled the deployment back itself (circuit breaker): a second rollback must not be started. */
  ecsRolledBack: boolean;
  /** Another deployment replaced ours (someone else's): rolling back over it would undo their work. */
  superseded: boolean;
  deadlinePassed: boolean;
  /** The new tasks counted as failures. */
  failedTasks: TaskView[];
}

const ROLLBACK_WORDS = /roll(ing|ed)?\s*back|circuit breaker/i;

/**
 * How a stopped task of the new deployment counts. A deployment with a few replaced tasks is normal
 * (a task stopped by a scale-in is not a failure); a task that exits non-zero, fails its ELB or
 * container health checks, or cannot start at all is.
 */
export function taskFailure(t: TaskView): string | undefined {
  if (t.lastStatus !== 'STOPPED' && t.desiredStatus !== 'STOPPED') return undefined;
  const reason = t.stoppedReason ?? '';
  if (/failed ELB health checks/i.test(reason)) return reason;
  if (/failed container health checks/i.test(reason)) return reason;
  if (t.stopCode === 'TaskFailedToStart') return reason || 'task failed to start';
  const exited = t.containers.find((c) => c.exitCode !== undefined && c.exitCode !== 0);
  if (exited)
    return `container ${exited.name} exited with code ${exited.exitCode}${reason ? ` (${reason})` : ''}`;
  if (/CannotPull|ResourceInitializationError|CannotStart|OutOfMemory/i.test(reason)) return reason;
  return undefined;
}

export function isRunning(t: TaskView): boolean {
  return t.lastStatus === 'RUNNING' && t.desiredStatus === 'RUNNING';
}

export function targetOf(
  targets: TargetView[],
  ip: string | undefined,
  port: number | undefined,
): TargetView | undefined {
  if (!ip) return undefined;
  return targets.find((x) => x.id === ip && (port === undefined || x.port === undefined || x.port === port));
}

/** The service events say ECS's circuit breaker failed this deployment. */
function failedByEcs(events: { message: string }[], deploymentId: string): boolean {
  return events.some((e) => e.message.includes(`(deployment ${deploymentId}) deployment failed`));
}

function describeRollback(ours: DeploymentView | undefined, primary: DeploymentView | undefined): string {
  const td = primary?.taskDefinition.split('/').pop();
  const why = primary?.rolloutStateReason ?? ours?.rolloutStateReason;
  return `ECS rolled the service back to ${td ?? 'the previous task definition'}${why ? `: ${why}` : ''}`;
}

/**
 * The one decision of the watch: is the deployment this run started still in progress, healthy
 * (or stable), or failed, and why. Failures are checked before success so that a deployment ECS
 * has already rolled back is never reported healthy because the service looks fine again.
 */
export function assessDeployment(obs: DeploymentObservation, options: AssessOptions): Verdict {
  const verdict = (state: VerdictState, reasons: string[], extra: Partial<Verdict> = {}): Verdict => ({
    state,
    reasons,
    ecsRolledBack: false,
    superseded: false,
    deadlinePassed: false,
    failedTasks: [],
    ...extra,
  });
  const service = obs.service;
  if (!service) return verdict('failed', ['the service no longer exists']);

  const ours = service.deployments.find((d) => d.id === obs.deploymentId);
  const primary = service.deployments.find((d) => d.status === 'PRIMARY');
  const failedTasks = obs.tasks.filter((t) => taskFailure(t) !== undefined);

  if (ours?.rolloutState === 'FAILED') {
    const rolledBack =
      (primary !== undefined && primary.id !== ours.id) || ROLLBACK_WORDS.test(ours.rolloutStateReason ?? '');
    const reasons = [`rollout FAILED${ours.rolloutStateReason ? `: ${ours.rolloutStateReason}` : ''}`];
    if (rolledBack && primary && primary.id !== ours.id) reasons.push(describeRollback(ours, primary));
    return verdict('failed', reasons, { ecsRolledBack: rolledBack, failedTasks });
  }

  if (!ours || ours.status === 'INACTIVE' || (primary && primary.id !== ours.id)) {
    // ECS rewrites the rollback deployment's reason once it completes, and drops ours from the list:
    // a poll that comes late sees only the service events saying that our deployment failed.
    const rolledBack =
      ROLLBACK_WORDS.test(primary?.rolloutStateReason ?? '') ||
      ROLLBACK_WORDS.test(ours?.rolloutStateReason ?? '') ||
      failedByEcs(service.events, obs.deploymentId);
    if (rolledBack)
      return verdict('failed', [describeRollback(ours, primary)], { ecsRolledBack: true, failedTasks });
    const by = primary
      ? `deployment ${primary.id} (${primary.taskDefinition.split('/').pop()})`
      : 'another deployment';
    return verdict('failed', [`deployment ${obs.deploymentId} was replaced by ${by} before it completed`], {
      superseded: true,
      failedTasks,
    });
  }

  const definite = definiteFailures(obs, options);
  if (definite.length > 0) {
    const reasons = [`judged failed because ${definite[0].why}`, ...definite.slice(1).map((d) => d.why)];
    return verdict('failed', reasons, {
      failedTasks: [...new Set([...definite.map((d) => d.task), ...failedTasks])],
    });
  }

  const failedCount = Math.max(failedTasks.length, ours.failedTasks);
  if (failedCount >= options.failureThreshold) {
    const reasons = [`${failedCount} new task(s) failed (threshold ${options.failureThreshold})`];
    for (const t of failedTasks.slice(0, 5)) reasons.push(`task ${t.id}: ${taskFailure(t)}`);
    return verdict('failed', reasons, { failedTasks });
  }

  const waiting = waitingFor(obs, ours, options);
  if (waiting.length === 0) return verdict('healthy', [], { failedTasks });

  if (obs.at >= options.deadline) {
    return verdict(
      'failed',
      [
        `the deployment did not become ${options.completion} before the deadline; still waiting for ${waiting.join('; ')}`,
      ],
      {
        deadlinePassed: true,
        failedTasks,
      },
    );
  }
  return verdict('in-progress', waiting, { failedTasks });
}

const seconds = (ms: number): string => `${Math.round(ms / 100) / 10} s`;

type Definite = { task: TaskView; why: string };

/**
 * When the task stopped running, on AWS's clock: the earliest of the stop times ECS has filled in
 * so far (a crashed task is DEACTIVATING while its target drains, before `stoppedAt` exists).
 */
function stoppedRunningAt(t: TaskView): number | undefined {
  const known = [t.executionStoppedAt, t.stoppingAt, t.stoppedAt].filter((x): x is number => x !== undefined);
  return known.length > 0 ? Math.min(...known) : undefined;
}

/**
 * A stopped task of the new deployment as definite evidence: it could not start, or its essential
 * container exited non-zero inside its grace period, or ECS stopped it past its grace period for
 * failing load balancer health checks that its target answered with a wrong status code.
 */
function stoppedTaskEvidence(
  t: TaskView,
  failure: string,
  graceMs: number,
  events: { message: string }[],
): Definite | undefined {
  if (t.stopCode === 'TaskFailedToStart') return { task: t, why: `task ${t.id} could not start: ${failure}` };
  const exited = t.containers.some((c) => c.exitCode !== undefined && c.exitCode !== 0);
  if (exited) {
    const grace = `inside its ${seconds(graceMs)} health-check grace period`;
    if (t.startedAt === undefined)
      return { task: t, why: `task ${t.id} stopped before it ran, ${grace}: ${failure}` };
    const stoppedAt = stoppedRunningAt(t);
    // It ran, for how long ECS does not say yet: the next look will.
    if (stoppedAt === undefined) return undefined;
    const ranMs = stoppedAt - t.startedAt;
    if (ranMs >= graceMs) return undefined;
    return { task: t, why: `task ${t.id} stopped ${seconds(ranMs)} after it started, ${grace}: ${failure}` };
  }
  const wrongCode = /failed ELB health checks/i.test(t.stoppedReason ?? '')
    ? wrongStatusEvent(events, t.id)
    : undefined;
  if (wrongCode === undefined) return undefined;
  return {
    task: t,
    why: `ECS stopped task ${t.id} for failing its load balancer health checks past its ${seconds(graceMs)} grace period, answered with a wrong status code (${wrongCode})`,
  };
}

/**
 * The reason of ECS's service event "(task <id>) (port <n>) is unhealthy in (target-group ...) due
 * to (reason ...)" for the task, when that reason is a wrong status code; otherwise undefined.
 */
export function wrongStatusEvent(events: { message: string }[], taskId: string): string | undefined {
  for (const e of events) {
    if (!e.message.includes(`(task ${taskId})`) || !e.message.includes(' is unhealthy in ')) continue;
    const reason = /due to \(reason (.*)\)\.?$/.exec(e.message)?.[1];
    if (reason && /codes: \[|ResponseCodeMismatch/.test(reason)) return reason;
  }
  return undefined;
}

/**
 * Evidence that needs no second opinion, with a grace period to weigh it against: a new task that
 * could not start, or whose essential container exited non-zero inside its grace period (the
 * version fails while starting: ECS would start the same image again and see the same); and a
 * target that, past its task's grace period, answers its health check with a wrong status code
 * (the app runs and says it is not well), seen in the target group or in the service event ECS
 * writes when it stops the task for it. Timeouts and refused connections are not definite (a slow
 * start, a security group): they count against `failureThreshold` when ECS replaces the task.
 *
 * Durations come from one clock each: a task's run time from AWS's timestamps (`startedAt` to when
 * it stopped), the time since a task was first seen running from the watch's own (`obs.at`).
 */
export function definiteFailures(obs: DeploymentObservation, options: AssessOptions): Definite[] {
  const graceMs = options.graceMs;
  if (graceMs === undefined) return [];
  const out: Definite[] = [];
  const events = obs.service?.events ?? [];
  for (const t of obs.tasks) {
    const failure = taskFailure(t);
    if (failure !== undefined && (t.lastStatus === 'STOPPED' || t.desiredStatus === 'STOPPED')) {
      const evidence = stoppedTaskEvidence(t, failure, graceMs, events);
      if (evidence) out.push(evidence);
      continue;
    }
    if (!isRunning(t)) continue;
    const target = targetOf(obs.targets ?? [], t.ip, options.containerPort);
    const since = options.runningSince?.(t.id);
    if (
      target?.state !== 'unhealthy' ||
      target.reason !== 'Target.ResponseCodeMismatch' ||
      since === undefined
    )
      continue;
    if (obs.at - since < graceMs) continue;
    out.push({
      task: t,
      why: `the target ${t.ip}${target.port ? `:${target.port}` : ''} of task ${t.id} still answers its health check with a wrong status code (${target.description ?? target.reason}) ${seconds(obs.at - since)} after the task started running, past its ${seconds(graceMs)} health-check grace period`,
    });
  }
  return out;
}

/** What the deployment still lacks to count as complete; empty when it is. */
function waitingFor(obs: DeploymentObservation, ours: DeploymentView, options: AssessOptions): string[] {
  const service = obs.service!;
  const waiting: string[] = [];
  const running = obs.tasks.filter(isRunning);
  if (running.length < ours.desiredCount)
    waiting.push(`${running.length}/${ours.desiredCount} new tasks running`);

  const targets = obs.targets;
  if (targets) {
    const notHealthy = running.filter(
      (t) => targetOf(targets, t.ip, options.containerPort)?.state !== 'healthy',
    );
    if (notHealthy.length > 0) {
      const states = notHealthy.map(
        (t) =>
          `${t.ip ?? t.id}: ${targetOf(targets, t.ip, options.containerPort)?.state ?? 'not registered'}`,
      );
      waiting.push(`new targets healthy (${states.join(', ')})`);
    }
  }

  if (ours.rolloutState !== 'COMPLETED') {
    // With a target group, traffic has moved once every new task is healthy and no old target
    // still takes requests. ECS marks the rollout COMPLETED only after the old tasks have drained
    // (the deregistration delay, 300 s by default), which is exactly the wait `healthy` avoids.
    const newIps = new Set(running.map((t) => t.ip).filter((ip): ip is string => !!ip));
    const oldServing =
      targets?.filter((x) => !newIps.has(x.id) && (x.state === 'healthy' || x.state === 'initial')) ?? [];
    const trafficMoved =
      targets !== undefined &&
      options.completion === 'healthy' &&
      oldServing.length === 0 &&
      waiting.length === 0;
    if (!trafficMoved) {
      waiting.push(
        `rollout ${ours.rolloutState ?? 'IN_PROGRESS'}${ours.runningCount < ours.desiredCount ? ` (${ours.runningCount}/${ours.desiredCount} running)` : ''}`,
      );
    }
  }

  if (options.completion === 'stable') {
    if (service.deployments.length > 1)
      waiting.push(`${service.deployments.length - 1} older deployment(s) to finish`);
    if (targets) {
      const newIps = new Set(running.map((t) => t.ip));
      const others = targets.filter((x) => !newIps.has(x.id) && x.state !== 'unused');
      if (others.length > 0) waiting.push(`${others.length} old target(s) to finish draining`);
    }
  }
  return waiting;
}
