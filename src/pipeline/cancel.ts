import { shortTaskDefinition } from '../aws/ecs';
import type { DeployConfig } from '../config/types';
import type { PhaseContext } from '../deploy/context';
import type { RunResult } from '../report/model';
import { errorMessage as oneLine } from '../util/errors';
import type { PhaseTiming } from '../util/time';
import { report, ReportSinks } from './report';
import { PhaseOutputs, resultOf, RunCancelledError } from './result';
import { primaryDeploymentId } from './service';

/**
 * A runner cancels a step with SIGINT, then SIGTERM 7.5 s later, then kills it 2.5 s after that.
 * Everything the action does on a cancel (the line, an optional rollback call, the outputs and
 * the summary) fits in this budget, well inside the first 7.5 s.
 */
export const CANCEL_BUDGET_MS = 4_500;
/** The rollback call gets at most this; the line, outputs and summary are written after it. */
const ROLLBACK_CALL_MS = 3_000;

/** The run a signal interrupts, as far as the cancel needs to know it. */
export interface LiveRun {
  config: DeployConfig;
  ctx: PhaseContext;
  /** What the phases returned so far (the result is composed from it, as at the end of a run). */
  made: PhaseOutputs;
  /** The phase running, or the last one started. */
  phase(): string | undefined;
  timings(): PhaseTiming[];
  startedAt: number;
}

/** Where the entry point finds the run a signal interrupts; run() registers itself here. */
export class RunTracker {
  private live?: LiveRun;
  /** Set once a cancel has begun: the pipeline, still running, writes no report of its own after it. */
  cancelled = false;

  track(run: LiveRun): void {
    this.live = run;
  }

  get current(): LiveRun | undefined {
    return this.live;
  }
}

/** What a cancel did about the deployment in progress. */
export type CancelRollback =
  | { started: true; to: string; deploymentId?: string; serviceDeploymentArn?: string }
  | { started: false; why: string };

/** Races each call against one deadline, the rollback's share of the cancel budget. */
function budget(ms: number) {
  let timer: NodeJS.Timeout | undefined;
  let spent = false;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      spent = true;
      reject(new Error(`no answer within ${ms / 1000} s`));
    }, ms);
  });
  expired.catch(() => undefined);
  return {
    race: <T>(call: Promise<T>): Promise<T> => Promise.race([call, expired]),
    /** Whether the budget is spent: no call is started then, as its answer could not be awaited. */
    spent: () => spent,
    clear: () => clearTimeout(timer),
  };
}

/**
 * Blue/green, canary, linear: ECS's own rollback of the service deployment in progress, when it is
 * this run's (the service's PRIMARY deployment runs this run's revision), which moves the traffic back
 * at once; an UpdateService would start a whole new blue/green deployment of the old revision.
 * Not started when another deployment took the service over; undefined when there is no service
 * deployment to stop.
 */
async function stopOurServiceDeployment(
  live: LiveRun,
  to: string,
  race: <T>(call: Promise<T>) => Promise<T>,
): Promise<CancelRollback | undefined> {
  const { config, made, ctx } = live;
  const service = await race(ctx.ecs.describeService(made.stack!.cluster, config.service));
  const primary = service?.deployments?.find((d) => d.status === 'PRIMARY');
  const arn = service?.currentServiceDeployment;
  if (primary && primary.taskDefinition !== made.revision?.arn)
    return {
      started: false,
      why: `another deployment took the service over (${shortTaskDefinition(primary.taskDefinition)} runs now)`,
    };
  if (!arn || !primary) return undefined;
  await race(ctx.ecs.stopServiceDeployment(arn, 'ROLLBACK'));
  return { started: true, to, deploymentId: primary.id, serviceDeploymentArn: arn };
}

/**
 * Starts the rollback to the previous revision, not followed, within its share of the budget: for
 * rolling one UpdateService; for blue/green, canary and linear StopServiceDeployment ROLLBACK (after
 * one DescribeServices), and UpdateService when that cannot be made.
 */
export async function rollbackOnCancel(live: LiveRun): Promise<CancelRollback | undefined> {
  const { config, made, ctx } = live;
  const deployment = made.service?.deployment;
  if (!config.rollbackOnCancel || live.phase() !== 'Watch' || !deployment || !made.stack) return undefined;
  const to = deployment.created ? undefined : deployment.previousTaskDefinitionArn;
  if (!to || to === made.revision?.arn)
    return { started: false, why: 'there is no previous revision to roll back to' };
  const { race, spent, clear } = budget(ROLLBACK_CALL_MS);
  const failed: string[] = [];
  try {
    if (config.strategy.kind !== 'rolling') {
      try {
        const stopped = await stopOurServiceDeployment(live, to, race);
        if (stopped) return stopped;
      } catch (error) {
        failed.push(`StopServiceDeployment failed: ${oneLine(error)}`);
      }
      if (spent()) return { started: false, why: failed.join('; ') || 'no time left for UpdateService' };
    }
    const service = await race(
      ctx.ecs.updateService({ cluster: made.stack.cluster, service: config.service, taskDefinition: to }),
    );
    return { started: true, to, deploymentId: primaryDeploymentId(service) };
  } catch (error) {
    failed.push(`UpdateService failed: ${oneLine(error)}`);
    return { started: false, why: failed.join('; ') };
  } finally {
    clear();
  }
}

/** What happens now to what the run had started, in one or two sentences. */
function aftermath(live: LiveRun, rollback: CancelRollback | undefined): string {
  const { made, config } = live;
  const deployment = made.service?.deployment;
  const revision = shortTaskDefinition(made.revision?.arn);
  if (config.plan) return 'This was a plan: nothing was changed.';
  if (rollback?.started && rollback.serviceDeploymentArn)
    return `The action stopped service deployment ${rollback.serviceDeploymentArn} with rollback: ECS moves the traffic back to ${shortTaskDefinition(rollback.to)} and carries the rollback out, unwatched.`;
  if (rollback?.started)
    return `The action started the rollback to ${shortTaskDefinition(rollback.to)}${rollback.deploymentId ? ` (deployment ${rollback.deploymentId})` : ''}; ECS carries it out, unwatched.`;
  const notRolledBack = rollback ? ` The rollback on cancel was not started: ${rollback.why}.` : '';
  if (live.phase() === 'Rollback')
    return `The rollback of deployment ${deployment?.deploymentId} goes on in ECS, unwatched.`;
  if (deployment)
    return `ECS goes on with deployment ${deployment.deploymentId} of ${revision}, unwatched; its circuit breaker still rolls it back if the new tasks fail. Re-run to follow it to the end.${notRolledBack}`;
  if (live.phase() === 'Service')
    return `A deployment of ${revision} may have started: ECS goes on with it and its circuit breaker guards it. Re-run to follow it.`;
  return 'Nothing was deployed; what this run created stays, and a re-run goes on from it.';
}

/** The one line a cancel writes: what was in progress, and what happens to it now. */
export function cancelLine(signal: string, live: LiveRun | undefined, rollback?: CancelRollback): string {
  if (!live) return `Cancelled (${signal}) before the deployment started: this run changed nothing.`;
  const deploymentId = live.made.service?.deployment?.deploymentId;
  const during = `${live.phase() ?? 'start'}${deploymentId ? ` of deployment ${deploymentId}` : ''}`;
  return `Cancelled (${signal}) during ${during} (${live.config.service}). ${aftermath(live, rollback)}`;
}

/** The cancelled run's result: what its phases made so far, the running phase marked as not finished. */
export function cancelledResult(live: LiveRun, line: string, now: number): RunResult {
  const phases = live.timings();
  const running = phases[phases.length - 1];
  if (running && running.name === live.phase() && running.ms === 0) {
    running.outcome = 'failed';
    running.ms = now - live.startedAt - phases.slice(0, -1).reduce((sum, p) => sum + p.ms, 0);
  }
  const end = {
    failure: new RunCancelledError(line),
    phases,
    durationSeconds: Math.round((now - live.startedAt) / 1000),
  };
  return resultOf(live.config, live.made, end);
}

/**
 * On SIGINT or SIGTERM: starts the rollback when `rollback-on-cancel` asks for it during the watch,
 * then reports what the run has (the outputs, a summary with outcome `cancelled`) and returns the
 * one line to fail the step with. The pipeline keeps running until the process exits; it reports
 * nothing more (`tracker.cancelled`).
 */
export async function cancelRun(
  signal: string,
  tracker: RunTracker,
  sinks: ReportSinks & { now(): number },
): Promise<string> {
  tracker.cancelled = true;
  const live = tracker.current;
  const rollback = live ? await rollbackOnCancel(live) : undefined;
  const line = cancelLine(signal, live, rollback);
  if (live) await report(cancelledResult(live, line, sinks.now()), live.config.plan, sinks);
  return line;
}
