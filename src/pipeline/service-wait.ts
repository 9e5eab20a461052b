import type { Service } from '@aws-sdk/client-ecs';
import { shortTaskDefinition } from '../aws/ecs';
import { DeployError, PhaseContext } from '../deploy/context';
import { AdaptivePoller, maxPolls } from '../util/poll';
import { isThrottlingError } from '../util/retry';
import { formatDuration } from '../util/time';
import { assessDeployment } from '../deploy/assess';
import { observeDeployment } from './watch';

/** Deployments of the service that have not finished rolling out (ours must not be stacked on them). */
export function unfinishedDeployments(
  service: Service,
): { id: string; taskDefinition: string; rolloutState?: string }[] {
  const deployments = service.deployments ?? [];
  const inProgress = deployments.filter((d) => d.rolloutState === 'IN_PROGRESS');
  // Without rollout states (older services), more than one deployment means one is still replacing another.
  const unfinished =
    inProgress.length > 0
      ? inProgress
      : deployments.length > 1 && deployments.every((d) => !d.rolloutState)
        ? deployments
        : [];
  return unfinished.map((d) => ({
    id: d.id ?? '',
    taskDefinition: d.taskDefinition ?? '',
    rolloutState: d.rolloutState,
  }));
}

/**
 * The only unfinished deployment is the service's PRIMARY one and its traffic has moved: every new
 * task healthy in the target group and no old target serving (the same judgement as the watch's
 * `healthy`). What remains is the old targets draining, which a new deployment does not disturb: ECS
 * keeps draining them, and the new deployment's own rollback (by this action) goes back to this one.
 */
async function onlyDraining(ctx: PhaseContext, service: Service): Promise<boolean> {
  const unfinished = unfinishedDeployments(service);
  const primary = service.deployments?.find((d) => d.status === 'PRIMARY');
  const targetGroupArn = service.loadBalancers?.find((l) => l.targetGroupArn)?.targetGroupArn;
  if (unfinished.length !== 1 || !primary?.id || unfinished[0].id !== primary.id || !targetGroupArn)
    return false;
  let obs;
  try {
    obs = await observeDeployment(ctx, {
      cluster: ctx.config.cluster,
      service: ctx.config.service,
      deploymentId: primary.id,
      targetGroupArn,
      containerPort: ctx.config.taskDefinition.containerPort,
      deadline: Infinity,
      completion: 'healthy',
      failureThreshold: ctx.config.failureThreshold,
      since: 0,
    });
  } catch (error) {
    if (isThrottlingError(error)) return false;
    throw error;
  }
  const verdict = assessDeployment(obs, {
    deadline: Infinity,
    completion: 'healthy',
    failureThreshold: ctx.config.failureThreshold,
    containerPort: ctx.config.taskDefinition.containerPort,
  });
  return verdict.state === 'healthy';
}

/**
 * With deployment alarms (rollback-on-errors), ECS keeps a deployment IN_PROGRESS after its tasks
 * are healthy, for a bake time in which its alarms may still fail it and roll it back. Starting
 * ours over it would cut that judgement short and leave nothing COMPLETED to roll back to, so the
 * "only draining" shortcut does not apply: ours waits for ECS to complete it.
 */
function judgedByAlarms(service: Service): boolean {
  return service.deploymentConfiguration?.alarms?.enable === true;
}

/**
 * Waits until no other deployment of the service is in progress, within the deadline. Two
 * overlapping deployments can leave the circuit breaker nothing COMPLETED to roll back to, so this
 * never starts a second one: it waits, or fails saying what it waited for.
 */
export async function waitForOtherDeployments(
  ctx: PhaseContext,
  service: Service,
  deadline: number,
): Promise<Service> {
  let current = service;
  let unfinished = unfinishedDeployments(current);
  if (unfinished.length === 0) return current;
  const started = ctx.now();
  if (!judgedByAlarms(current) && (await onlyDraining(ctx, current))) {
    ctx.log.info(
      `Deployment ${unfinished[0].id} (${shortTaskDefinition(unfinished[0].taskDefinition)}) has moved all traffic to healthy new tasks; only its old targets are still draining, so ours starts now.`,
    );
    return current;
  }
  const describe = () =>
    unfinished
      .map(
        (d) =>
          `${d.id} (${shortTaskDefinition(d.taskDefinition)}${d.rolloutState ? `, ${d.rolloutState}` : ''})`,
      )
      .join(', ');
  ctx.log.info(
    `Another deployment of ${ctx.config.service} is in progress: ${describe()}. Waiting for it to finish before starting ours.`,
  );
  const poller = new AdaptivePoller(ctx, deadline);
  let last = describe();
  let event: 'changed' | 'idle' | 'throttled' = 'idle';
  for (let i = 0, n = maxPolls(deadline, started); i < n; i++) {
    if (!(await poller.pause(event))) break;
    event = 'idle';
    try {
      const next = await ctx.ecs.describeService(ctx.config.cluster, ctx.config.service);
      if (!next)
        throw new DeployError(
          `The service ${ctx.config.service} disappeared while waiting for its deployment ${describe()} to finish.`,
        );
      current = next;
    } catch (error) {
      if (!isThrottlingError(error)) throw error;
      event = 'throttled';
      continue;
    }
    unfinished = unfinishedDeployments(current);
    if (unfinished.length > 0 && !judgedByAlarms(current) && (await onlyDraining(ctx, current))) {
      ctx.log.info(
        `Deployment ${unfinished[0].id} has moved all traffic after ${formatDuration(ctx.now() - started)}; only draining remains, so ours starts now.`,
      );
      return current;
    }
    if (unfinished.length === 0) {
      ctx.log.info(
        `The other deployment finished after ${formatDuration(ctx.now() - started)}; the service now runs ${shortTaskDefinition(current.taskDefinition)}.`,
      );
      return current;
    }
    const now = describe();
    if (now !== last) {
      ctx.log.info(`Still in progress: ${now}`);
      event = 'changed';
    }
    last = now;
  }
  throw new DeployError(
    `Another deployment of service ${ctx.config.service} is still in progress after ${formatDuration(ctx.now() - started)} (${describe()}). ` +
      'Not starting a second one: overlapping deployments can leave ECS nothing to roll back to. Re-run when it has finished, or raise wait-for-minutes.',
  );
}
