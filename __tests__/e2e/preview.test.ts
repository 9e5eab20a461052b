/**
 * The preview lifecycle with the bundled action, run as a runner runs it, against the emulated AWS
 * (simulated runtime) and the emulated GitHub REST API: open, push twice, close, close again, sweep,
 * a fork refused, a pull request without the label skipped, and a full priority band refused.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AddTagsCommand as ElbAddTags,
  CreateRuleCommand,
  DescribeListenersCommand,
  DescribeLoadBalancersCommand,
  DescribeRulesCommand,
  DescribeTargetGroupsCommand,
  ElasticLoadBalancingV2Client,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import {
  DescribeServicesCommand,
  ECSClient,
  ListTaskDefinitionsCommand,
  TagResourceCommand,
} from '@aws-sdk/client-ecs';
import { startEmulator } from '../../emulator/src/index';
import { startGitHubApi, GitHubApiHandle } from '../../emulator/src/github/index';
import { admin, ecrImage, Emulator, isMutatingOperation, runAction } from './harness';
import { disallowedCalls } from '../helpers/iam';

const REPO = 'acme/hello';
const TOKEN = 'ghs_e2e_token';
let emu: Emulator;
let gh: GitHubApiHandle;
let api: ReturnType<typeof admin>;
const clientConfig = () => ({
  endpoint: emu.url,
  region: 'us-east-1',
  credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
});
const elb = () => new ElasticLoadBalancingV2Client(clientConfig());
const ecs = () => new ECSClient(clientConfig());

function eventFile(n: number, opts: { action?: string; headRepo?: string; labels?: string[] } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'preview-event-'));
  const file = join(dir, 'event.json');
  writeFileSync(
    file,
    JSON.stringify({
      action: opts.action ?? 'opened',
      number: n,
      pull_request: {
        number: n,
        state: opts.action === 'closed' ? 'closed' : 'open',
        labels: (opts.labels ?? ['preview']).map((name) => ({ name })),
        head: { sha: 'a'.repeat(40), ref: `feature-${n}`, repo: { full_name: opts.headRepo ?? REPO } },
        base: { ref: 'main', repo: { full_name: REPO } },
      },
    }),
  );
  return file;
}

const base = {
  cluster: 'web',
  service: 'hello',
  'container-port': '3000',
  'wait-for-minutes': '10',
  'github-token': TOKEN,
  'preview-label': 'preview',
};

function act(mode: string, n: number, inputs: Record<string, string> = {}, event = eventFile(n)) {
  return runAction(
    { ...base, mode, ...inputs },
    { endpoint: emu.url, env: { GITHUB_API_URL: gh.url, GITHUB_EVENT_PATH: event, GITHUB_REPOSITORY: REPO } },
  );
}

const comments = (n: number) => gh.state.repo(REPO).comments.filter((c) => c.issue === n);
const deployments = (n: number) => gh.state.repo(REPO).deployments.filter((d) => d.environment === `pr-${n}`);

async function service(name: string) {
  const out = await ecs().send(
    new DescribeServicesCommand({ cluster: 'web', services: [name], include: ['TAGS'] }),
  );
  return out.services?.[0];
}

async function rules() {
  const lb = (await elb().send(new DescribeLoadBalancersCommand({}))).LoadBalancers![0];
  const listeners = (await elb().send(new DescribeListenersCommand({ LoadBalancerArn: lb.LoadBalancerArn })))
    .Listeners!;
  const http = listeners.find((l) => l.Port === 80)!;
  const all = (await elb().send(new DescribeRulesCommand({ ListenerArn: http.ListenerArn }))).Rules!;
  return { listenerArn: http.ListenerArn!, rules: all.filter((r) => !r.IsDefault) };
}

async function targetGroupExists(name: string): Promise<boolean> {
  try {
    await elb().send(new DescribeTargetGroupsCommand({ Names: [name] }));
    return true;
  } catch {
    return false;
  }
}

async function activeRevisions(family: string): Promise<string[]> {
  const out = await ecs().send(new ListTaskDefinitionsCommand({ familyPrefix: family, status: 'ACTIVE' }));
  return (out.taskDefinitionArns ?? []).filter((a) => a.includes(`/${family}:`));
}

async function mutatingSucceeded() {
  return (await api.calls()).filter((c) => isMutatingOperation(c.operation) && c.status < 400);
}

/**
 * What a test needs before it starts: the preview of pull request `n` running. A test run on its own
 * opens it here; in the file's order an earlier test has already opened it.
 */
async function previewOpen(n: number): Promise<void> {
  // Before the first preview there is no cluster to describe services in.
  const running = await service(`hello-pr-${n}`).catch((e: Error) => {
    if (e.name === 'ClusterNotFoundException') return undefined;
    throw e;
  });
  if (running?.status === 'ACTIVE') return;
  const run = await act('preview', n, { image: ecrImage('hello', 'v1') });
  if (run.exitCode !== 0) throw new Error(`opening the preview of #${n} failed:\n${run.log.slice(-4000)}`);
}

async function loadBalancerExists(): Promise<boolean> {
  return ((await elb().send(new DescribeLoadBalancersCommand({}))).LoadBalancers ?? []).length > 0;
}

beforeAll(async () => {
  emu = await startEmulator({
    port: 0,
    timeScale: 60,
    runtime: 'simulated',
    lbPort: 0,
    log: () => undefined,
  });
  gh = await startGitHubApi({ token: TOKEN });
  api = admin(emu.url);
  for (const tag of ['v1', 'v2']) await api.declareImage('hello', tag);
  gh.state.setPull(REPO, { number: 7, labels: [{ name: 'preview' }] });
});

// Every call a test's runs made is allowed by the shipped IAM policy of the mode (docs/iam/preview.json).
afterEach(async () => {
  expect(disallowedCalls('preview', await api.calls())).toEqual([]);
});

afterAll(async () => {
  await gh?.stop();
  await emu?.stop();
});

test('open: the pull request gets its own service, rule, comment and a successful deployment with the URL', async () => {
  const run = await act('preview', 7, { image: ecrImage('hello', 'v1') });
  expect(run.log).toContain('is healthy');
  expect(run.exitCode).toBe(0);
  expect(run.outputs.url).toMatch(/^http:\/\/.*\/pr-7\/$/);

  const svc = await service('hello-pr-7');
  expect(svc?.status).toBe('ACTIVE');
  expect(svc?.desiredCount).toBe(1);
  const tags = Object.fromEntries((svc?.tags ?? []).map((t) => [t.key, t.value]));
  expect(tags).toMatchObject({ 'pull-request': '7', repository: REPO, 'managed-by': 'ecs-fargate-deploy' });
  expect(Date.parse(tags['expires-at']!)).toBeGreaterThan(Date.now() + 71 * 3_600_000);

  const { rules: rs } = await rules();
  const rule = rs.find((r) => JSON.stringify(r.Conditions).includes('/pr-7/*'));
  expect(Number(rule?.Priority)).toBeGreaterThanOrEqual(40000);
  expect(Number(rule?.Priority)).toBeLessThanOrEqual(49999);

  expect(comments(7)).toHaveLength(1);
  expect(comments(7)[0].body).toContain('<!-- ecs-fargate-deploy:preview -->');
  expect(comments(7)[0].body).toContain('Preview ready');
  expect(comments(7)[0].body).toContain(run.outputs.url);
  const [d] = deployments(7);
  expect(d).toMatchObject({ transient_environment: true, production_environment: false });
  expect(d.statuses.map((s) => s.state)).toEqual(['in_progress', 'success']);
  expect(d.statuses[1].environment_url).toBe(run.outputs.url);
});

test('push twice: one comment, edited in place with the new image', async () => {
  await previewOpen(7);
  const first = comments(7)[0];
  const push1 = await act(
    'preview',
    7,
    { image: ecrImage('hello', 'v2') },
    eventFile(7, { action: 'synchronize' }),
  );
  expect(push1.exitCode).toBe(0);
  expect(comments(7)).toHaveLength(1);
  expect(comments(7)[0].id).toBe(first.id);
  expect(comments(7)[0].body).toContain(':v2');
  const push2 = await act(
    'preview',
    7,
    { image: ecrImage('hello', 'v1') },
    eventFile(7, { action: 'synchronize' }),
  );
  expect(push2.exitCode).toBe(0);
  expect(comments(7)).toHaveLength(1);
  expect(comments(7)[0].body).toContain(':v1');
  expect(deployments(7).every((d) => d.statuses.at(-1)?.state !== 'in_progress')).toBe(true);
  expect((await service('hello-pr-7'))?.taskDefinition).toMatch(/web-hello-pr-7:\d+$/);
});

test('close: rule, service, target group and revisions go; the deployment is inactive; a second close changes nothing', async () => {
  await previewOpen(7);
  const tgName = (await service('hello-pr-7'))!.loadBalancers![0].targetGroupArn!.split('/')[1];
  const run = await act('teardown', 7, {}, eventFile(7, { action: 'closed' }));
  expect(run.exitCode).toBe(0);
  expect((await rules()).rules.some((r) => JSON.stringify(r.Conditions).includes('/pr-7/'))).toBe(false);
  expect((await service('hello-pr-7'))?.status).not.toBe('ACTIVE');
  expect(await targetGroupExists(tgName)).toBe(false);
  expect(await activeRevisions('web-hello-pr-7')).toEqual([]);
  for (const d of deployments(7)) expect(d.statuses.at(-1)?.state).toBe('inactive');
  expect(comments(7)).toHaveLength(1);
  expect(comments(7)[0].body).toContain('torn down');

  await api.clearCalls();
  const requestsBefore = gh.state.requests.length;
  const again = await act('teardown', 7, {}, eventFile(7, { action: 'closed' }));
  expect(again.exitCode).toBe(0);
  expect((await api.calls()).length).toBeGreaterThan(0); // it did look
  expect(await mutatingSucceeded()).toEqual([]);
  expect(gh.state.requests.slice(requestsBefore).filter((r) => r.method !== 'GET')).toEqual([]);
  expect(again.log).toMatch(/ecs-service hello-pr-7: absent/);
});

test('sweep: an expired preview is removed, an open unexpired one is kept', async () => {
  gh.state.setPull(REPO, { number: 8, labels: [{ name: 'preview' }] });
  gh.state.setPull(REPO, { number: 9, labels: [{ name: 'preview' }] });
  expect((await act('preview', 8, { image: ecrImage('hello', 'v1') })).exitCode).toBe(0);
  expect((await act('preview', 9, { image: ecrImage('hello', 'v1') })).exitCode).toBe(0);

  // Time passes for #8: its expiry tags are moved into the past.
  const past = { Key: 'expires-at', Value: '2000-01-01T00:00:00.000Z' };
  const svc8 = await service('hello-pr-8');
  await ecs().send(
    new TagResourceCommand({ resourceArn: svc8!.serviceArn, tags: [{ key: past.Key, value: past.Value }] }),
  );
  const tg8 = svc8!.loadBalancers![0].targetGroupArn!;
  const rule8 = (await rules()).rules.find((r) => JSON.stringify(r.Actions).includes(tg8))!;
  await elb().send(new ElbAddTags({ ResourceArns: [tg8, rule8.RuleArn!], Tags: [past] }));

  const run = await runAction(
    { ...base, mode: 'sweep' },
    { endpoint: emu.url, env: { GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: REPO } },
  );
  expect(run.exitCode).toBe(0);
  expect(run.log).toContain('#8: removing (expired at 2000-01-01T00:00:00.000Z)');
  expect(run.log).toMatch(/#9: kept \(pull request open/);
  expect(run.summary).toMatch(/#8 \| removed/);
  expect((await service('hello-pr-8'))?.status).not.toBe('ACTIVE');
  expect(await targetGroupExists(tg8.split('/')[1])).toBe(false);
  expect((await service('hello-pr-9'))?.status).toBe('ACTIVE');
  expect(comments(8)[0].body).toContain('torn down');
});

test('a pull request from a fork is refused before any AWS call', async () => {
  await api.clearCalls();
  const run = await act(
    'preview',
    11,
    { image: ecrImage('hello', 'v1') },
    eventFile(11, { headRepo: 'mallory/hello' }),
  );
  expect(run.exitCode).toBe(1);
  expect(run.log).toContain('comes from the fork mallory/hello');
  expect(await api.calls()).toEqual([]);
  expect(comments(11)).toHaveLength(0);
});

test('a pull request without the preview label is skipped without any AWS call', async () => {
  await api.clearCalls();
  const run = await act(
    'preview',
    12,
    { image: ecrImage('hello', 'v1') },
    eventFile(12, { labels: ['docs'] }),
  );
  expect(run.exitCode).toBe(0);
  expect(run.log).toContain("does not have the label 'preview'");
  expect(await api.calls()).toEqual([]);
});

test('a full priority band fails clearly and creates nothing', async () => {
  // The band is filled on the shared load balancer's listener, which the first preview creates.
  if (!(await loadBalancerExists())) await previewOpen(7);
  const { listenerArn } = await rules();
  await elb().send(
    new CreateRuleCommand({
      ListenerArn: listenerArn,
      Priority: 45000,
      Conditions: [{ Field: 'path-pattern', PathPatternConfig: { Values: ['/other/*'] } }],
      Actions: [
        {
          Type: 'fixed-response',
          FixedResponseConfig: { StatusCode: '200', ContentType: 'text/plain', MessageBody: 'x' },
        },
      ],
    }),
  );
  await api.clearCalls();
  const run = await act(
    'preview',
    13,
    { image: ecrImage('hello', 'v1'), 'preview-priority-band': '45000-45000' },
    eventFile(13),
  );
  expect(run.exitCode).toBe(1);
  expect(run.log).toContain('every rule priority of the preview band 45000-45000 is taken');
  expect(run.log).toContain('Nothing was created');
  expect(await mutatingSucceeded()).toEqual([]);
  expect(await service('hello-pr-13')).toBeUndefined();
  expect(comments(13)[0].body).toContain('Preview deploy failed');
});
