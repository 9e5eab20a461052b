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
  /** strategy: which one ran (rolling, blue-green, canary, linear). */
  strategy?: string;
  /** traffic-shift: how production traffic moved, in one line. */
  trafficShift?: string;
  /** both-versions-seconds: how long the old and the new version both had tasks up. */
  bothVersionsSeconds?: number;
  /** Blue/green, canary, linear: each lifecycle stage and production traffic move as the watch saw it (epoch ms). */
  shift?: { stages: { stage: string; at: number }[]; moves: { at: number; percent: number }[] };
  /** Task size and count before and after, for the summary's cost line. */
  footprint?: Footprint;
}
