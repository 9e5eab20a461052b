import { shortTaskDefinition } from '../aws/ecs';
import type { PhaseContext } from '../deploy/context';
import { errorMessage } from '../util/errors';
import type { Revision } from './revision';
import type { WatchResult } from './watch';

/**
 * When another run's deployment replaced this run's before it completed (the watch's verdict is
 * `superseded`), nobody deploys the revision this run registered: the other run deployed its own,
 * and this run does not roll back over it. Left ACTIVE, that revision would look like a deployed one
 * (and be offered to the next rollback or `task-definition-arn`), so it is deregistered before the
 * run exits. Not when the service runs it after all (the other run deployed the same revision), nor
 * a revision this run did not register. Our deployment may still be scaling its tasks in: ECS keeps
 * running, and scales, tasks of an INACTIVE revision. Returns whether it deregistered; a failure
 * only warns, it never hides the failure being reported.
 */
export async function deregisterReplacedRevision(
  ctx: PhaseContext,
  failed: { stack: { cluster: string }; revision: Revision; watch: WatchResult },
): Promise<boolean> {
  const arn = failed.revision.arn;
  if (!failed.watch.verdict.superseded || !failed.revision.registered || !arn) return false;
  try {
    const service = await ctx.ecs.describeService(failed.stack.cluster, ctx.config.service);
    const runsIt =
      service?.taskDefinition === arn ||
      (service?.deployments ?? []).some((d) => d.status === 'PRIMARY' && d.taskDefinition === arn);
    if (runsIt) return false;
    await ctx.ecs.deregisterTaskDefinition(arn);
    ctx.log.info(
      `Deregistered ${shortTaskDefinition(arn)}: registered by this run, whose deployment another run replaced.`,
    );
    return true;
  } catch (error) {
    ctx.log.warning(
      `Could not deregister ${shortTaskDefinition(arn)}, registered by this run and replaced before it was deployed: ${errorMessage(error)}`,
    );
    return false;
  }
}
