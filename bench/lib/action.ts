/**
 * Runs the bundled dist/index.js as a runner does (scripts/lib/runner.ts, as the e2e tests do), but
 * stamps every line it prints with the wall time it arrived, so a benchmark can tell when the action
 * said "done" rather than only when the process exited.
 */
import { join } from 'node:path';
import { runAction } from '../../scripts/lib/runner';

export interface StampedLine {
  atMs: number;
  text: string;
}

export interface StampedRun {
  exitCode: number;
  startedAtMs: number;
  endedAtMs: number;
  lines: StampedLine[];
  outputs: Record<string, string>;
}

export interface StampedRunOptions {
  endpoint: string;
  /**
   * The emulator's time scale: the action's own timers (poll sleeps, retry backoff) are sped up by
   * the same factor through a preloaded module, so its pace keeps the proportion it has against AWS.
   */
  toolTimeScale: number;
  /** Hard wall-clock limit; the process is killed after it. */
  timeoutMs: number;
}

const SCALED_TIMERS = join(__dirname, 'scaled-timers.cjs');

export async function runActionStamped(
  inputs: Record<string, string>,
  opts: StampedRunOptions,
): Promise<StampedRun> {
  const lines: StampedLine[] = [];
  const run = await runAction(inputs, {
    endpoint: opts.endpoint,
    timeoutMs: opts.timeoutMs,
    env: {
      BENCH_TIME_SCALE: String(opts.toolTimeScale),
      NODE_OPTIONS: `--require ${SCALED_TIMERS}`,
    },
    onLine: (text) => lines.push({ atMs: Date.now(), text }),
  });
  const { exitCode, startedAtMs, endedAtMs, outputs } = run;
  return { exitCode, startedAtMs, endedAtMs, lines, outputs };
}

/** When the action said the deployment it watched was done ("Deployment ecs-svc/… is healthy after …"). */
export function doneLine(run: StampedRun): StampedLine | undefined {
  return run.lines.find((l) => /Deployment ecs-svc\/\d+ is (healthy|stable) after/.test(l.text));
}

/** The last lines of a run, for a benchmark that has to say why a run failed. */
export function tail(run: StampedRun, n = 25): string {
  return run.lines
    .slice(-n)
    .map((l) => `  | ${l.text}`)
    .join('\n');
}
