import { shortTaskDefinition } from '../aws/ecs';
import type { PhaseContext } from '../deploy/context';
import type { Verdict } from '../deploy/assess';
import { digestLines, FailureDigest } from '../deploy/digest';
import { alarmDigest, FailedRollout, gatherDigest } from './failure-digest';
import type { StackResult } from '../infra/context';
import type { Revision } from './revision';
import { primaryDeploymentId, ServiceDeployment } from './service';
import { watchDeployment, WatchResult } from './watch';
import { watchServiceDeployment } from './shift-watch';
import { ecsRollbackReason, ShiftTrack } from '../deploy/service-deployment';
import { errorMessage } from '../util/errors';

export interface FailedDeployment extends FailedRollout {
  cluster: string;
  service: string;
  /** Deregistered after a rollback only when this run registered it (a reused revision may be used elsewhere). */
  registeredByThisRun: boolean;
  previousTaskDefinitionArn?: string;
  containerPort: number;
  targetGroupArn?: string;
  watch: WatchResult;
  /** rollback-on-errors: the stack's error alarm, named in the digest when it tripped. */
  errorAlarm?: StackResult['errorAlarm'];
}

export interface RollbackOutcome {
  /** The service runs the previous revision again (by this action or by ECS). */
  rolledBack: boolean;
  by: 'action' | 'ecs' | 'none';
  /** One sentence for the log, the summary and the error. */
  note: string;
  rollbackDeploymentId?: string;
  rollbackVerdict?: Verdict;
  digest: FailureDigest;
  /** When the rollback began (ECS's rollback deployment's creation, or this action's UpdateService) and when its watch ended (epoch ms). */
  startedAt?: number;
  endedAt?: number;
  /** Blue/green, canary, linear: the rollback's stages and traffic moves as the watch saw them. */
  rollbackTrack?: ShiftTrack;
}

/** How the service goes back: by ECS's circuit breaker, by this action, or not at all (and why). */
type RollbackStart =
  | { by: 'ecs'; deploymentId?: string; since: number }
  | { by: 'action'; deploymentId: string; since: number; to: string }
  | { by: 'none'; note: string };

async function deregisterFailedRevision(ctx: PhaseContext, f: FailedDeployment): Promise<void> {
  if (!f.registeredByThisRun) return;
  try {
    await ctx.ecs.deregisterTaskDefinition(f.taskDefinitionArn);
    ctx.log.info(`Deregistered the failed revision ${shortTaskDefinition(f.taskDefinitionArn)}`);
  } catch (error) {
    // Cleanup never hides the failure being reported.
    ctx.log.warning(
      `Could not deregister the failed revision ${shortTaskDefinition(f.taskDefinitionArn)}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** Why there is nothing to roll back, or undefined when this action should roll back. */
function noRollbackReason(ctx: PhaseContext, f: FailedDeployment): string | undefined {
  const previous = f.previousTaskDefinitionArn;
  if (f.watch.verdict.superseded) return 'another deployment replaced this one; not rolling back over it';
  if (!ctx.config.rollback) return 'rollback is turned off (rollback: false); the service was left as it is';
  if (!previous) return 'nothing to roll back to: this was the first deployment of the service';
  if (previous === f.taskDefinitionArn)
    return `nothing to roll back to: the service ran ${shortTaskDefinition(previous)} before too`;
  return undefined;
}

/** Finds ECS's own rollback, or starts this action's: UpdateService back to the previous revision. */
async function startRollback(ctx: PhaseContext, f: FailedDeployment): Promise<RollbackStart> {
  if (f.watch.verdict.ecsRolledBack) {
    ctx.log.info(
      'ECS (deployment circuit breaker) has already rolled the service back; not starting a second rollback.',
    );
    const ecsRollback = f.watch.observation?.service?.deployments.find(
      (d) => d.status === 'PRIMARY' && d.id !== f.deploymentId,
    );
    return { by: 'ecs', deploymentId: ecsRollback?.id, since: ctx.now() };
  }
  const reason = noRollbackReason(ctx, f);
  if (reason) return { by: 'none', note: reason };
  const to = f.previousTaskDefinitionArn!;
  ctx.log.info(`Rolling back ${f.service} to ${shortTaskDefinition(to)}`);
  const since = ctx.now();
  let deploymentId: string | undefined;
  try {
    const service = await ctx.ecs.updateService({
      cluster: f.cluster,
      service: f.service,
      taskDefinition: to,
    });
    deploymentId = primaryDeploymentId(service);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      by: 'none',
      note: `the rollback to ${shortTaskDefinition(to)} could not be started: ${message}`,
    };
  }
  if (!deploymentId)
    return { by: 'none', note: `the rollback to ${shortTaskDefinition(to)} started no deployment to follow` };
  return { by: 'action', deploymentId, since, to };
}

/** What the log, the summary and the digest say about a rollback, healthy or not. */
function rollbackWords(start: Extract<RollbackStart, { by: 'ecs' | 'action' }>, f: FailedDeployment) {
  if (start.by === 'ecs') {
    const previous = f.previousTaskDefinitionArn;
    return {
      healthy: `ECS's circuit breaker rolled the service back${previous ? ` to ${shortTaskDefinition(previous)}` : ''}`,
      failed: `ECS's circuit breaker started a rollback (${start.deploymentId}) that did not become healthy`,
      reason: `ECS's rollback did not become healthy`,
    };
  }
  return {
    healthy: `rolled back to ${shortTaskDefinition(start.to)}, which is healthy`,
    failed: `the rollback to ${shortTaskDefinition(start.to)} failed too`,
    reason: `the rollback to ${shortTaskDefinition(start.to)} failed too`,
  };
}

type FollowShift = typeof watchServiceDeployment;

/**
 * A rolling deployment's service deployment, when ECS can still roll it back itself (PENDING or
 * IN_PROGRESS, ECS deployment controller) and ECS has not already: StopServiceDeployment ROLLBACK
 * then returns the service to its previous service revision, every setting included. Undefined
 * otherwise, or when it cannot be read: the rollback is then this action's UpdateService.
 */
async function stoppableServiceDeployment(
  ctx: PhaseContext,
  f: FailedDeployment,
): Promise<string | undefined> {
  if (f.watch.verdict.ecsRolledBack || f.watch.verdict.superseded) return undefined;
  try {
    const arn = (await ctx.ecs.describeService(f.cluster, f.service))?.currentServiceDeployment;
    const sd = arn ? await ctx.ecs.describeServiceDeployment(arn) : undefined;
    return sd && ['PENDING', 'IN_PROGRESS'].includes(sd.status ?? '') ? arn : undefined;
  } catch (error) {
    ctx.log.debug(`No service deployment to stop (${errorMessage(error)}); rolling back with UpdateService.`);
    return undefined;
  }
}

/**
 * Blue/green, canary, linear: ECS goes back to the previous service revision itself and moves the
 * traffic back at once. When ECS already started that (an alarm, the circuit breaker) it is followed;
 * otherwise this action asks for it with StopServiceDeployment ROLLBACK and follows it to
 * ROLLBACK_SUCCESSFUL. Undefined when the stop could not be made: the caller rolls back as for rolling.
 */
async function rollBackShift(
  ctx: PhaseContext,
  f: FailedDeployment,
  arn: string,
  digest: FailureDigest,
  follow: FollowShift,
): Promise<RollbackOutcome | undefined> {
  const view = f.watch.shift?.view;
  const byEcs = f.watch.verdict.ecsRolledBack;
  let since = ctx.now();
  if (byEcs) {
    ctx.log.info(
      `${view ? ecsRollbackReason(view) : 'ECS is rolling the deployment back'}; following its rollback.`,
    );
    since = view?.rollback?.startedAt ?? since;
  } else {
    const reason = noRollbackReason(ctx, f);
    if (reason) return { rolledBack: false, by: 'none', note: reason, digest };
    ctx.log.info(
      `Stopping service deployment ${arn} with rollback: ECS moves the traffic back to the previous revision`,
    );
    try {
      await ctx.ecs.stopServiceDeployment(arn, 'ROLLBACK');
    } catch (error) {
      ctx.log.warning(
        `StopServiceDeployment failed (${errorMessage(error)}); rolling back with UpdateService instead.`,
      );
      return undefined;
    }
  }
  const r = await follow(ctx, {
    cluster: f.cluster,
    service: f.service,
    serviceDeploymentArn: arn,
    mode: 'rollback',
    deadline: ctx.now() + ctx.config.waitForMinutes * 60_000,
    since: f.since,
    label: 'rollback',
  });
  const previous = f.previousTaskDefinitionArn
    ? ` to ${shortTaskDefinition(f.previousTaskDefinitionArn)}`
    : '';
  const who = byEcs ? 'ECS rolled the service back' : 'rolled back with StopServiceDeployment';
  const times = { startedAt: since, endedAt: ctx.now(), rollbackTrack: r.track };
  if (r.verdict.state !== 'healthy') {
    digest.reasons = [...digest.reasons, `the rollback failed: ${r.verdict.reasons.join('; ')}`];
    return {
      rolledBack: false,
      by: 'none',
      note: `${who}${previous}, but ${r.verdict.reasons[0]}`,
      rollbackVerdict: r.verdict,
      digest,
      ...times,
    };
  }
  await deregisterFailedRevision(ctx, f);
  return {
    rolledBack: true,
    by: byEcs ? 'ecs' : 'action',
    note: `${who}${previous}; all traffic is back on it`,
    rollbackVerdict: r.verdict,
    digest,
    ...times,
  };
}

/**
 * What to do once the deployment has failed: roll the service back to the revision that ran before
 * and watch that to healthy, unless ECS already did it (then its rollback is watched to healthy),
 * someone else's deployment replaced ours, there is nothing to go back to, or rollback is turned
 * off. The rollback is watched by the deploy's own watch. The caller fails the step either way.
 */
export async function handleFailedDeployment(
  ctx: PhaseContext,
  f: FailedDeployment,
  watch = watchDeployment,
  followShift: FollowShift = watchServiceDeployment,
): Promise<RollbackOutcome> {
  const digest = await gatherDigest(ctx, f, f.watch.observation, f.watch.verdict.reasons);
  if (f.watch.smoke) digest.smokeTest = f.watch.smoke;
  const alarm = await alarmDigest(ctx, f.watch.shift?.view?.triggeredAlarms ?? [], f.errorAlarm);
  if (alarm) digest.alarm = alarm;
  const shiftArn = f.watch.shift?.view?.arn ?? (await stoppableServiceDeployment(ctx, f));
  if (shiftArn) {
    const outcome = await rollBackShift(ctx, f, shiftArn, digest, followShift);
    if (outcome) return outcome;
  }
  const start = await startRollback(ctx, f);
  if (start.by === 'none') return { rolledBack: false, by: 'none', note: start.note, digest };
  const words = rollbackWords(start, f);
  // The step should end with the old version serving again, not merely with a rollback started.
  // ECS's rollback deployment may not be in the last observation; then there is nothing to follow.
  const rollbackVerdict = start.deploymentId
    ? (
        await watch(ctx, {
          cluster: f.cluster,
          service: f.service,
          deploymentId: start.deploymentId,
          targetGroupArn: f.targetGroupArn,
          containerPort: f.containerPort,
          // The rollback gets its own budget: the failure may have used up the deploy's whole deadline.
          deadline: ctx.now() + ctx.config.waitForMinutes * 60_000,
          completion: 'healthy',
          failureThreshold: ctx.config.failureThreshold,
          since: start.since,
          label: 'rollback',
        })
      ).verdict
    : undefined;
  const rollbackDeploymentId = start.deploymentId;
  const createdByEcs = f.watch.observation?.service?.deployments.find(
    (d) => d.id === start.deploymentId,
  )?.createdAt;
  const times = {
    startedAt: start.by === 'ecs' ? (createdByEcs ?? start.since) : start.since,
    endedAt: rollbackVerdict ? ctx.now() : undefined,
  };
  if (rollbackVerdict && rollbackVerdict.state !== 'healthy') {
    digest.reasons = [...digest.reasons, `${words.reason}: ${rollbackVerdict.reasons.join('; ')}`];
    return {
      rolledBack: false,
      by: 'none',
      note: words.failed,
      rollbackDeploymentId,
      rollbackVerdict,
      digest,
      ...times,
    };
  }
  await deregisterFailedRevision(ctx, f);
  return {
    rolledBack: true,
    by: start.by,
    note: words.healthy,
    rollbackDeploymentId,
    rollbackVerdict,
    digest,
    ...times,
  };
}

/**
 * Phase "Rollback": after the watch failed, the digest and the rollback (see handleFailedDeployment),
 * both printed in the phase's log group.
 */
export async function rollBack(
  ctx: PhaseContext,
  failed: {
    stack: Pick<StackResult, 'cluster' | 'targetGroupArn' | 'errorAlarm'>;
    revision: Revision;
    deployment: ServiceDeployment;
    containerName: string;
    since: number;
    watch: WatchResult;
  },
): Promise<RollbackOutcome> {
  const { deployment, revision } = failed;
  const outcome = await handleFailedDeployment(ctx, {
    cluster: failed.stack.cluster,
    service: ctx.config.service,
    deploymentId: deployment.deploymentId,
    taskDefinitionArn: revision.arn!,
    taskDefinition: revision.definition,
    registeredByThisRun: revision.registered,
    previousTaskDefinitionArn: deployment.created ? undefined : deployment.previousTaskDefinitionArn,
    containerName: failed.containerName,
    containerPort: ctx.config.taskDefinition.containerPort,
    targetGroupArn: failed.stack.targetGroupArn,
    errorAlarm: failed.stack.errorAlarm,
    since: failed.since,
    watch: failed.watch,
  });
  for (const line of digestLines(outcome.digest)) ctx.log.info(line);
  ctx.log.info(outcome.note);
  return outcome;
}
