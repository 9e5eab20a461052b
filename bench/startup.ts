/**
 * How light the action's process is: the wall time from starting `node dist/index.js` to its first
 * AWS request, and its peak memory over a whole `plan: true` run, beside a bare `node -e ''` on the
 * same Node 24. The first request is timestamped by the emulator's call log (wall clock, this
 * machine); the peak memory is the process's own maxRSS, printed at exit by a preloaded module
 * (bench/lib/max-rss.cjs). Several runs; medians, with the range.
 *
 *   npx tsx bench/startup.ts [--runs 7] [--dist path/to/index.js] [--baseline path/to/other/index.js]
 *
 * `--dist` measures another bundle than dist/index.js; `--baseline` measures a second one (e.g. built
 * from an older commit) in the same runs, interleaved, so that both see the machine's load alike.
 */
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { DIST, NODE24, runAction } from '../scripts/lib/runner';
import { adminApi, ecrImage, startBenchEmulator } from './lib/emulator';
import { flag, formatNumber, jsonLine, main, numberFlag, table, targetFigure } from './lib/report';

const MAX_RSS = join(__dirname, 'lib', 'max-rss.cjs');
const PRELOAD = { NODE_OPTIONS: `--require ${MAX_RSS}` };
/** What the issue asks for (docs/benchmarks.md), and what the official action was measured at. */
const TARGET = { firstRequestMs: 400, maxRssMb: 100 };
const INPUTS = { cluster: 'bench', service: 'hello', 'container-port': '3000', 'wait-for-minutes': '10' };
const RUN_TIMEOUT_MS = 60_000;

interface Sample {
  /** From spawn to the first AWS request (the action), or to exit (bare node). */
  ms: number;
  maxRssMb: number;
  exitMs: number;
}

function maxRssOf(text: string): number {
  const m = /BENCH_MAX_RSS_KB (\d+)/.exec(text);
  if (!m) throw new Error(`the process did not report its peak memory:\n${text.slice(-2000)}`);
  return Number(m[1]) / 1024;
}

function bareNode(): Promise<Sample> {
  return new Promise((done, fail) => {
    const started = Date.now();
    const child = spawn(NODE24, ['-e', ''], {
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...PRELOAD },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), RUN_TIMEOUT_MS);
    child.on('error', fail);
    child.on('close', () => {
      clearTimeout(timer);
      const ms = Date.now() - started;
      try {
        done({ ms, exitMs: ms, maxRssMb: maxRssOf(stderr) });
      } catch (e) {
        fail(e);
      }
    });
  });
}

async function planRun(endpoint: string, script: string): Promise<Sample> {
  const api = adminApi(endpoint);
  await api.clearCalls();
  const run = await runAction(
    { ...INPUTS, image: ecrImage('hello', 'v2'), plan: 'true' },
    { endpoint, script, env: PRELOAD, timeoutMs: RUN_TIMEOUT_MS },
  );
  if (run.exitCode !== 0)
    throw new Error(`the plan run failed (exit ${run.exitCode}):\n${run.log.slice(-3000)}`);
  const calls = await api.calls();
  if (calls.length === 0) throw new Error('the plan run made no AWS request');
  const first = Math.min(...calls.map((c) => Date.parse(c.at)));
  return { ms: first - run.startedAtMs, exitMs: run.durationMs, maxRssMb: maxRssOf(run.log) };
}

/** One figure against its target, as every benchmark reports it. */
function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function row(label: string, samples: Sample[], what: string) {
  const ms = samples.map((s) => s.ms);
  const mb = samples.map((s) => s.maxRssMb);
  return {
    label,
    what,
    ms: median(ms),
    msRange: [Math.min(...ms), Math.max(...ms)],
    exitMs: median(samples.map((s) => s.exitMs)),
    maxRssMb: median(mb),
    mbRange: [Math.min(...mb), Math.max(...mb)],
  };
}

main('startup', 10 * 60_000, async () => {
  const runs = numberFlag('runs', 7, 1, 50);
  const script = resolve(flag('dist', DIST));
  const baselineFlag = flag('baseline', '');
  const baseline = baselineFlag ? resolve(baselineFlag) : undefined;
  const emu = await startBenchEmulator(1);
  try {
    const api = adminApi(emu.url);
    for (const tag of ['v1', 'v2']) await api.declareImage('hello', tag);
    // The plan reads a service that exists, as a plan on a pull request does.
    const first = await runAction(
      { ...INPUTS, image: ecrImage('hello', 'v1'), 'wait-until': 'healthy' },
      { endpoint: emu.url, script, timeoutMs: 5 * 60_000 },
    );
    if (first.exitCode !== 0) throw new Error(`the first deploy failed:\n${first.log.slice(-3000)}`);
    const bare: Sample[] = [];
    const plan: Sample[] = [];
    const before: Sample[] = [];
    // Interleaved, so that a busy moment of the machine weighs on all alike.
    for (let i = 0; i < runs; i++) {
      bare.push(await bareNode());
      plan.push(await planRun(emu.url, script));
      if (baseline) before.push(await planRun(emu.url, baseline));
    }
    const label = (path: string) => `node ${path.replace(`${process.cwd()}/`, '')}, plan: true`;
    const rows = [
      row("node -e ''", bare, 'spawn to exit'),
      row(label(script), plan, 'spawn to first AWS request'),
      ...(baseline ? [row(label(baseline), before, 'spawn to first AWS request')] : []),
    ];
    console.log(`\nStart-up and peak memory, ${runs} run(s) each, medians (range); Node ${NODE24}\n`);
    console.log(
      table(
        ['process', 'time measured', 'ms', 'range', 'exit ms', 'peak MB', 'range MB'],
        rows.map((r) => [
          r.label,
          r.what,
          r.ms,
          `${r.msRange[0]}-${r.msRange[1]}`,
          r.exitMs,
          formatNumber(r.maxRssMb),
          `${formatNumber(r.mbRange[0])}-${formatNumber(r.mbRange[1])}`,
        ]),
      ),
    );
    const action = rows[1];
    const targets = [
      targetFigure('first AWS request', action.ms, TARGET.firstRequestMs, 'ms'),
      targetFigure('peak memory, plan run', action.maxRssMb, TARGET.maxRssMb, 'MB'),
    ];
    console.log(
      `\nTargets: ${targets.map((t) => `${t.name} ${formatNumber(t.value)} ${t.unit} <= ${t.target} (${t.met ? 'met' : 'NOT met'})`).join('; ')}; ` +
        `the action minus bare node: ${action.ms - rows[0].ms} ms, ${formatNumber(action.maxRssMb - rows[0].maxRssMb)} MB`,
    );
    console.log(
      jsonLine('startup', {
        runs,
        target: TARGET,
        targets,
        bareNode: rows[0],
        plan: action,
        baseline: rows[2],
      }),
    );
  } finally {
    await emu.stop();
  }
});
