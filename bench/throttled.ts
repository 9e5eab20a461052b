/**
 * A deploy while AWS throttles: the emulator answers a share of every ECS and ELBv2 Describe* call
 * with AWS's throttling error (ECS `ThrottlingException`, ELBv2 `Throttling`, both "Rate exceeded"),
 * through the admin faults API. Does the deploy still succeed, how many throttled answers did it get
 * (each one retried, by the SDK or by the action's own backoff), and how much longer did it take
 * than the same deploy unthrottled?
 *
 * Times: "calls window" is the first to the last AWS call of a run (the emulator's call log);
 * "UpdateService->done" is from the UpdateService call to the action's "is healthy" line. Emulated seconds = wall seconds x time scale (the action's
 * timers, retry backoff included, run at the same scale).
 *
 *   npx tsx bench/throttled.ts [--time-scale 30] [--rates 0.3,0.6] [--runs 2]
 */
import { loadDefinitions } from '../emulator/src/http/services';
import type { StampedRun } from './lib/action';
import { ACTION_DEFAULTS, CallRecord, ecrImage } from './lib/emulator';
import { emulatedSeconds, flag, formatNumber, jsonLine, main, numberFlag, table } from './lib/report';
import { deployTimeline, doneLine, openStage, REPOSITORY, runAction, settle, Stage } from './lib/scenario';

const THROTTLED_SERVICES: Record<string, string> = {
  ecs: 'ThrottlingException',
  elasticloadbalancing: 'Throttling',
};

/** Every Describe* operation the emulator serves for ECS and ELBv2 (the fault API matches exact names). */
function describeOperations(): { service: string; operation: string }[] {
  return loadDefinitions()
    .filter((d) => d.signingName in THROTTLED_SERVICES)
    .flatMap((d) =>
      Object.keys(d.operations)
        .filter((op) => op.startsWith('Describe'))
        .map((operation) => ({ service: d.signingName, operation })),
    );
}

async function throttle(stage: Stage, rate: number): Promise<void> {
  for (const { service, operation } of describeOperations())
    await stage.api.addFault({ service, operation, errorCode: THROTTLED_SERVICES[service], rate });
}

interface PhaseResult {
  ok: boolean;
  exitCode: number;
  calls: number;
  throttled: number;
  /** Lines where the action said it was slowing down or retrying because of throttling. */
  throttleLogLines: number;
  stepWallSeconds: number;
  /**
   * First to last AWS call, emulated: the part of the step that AWS's answers and the backoff
   * decide (the process's start-up, a second or so of CPU, would be multiplied by the scale too).
   */
  callWindowEmulated: number;
  /** Update only: UpdateService to the "is healthy" line. */
  updateToDoneEmulated?: number;
  failure?: string;
  /** On failure: the operation of the last call and how many throttled answers it got in a row. */
  gaveUpOn?: { operation: string; attemptsThrottledInARow: number };
}

const isThrottle = (c: CallRecord) => c.errorCode === 'ThrottlingException' || c.errorCode === 'Throttling';

async function phase(stage: Stage, image: string): Promise<PhaseResult> {
  await stage.api.clearCalls();
  const since = Date.now();
  const run: StampedRun = await runAction(stage, { image });
  const calls = await stage.api.calls();
  const wall = (run.endedAtMs - run.startedAtMs) / 1000;
  const result: PhaseResult = {
    ok: run.exitCode === 0,
    exitCode: run.exitCode,
    calls: calls.length,
    throttled: calls.filter(isThrottle).length,
    throttleLogLines: run.lines.filter((l) => /throttl|rate exceeded/i.test(l.text)).length,
    stepWallSeconds: wall,
    callWindowEmulated:
      calls.length === 0
        ? 0
        : emulatedSeconds(Date.parse(calls[calls.length - 1].at) - Date.parse(calls[0].at), stage.timeScale),
  };
  if (!result.ok) {
    result.failure = run.lines
      .filter((l) => /^::error::/.test(l.text))
      .map((l) => l.text)
      .join(' | ')
      .slice(0, 500);
    const last = calls[calls.length - 1];
    if (last) {
      let n = 0;
      for (
        let i = calls.length - 1;
        i >= 0 && isThrottle(calls[i]) && calls[i].operation === last.operation;
        i--
      )
        n++;
      result.gaveUpOn = { operation: `${last.service} ${last.operation}`, attemptsThrottledInARow: n };
    }
    return result;
  }
  const done = doneLine(run);
  if (calls.some((c) => c.operation === 'UpdateService' && c.status < 300) && done) {
    const t = await deployTimeline(stage, since);
    result.updateToDoneEmulated = emulatedSeconds(done.atMs - t.updateAtMs, stage.timeScale);
  }
  return result;
}

interface Trial {
  rate: number;
  run: number;
  first: PhaseResult;
  update?: PhaseResult;
}

async function trial(timeScale: number, rate: number, run: number): Promise<Trial> {
  const stage = await openStage(timeScale, ACTION_DEFAULTS);
  try {
    if (rate > 0) await throttle(stage, rate);
    const first = await phase(stage, ecrImage(REPOSITORY, 'v1'));
    if (!first.ok) return { rate, run, first };
    // Settling reads the emulator through the SDK too; let it see the account unthrottled.
    const rules = await stage.api.faults();
    await stage.api.clearFaults();
    await settle(stage);
    if (rate > 0 && rules.faults.length > 0) await throttle(stage, rate);
    const update = await phase(stage, ecrImage(REPOSITORY, 'v2'));
    return { rate, run, first, update };
  } finally {
    await stage.emu.stop();
  }
}

const failureText = (p: PhaseResult) =>
  `${p.failure}${p.gaveUpOn ? `; last call ${p.gaveUpOn.operation}, throttled ${p.gaveUpOn.attemptsThrottledInARow} times in a row` : ''}`;

const mean = (xs: (number | undefined)[]): number | undefined => {
  const v = xs.filter((x): x is number => x !== undefined);
  return v.length ? v.reduce((a, b) => a + b, 0) / v.length : undefined;
};

main('throttled', 5 * 60_000, async () => {
  const timeScale = numberFlag('time-scale', 30, 1, 100);
  const runs = numberFlag('runs', 2, 1, 5);
  const rates = flag('rates', '0.3,0.6')
    .split(',')
    .map((r) => Number(r.trim()));
  if (rates.some((r) => !(r > 0 && r < 1)))
    throw new Error('--rates must be shares between 0 and 1, e.g. 0.3,0.6');
  const startedAt = Date.now();
  console.log(
    `throttled: time scale ${timeScale}, ${runs} run(s) per rate, ${describeOperations().length} ECS/ELBv2 Describe operations throttled`,
  );

  const trials: Trial[] = [];
  for (const rate of [0, ...rates]) {
    for (let run = 1; run <= runs; run++) {
      const t = await trial(timeScale, rate, run);
      trials.push(t);
      console.log(
        `  rate ${rate} #${run}: first ${t.first.ok ? 'ok' : `FAILED (${failureText(t.first)})`}, throttled ${t.first.throttled}/${t.first.calls}; ` +
          `update ${t.update ? (t.update.ok ? 'ok' : `FAILED (${failureText(t.update)})`) : 'not run'}, throttled ${t.update?.throttled ?? '-'}/${t.update?.calls ?? '-'}`,
      );
    }
  }

  const rows = [0, ...rates].map((rate) => {
    const ts = trials.filter((t) => t.rate === rate);
    const firsts = ts.map((t) => t.first);
    const updates = ts.flatMap((t) => (t.update ? [t.update] : []));
    return {
      rate,
      runs: ts.length,
      succeeded: `${firsts.filter((f) => f.ok).length}/${ts.length} + ${updates.filter((u) => u.ok).length}/${ts.length}`,
      firstCalls: mean(firsts.map((f) => f.calls)),
      firstThrottled: mean(firsts.map((f) => f.throttled)),
      firstWindow: mean(firsts.filter((f) => f.ok).map((f) => f.callWindowEmulated)),
      updateCalls: mean(updates.map((u) => u.calls)),
      updateThrottled: mean(updates.map((u) => u.throttled)),
      updateToDone: mean(updates.filter((u) => u.ok).map((u) => u.updateToDoneEmulated)),
      updateWindow: mean(updates.filter((u) => u.ok).map((u) => u.callWindowEmulated)),
      stepWallSeconds: mean([...firsts, ...updates].map((p) => p.stepWallSeconds)),
      throttleLogLines: mean([...firsts, ...updates].map((p) => p.throttleLogLines)),
    };
  });
  const base = rows[0];
  const ratio = (a: number | undefined, b: number | undefined) =>
    a === undefined || b === undefined || b <= 0 ? '-' : `${(a / b).toFixed(2)}x`;
  console.log('');
  console.log(
    table(
      [
        'throttled share',
        'ok (first + update)',
        'first: calls',
        'first: throttled',
        'first: calls window s',
        'vs none',
        'update: calls',
        'update: throttled',
        'update: UpdateService->done s',
        'vs none',
        'update: calls window s',
        'vs none',
        'log lines on throttling',
      ],
      rows.map((r) => [
        r.rate === 0 ? 'none' : `${Math.round(r.rate * 100)}%`,
        r.succeeded,
        formatNumber(r.firstCalls, 0),
        formatNumber(r.firstThrottled, 0),
        formatNumber(r.firstWindow),
        ratio(r.firstWindow, base.firstWindow),
        formatNumber(r.updateCalls, 0),
        formatNumber(r.updateThrottled, 0),
        formatNumber(r.updateToDone),
        ratio(r.updateToDone, base.updateToDone),
        formatNumber(r.updateWindow),
        ratio(r.updateWindow, base.updateWindow),
        formatNumber(r.throttleLogLines, 1),
      ]),
    ),
  );
  console.log(
    '(means per run; each throttled answer was retried, by the SDK or by the action; "calls window" is first to last AWS call)',
  );
  const wallSeconds = (Date.now() - startedAt) / 1000;
  console.log(`\nwall time ${wallSeconds.toFixed(0)} s`);
  console.log(
    jsonLine('throttled', {
      unit: 'emulated seconds',
      timeScale,
      runs,
      errorCodes: THROTTLED_SERVICES,
      operations: describeOperations().map((o) => `${o.service}:${o.operation}`),
      summary: rows,
      trials,
      wallSeconds,
    }),
  );
});
