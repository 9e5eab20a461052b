/**
 * Runs the bundled dist/index.js as a runner does (INPUT_* variables, GITHUB_OUTPUT, Node 24), like
 * the e2e harness, but stamps every line it prints with the wall time it arrived, so a benchmark can
 * tell when the action said "done" rather than only when the process exited.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, NODE24, parseOutputFile } from '../../__tests__/e2e/harness';

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

export function runActionStamped(
  inputs: Record<string, string>,
  opts: StampedRunOptions,
): Promise<StampedRun> {
  const workspace = mkdtempSync(join(tmpdir(), 'ecs-bench-ws-'));
  const runnerDir = mkdtempSync(join(tmpdir(), 'ecs-bench-runner-'));
  const outputFile = join(runnerDir, 'output');
  const summaryFile = join(runnerDir, 'summary.md');
  const eventFile = join(runnerDir, 'event.json');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  writeFileSync(eventFile, '{}');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? '/root',
    AWS_ENDPOINT_URL: opts.endpoint,
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'test',
    AWS_SECRET_ACCESS_KEY: 'test',
    GITHUB_ACTIONS: 'true',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REPOSITORY: 'acme/hello',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_PATH: eventFile,
    RUNNER_TEMP: runnerDir,
    BENCH_TIME_SCALE: String(opts.toolTimeScale),
    NODE_OPTIONS: `--require ${SCALED_TIMERS}`,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;

  const startedAtMs = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(NODE24, [DIST], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: StampedLine[] = [];
    const partial = { stdout: '', stderr: '' };
    const take = (stream: 'stdout' | 'stderr') => (chunk: Buffer) => {
      const atMs = Date.now();
      const text = partial[stream] + chunk.toString('utf8');
      const parts = text.split('\n');
      partial[stream] = parts.pop() ?? '';
      for (const line of parts) lines.push({ atMs, text: line });
    };
    child.stdout.on('data', take('stdout'));
    child.stderr.on('data', take('stderr'));
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      const endedAtMs = Date.now();
      for (const rest of [partial.stdout, partial.stderr])
        if (rest) lines.push({ atMs: endedAtMs, text: rest });
      resolve({
        exitCode: code ?? -1,
        startedAtMs,
        endedAtMs,
        lines,
        outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
      });
    });
  });
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
