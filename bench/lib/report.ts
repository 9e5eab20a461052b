/** Printing: a small fixed-width table for people and one JSON line for machines. */

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

/** Minimal flag parsing: --name value or --name=value. */
export function flag(name: string, fallback: string): string {
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === `--${name}` && i + 1 < argv.length) return argv[i + 1];
    if (argv[i].startsWith(`--${name}=`)) return argv[i].slice(name.length + 3);
  }
  return fallback;
}

export function numberFlag(name: string, fallback: number, min: number, max: number): number {
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
