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
  };
}
