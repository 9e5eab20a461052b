/**
 * Runs every benchmark one after the other, each in its own process (so that one's emulator and
 * timers cannot disturb the next), passing the arguments through (e.g. --time-scale 30), and ends
 * with their JSON lines together and one table of every figure a benchmark set against its target
 * (the `targets` of its BENCH line, bench/lib/report.ts).
 *
 *   npx tsx bench/run-all.ts [--time-scale 30]
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { targetsOfBenchLines, targetTable } from './lib/report';

const BENCHES = ['time-to-done', 'verdicts', 'strategies', 'api-calls', 'throttled', 'startup'];
/** Per benchmark; each is meant to take under ~3 minutes on a 2-core machine. */
const LIMIT_MS = 8 * 60_000;

function runOne(
  name: string,
  args: string[],
): Promise<{ code: number; benchLines: string[]; seconds: number }> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    // execArgv carries tsx's loader, so the child runs TypeScript the way this process does.
    const child = spawn(process.execPath, [...process.execArgv, join(__dirname, `${name}.ts`), ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const benchLines: string[] = [];
    let partial = '';
    child.stdout.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk);
      const parts = (partial + chunk.toString('utf8')).split('\n');
      partial = parts.pop() ?? '';
      benchLines.push(...parts.filter((l) => l.startsWith('BENCH ')));
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), LIMIT_MS);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (partial.startsWith('BENCH ')) benchLines.push(partial);
      resolve({ code: code ?? -1, benchLines, seconds: (Date.now() - started) / 1000 });
    });
  });
}

async function runAll(): Promise<number> {
  const args = process.argv.slice(2);
  const results: { name: string; code: number; seconds: number; benchLines: string[] }[] = [];
  for (const name of BENCHES) {
    console.log(`\n=== ${name} ===`);
    results.push({ name, ...(await runOne(name, args)) });
  }
  console.log('\n=== summary ===');
  for (const r of results)
    console.log(
      `${r.name.padEnd(14)} ${r.code === 0 ? 'ok    ' : `FAILED (exit ${r.code})`} ${r.seconds.toFixed(0)} s wall`,
    );
  for (const r of results) for (const line of r.benchLines) console.log(line);
  const targets = targetsOfBenchLines(results.flatMap((r) => r.benchLines));
  if (targets.length > 0) {
    console.log('\n=== targets ===');
    console.log(targetTable(targets));
    console.log(`${targets.filter((t) => t.met).length} of ${targets.length} targets met`);
  }
  return results.every((r) => r.code === 0) ? 0 : 1;
}

runAll().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
