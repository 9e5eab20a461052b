import type { Verdict } from '../deploy/assess';
import { newEvents } from '../deploy/changes';
import type { PhaseContext } from '../deploy/context';
import { toServiceView } from '../deploy/model';
import {
  newShiftTrack,
  nextShiftPoll,
  noteReading,
  productionShare,
  rollbackVerdict,
  SHIFT_POLL,
  ServiceDeploymentView,
  ShiftTrack,
  shiftVerdict,
  testTrafficOnNew,
  toServiceDeploymentView,
} from '../deploy/service-deployment';
import { SmokeResult, smokeLines } from '../deploy/smoke';
import { clampToDeadline, maxPolls, nextPollDelay } from '../util/poll';
import { isThrottlingError } from '../util/retry';
import { formatDuration } from '../util/time';
import { runSmokeTest } from './smoke-test';

/** A blue/green, canary or linear deployment (or its rollback), followed through its service deployment. */
export interface ShiftWatchTarget {
  cluster: string;
  service: string;
  serviceDeploymentArn: string;
  /** 'rollout' ends at SUCCESSFUL; 'rollback' at ROLLBACK_SUCCESSFUL. */
  mode: 'rollout' | 'rollback';
  deadline: number;
  /** Service events from this time on are printed. */
  since: number;
  label?: string;
  /** smoke-test-path: requested through the test rule once it points at the new revision. */
  smokeTest?: { url: string; path: string; expected: string; ready: () => Promise<boolean> };
}

export interface ShiftWatchResult {
  verdict: Verdict;
  view?: ServiceDeploymentView;
  track: ShiftTrack;
  smoke?: SmokeResult;
  polls: number;
  ms: number;
}

interface Reading {
  view?: ServiceDeploymentView;
  events: { id: string; at: number; message: string }[];
}

async function read(ctx: PhaseContext, w: ShiftWatchTarget): Promise<Reading> {
  const [sd, service] = await Promise.all([
    ctx.ecs.describeServiceDeployment(w.serviceDeploymentArn),
    ctx.ecs.describeService(w.cluster, w.service),
  ]);
  return { view: sd && toServiceDeploymentView(sd), events: service ? toServiceView(service).events : [] };
}

/** Runs the smoke test and reads the deployment again: how much production traffic had moved by the verdict. */
async function smokeTestNow(
  ctx: PhaseContext,
  w: ShiftWatchTarget,
  view: ServiceDeploymentView,
  prefix: string,
): Promise<SmokeResult> {
  const s = w.smokeTest!;
  ctx.log.info(
    `${prefix}Smoke test: GET ${s.path} through the test rule (stage ${view.stage ?? view.status})`,
  );
  const result = await runSmokeTest({ url: s.url, path: s.path, expected: s.expected, now: () => ctx.now() });
  const after = await ctx.ecs.describeServiceDeployment(w.serviceDeploymentArn).catch(() => undefined);
  result.stage = view.stage;
  result.productionPercentAtVerdict = productionShare(after ? toServiceDeploymentView(after) : view);
  for (const line of smokeLines(result)) ctx.log.info(`${prefix}${line}`);
  return result;
}

const smokeFailure = (s: SmokeResult): Verdict => {
  const bad = s.requests.find((r) => !r.passed);
  return {
    state: 'failed',
    reasons: [
      `the smoke test failed: GET ${bad?.url} answered ${bad?.status ?? `nothing (${bad?.error})`}, expected ${s.expected}`,
    ],
    ecsRolledBack: false,
    superseded: false,
    deadlinePassed: false,
    failedTasks: [],
  };
};

/**
 * Follows a service deployment to its end: one line per change of status, stage or traffic, every new
 * service event, the smoke test as soon as the test rule points at the new revision, and a read when
 * something is due (src/deploy/service-deployment.ts: nextShiftPoll); never past the deadline.
 */
export async function watchServiceDeployment(
  ctx: PhaseContext,
  w: ShiftWatchTarget,
): Promise<ShiftWatchResult> {
  const started = ctx.now();
  const prefix = w.label ? `[${w.label}] ` : '';
  const track = newShiftTrack();
  const seenEvents = new Set<string>();
  const limit = maxPolls(w.deadline, started);
  let polls = 0;
  let delayMs: number | undefined;
  let throttledMs: number | undefined;
  let view: ServiceDeploymentView | undefined;
  let smoke: SmokeResult | undefined;
  const done = (verdict: Verdict): ShiftWatchResult => {
    const ms = ctx.now() - started;
    const what = w.mode === 'rollout' ? 'Service deployment' : 'Rollback';
    if (verdict.state === 'healthy')
      ctx.log.info(`${prefix}${what} finished ${view?.status} after ${formatDuration(ms)}`);
    else ctx.log.info(`${prefix}${what} failed after ${formatDuration(ms)}: ${verdict.reasons.join('; ')}`);
    if (w.smokeTest && !smoke && verdict.state === 'healthy')
      ctx.log.warning(
        `${prefix}The smoke test did not run: the watch never saw the test rule on the new revision before ECS finished.`,
      );
    return { verdict, view, track, smoke, polls, ms };
  };
  while (polls < limit) {
    polls++;
    let reading: Reading;
    try {
      reading = await read(ctx, w);
      throttledMs = undefined;
    } catch (error) {
      if (!isThrottlingError(error)) throw error;
      ctx.log.info(`${prefix}AWS is throttling the watch; slowing down`);
      throttledMs = nextPollDelay(throttledMs, 'throttled');
      if (ctx.now() >= w.deadline) break;
      await ctx.sleep(clampToDeadline(throttledMs, ctx.now(), w.deadline));
      continue;
    }
    const now = ctx.now();
    view = reading.view ?? view;
    const line = reading.view ? noteReading(track, reading.view, now) : undefined;
    if (line) ctx.log.info(`${prefix}${line}`);
    for (const e of newEvents(reading.events, seenEvents, w.since)) {
      seenEvents.add(e.id);
      ctx.log.info(`${prefix}event: ${e.message}`);
    }
    if (
      view &&
      w.mode === 'rollout' &&
      w.smokeTest &&
      !smoke &&
      testTrafficOnNew(view) &&
      (await w.smokeTest.ready())
    ) {
      smoke = await smokeTestNow(ctx, w, view, prefix);
      if (!smoke.passed) return done(smokeFailure(smoke));
    }
    const o = { now: ctx.now(), deadline: w.deadline };
    const verdict = view
      ? w.mode === 'rollout'
        ? shiftVerdict(view, o)
        : rollbackVerdict(view, o)
      : undefined;
    if (verdict && verdict.state !== 'in-progress') return done(verdict);
    if (ctx.now() >= w.deadline) break;
    // Waiting for the new targets behind the test rule: the smoke test's window is closing.
    const smokeDue = w.smokeTest && !smoke && view && testTrafficOnNew(view);
    delayMs =
      view && !smokeDue
        ? nextShiftPoll(view, track, { now, changed: line !== undefined, previousMs: delayMs })
        : SHIFT_POLL.fastMs;
    await ctx.sleep(clampToDeadline(delayMs, ctx.now(), w.deadline));
  }
  return done({
    state: 'failed',
    reasons: [
      `the service deployment ${w.serviceDeploymentArn} did not finish before the deadline (${formatDuration(w.deadline - started)})${view ? `; last seen ${view.status}${view.stage ? `, stage ${view.stage}` : ''}` : ''}`,
    ],
    ecsRolledBack: false,
    superseded: false,
    deadlinePassed: true,
    failedTasks: [],
  });
}
