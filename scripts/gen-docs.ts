/**
 * Writes the inputs and outputs tables of README.md from action.yml, between the markers
 * <!-- inputs:start -->/<!-- inputs:end --> and <!-- outputs:start -->/<!-- outputs:end -->.
 *   npx tsx scripts/gen-docs.ts           rewrite README.md
 *   npx tsx scripts/gen-docs.ts --check   exit 1 when README.md is not what action.yml gives
 */
import * as fs from 'fs';
import * as path from 'path';
import { parseArgs } from 'util';
import { FAILSAFE_SCHEMA, load } from 'js-yaml';

export type YamlValue = string | YamlValue[] | YamlMap;
export interface YamlMap {
  [key: string]: YamlValue;
}

/**
 * action.yml as the runner reads it: every scalar a string (the failsafe schema keeps `true`, `10`
 * and `''` as written, which is what a default is), mappings and sequences as they are.
 */
export function parseActionYaml(text: string, filename = 'action.yml'): YamlMap {
  const doc = load(text, { schema: FAILSAFE_SCHEMA, filename });
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
    throw new Error(`${filename}: expected a mapping at the top level`);
  return doc as YamlMap;
}

export interface ActionInput {
  name: string;
  description: string;
  required: boolean;
  default?: string;
}
export interface ActionOutput {
  name: string;
  description: string;
}

export function readAction(file: string): { inputs: ActionInput[]; outputs: ActionOutput[]; doc: YamlMap } {
  const doc = parseActionYaml(fs.readFileSync(file, 'utf8'));
  const asMap = (v: YamlValue | undefined): YamlMap => (typeof v === 'object' && !Array.isArray(v) ? v : {});
  const inputs = Object.entries(asMap(doc.inputs)).map(([name, v]) => {
    const m = asMap(v);
    return {
      name,
      description: String(m.description ?? ''),
      required: m.required === 'true',
      default: typeof m.default === 'string' ? m.default : undefined,
    };
  });
  const outputs = Object.entries(asMap(doc.outputs)).map(([name, v]) => ({
    name,
    description: String(asMap(v).description ?? ''),
  }));
  return { inputs, outputs, doc };
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r?\n/g, ' ').trim();
}

export function inputsTable(inputs: ActionInput[]): string {
  const rows = inputs.map((i) => {
    const def = i.default === undefined || i.default === '' ? '' : `\`${i.default}\``;
    return `| \`${i.name}\` | ${i.required ? 'yes' : 'no'} | ${cell(def)} | ${cell(i.description)} |`;
  });
  return ['| Input | Required | Default | Description |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

export function outputsTable(outputs: ActionOutput[]): string {
  const rows = outputs.map((o) => `| \`${o.name}\` | ${cell(o.description)} |`);
  return ['| Output | Description |', '| --- | --- |', ...rows].join('\n');
}

/** README with the two generated sections replaced; throws when a marker is missing. */
export function renderReadme(
  readme: string,
  action: { inputs: ActionInput[]; outputs: ActionOutput[] },
): string {
  let out = readme;
  for (const [name, body] of [
    ['inputs', inputsTable(action.inputs)],
    ['outputs', outputsTable(action.outputs)],
  ] as const) {
    const start = `<!-- ${name}:start -->`;
    const end = `<!-- ${name}:end -->`;
    const a = out.indexOf(start);
    const b = out.indexOf(end);
    if (a < 0 || b < a) throw new Error(`README.md lacks the markers ${start} ... ${end}`);
    // Prettier would re-pad the table columns, and then the generator and `prettier --check` would fight.
    out = `${out.slice(0, a + start.length)}\n<!-- prettier-ignore-start -->\n${body}\n<!-- prettier-ignore-end -->\n${out.slice(b)}`;
  }
  return out;
}

function main(): void {
  const root = path.resolve(__dirname, '..');
  const readmePath = path.join(root, 'README.md');
  const readme = fs.readFileSync(readmePath, 'utf8');
  const next = renderReadme(readme, readAction(path.join(root, 'action.yml')));
  const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
  if (values.check) {
    if (next !== readme) {
      console.error(
        'README.md inputs/outputs are out of date with action.yml: run `npx tsx scripts/gen-docs.ts`.',
      );
      process.exit(1);
    }
    console.log('README.md inputs/outputs match action.yml.');
    return;
  }
  if (next !== readme) fs.writeFileSync(readmePath, next);
  console.log(next !== readme ? 'README.md updated from action.yml.' : 'README.md already up to date.');
}

if (require.main === module) main();
