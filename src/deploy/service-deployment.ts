import type { ServiceDeployment } from '@aws-sdk/client-ecs';
import { formatDuration } from '../util/time';
import type { Verdict } from './assess';

/**
 * Blue/green, canary and linear deployments as ECS reports them: the service deployment
 * (DescribeServiceDeployments) with its status, lifecycle stage and traffic weights. Pure: the watch
 * in src/pipeline/shift-watch.ts reads, this module decides what a reading means, what to print and
 * when to read again.
 */
export interface ServiceDeploymentView {
  arn: string;
  status: string;
  statusReason?: string;
  stage?: string;
  /** Share of production (test) traffic requested for the new revision, in percent, when ECS reports it. */
  productionPercent?: number;
  testPercent?: number;
  strategy?: string;
  /** deploymentConfiguration.bakeTimeInMinutes, and the canary or linear step's bake. */
  bakeMinutes?: number;
  stepBakeMinutes?: number;
  rollback?: { reason?: string; startedAt?: number };
  alarmNames: string[];
  triggeredAlarms: string[];
  circuitBreaker?: { status?: string; failureCount?: number; threshold?: number };
  /** The new revision's tasks. */
  running?: number;
  requested?: number;
}

export const FINAL_STATUSES = new Set(['SUCCESSFUL', 'STOPPED', 'ROLLBACK_SUCCESSFUL', 'ROLLBACK_FAILED']);
const ROLLING_BACK = new Set([
  'ROLLBACK_REQUESTED',
  'ROLLBACK_IN_PROGRESS',
  'ROLLBACK_SUCCESSFUL',
  'ROLLBACK_FAILED',
]);

/** The lifecycle stages in ECS's order (RECONCILE_SERVICE only when more than one revision is active). */
export const STAGES = [
  'RECONCILE_SERVICE',
  'PRE_SCALE_UP',
  'SCALE_UP',
  'POST_SCALE_UP',
  'TEST_TRAFFIC_SHIFT',
  'POST_TEST_TRAFFIC_SHIFT',
  'PRODUCTION_TRAFFIC_SHIFT',
  'POST_PRODUCTION_TRAFFIC_SHIFT',
  'BAKE_TIME',
  'CLEAN_UP',
];

const stageIndex = (stage: string | undefined): number => (stage ? STAGES.indexOf(stage) : -1);

export function toServiceDeploymentView(sd: ServiceDeployment): ServiceDeploymentView {
  const target = sd.targetServiceRevision;
  const cfg = sd.deploymentConfiguration;
  return {
    arn: sd.serviceDeploymentArn ?? '',
    status: sd.status ?? 'PENDING',
    statusReason: sd.statusReason,
    stage: sd.lifecycleStage,
    productionPercent: target?.requestedProductionTrafficWeight,
    testPercent: target?.requestedTestTrafficWeight,
    strategy: cfg?.strategy,
    bakeMinutes: cfg?.bakeTimeInMinutes,
    stepBakeMinutes:
      cfg?.strategy === 'CANARY'
        ? cfg.canaryConfiguration?.canaryBakeTimeInMinutes
        : cfg?.strategy === 'LINEAR'
          ? cfg.linearConfiguration?.stepBakeTimeInMinutes
          : undefined,
    rollback: sd.rollback && { reason: sd.rollback.reason, startedAt: sd.rollback.startedAt?.getTime() },
    alarmNames: sd.alarms?.alarmNames ?? [],
    triggeredAlarms: sd.alarms?.triggeredAlarmNames ?? [],
    circuitBreaker: sd.deploymentCircuitBreaker && {
      status: sd.deploymentCircuitBreaker.status,
      failureCount: sd.deploymentCircuitBreaker.failureCount,
      threshold: sd.deploymentCircuitBreaker.threshold,
    },
    running: target?.runningTaskCount,
    requested: target?.requestedTaskCount,
  };
}

/**
 * The new revision's share of production traffic: ECS's requested weight when it reports one; else
 * what the stage implies (nothing before PRODUCTION_TRAFFIC_SHIFT, everything after it, nothing once
 * a rollback is under way); undefined in the middle of the shift.
 */
export function productionShare(v: ServiceDeploymentView): number | undefined {
  if (v.status === 'ROLLBACK_SUCCESSFUL') return 0;
  if (v.productionPercent !== undefined) return v.productionPercent;
  if (v.status === 'SUCCESSFUL') return 100;
  const i = stageIndex(v.stage);
  if (ROLLING_BACK.has(v.status)) return undefined;
  if (i >= 0 && i < stageIndex('PRODUCTION_TRAFFIC_SHIFT')) return 0;
  if (i > stageIndex('PRODUCTION_TRAFFIC_SHIFT')) return 100;
  return undefined;
}

/**
 * The test rule points at the new revision: ECS reports a test weight of 100, or the deployment is
 * past TEST_TRAFFIC_SHIFT (ECS enters the stage, moves the test rule, then leaves it). The earliest
 * moment a request through the test rule is known to reach the new tasks.
 */
export function testTrafficOnNew(v: ServiceDeploymentView): boolean {
  if (v.status !== 'IN_PROGRESS') return false;
  if (v.testPercent !== undefined) return v.testPercent >= 100;
  return stageIndex(v.stage) > stageIndex('TEST_TRAFFIC_SHIFT');
}

/** What makes a line different from the previous one: the time left in a bake is not a change. */
export function changeKey(v: ServiceDeploymentView): string {
  return [v.status, v.stage ?? '', productionShare(v) ?? '?', v.testPercent ?? '', v.running ?? ''].join('|');
}

/** What the watch remembers between readings, on its own clock. */
export interface ShiftTrack {
  key?: string;
  stage?: string;
  stageSince?: number;
  /** Each stage, when the watch first saw it. */
  stages: { stage: string; at: number }[];
  /** Each change of the new revision's production share, when the watch first saw it. */
  moves: { at: number; percent: number }[];
  /** Both revisions had tasks serving or ready: from the new tasks' scale-up to the old ones' clean-up. */
  bothFrom?: number;
  bothTo?: number;
}

export function newShiftTrack(): ShiftTrack {
  return { stages: [], moves: [] };
}

/** The bake that applies at this stage, in minutes: the step's in a canary or linear shift, the final one in BAKE_TIME. */
function bakeOf(v: ServiceDeploymentView): number | undefined {
  if (v.stage === 'BAKE_TIME') return v.bakeMinutes;
  if (v.stage === 'PRODUCTION_TRAFFIC_SHIFT' && (productionShare(v) ?? 100) < 100) return v.stepBakeMinutes;
  return undefined;
}

/** When the current bake ends, on the watch's clock, if it is known. */
export function bakeEndsAt(v: ServiceDeploymentView, t: ShiftTrack): number | undefined {
  const minutes = bakeOf(v);
  // A bake only counts down while the deployment goes on; a rollback ends it.
  if (minutes === undefined || t.stageSince === undefined || v.status !== 'IN_PROGRESS') return undefined;
  return t.stageSince + minutes * 60_000;
}

/** One line for a reading: status, stage, traffic and the bake left. */
export function shiftLine(v: ServiceDeploymentView, t: ShiftTrack, now: number): string {
  const parts = [`service deployment ${v.status}`];
  if (v.stage && !FINAL_STATUSES.has(v.status)) parts.push(`stage ${v.stage}`);
  const share = productionShare(v);
  if (share !== undefined) parts.push(`production traffic ${share}% new / ${100 - share}% old`);
  if (v.testPercent !== undefined) parts.push(`test traffic ${v.testPercent}% new`);
  if (v.requested !== undefined && v.stage === 'SCALE_UP')
    parts.push(`new tasks ${v.running ?? 0}/${v.requested} running`);
  const ends = bakeEndsAt(v, t);
  if (ends !== undefined) parts.push(`bake time ${formatDuration(Math.max(0, ends - now))} left`);
  if (v.statusReason && (FINAL_STATUSES.has(v.status) || ROLLING_BACK.has(v.status)))
    parts.push(v.statusReason);
  return parts.join(', ');
}

/**
 * Records a reading; returns the line to print when something changed (one line per change).
 * Pure apart from updating `t`.
 */
export function noteReading(t: ShiftTrack, v: ServiceDeploymentView, now: number): string | undefined {
  if (v.stage && v.stage !== t.stage) {
    t.stage = v.stage;
    t.stageSince = now;
    t.stages.push({ stage: v.stage, at: now });
  }
  const share = productionShare(v);
  if (share !== undefined && share !== t.moves.at(-1)?.percent) t.moves.push({ at: now, percent: share });
  if (t.bothFrom === undefined && stageIndex(v.stage) >= stageIndex('POST_SCALE_UP')) t.bothFrom = now;
  const over = v.stage === 'CLEAN_UP' || FINAL_STATUSES.has(v.status);
  if (t.bothFrom !== undefined && t.bothTo === undefined && over) t.bothTo = now;
  const key = changeKey(v);
  if (key === t.key) return undefined;
  t.key = key;
  return shiftLine(v, t, now);
}

/** Why ECS itself rolled the deployment back, in one sentence: the alarms, the circuit breaker or its reason. */
export function ecsRollbackReason(v: ServiceDeploymentView): string {
  const why: string[] = [];
  if (v.triggeredAlarms.length > 0) why.push(`the alarm ${v.triggeredAlarms.join(', ')} went into ALARM`);
  if (v.circuitBreaker?.status === 'TRIGGERED')
    why.push(
      `the deployment circuit breaker tripped (${v.circuitBreaker.failureCount ?? '?'} failed tasks, threshold ${v.circuitBreaker.threshold ?? '?'})`,
    );
  const reason = v.rollback?.reason ?? v.statusReason;
  if (why.length === 0 && reason) why.push(reason.replace(/\.+$/, ''));
  return `ECS rolled the deployment back${why.length ? `: ${why.join('; ')}` : ''}`;
}

const verdictOf = (state: Verdict['state'], reasons: string[], over: Partial<Verdict> = {}): Verdict => ({
  state,
  reasons,
  ecsRolledBack: false,
  superseded: false,
  deadlinePassed: false,
  failedTasks: [],
  ...over,
});

/**
 * The verdict on a deployment being rolled out: SUCCESSFUL is healthy; a rollback ECS started (alarm,
 * circuit breaker) or a stop is a failure; the deadline makes one too.
 */
export function shiftVerdict(v: ServiceDeploymentView, o: { now: number; deadline: number }): Verdict {
  if (v.status === 'SUCCESSFUL') return verdictOf('healthy', []);
  if (ROLLING_BACK.has(v.status)) return verdictOf('failed', [ecsRollbackReason(v)], { ecsRolledBack: true });
  if (v.status === 'STOPPED' || v.status === 'STOP_REQUESTED') {
    const superseded = /newer service deployment|newer deployment/i.test(v.statusReason ?? '');
    return verdictOf(
      'failed',
      [`the service deployment was stopped${v.statusReason ? `: ${v.statusReason}` : ''}`],
      {
        superseded,
      },
    );
  }
  if (o.now >= o.deadline)
    return verdictOf(
      'failed',
      [
        `the service deployment did not finish before the deadline (last seen ${v.status}${v.stage ? `, stage ${v.stage}` : ''})`,
      ],
      { deadlinePassed: true },
    );
  return verdictOf('in-progress', [`service deployment ${v.status}`]);
}

/** The verdict on a rollback being followed: back on the previous revision, or not. */
export function rollbackVerdict(v: ServiceDeploymentView, o: { now: number; deadline: number }): Verdict {
  if (v.status === 'ROLLBACK_SUCCESSFUL') return verdictOf('healthy', []);
  if (v.status === 'ROLLBACK_FAILED' || v.status === 'STOPPED' || v.status === 'SUCCESSFUL')
    return verdictOf('failed', [
      `the rollback ended ${v.status}${v.statusReason ? `: ${v.statusReason.replace(/\.+$/, '')}` : ''}`,
    ]);
  if (o.now >= o.deadline)
    return verdictOf('failed', [`the rollback did not finish before the deadline (last seen ${v.status})`], {
      deadlinePassed: true,
    });
  return verdictOf('in-progress', [`rollback ${v.status}`]);
}

export const SHIFT_POLL = {
  fastMs: 1_000,
  /** Scaling up, waiting on tasks and health checks. */
  scalingMaxMs: 5_000,
  /** In a bake: nothing is due before its end but an alarm, which ECS acts on by itself. */
  bakingMaxMs: 15_000,
};

/**
 * When to read again: at once after a change; every second around the test traffic shift (the smoke
 * test's window before production traffic moves); growing by half while ECS scales up or bakes, and
 * never past the end of a bake.
 */
export function nextShiftPoll(
  v: ServiceDeploymentView,
  t: ShiftTrack,
  o: { now: number; changed: boolean; previousMs?: number },
): number {
  if (o.changed) return SHIFT_POLL.fastMs;
  const i = stageIndex(v.stage);
  const nearTestShift = i >= stageIndex('POST_SCALE_UP') && i <= stageIndex('POST_TEST_TRAFFIC_SHIFT');
  if (nearTestShift || ROLLING_BACK.has(v.status)) return SHIFT_POLL.fastMs;
  const ends = bakeEndsAt(v, t);
  const max = ends !== undefined ? SHIFT_POLL.bakingMaxMs : SHIFT_POLL.scalingMaxMs;
  const grown = Math.min(max, Math.max(SHIFT_POLL.fastMs, Math.round((o.previousMs ?? 0) * 1.5)));
  if (ends !== undefined && ends > o.now) return Math.min(grown, ends - o.now + SHIFT_POLL.fastMs);
  return grown;
}

/** The outputs' one line on how traffic moved, e.g. "blue-green: production 0% -> 100% new in 1 step(s), rolled back to 0%". */
export function trafficShiftLine(strategy: string, t: ShiftTrack | undefined, rolledBack: boolean): string {
  const back = rolledBack ? ', rolled back' : '';
  if (!t || t.moves.length === 0)
    return `${strategy}: ${strategy === 'rolling' ? 'task by task, as new targets became healthy' : 'no traffic move seen'}${back}`;
  const path = t.moves.map((m) => `${m.percent}%`).join(' -> ');
  const steps = t.moves.filter((m, i) => i > 0 && m.percent > t.moves[i - 1].percent).length;
  return `${strategy}: production traffic on the new version ${path}${steps ? ` (${steps} step${steps === 1 ? '' : 's'})` : ''}${back}`;
}
