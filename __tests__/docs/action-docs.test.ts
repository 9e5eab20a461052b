import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readConfig } from '../../src/config/inputs';
import { parseActionYaml, readAction, renderReadme } from '../../scripts/gen-docs';

const root = path.join(__dirname, '../..');
const action = readAction(path.join(root, 'action.yml'));

let workspace: string;
beforeAll(() => {
  workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'docs-'));
  fs.writeFileSync(path.join(workspace, 'Dockerfile'), 'FROM scratch\n');
});
afterAll(() => fs.rmSync(workspace, { recursive: true, force: true }));
const env = () => ({ GITHUB_WORKSPACE: workspace, GITHUB_SHA: 'f'.repeat(40), AWS_REGION: 'eu-west-1' });

describe('action.yml', () => {
  it('runs with node24 from dist/index.js and has name, description and branding', () => {
    expect(action.doc.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(action.doc.name).toMatch(/\w/);
    expect(action.doc.description).toMatch(/\w{3,}.*\w{3,}/);
    expect(action.doc.branding).toEqual({ icon: expect.any(String), color: expect.any(String) });
  });

  it('describes every input and gives each optional one a default', () => {
    for (const i of action.inputs) {
      expect([i.name, i.description.length > 10]).toEqual([i.name, true]);
      expect([i.name, /^[a-z0-9]+(-[a-z0-9]+)*$/.test(i.name)]).toEqual([i.name, true]);
      if (!i.required) expect([i.name, i.default !== undefined]).toEqual([i.name, true]);
    }
  });

  it('keeps the official amazon-ecs-deploy-task-definition names', () => {
    const names = action.inputs.map((i) => i.name);
    for (const n of [
      'task-definition',
      'cluster',
      'service',
      'desired-count',
      'force-new-deployment',
      'wait-for-minutes',
    ])
      expect(names).toContain(n);
    expect(action.inputs.find((i) => i.name === 'github-token')?.default).toBe('${{ github.token }}');
  });

  it('declares the outputs the pipeline sets', () => {
    expect(action.outputs.map((o) => o.name).sort()).toEqual(
      [
        'image-uri',
        'task-definition-arn',
        'previous-task-definition-arn',
        'service-arn',
        'deployment-id',
        'rolled-back',
        'url',
        'duration-seconds',
        'plan-markdown',
        'strategy',
        'traffic-shift',
        'both-versions-seconds',
      ].sort(),
    );
  });
});

describe('action.yml and readConfig agree', () => {
  it('readConfig reads exactly the inputs action.yml declares', () => {
    const read = new Set<string>();
    readConfig((n) => {
      read.add(n);
      return { cluster: 'web', service: 'hello' }[n] ?? '';
    }, env());
    expect([...read].sort()).toEqual(action.inputs.map((i) => i.name).sort());
  });

  it("action.yml's defaults give the same config as inputs left empty", () => {
    const defaults = Object.fromEntries(action.inputs.map((i) => [i.name, i.default ?? '']));
    defaults.cluster = 'web';
    defaults.service = 'hello';
    defaults['github-token'] = 'ghs_token'; // an expression the runner evaluates
    const fromYaml = readConfig((n) => defaults[n] ?? '', env());
    const fromEmpty = readConfig(
      (n) => ({ cluster: 'web', service: 'hello', 'github-token': 'ghs_token' })[n] ?? '',
      env(),
    );
    expect(fromYaml).toEqual(fromEmpty);
  });

  it('the inputs action.yml marks required are the ones readConfig requires', () => {
    const required = action.inputs.filter((i) => i.required).map((i) => i.name);
    expect(required.sort()).toEqual(['cluster', 'service']);
    for (const name of required) {
      const inputs: Record<string, string> = { cluster: 'web', service: 'hello', [name]: '' };
      expect(() => readConfig((n) => inputs[n] ?? '', env())).toThrow(`Input '${name}' is required.`);
    }
  });
});

describe('README', () => {
  it('has the inputs and outputs tables generated from action.yml (npx tsx scripts/gen-docs.ts)', () => {
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    expect(renderReadme(readme, action)).toBe(readme);
    for (const i of action.inputs) expect(readme).toContain(`| \`${i.name}\` |`);
  });

  it('the generator notices a stale README', () => {
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    const stale = readme.replace(/\| `cluster` \|[^\n]*\n/, '');
    expect(renderReadme(stale, action)).not.toBe(stale);
  });
});

describe('the action.yml reader', () => {
  it('reads nested maps, quoted and plain scalars, block scalars and comments', () => {
    const doc = parseActionYaml(
      [
        'name: plain value # comment',
        "quoted: 'it''s # not a comment'",
        'double: "a\\tb"',
        'inputs:',
        '  one:',
        '    description: |',
        '      line 1',
        '      line 2',
        '    default: >-',
        '      folded',
        '      text',
        '  two:',
        "    default: ''",
      ].join('\n'),
    );
    expect(doc).toEqual({
      name: 'plain value',
      quoted: "it's # not a comment",
      double: 'a\tb',
      inputs: { one: { description: 'line 1\nline 2\n', default: 'folded text' }, two: { default: '' } },
    });
  });

  it('keeps every scalar as written, as the runner reads a default', () => {
    expect(parseActionYaml('a: true\nb: 10\nc: 1.50\nlist:\n  - x')).toEqual({
      a: 'true',
      b: '10',
      c: '1.50',
      list: ['x'],
    });
  });

  it('refuses a malformed file with its line, and a file that is not a mapping', () => {
    expect(() => parseActionYaml('a: b\nc: [d', 'x.yml')).toThrow('in "x.yml" (2:6)');
    expect(() => parseActionYaml('- a\n- b')).toThrow('expected a mapping at the top level');
  });
});
