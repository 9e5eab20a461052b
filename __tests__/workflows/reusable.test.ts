/**
 * The shipped workflows work when another repository calls them: each job locates the action at the
 * called workflow's own commit from its OIDC token, checks it out beside the application and runs it
 * from there. The locate step's script is taken from the workflow files and run against an OIDC token
 * endpoint served on 127.0.0.1, as the runner would run it.
 */
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as os from 'os';
import * as path from 'path';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const yaml = require('js-yaml') as { load(text: string): unknown };

type Obj = Record<string, any>;
const WORKFLOWS = path.resolve(__dirname, '../../.github/workflows');
const OURS = ['deploy.yml', 'redeploy.yml', 'preview.yml', 'preview-sweep.yml'];
const ACTION = './.ecs-fargate-deploy';
const SHA = '0123456789abcdef0123456789abcdef01234567';

const jobsRunningTheAction = OURS.flatMap((file) => {
  const wf = yaml.load(fs.readFileSync(path.join(WORKFLOWS, file), 'utf8')) as Obj;
  return Object.entries(wf.jobs as Obj)
    .filter(([, job]) => (job.steps as Obj[]).some((s) => s.uses === ACTION))
    .map(([name, job]) => ({ where: `${file} ${name}`, steps: job.steps as Obj[] }));
});
const locateScript = jobsRunningTheAction[0].steps.find((s) => s.id === 'action')!.run as string;

describe('every job that runs the action', () => {
  test('there are five (deploy, redeploy, preview deploy and teardown, sweep)', () => {
    expect(jobsRunningTheAction.map((j) => j.where)).toEqual([
      'deploy.yml deploy',
      'redeploy.yml redeploy',
      'preview.yml deploy',
      'preview.yml teardown',
      'preview-sweep.yml sweep',
    ]);
  });

  test.each(jobsRunningTheAction)(
    '$where locates it, checks it out at that commit, then runs it',
    ({ steps }) => {
      const locate = steps.findIndex((s) => s.id === 'action');
      const checkout = steps.findIndex((s) => s.with?.path === ACTION.slice(2));
      const run = steps.findIndex((s) => s.uses === ACTION);
      expect(locate).toBeGreaterThanOrEqual(0);
      expect([locate < checkout, checkout < run]).toEqual([true, true]);
      expect(steps[locate].run).toBe(locateScript); // one script, the same in every job
      expect(steps[checkout]).toEqual({
        uses: 'actions/checkout@v4',
        with: {
          repository: '${{ steps.action.outputs.repository }}',
          ref: '${{ steps.action.outputs.sha }}',
          path: '.ecs-fargate-deploy',
          'sparse-checkout': 'action.yml\ndist\n',
          'sparse-checkout-cone-mode': false,
          'persist-credentials': false,
        },
      });
    },
  );
});

/** A token endpoint like the runner's: answers `{ value: <JWT> }` to a bearer-authorised GET. */
async function tokenEndpoint(status: number, claims: Obj) {
  const requests: { url: string; authorization?: string }[] = [];
  const encode = (o: Obj) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const jwt = `${encode({ alg: 'RS256', typ: 'JWT' })}.${encode(claims)}.c2lnbmF0dXJl`;
  const server = http.createServer((req, res) => {
    requests.push({ url: req.url ?? '', authorization: req.headers.authorization });
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(status === 200 ? JSON.stringify({ value: jwt }) : '{"message":"no"}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/token?api-version=2.0`, requests, close: () => server.close() };
}

async function runLocate(env: Record<string, string>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'locate-'));
  const output = path.join(dir, 'output');
  fs.writeFileSync(output, '');
  const result = await new Promise<{ code: number; stdout: string }>((resolve) => {
    execFile(
      'bash',
      ['-e', '-c', locateScript],
      { env: { PATH: process.env.PATH ?? '', GITHUB_OUTPUT: output, ...env }, timeout: 20_000 },
      (error, stdout) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout }),
    );
  });
  const outputs = Object.fromEntries(
    fs
      .readFileSync(output, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => line.split(/=(.*)/s).slice(0, 2)),
  );
  fs.rmSync(dir, { recursive: true, force: true });
  return { ...result, outputs };
}

describe('the locate step', () => {
  test('called from another repository: the action repository at the called commit', async () => {
    const endpoint = await tokenEndpoint(200, {
      repository: 'shop/web', // the caller
      job_workflow_ref: 'acme/ecs-fargate-deploy/.github/workflows/deploy.yml@refs/tags/v1',
      job_workflow_sha: SHA,
    });
    try {
      const r = await runLocate({
        ACTIONS_ID_TOKEN_REQUEST_URL: endpoint.url,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token',
      });
      expect(r.code).toBe(0);
      expect(r.outputs).toEqual({ repository: 'acme/ecs-fargate-deploy', ref: 'refs/tags/v1', sha: SHA });
      expect(endpoint.requests).toEqual([
        { url: '/token?api-version=2.0&audience=ecs-fargate-deploy', authorization: 'bearer request-token' },
      ]);
      expect(r.stdout).not.toContain('request-token');
    } finally {
      endpoint.close();
    }
  });

  test("run in this repository's own pull request: its merge commit", async () => {
    const endpoint = await tokenEndpoint(200, {
      job_workflow_ref: 'acme/ecs-fargate-deploy/.github/workflows/preview.yml@refs/pull/7/merge',
      job_workflow_sha: SHA,
    });
    try {
      const r = await runLocate({
        ACTIONS_ID_TOKEN_REQUEST_URL: endpoint.url,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't',
      });
      expect(r.outputs).toEqual({
        repository: 'acme/ecs-fargate-deploy',
        ref: 'refs/pull/7/merge',
        sha: SHA,
      });
    } finally {
      endpoint.close();
    }
  });

  test('without id-token permission: one error that says which permission', async () => {
    const r = await runLocate({});
    expect(r.code).not.toBe(0);
    expect(r.stdout).toContain('::error::No OIDC token: the job needs `permissions: id-token: write`');
    expect(r.outputs).toEqual({});
  });

  test.each([
    [
      'the endpoint refuses',
      403,
      { job_workflow_ref: 'a/b/.github/workflows/x.yml@main', job_workflow_sha: SHA },
    ],
    ['no workflow claims', 200, { sub: 'repo:a/b:ref:refs/heads/main' }],
    ['a short SHA', 200, { job_workflow_ref: 'a/b/.github/workflows/x.yml@main', job_workflow_sha: 'abc' }],
  ])('%s: an error, no outputs', async (_what, status, claims) => {
    const endpoint = await tokenEndpoint(status, claims);
    try {
      const r = await runLocate({
        ACTIONS_ID_TOKEN_REQUEST_URL: endpoint.url,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't',
      });
      expect(r.code).not.toBe(0);
      expect(r.stdout).toMatch(/^::error::/m);
      expect(r.outputs).toEqual({});
    } finally {
      endpoint.close();
    }
  });
});
