/** Printing: a small fixed-width table for people and one JSON line for machines; the flags. */
import { readFlags } from '../../emulator/src/cli-args';

export type Cell = string | number | undefined;

export function formatNumber(n: number | undefined, digits = 1): string {
  if (n === undefined || !Number.isFinite(n)) return '-';
  return n.toFixed(digits);
}

export function table(headers: string[], rows: Cell[][]): string {
  const text = rows.map((r) => r.map((c) => (c === undefined ? '-' : String(c))));
  const widths = headers.map((h, i) => Math.max(h.length, ...text.map((r) => (r[i] ?? '').length)));
  const numeric = headers.map((_, i) => text.every((r) => /^-?[\d.]+x?%?$|^-$/.test(r[i] ?? '')));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (numeric[i] ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...text.map(line)].join('\n');
}

/** One line, prefixed so that `grep '^BENCH '` finds every benchmark's result in a combined log. */
export function jsonLine(name: string, result: unknown): string {
  return `BENCH ${JSON.stringify({ bench: name, ...(result as object) })}`;
}

/**
 * One figure set against its target, as every benchmark reports it in its BENCH line (`targets`),
 * so that `run-all` can print them all in one table without knowing any benchmark.
 */
export interface TargetFigure {
  name: string;
  /** undefined: not measured (the scenario did not get that far). */
  value: number | undefined;
  /** The bound the figure must stay within. */
  target: number;
  unit: string;
  /** 'max': met when value <= target (a latency); 'min': met when value >= target. */
  bound: 'max' | 'min';
  met: boolean;
}

export function targetFigure(
  name: string,
  value: number | undefined,
  target: number,
  unit: string,
  bound: 'max' | 'min' = 'max',
): TargetFigure {
  const met =
    value !== undefined && Number.isFinite(value) && (bound === 'max' ? value <= target : value >= target);
  return { name, value, target, unit, bound, met };
}

/** The figures beside their targets, for people. */
export function targetTable(figures: (TargetFigure & { bench?: string })[]): string {
  const withBench = figures.some((f) => f.bench !== undefined);
  return table(
    [...(withBench ? ['bench'] : []), 'figure', 'value', 'target', 'unit', 'met'],
    figures.map((f) => [
      ...(withBench ? [f.bench] : []),
      f.name,
      formatNumber(f.value, Math.abs(f.value ?? 0) >= 100 ? 0 : 1),
      `${f.bound === 'max' ? '<=' : '>='} ${f.target}`,
      f.unit,
      f.met ? 'met' : 'NOT MET',
    ]),
  );
}

/** The target figures of every `BENCH {...}` line among `lines` (lines without them are skipped). */
export function targetsOfBenchLines(lines: string[]): (TargetFigure & { bench: string })[] {
  return lines.flatMap((line) => {
    if (!line.startsWith('BENCH ')) return [];
    let parsed: { bench?: string; targets?: TargetFigure[] };
    try {
      parsed = JSON.parse(line.slice('BENCH '.length));
    } catch {
      return [];
    }
    return (parsed.targets ?? []).map((t) => ({ ...t, bench: parsed.bench ?? '?' }));
  });
}

/** Median and maximum of the defined values. */
export function medianMax(xs: (number | undefined)[]): { median?: number; max?: number } {
  const v = xs.filter((x): x is number => x !== undefined && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return {};
  const mid = Math.floor(v.length / 2);
  return { median: v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2, max: v[v.length - 1] };
}

/** Every benchmark's flags: `npm run bench` hands its arguments to each benchmark, so each one
 *  accepts all of them (and refuses any other). */
const BENCH_FLAGS = {
  'time-scale': { type: 'string' },
  runs: { type: 'string' },
  'waiter-runs': { type: 'string' },
  rates: { type: 'string' },
  dist: { type: 'string' },
  baseline: { type: 'string' },
  /** time-to-done: only these tools (comma-separated: action-healthy,action-stable,sdk-waiter). */
  tools: { type: 'string' },
  /** verdicts: only these scenarios (comma-separated: crash,health-500,slow-start,slow-start-60,back-to-back). */
  scenarios: { type: 'string' },
  /** Print each measured deploy's calls and target-health changes, in emulated seconds. */
  trace: { type: 'boolean' },
} as const;
export type BenchFlag = keyof typeof BENCH_FLAGS;

let given: Partial<Record<BenchFlag, string | boolean>> | undefined;

/** The flag's value from the command line (`--name value` or `--name=value`), or the fallback. */
export function flag(name: BenchFlag, fallback: string): string {
  given ??= readFlags(process.argv.slice(2), BENCH_FLAGS);
  const value = given[name];
  return typeof value === 'string' ? value : fallback;
}

/** A flag that takes no value (`--trace`). */
export function booleanFlag(name: BenchFlag): boolean {
  given ??= readFlags(process.argv.slice(2), BENCH_FLAGS);
  return given[name] === true;
}

export function numberFlag(name: BenchFlag, fallback: number, min: number, max: number): number {
  const raw = flag(name, String(fallback));
  const n = Number(raw);
  if (!Number.isFinite(n) || n < min || n > max)
    throw new Error(`--${name} must be a number from ${min} to ${max}, got '${raw}'`);
  return n;
}

export const emulatedSeconds = (wallMs: number, timeScale: number): number => (wallMs * timeScale) / 1000;

/** Runs a benchmark's main with a wall-clock limit, so a stuck run ends instead of hanging. */
export function main(name: string, limitMs: number, fn: () => Promise<void>): void {
  const guard = setTimeout(() => {
    console.error(`${name}: gave up after ${Math.round(limitMs / 1000)} s of wall time`);
    process.exit(2);
  }, limitMs);
  guard.unref();
  fn().then(
    () => {
      clearTimeout(guard);
      process.exit(0);
    },
    (e) => {
      console.error(`${name} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      process.exit(1);
    },
  );
}
