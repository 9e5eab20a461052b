/**
 * Secret values never written out: the bundled action deploys with secrets in environment-variables,
 * build-args and the github-token (a good deploy, a plan, a task whose log prints a secret, a bad
 * input holding one), and every place a run writes to is searched for them: the job log (as the
 * runner shows it: `::add-mask::` lines are the registrations the runner consumes, and nothing may
 * print a value before its registration), the outputs and the job summary.
 */
import { startEmulator } from '../../emulator/src/index';
import { ActionResult, admin, ecrImage, Emulator, runAction } from './harness';

const DB_PASSWORD = 'Pw-9f3kQ7zLm2';
const API_KEY = 'sk_live_4eC39HqLyjWDarjtT1zdp7dc';
const NPM_TOKEN = 'npm_Zx81mQpT5vWc0Ly';
const GITHUB_TOKEN = 'ghs_16C7e42F292c6912E7710c838347Ae178B4a';
const SECRETS = [DB_PASSWORD, API_KEY, NPM_TOKEN, GITHUB_TOKEN];

let emu: Emulator;
let api: ReturnType<typeof admin>;

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
const searched = { places: 0, found: 0 };

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

/** Searches the log, every output and the summary of a run for every secret value. */
function expectNoSecrets(run: ActionResult): void {
  const places: [string, string][] = [
    ['log', runnerLog(run.log)],
    ['summary', run.summary],
    ...Object.entries(run.outputs).map(([name, value]): [string, string] => [`output ${name}`, value]),
  ];
  const found = places.flatMap(([where, text]) =>
    SECRETS.filter((s) => text.includes(s)).map((s) => `${where}: ${s}`),
  );
  searched.places += places.length;
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
  await emu?.stop();
  // The figure for docs/reliability.md.
  console.log(`secrets e2e: ${searched.found} secret values found in ${searched.places} places searched`);
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
