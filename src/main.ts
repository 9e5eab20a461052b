import type { DeployConfig } from './config/types';
import type { RunTracker } from './pipeline/cancel';
import type { Deps } from './pipeline/deps';
import { resolveImage } from './pipeline/image';
import { ensureAutoscaling, ensureInfrastructure } from './pipeline/infra';
import { startPipeline } from './pipeline/phase';
import { assertDeployMode, identify, preflight } from './pipeline/preflight';
import { pruneAfterDeploy } from './pipeline/prune';
import { deregisterReplacedRevision } from './pipeline/replaced';
import { report } from './pipeline/report';
import {
  deploymentFailedError,
  failureLine,
  PhaseOutputs,
  resultOf,
  RunFailedError,
} from './pipeline/result';
import { currentService, prepareRevision } from './pipeline/revision';
import { rollBack } from './pipeline/rollback';
import { placementFor, rollOutService } from './pipeline/service';
import { watchRollout, watchWindow } from './pipeline/watch';
import type { RunResult } from './report/model';
import { planLines } from './report/summary';

export type { RunResult } from './report/model';
export type { Deps, RenderFunctions } from './pipeline/deps';
export { RunFailedError } from './pipeline/result';

/**
 * The pipeline: preflight, identity, build & push, infrastructure, task definition, service,
 * autoscaling, watch, rollback on failure, report. Each phase is a function that returns what it
 * made, in its own log group; in plan mode every phase only describes. The run's result is composed
 * from those returns, and the outputs and the job summary are written in a finally, so a failed run
 * still says what it did and why it failed. `tracker` lets a cancel (SIGINT, SIGTERM) find the run
 * and report it (pipeline/cancel.ts).
 */
export async function run(config: DeployConfig, deps: Deps, tracker?: RunTracker): Promise<RunResult> {
  const started = deps.now();
  const { ctx, phase, timings, current } = startPipeline(config, deps);
  const made: PhaseOutputs = {};
  tracker?.track({ config, ctx, made, phase: current, timings, startedAt: started });
  let failure: unknown;
  let result: RunResult | undefined;
  try {
    assertDeployMode(config);
    const checked = await phase('Preflight', () => preflight(ctx, deps));
    const accountId = await phase('Identity', () => identify(config, deps));
    made.image = await phase('Build and push', () => resolveImage(config, deps, accountId));
    const stack = (made.stack = await phase('Infrastructure', () =>
      ensureInfrastructure(config, deps, checked.stack),
    ));
    const revision = await phase('Task definition', async () => {
      const existing = (made.existing = { service: await currentService(ctx, stack) });
      const input = {
        accountId,
        stack,
        imageUri: made.image?.uri,
        running: existing.service?.taskDefinition,
        given: checked.given,
      };
      return (made.revision = await prepareRevision(ctx, deps.render, input));
    });
    const placement = placementFor(config, stack, revision.containers);
    const window = watchWindow(ctx);
    const service = (made.service = await phase('Service', () =>
      rollOutService(ctx, placement, revision, made.existing?.service, window.deadline),
    ));
    made.scaling = await phase('Autoscaling', () => ensureAutoscaling(config, deps, stack));
    const deployment = service.deployment;
    if (!deployment) {
      const planned = resultOf(config, made, { phases: [], durationSeconds: 0 });
      for (const line of planLines(planned)) deps.log.info(line);
    } else {
      const watch = (made.watch = await phase('Watch', () =>
        watchRollout(ctx, stack, deployment.deploymentId, window),
      ));
      if (watch.verdict.state === 'healthy')
        await pruneAfterDeploy(ctx, revision.arn!, deployment.previousTaskDefinitionArn);
      else {
        const failed = { stack, revision, deployment, containerName: placement.containerName, watch };
        made.rollback = await phase('Rollback', async () => {
          const outcome = await rollBack(ctx, { ...failed, since: window.since });
          await deregisterReplacedRevision(ctx, failed);
          return outcome;
        });
        throw deploymentFailedError(config, revision, watch, made.rollback);
      }
    }
  } catch (error) {
    failure = error;
  } finally {
    const end = { failure, phases: timings(), durationSeconds: Math.round((deps.now() - started) / 1000) };
    result = resultOf(config, made, end);
    // A cancel has reported the run already; the process is about to exit.
    if (!tracker?.cancelled) await report(result, config.plan, deps);
  }
  if (failure === undefined) return result;
  throw new RunFailedError(failureLine(failure), result);
}
