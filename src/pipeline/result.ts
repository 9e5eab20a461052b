import type { Service } from '@aws-sdk/client-ecs';
import { shortTaskDefinition } from '../aws/ecs';
import type { DeployConfig } from '../config/types';
import { DeployError } from '../deploy/context';
import type { StackResult } from '../infra/index';
import type { Outcome, ResourceChange, RunResult } from '../report/model';
import type { Footprint } from '../report/cost';
import { errorMessage as oneLine } from '../util/errors';
import type { PhaseTiming } from '../util/time';
import type { ImageOutcome } from './image';
import type { Revision } from './revision';
import type { RollbackOutcome } from './rollback';
import type { ServiceOutcome } from './service';
import type { WatchResult } from './watch';
import { trafficShiftLine } from '../deploy/service-deployment';

/** What each phase returned, as far as the run got: the run's result is composed from it. */
export interface PhaseOutputs {
  image?: ImageOutcome;
  stack?: StackResult;
  /** The service as the Task definition phase found it (service undefined: it did not exist). */
  existing?: { service?: Service };
  revision?: Revision;
  service?: ServiceOutcome;
  scaling?: ResourceChange[];
  watch?: WatchResult;
  rollback?: RollbackOutcome;
}

/** The run failed; `result` is what it did, already reported in the outputs and the summary. */
export class RunFailedError extends Error {
  constructor(
    message: string,
    readonly result: RunResult,
  ) {
    super(message);
    this.name = 'RunFailedError';
  }
}

/** The failure of a cancelled run (SIGINT, SIGTERM): its message is the cancel's line. */
export class RunCancelledError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RunCancelledError';
  }
}

/** ECS ends some reasons with a full stop; sentences built around them add their own. */
function withoutFinalStop(text: string): string {
  return text.replace(/\.+$/, '');
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** One line for the step's failure; the full reasons and the digest are in the log and the summary. */
export function deploymentFailedError(
  config: DeployConfig,
  revision: Revision,
  watch: WatchResult,
  rollback: RollbackOutcome,
): DeployError {
  return new DeployError(
    `Deployment of ${shortTaskDefinition(revision.arn)} to ${config.service} failed: ${withoutFinalStop(watch.verdict.reasons[0])}. ${capitalize(rollback.note)}.`,
  );
}

/** The message the step fails with: a DeployError's own, any other error's on one line. */
export function failureLine(failure: unknown): string {
  return failure instanceof DeployError ? failure.message : oneLine(failure);
}

function outcomeOf(config: DeployConfig, made: PhaseOutputs, failure: unknown): Outcome {
  const failed = failure !== undefined;
  if (failure instanceof RunCancelledError) return 'cancelled';
  if (failed) return made.rollback?.rolledBack ? 'rolled-back' : 'failed';
  if (config.plan) return 'planned';
  return made.service?.deployment?.updated ? 'deployed' : 'unchanged';
}

/** Why the run failed, in one line: the watch's reasons, else the error. */
function failureOf(made: PhaseOutputs, failure: unknown): string | undefined {
  const verdict = made.watch?.verdict;
  if (verdict && verdict.state !== 'healthy') return verdict.reasons.map(withoutFinalStop).join('; ');
  return failure === undefined ? undefined : oneLine(failure);
}

/** The service's task size and count before and after the run, for the cost line. */
function footprintOf(config: DeployConfig, made: PhaseOutputs): Footprint {
  const before = made.existing?.service;
  return {
    size: made.revision?.size,
    previousSize: made.revision?.previousSize,
    // After Create/UpdateService, what ECS holds; in plan mode, the input or what runs.
    desiredCount:
      made.service?.deployment?.service.desiredCount ?? config.desiredCount ?? before?.desiredCount,
    previousDesiredCount: before?.desiredCount,
    loadBalancer: made.stack?.loadBalancerArn !== undefined,
  };
}

/**
 * How long both versions had tasks up. Blue/green, canary, linear: from the new tasks' scale-up to the
 * old ones' clean-up (or the end of the rollback). Rolling: from the first new task's start to the
 * moment no old target took requests (or the end of the rollback).
 */
export function bothVersionsMs(made: PhaseOutputs): number | undefined {
  const track = made.watch?.shift?.track;
  const rolledBackAt = made.rollback?.rolledBack ? made.rollback.endedAt : undefined;
  const from = track ? track.bothFrom : made.watch?.milestones?.firstTaskStarted;
  const to = (track ? track.bothTo : made.watch?.milestones?.trafficMoved) ?? rolledBackAt;
  return from !== undefined && to !== undefined && to >= from ? to - from : undefined;
}

/** The strategy, traffic-shift and both-versions-seconds outputs and the summary's stages. */
function strategyOf(config: DeployConfig, made: PhaseOutputs): Partial<RunResult> {
  if (!made.watch) return { strategy: config.strategy.kind };
  const track = made.watch.shift?.track;
  const rolledBack = made.rollback?.rolledBack ?? false;
  const moves = [...(track?.moves ?? []), ...(made.rollback?.rollbackTrack?.moves ?? [])];
  const merged = track
    ? { ...track, moves: moves.filter((m, i) => i === 0 || m.percent !== moves[i - 1].percent) }
    : undefined;
  const ms = bothVersionsMs(made);
  return {
    strategy: config.strategy.kind,
    trafficShift: trafficShiftLine(made.watch.shift?.strategy ?? 'rolling', merged, rolledBack),
    bothVersionsSeconds: ms === undefined ? undefined : Math.round(ms / 1000),
    shift: merged && { stages: merged.stages, moves: merged.moves },
  };
}

/** What the run did (or in plan mode would do), from what its phases returned. */
export function resultOf(
  config: DeployConfig,
  made: PhaseOutputs,
  end: { failure?: unknown; phases: PhaseTiming[]; durationSeconds: number },
): RunResult {
  const { image, stack, revision, service, rollback } = made;
  const failed = end.failure !== undefined;
  return {
    outcome: outcomeOf(config, made, end.failure),
    region: config.region,
    cluster: config.cluster,
    service: config.service,
    environment: config.environment,
    imageUri: revision ? revision.imageUri : image?.uri,
    imageBuilt: image?.built,
    taskDefinitionArn: revision?.arn,
    // The Service phase knows best (it waited for other deployments); before it, what the service ran.
    previousTaskDefinitionArn: service
      ? service.previousTaskDefinitionArn
      : made.existing?.service?.taskDefinition,
    registered: revision?.registered ?? false,
    taskDefinitionChanges: revision?.changes ?? [],
    serviceArn: service?.serviceArn,
    serviceCreated: service?.deployment?.created,
    serviceChanges: service?.changes ?? [],
    deploymentId: service?.deployment?.deploymentId,
    rolledBack: rollback?.rolledBack ?? false,
    url: stack?.url,
    durationSeconds: end.durationSeconds,
    phases: end.phases,
    stackChanges: stack?.changes ?? [],
    scalingChanges: made.scaling ?? [],
    failure: failed ? failureOf(made, end.failure) : undefined,
    rollbackNote: rollback?.note,
    digest: rollback?.digest,
    milestones: made.watch?.milestones,
    rollbackTimes: rollback && { startedAt: rollback.startedAt, endedAt: rollback.endedAt },
    footprint: footprintOf(config, made),
    ...strategyOf(config, made),
  };
}
