/**
 * Secret values never written out: the bundled action deploys with secrets in environment-variables,
 * build-args and the github-token (a good deploy, a plan, a task whose log prints a secret, a bad
 * input holding one), and every place a run writes to is searched for them: the job log (as the
 * runner shows it: `::add-mask::` lines are the registrations the runner consumes, and nothing may
 * print a value before its registration), the outputs and the job summary. Two previews with those
 * secrets (one ready, one whose task prints them) add the pull request comments and the deployment
 * statuses they post to the emulated GitHub API: every body the action sent there is searched too.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator } from '../../emulator/src/index';
import { startGitHubApi, type GitHubApiHandle } from '../../emulator/src/github/index';
import { ActionResult, admin, ecrImage, Emulator, runAction } from './harness';

const DB_PASSWORD = 'Pw-9f3kQ7zLm2';
const API_KEY = 'sk_live_4eC39HqLyjWDarjtT1zdp7dc';
const NPM_TOKEN = 'npm_Zx81mQpT5vWc0Ly';
const GITHUB_TOKEN = 'ghs_16C7e42F292c6912E7710c838347Ae178B4a';
const SECRETS = [DB_PASSWORD, API_KEY, NPM_TOKEN, GITHUB_TOKEN];

const REPO = 'acme/vault';

let emu: Emulator;
let api: ReturnType<typeof admin>;
let gh: GitHubApiHandle;
/** In front of the emulated GitHub API: every request body the action sent, as sent. */
let ghProxy: { url: string; bodies: { method: string; path: string; body: string }[]; close(): void };

const secretInputs = {
  cluster: 'sec',
  service: 'vault',
  'container-port': '3000',
  'wait-for-minutes': '10',
  'environment-variables': `DATABASE_URL=postgres://app:${DB_PASSWORD}@db/app\nAPI_KEY=${API_KEY}\nLOG_LEVEL=info`,
  'build-args': `NPM_TOKEN=${NPM_TOKEN}`,
  'github-token': GITHUB_TOKEN,
};
const deploy = (inputs: Record<string, string>) =>
  runAction({ ...secretInputs, ...inputs }, { endpoint: emu.url });

/** Every place a run writes to, and how many of them were searched. */
const searched = { places: 0, found: 0, onGitHub: 0 };

/**
 * The log as the runner shows it: a value registered by `::add-mask::` is masked from that line on.
 * A secret printed before its registration stays visible, and is found.
 */
function runnerLog(log: string): string {
  const masks: string[] = [];
  const out: string[] = [];
  for (const line of log.split('\n')) {
    const m = /^::add-mask::(.*)$/.exec(line);
    if (m) masks.push(m[1]);
    else out.push(masks.reduce((l, v) => l.split(v).join('***'), line));
  }
  return out.join('\n');
}

/** Searches the log, every output and the summary of a run (and any other places given) for every secret value. */
function expectNoSecrets(run: ActionResult, more: [string, string][] = []): void {
  const places: [string, string][] = [
    ['log', runnerLog(run.log)],
    ['summary', run.summary],
    ...Object.entries(run.outputs).map(([name, value]): [string, string] => [`output ${name}`, value]),
    ...more,
  ];
  const found = places.flatMap(([where, text]) =>
    SECRETS.filter((s) => text.includes(s)).map((s) => `${where}: ${s}`),
  );
  searched.places += places.length;
  searched.onGitHub += more.length;
  searched.found += found.length;
  expect(found).toEqual([]);
}

beforeAll(async () => {
  emu = await startEmulator({ port: 0, timeScale: 50, runtime: 'simulated' });
  api = admin(emu.url);
  for (const tag of ['v1', 'v2', 'leaky']) await api.declareImage('vault', tag);
  await api.behave(ecrImage('vault', 'leaky'), {
    crashAfterSeconds: 5,
    exitCode: 1,
    logLines: [
      'starting vault',
      `connecting to postgres://app:${DB_PASSWORD}@db/app`,
      `Error: API key ${API_KEY} was refused`,
    ],
  });
});

afterAll(async () => {
  ghProxy?.close();
  await gh?.stop();
  await emu?.stop();
  // The figure for docs/reliability.md.
  console.log(
    `secrets e2e: ${searched.found} secret values found in ${searched.places} places searched (${searched.onGitHub} of them on GitHub: comments, deployment statuses, request bodies)`,
  );
});

test('a good deploy with secret values writes none of them out', async () => {
  const run = await deploy({ image: ecrImage('vault', 'v1') });
  expect(run.exitCode).toBe(0);
  // The values were registered with the runner, so its log masks them too.
  const masks = run.log.split('\n').filter((l) => l.startsWith('::add-mask::'));
  for (const s of SECRETS) expect(masks.filter((m) => m.includes(s))).toHaveLength(1);
  expectNoSecrets(run);
});

test('a plan that changes a secret value shows the change masked', async () => {
  const rotated = 'Pw-rotated-8Hq2nB';
  const run = await deploy({
    image: ecrImage('vault', 'v2'),
    plan: 'true',
    'environment-variables': `DATABASE_URL=postgres://app:${rotated}@db/app\nAPI_KEY=${API_KEY}`,
  });
  expect(run.exitCode).toBe(0);
  expect(run.outputs['plan-markdown']).toBeTruthy();
  expectNoSecrets(run);
  expect(run.outputs['plan-markdown']).not.toContain(rotated);
});

test("a crash whose log prints secrets: the digest's lines are masked, and it says so", async () => {
  const run = await deploy({ image: ecrImage('vault', 'leaky') });
  expect(run.exitCode).toBe(1);
  expect(run.outputs['rolled-back']).toBe('true');
  expect(run.summary).toContain('starting vault');
  expect(run.summary).toContain('connecting to ***');
  expect(run.summary).toContain('2 lines masked');
  expect(runnerLog(run.log)).toContain('2 lines masked');
  expectNoSecrets(run);
});

test('a bad input holding a secret is refused without echoing it', async () => {
  const run = await deploy({
    image: ecrImage('vault', 'v1'),
    'environment-variables': `DATABASE_URL: postgres://app:${DB_PASSWORD}@db/app?sslmode=require`,
  });
  expect(run.exitCode).toBe(1);
  expect(run.log).toContain("::error::Input 'environment-variables' must hold KEY=VALUE lines; line 1");
  expectNoSecrets(run);
  // Not even in the raw output: the error never held the value.
  expect(run.log.split('\n').filter((l) => !l.startsWith('::add-mask::') && l.includes(DB_PASSWORD))).toEqual(
    [],
  );
});

/** Forwards every request to `target` and keeps the bodies of those that write (POST, PATCH). */
function recordingProxy(target: string): Promise<typeof ghProxy> {
  const bodies: { method: string; path: string; body: string }[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      if (req.method !== 'GET') bodies.push({ method: req.method!, path: req.url!, body });
      const out = http.request(
        `${target}${req.url}`,
        { method: req.method, headers: { ...req.headers, host: new URL(target).host } },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      out.on('error', () => res.writeHead(502).end());
      out.end(body);
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        bodies,
        close: () => server.close(),
      }),
    ),
  );
}

function pullRequestEvent(n: number): string {
  const file = join(mkdtempSync(join(tmpdir(), 'secrets-event-')), 'event.json');
  const head = { sha: 'e'.repeat(40), ref: `feature-${n}`, repo: { full_name: REPO } };
  const pr = { number: n, state: 'open', labels: [{ name: 'preview' }], head };
  writeFileSync(file, JSON.stringify({ action: 'opened', number: n, pull_request: pr }));
  return file;
}

/** A preview of pull request `n` with the secret values (on a cluster of its own: previews share its load balancer). */
function preview(n: number, image: string): Promise<ActionResult> {
  gh.state.setPull(REPO, { number: n, labels: [{ name: 'preview' }] });
  return runAction(
    { ...secretInputs, mode: 'preview', cluster: 'sec-previews', 'preview-label': 'preview', image },
    {
      endpoint: emu.url,
      env: { GITHUB_API_URL: ghProxy.url, GITHUB_EVENT_PATH: pullRequestEvent(n), GITHUB_REPOSITORY: REPO },
    },
  );
}

/** What a preview of pull request `n` left on GitHub: its comments, its deployments' statuses, every body sent. */
function gitHubPlaces(n: number): [string, string][] {
  const repo = gh.state.repo(REPO);
  return [
    ...repo.comments
      .filter((c) => c.issue === n)
      .map((c): [string, string] => [`comment ${c.id} on #${n}`, c.body]),
    ...repo.deployments
      .filter((d) => d.environment === `pr-${n}`)
      .flatMap((d) =>
        d.statuses.map((st): [string, string] => [`deployment ${d.id} status ${st.id}`, JSON.stringify(st)]),
      ),
    ...ghProxy.bodies.map((b, i): [string, string] => [
      `GitHub request ${i} (${b.method} ${b.path})`,
      b.body,
    ]),
  ];
}

describe('previews with secret values: the pull request comments and deployment statuses hold none of them', () => {
  beforeAll(async () => {
    gh = await startGitHubApi({ token: GITHUB_TOKEN });
    ghProxy = await recordingProxy(gh.url);
  });

  test('a preview that is ready', async () => {
    const run = await preview(21, ecrImage('vault', 'v1'));
    if (run.exitCode !== 0) throw new Error(run.log.slice(-4000));
    const comments = gh.state.repo(REPO).comments.filter((c) => c.issue === 21);
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toContain('Preview ready');
    expectNoSecrets(run, gitHubPlaces(21));
  });

  test("a preview whose task prints secrets: the comment shows the digest's lines masked", async () => {
    ghProxy.bodies.length = 0;
    const run = await preview(22, ecrImage('vault', 'leaky'));
    expect(run.exitCode).toBe(1);
    const comments = gh.state.repo(REPO).comments.filter((c) => c.issue === 22);
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toContain('Preview deploy failed');
    expect(comments[0].body).toContain('connecting to ***');
    expect(comments[0].body).toContain('2 lines masked');
    // The comment was written more than once (deploying, then failed): every version is searched.
    expect(ghProxy.bodies.filter((b) => /\/comments/.test(b.path)).length).toBeGreaterThanOrEqual(2);
    expectNoSecrets(run, gitHubPlaces(22));
  });
});
