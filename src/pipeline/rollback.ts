import type { TaskDefinition } from '@aws-sdk/client-ecs';
import { shortTaskDefinition } from '../aws/ecs';
import { lastLogLines } from '../aws/logs';
import type { Verdict } from '../deploy/assess';
import { buildDigest, FailureDigest, LogExcerpt, taskForLogs } from '../deploy/digest';
import type { DeploymentObservation } from '../deploy/model';
import type { PhaseContext } from '../deploy/context';
import { primaryDeploymentId } from './service';
import { awslogsStream, watchDeployment, WatchResult } from './watch';

export interface FailedDeployment {
  cluster: string;
  service: string;
  deploymentId: string;
  taskDefinitionArn: string;
  /** The failed revision's definition: its awslogs settings say where the container logs are. */
  taskDefinition?: TaskDefinition;
  /** Deregistered after a rollback only when this run registered it (a reused revision may be used elsewhere). */
  registeredByThisRun: boolean;
  previousTaskDefinitionArn?: string;
  containerName: string;
  containerPort: number;
  targetGroupArn?: string;
  since: number;
  watch: WatchResult;
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
}

/** The last log lines of the most telling failed task, from the awslogs settings of its container. */
export async function failedTaskLogs(
  ctx: PhaseContext,
  obs: DeploymentObservation | undefined,
  taskDefinition: TaskDefinition | undefined,
  containerName: string,
): Promise<LogExcerpt | undefined> {
  const task = taskForLogs(obs);
  if (!task || !taskDefinition) return undefined;
  const container =
    taskDefinition.containerDefinitions?.find((c) => c.name === containerName) ??
    taskDefinition.containerDefinitions?.[0];
  const logConfig = container?.logConfiguration;
  if (!container?.name || logConfig?.logDriver !== 'awslogs') return undefined;
  const group = logConfig.options?.['awslogs-group'];
  const prefix = logConfig.options?.['awslogs-stream-prefix'];
  if (!group || !prefix) return undefined;
  const stream = awslogsStream(prefix, container.name, task.arn);
  try {
    const lines = await lastLogLines(ctx.clients.logs, group, stream, 20);
    return { taskId: task.id, group, stream, lines };
  } catch (error) {
    // The digest is still worth having without the logs (the stream may not exist if the task never started).
    return {
      taskId: task.id,
      group,
      stream,
      lines: [],
      error: error instanceof Error ? error.message : String(error),
    };
  }
}

export async function gatherDigest(
  ctx: PhaseContext,
  f: FailedDeployment,
  obs: DeploymentObservation | undefined,
  reasons: string[],
): Promise<FailureDigest> {
  const logs = await failedTaskLogs(ctx, obs, f.taskDefinition, f.containerName);
  return buildDigest({
    observation: obs,
    deploymentId: f.deploymentId,
    taskDefinitionArn: f.taskDefinitionArn,
    reasons,
    since: f.since,
    logs,
  });
}

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

/**
 * What to do once the deployment has failed: roll the service back to the revision that ran before
 * and watch that to healthy, unless ECS already did it, someone else's deployment replaced ours,
 * there is nothing to go back to, or rollback is turned off. The caller fails the step either way.
 */
export async function handleFailedDeployment(
  ctx: PhaseContext,
  f: FailedDeployment,
): Promise<RollbackOutcome> {
  const { config, log } = ctx;
  const verdict = f.watch.verdict;
  const digest = await gatherDigest(ctx, f, f.watch.observation, verdict.reasons);
  const previous = f.previousTaskDefinitionArn;

  if (verdict.ecsRolledBack) {
    log.info(
      'ECS (deployment circuit breaker) has already rolled the service back; not starting a second rollback.',
    );
    // The step should end with the old version serving again, not merely with ECS having started
    // to bring it back: follow ECS's rollback deployment to healthy as we would follow our own.
    const ecsRollback = f.watch.observation?.service?.deployments.find(
      (d) => d.status === 'PRIMARY' && d.id !== f.deploymentId,
    );
    let rollbackVerdict: Verdict | undefined;
    if (ecsRollback) {
      const watch = await watchDeployment(ctx, {
        cluster: f.cluster,
        service: f.service,
        deploymentId: ecsRollback.id,
        targetGroupArn: f.targetGroupArn,
        containerPort: f.containerPort,
        deadline: ctx.now() + config.waitForMinutes * 60_000,
        completion: 'healthy',
        failureThreshold: config.failureThreshold,
        since: ctx.now(),
        label: 'rollback',
      });
      rollbackVerdict = watch.verdict;
      if (watch.verdict.state !== 'healthy') {
        digest.reasons = [
          ...digest.reasons,
          `ECS's rollback did not become healthy: ${watch.verdict.reasons.join('; ')}`,
        ];
        return {
          rolledBack: false,
          by: 'none',
          note: `ECS's circuit breaker started a rollback (${ecsRollback.id}) that did not become healthy`,
          rollbackDeploymentId: ecsRollback.id,
          rollbackVerdict,
          digest,
        };
      }
    }
    await deregisterFailedRevision(ctx, f);
    return {
      rolledBack: true,
      by: 'ecs',
      note: `ECS's circuit breaker rolled the service back${previous ? ` to ${shortTaskDefinition(previous)}` : ''}`,
      rollbackDeploymentId: ecsRollback?.id,
      rollbackVerdict,
      digest,
    };
  }
  if (verdict.superseded) {
    return {
      rolledBack: false,
      by: 'none',
      note: 'another deployment replaced this one; not rolling back over it',
      digest,
    };
  }
  if (!config.rollback) {
    return {
      rolledBack: false,
      by: 'none',
      note: 'rollback is turned off (rollback: false); the service was left as it is',
      digest,
    };
  }
  if (!previous) {
    return {
      rolledBack: false,
      by: 'none',
      note: 'nothing to roll back to: this was the first deployment of the service',
      digest,
    };
  }
  if (previous === f.taskDefinitionArn) {
    return {
      rolledBack: false,
      by: 'none',
      note: `nothing to roll back to: the service ran ${shortTaskDefinition(previous)} before too`,
      digest,
    };
  }

  log.info(`Rolling back ${f.service} to ${shortTaskDefinition(previous)}`);
  const since = ctx.now();
  let rollbackDeploymentId: string | undefined;
  try {
    const service = await ctx.ecs.updateService({
      cluster: f.cluster,
      service: f.service,
      taskDefinition: previous,
    });
    rollbackDeploymentId = primaryDeploymentId(service);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      rolledBack: false,
      by: 'none',
      note: `the rollback to ${shortTaskDefinition(previous)} could not be started: ${message}`,
      digest,
    };
  }
  if (!rollbackDeploymentId) {
    return {
      rolledBack: false,
      by: 'none',
      note: `the rollback to ${shortTaskDefinition(previous)} started no deployment to follow`,
      digest,
    };
  }
  const watch = await watchDeployment(ctx, {
    cluster: f.cluster,
    service: f.service,
    deploymentId: rollbackDeploymentId,
    targetGroupArn: f.targetGroupArn,
    containerPort: f.containerPort,
    // The rollback gets its own budget: the failure may have used up the deploy's whole deadline.
    deadline: ctx.now() + config.waitForMinutes * 60_000,
    completion: 'healthy',
    failureThreshold: config.failureThreshold,
    since,
    label: 'rollback',
  });
  if (watch.verdict.state !== 'healthy') {
    digest.reasons = [
      ...digest.reasons,
      `the rollback to ${shortTaskDefinition(previous)} failed too: ${watch.verdict.reasons.join('; ')}`,
    ];
    return {
      rolledBack: false,
      by: 'none',
      note: `the rollback to ${shortTaskDefinition(previous)} failed too`,
      rollbackDeploymentId,
      rollbackVerdict: watch.verdict,
      digest,
    };
  }
  await deregisterFailedRevision(ctx, f);
  return {
    rolledBack: true,
    by: 'action',
    note: `rolled back to ${shortTaskDefinition(previous)}, which is healthy`,
    rollbackDeploymentId,
    rollbackVerdict: watch.verdict,
    digest,
  };
}
