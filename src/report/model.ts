import type { FailureDigest } from '../deploy/digest';
import type { PhaseTiming } from '../util/time';
import type { Milestones } from '../deploy/milestones';
import type { Footprint } from './cost';

export type Outcome = 'deployed' | 'unchanged' | 'planned' | 'rolled-back' | 'failed' | 'cancelled';

export interface ResourceChange {
  action: 'create' | 'update' | 'keep' | 'delete';
  resource: string;
  name: string;
  detail?: string;
}

/** What one run did (or, in plan mode, would do): the source of the outputs and the job summary. */
export interface RunResult {
  outcome: Outcome;
  region: string;
  cluster: string;
  service: string;
  environment: string;
  imageUri?: string;
  imageBuilt?: boolean;
  taskDefinitionArn?: string;
  previousTaskDefinitionArn?: string;
  /** A new revision was registered (false: an identical one was reused). */
  registered: boolean;
  taskDefinitionChanges: string[];
  serviceArn?: string;
  serviceCreated?: boolean;
  serviceChanges: string[];
  deploymentId?: string;
  rolledBack: boolean;
  url?: string;
  durationSeconds: number;
  phases: PhaseTiming[];
  stackChanges: ResourceChange[];
  scalingChanges: ResourceChange[];
  /** The one-line reason the run failed. */
  failure?: string;
  /** What happened after the failure (rollback, ECS rollback, nothing to roll back to). */
  rollbackNote?: string;
  digest?: FailureDigest;
  /** When the watched deployment reached each step (epoch ms), for the summary's chart. */
  milestones?: Milestones;
  /** When the rollback began and its watch ended (epoch ms). */
  rollbackTimes?: { startedAt?: number; endedAt?: number };
  /** Task size and count before and after, for the summary's cost line. */
  footprint?: Footprint;
}
