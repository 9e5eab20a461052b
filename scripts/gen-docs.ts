/**
 * Writes the inputs and outputs tables of README.md from action.yml, between the markers
 * <!-- inputs:start -->/<!-- inputs:end --> and <!-- outputs:start -->/<!-- outputs:end -->.
 *   npx tsx scripts/gen-docs.ts           rewrite README.md
 *   npx tsx scripts/gen-docs.ts --check   exit 1 when README.md is not what action.yml gives
 */
import * as fs from 'fs';
import * as path from 'path';

export type YamlValue = string | YamlMap;
export interface YamlMap {
  [key: string]: YamlValue;
}

/**
 * A reader for the YAML subset action.yml uses: nested mappings by indentation, plain and quoted
 * scalars, `|` and `>` block scalars, comments. Enough for action.yml without a YAML dependency;
 * anything else (sequences, anchors, flow collections) is refused rather than misread.
 */
export function parseActionYaml(text: string): YamlMap {
  const lines = text.split(/\r?\n/);
  const root: YamlMap = {};
  const stack: { indent: number; map: YamlMap }[] = [{ indent: -1, map: root }];
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    if (!raw.trim() || raw.trim().startsWith('#')) continue;
    const indent = raw.length - raw.trimStart().length;
    const m = /^([A-Za-z0-9_.-]+|'[^']*'|"[^"]*"):(?:\s+(.*))?$/.exec(raw.trim());
    if (!m)
      throw new Error(
        `action.yml line ${i + 1}: not a 'key: value' line this reader understands: ${raw.trim()}`,
      );
    const key = m[1].replace(/^['"]|['"]$/g, '');
    const rest = stripComment(m[2] ?? '');
    while (stack.length > 1 && indent <= stack[stack.length - 1].indent) stack.pop();
    const parent = stack[stack.length - 1].map;
    if (rest === '') {
      const child: YamlMap = {};
      parent[key] = child;
      stack.push({ indent, map: child });
    } else if (/^[|>][-+]?$/.test(rest)) {
      const block: string[] = [];
      let blockIndent = -1;
      while (i + 1 < lines.length) {
        const next = lines[i + 1];
        const nextIndent = next.length - next.trimStart().length;
        if (next.trim() && nextIndent <= indent) break;
        if (next.trim() && blockIndent < 0) blockIndent = nextIndent;
        block.push(next.trim() ? next.slice(blockIndent) : '');
        i++;
      }
      while (block.length && block[block.length - 1] === '') block.pop();
      const joined = rest.startsWith('|') ? block.join('\n') : block.join(' ').replace(/ {2,}/g, ' ');
      parent[key] = rest.endsWith('-') ? joined : `${joined}\n`;
    } else {
      parent[key] = scalar(rest, i + 1);
    }
  }
  return root;
}

function stripComment(v: string): string {
  if (v.startsWith("'") || v.startsWith('"')) return v.trim();
  const hash = v.search(/\s#/);
  return (hash >= 0 ? v.slice(0, hash) : v).trim();
}

function scalar(v: string, line: number): string {
  if (v.startsWith("'")) {
    if (!v.endsWith("'") || v.length < 2)
      throw new Error(`action.yml line ${line}: unterminated single-quoted string`);
    return v.slice(1, -1).replace(/''/g, "'");
  }
  if (v.startsWith('"')) return JSON.parse(v) as string;
  if (/^[[{&*!]/.test(v))
    throw new Error(`action.yml line ${line}: flow collections, anchors and tags are not supported`);
  return v;
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
  const asMap = (v: YamlValue | undefined): YamlMap => (typeof v === 'object' ? v : {});
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
  if (process.argv.includes('--check')) {
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
