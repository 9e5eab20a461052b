/**
 * How soon does the action judge a broken version failed, does it leave a slow starter alone, and
 * does a deploy started right after another one wait for the old targets to drain?
 *
 * Each scenario starts from a one-task service deployed by the action at revision 1 (default inputs,
 * simulated runtime, a fresh emulator each run), then deploys an image that behaves as the admin API
 * says:
 *
 * - crash: exits 2 s after it starts. Figure: from the first task of the new deployment told to stop
 *   (the emulator's timeline) to the action's "failed" line;
 * - 500: answers its health check with 500. Figure: from the first registration of a new target to
 *   the action's "failed" line;
 * - slow start: fails its health checks for its first seconds, then passes, ready inside the grace
 *   period. It must end healthy and never be rolled back; once with default inputs, and once with a
 *   60 s grace period and a start slow enough that its target turns unhealthy with a wrong status
 *   code (the case the one-strike rule must leave alone while the grace period runs);
 * - back-to-back: a run started as soon as the previous run said "healthy", while that deployment's
 *   old target drains. Figure: from the run's start to its UpdateService.
 *
 * Times are emulated seconds (wall x time scale), the action's timers scaled alike (docs/benchmarks.md).
 * The back-to-back scenario runs at real time (scale 1): its figure is mostly the process's start-up
 * and the calls before UpdateService, real work that a time scale would multiply (26 loopback calls
 * of ~30 ms read as 4 s at scale 5), and at 40 the previous deployment's 30 s drain would be over
 * before the process had started.
 *
 *   npx tsx bench/verdicts.ts [--time-scale 40] [--runs 3]
 */
import type { ImageBehaviour } from '../emulator/src/core/world';
import type { StampedLine, StampedRun } from './lib/action';
import { ACTION_DEFAULTS, ecrImage } from './lib/emulator';
import {
  emulatedSeconds,
  flag,
  formatNumber,
  jsonLine,
  main,
  medianMax,
  numberFlag,
  table,
  TargetFigure,
  targetFigure,
  targetTable,
} from './lib/report';
import {
  deployTimeline,
  doneLine,
  firstDeploy,
  openStage,
  REPOSITORY,
  requireSuccess,
  runAction,
  Stage,
} from './lib/scenario';

/** The goals (docs/benchmarks.md), in emulated seconds. */
const TARGET_S = { crash: 10, healthFailure: 45, backToBack: 5 };
/** Back-to-back runs at real time (see above). */
const BACK_TO_BACK_SCALE = 1;

type Kind = 'crash' | 'health-500' | 'slow-start' | 'slow-start-60' | 'back-to-back';

interface Scenario {
  kind: Kind;
  label: string;
  behaviour?: ImageBehaviour;
  inputs?: Record<string, string>;
  /** The run must fail (true) or end healthy (false). */
  fails: boolean;
}

const SCENARIOS: Scenario[] = [
  {
    kind: 'crash',
    label: 'crash 2 s after start',
    behaviour: { crashAfterSeconds: 2, exitCode: 1 },
    fails: true,
  },
  { kind: 'health-500', label: 'health check answers 500', behaviour: { healthStatus: 500 }, fails: true },
  {
    kind: 'slow-start',
    label: 'slow start: ready after 10 s (grace 30 s)',
    behaviour: { healthyAfterSeconds: 10 },
    fails: false,
  },
  {
    kind: 'slow-start-60',
    label: 'slow start: ready after 20 s, unhealthy meanwhile (grace 60 s)',
    behaviour: { healthyAfterSeconds: 20 },
    inputs: { 'health-check-grace-period': '60' },
    fails: false,
  },
];

interface Sample {
  kind: Kind;
  run: number;
  /** The figure: emulated seconds from the scenario's starting event to the verdict (or UpdateService). */
  seconds?: number;
  verdict: 'failed' | 'healthy' | 'none';
  /** The run's reasons, as the action printed them. */
  reasons?: string;
  rolledBack: boolean;
  /** A new target was `unhealthy` at some point (the slow starts: inside their grace period). */
  wentUnhealthy?: boolean;
  /** Back-to-back: wall seconds from the process's start to its first AWS call. */
  startUpSeconds?: number;
  /** Back-to-back: AWS calls before UpdateService, and their span in emulated seconds. */
  callsBeforeUpdate?: number;
  callsSpanSeconds?: number;
  /** Back-to-back: what the run said about the deployment it found in progress. */
  waitLines?: string[];
  /** Back-to-back: the previous deployment was still in progress (draining) when ours was sent. */
  previousStillDraining?: boolean;
  wallSeconds: number;
}

/** The action's verdict on the deployment it started (not the rollback's, which is prefixed). */
function verdictLine(run: StampedRun): StampedLine | undefined {
  return run.lines.find(
    (l) => /(^|\s)Deployment ecs-svc\/\d+ failed after/.test(l.text) && !l.text.includes('[rollback]'),
  );
}

async function measureVerdict(timeScale: number, s: Scenario, run: number): Promise<Sample> {
  const stage = await openStage(timeScale, ACTION_DEFAULTS);
  try {
    await firstDeploy(stage);
    const image = ecrImage(REPOSITORY, s.kind);
    await stage.api.declareImage(REPOSITORY, s.kind);
    if (s.behaviour) await stage.api.behave(image, s.behaviour);
    const since = Date.now();
    const r = await runAction(stage, { image, ...s.inputs });
    const wallSeconds = (Date.now() - since) / 1000;
    const t = await deployTimeline(stage, since);
    const failed = verdictLine(r);
    const done = doneLine(r);
    const from = s.kind === 'crash' ? t.newTaskStoppedAtMs : t.newTargetRegisteredAtMs;
    const at = s.fails ? failed?.atMs : done?.atMs;
    const rollbacks = (await stage.api.timeline('deployment')).filter(
      (e) => e.detail.event === 'created' && e.detail.rollback === true && Date.parse(e.at) >= since,
    );
    const rolledBack =
      rollbacks.length > 0 ||
      (await stage.api.calls(since)).filter((c) => c.operation === 'UpdateService').length > 1;
    const wentUnhealthy = (await stage.api.timeline('target-health')).some(
      (e) => e.detail.state === 'unhealthy' && Date.parse(e.at) >= t.updateAtMs,
    );
    if (s.fails !== (r.exitCode !== 0) && !failed && !done)
      throw new Error(`${s.kind}: the run ended with ${r.exitCode} and no verdict line`);
    return {
      kind: s.kind,
      run,
      seconds: from === undefined || at === undefined ? undefined : emulatedSeconds(at - from, timeScale),
      verdict: failed ? 'failed' : done ? 'healthy' : 'none',
      reasons: failed?.text.replace(/^.*?failed after [^:]*: /, ''),
      rolledBack,
      wentUnhealthy,
      wallSeconds,
    };
  } finally {
    await stage.emu.stop();
  }
}

const TAGS = ['v2', 'v3', 'v4', 'v5', 'v6'];

/**
 * Back-to-back: revision 1 settled, then v2, and each later version started the moment the previous
 * run exits healthy. Each run after v2 is one sample.
 */
async function measureBackToBack(timeScale: number, runs: number): Promise<Sample[]> {
  const stage: Stage = await openStage(timeScale, ACTION_DEFAULTS);
  const samples: Sample[] = [];
  try {
    await firstDeploy(stage);
    for (const tag of TAGS.slice(0, runs + 1)) await stage.api.declareImage(REPOSITORY, tag);
    let previous: string | undefined;
    for (const [i, tag] of TAGS.slice(0, runs + 1).entries()) {
      const r = await runAction(stage, { image: ecrImage(REPOSITORY, tag) });
      requireSuccess(r, `back-to-back ${tag}`);
      const t = await deployTimeline(stage, r.startedAtMs);
      if (i > 0) samples.push(await backToBackSample(stage, r, t.updateAtMs, previous, i));
      previous = t.deploymentId;
    }
    return samples;
  } finally {
    await stage.emu.stop();
  }
}

async function backToBackSample(
  stage: Stage,
  r: StampedRun,
  updateAtMs: number,
  previousId: string | undefined,
  run: number,
): Promise<Sample> {
  const calls = (await stage.api.calls()).filter(
    (c) => Date.parse(c.at) >= r.startedAtMs && Date.parse(c.at) < updateAtMs,
  );
  const first = calls[0] ? Date.parse(calls[0].at) : undefined;
  const completed = (await stage.api.timeline('deployment')).find(
    (e) => e.detail.event === 'completed' && e.detail.deploymentId === previousId,
  );
  const startUpSeconds = first === undefined ? undefined : (first - r.startedAtMs) / 1000;
  const callsSpanSeconds =
    first === undefined ? undefined : emulatedSeconds(updateAtMs - first, stage.timeScale);
  return {
    kind: 'back-to-back',
    run,
    seconds:
      startUpSeconds === undefined || callsSpanSeconds === undefined
        ? undefined
        : startUpSeconds + callsSpanSeconds,
    verdict: doneLine(r) ? 'healthy' : 'none',
    rolledBack: false,
    startUpSeconds,
    callsBeforeUpdate: calls.length,
    callsSpanSeconds,
    waitLines: r.lines
      .map((l) => l.text)
      .filter((l) => /another deployment|only draining|other deployment finished|still in progress/i.test(l)),
    previousStillDraining: !completed || Date.parse(completed.at) > updateAtMs,
    wallSeconds: (r.endedAtMs - r.startedAtMs) / 1000,
  };
}

function report(samples: Sample[], timeScale: number, backToBackScale: number, wallSeconds: number): void {
  const of = (k: Kind) => samples.filter((x) => x.kind === k);
  const stats = (k: Kind) => medianMax(of(k).map((x) => x.seconds));
  const allFailed = (k: Kind) => of(k).length > 0 && of(k).every((x) => x.verdict === 'failed');
  const kinds: Kind[] = ['crash', 'health-500', 'slow-start', 'slow-start-60', 'back-to-back'];
  console.log('');
  console.log(
    table(
      ['scenario', 'n', 'verdicts', 'median s', 'max s', 'rolled back'],
      kinds.map((k) => [
        k,
        of(k).length,
        of(k)
          .map((x) => x.verdict)
          .join(','),
        formatNumber(stats(k).median),
        formatNumber(stats(k).max),
        of(k).filter((x) => x.rolledBack).length,
      ]),
    ),
  );
  const kept = (k: Kind) => of(k).filter((x) => x.verdict === 'healthy' && !x.rolledBack).length;
  const figures: [Kind, () => TargetFigure][] = [
    [
      'crash',
      () =>
        targetFigure(
          'crash: first crashed task -> failed, max',
          allFailed('crash') ? stats('crash').max : undefined,
          TARGET_S.crash,
          's',
        ),
    ],
    [
      'health-500',
      () =>
        targetFigure(
          'health 500: first registration -> failed, max',
          allFailed('health-500') ? stats('health-500').max : undefined,
          TARGET_S.healthFailure,
          's',
        ),
    ],
    [
      'slow-start',
      () =>
        targetFigure(
          'slow start (grace 30 s): runs healthy, not rolled back',
          kept('slow-start'),
          of('slow-start').length,
          'runs',
          'min',
        ),
    ],
    [
      'slow-start-60',
      () =>
        targetFigure(
          'slow start (grace 60 s): runs healthy, not rolled back',
          kept('slow-start-60'),
          of('slow-start-60').length,
          'runs',
          'min',
        ),
    ],
    [
      'back-to-back',
      () =>
        targetFigure(
          'back-to-back: run start -> UpdateService, max',
          stats('back-to-back').max,
          TARGET_S.backToBack,
          's',
        ),
    ],
  ];
  // Only the scenarios that ran (--scenarios) report their figures.
  const targets = figures.filter(([k]) => of(k).length > 0).map(([, figure]) => figure());
  console.log('');
  console.log(targetTable(targets));
  for (const x of samples.filter((x) => x.reasons)) console.log(`  ${x.kind} #${x.run}: ${x.reasons}`);
  for (const x of samples) for (const l of x.waitLines ?? []) console.log(`  ${x.kind} #${x.run}: ${l}`);
  const draining = of('back-to-back').filter((x) => x.previousStillDraining).length;
  console.log(
    `  back-to-back: the previous deployment was still draining at UpdateService in ${draining}/${of('back-to-back').length} runs`,
  );
  console.log(`\nwall time ${wallSeconds.toFixed(0)} s`);
  console.log(
    jsonLine('verdicts', {
      unit: 'emulated seconds',
      timeScale,
      backToBackTimeScale: backToBackScale,
      summary: kinds.map((k) => ({ kind: k, n: of(k).length, ...stats(k) })),
      targets,
      samples,
      wallSeconds,
    }),
  );
}

main('verdicts', 10 * 60_000, async () => {
  const timeScale = numberFlag('time-scale', 40, 1, 100);
  const runs = numberFlag('runs', 3, 1, 5);
  const backToBackScale = BACK_TO_BACK_SCALE;
  const startedAt = Date.now();
  console.log(
    `verdicts: time scale ${timeScale} (back-to-back ${backToBackScale}), ${runs} run(s) per scenario; times in emulated seconds`,
  );
  const kinds = [...SCENARIOS.map((s) => s.kind), 'back-to-back'];
  const only = flag('scenarios', kinds.join(',')).split(',');
  const unknown = only.filter((k) => !kinds.includes(k as Kind));
  if (unknown.length > 0) throw new Error(`--scenarios: unknown scenario(s) ${unknown.join(', ')}`);
  const samples: Sample[] = [];
  for (const s of SCENARIOS.filter((x) => only.includes(x.kind))) {
    for (let run = 1; run <= runs; run++) {
      const m = await measureVerdict(timeScale, s, run);
      samples.push(m);
      console.log(
        `  ${s.label} #${run}: ${m.verdict} at ${formatNumber(m.seconds)} s${m.wentUnhealthy ? ', its target unhealthy on the way' : ''}${m.rolledBack ? ', rolled back' : ''} (${m.wallSeconds.toFixed(1)} s wall)`,
      );
    }
  }
  for (const m of only.includes('back-to-back') ? await measureBackToBack(backToBackScale, runs) : []) {
    samples.push(m);
    console.log(
      `  back-to-back #${m.run}: UpdateService ${formatNumber(m.seconds)} s after the run started (start-up ${formatNumber(m.startUpSeconds, 2)} s wall, then ${m.callsBeforeUpdate} calls in ${formatNumber(m.callsSpanSeconds)} s)${m.previousStillDraining ? ', the previous deployment still draining' : ''}`,
    );
  }
  report(samples, timeScale, backToBackScale, (Date.now() - startedAt) / 1000);
});
