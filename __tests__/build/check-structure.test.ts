/** scripts/check-structure.ts on small trees written to a temporary directory. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { checkStructure, formatReport } from '../../scripts/check-structure';

let root: string;

function write(files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  }
}

/** A function whose first and last lines are `lines` lines apart, inclusive. */
function functionOf(name: string, lines: number): string {
  const body = Array.from({ length: lines - 2 }, (_, i) => `  const v${i} = ${i};`).join('\n');
  return `export function ${name}(): void {\n${body}\n}\n`;
}

const CLEAN = {
  'src/index.ts': "import { run } from './main';\nvoid run();\n",
  'src/main.ts':
    "import { readConfig } from './config';\nexport async function run(): Promise<void> {\n  readConfig();\n}\n",
  'src/config/index.ts': "export { readConfig } from './read';\n",
  'src/config/read.ts':
    "import type { Thing } from '../util/thing';\nexport const readConfig = (t?: Thing) => t;\n",
  'src/aws/limits.ts': 'export const limits = 1;\n',
  'src/pipeline/deploy.ts':
    "import type { Thing } from '../util/thing';\nexport const deploy = (t: Thing) => t;\n",
  'src/util/thing.ts': 'export interface Thing {\n  a: number;\n}\n',
  'emulator/src/index.ts': "import { clock } from './core/clock';\nexport const now = clock;\n",
  'emulator/src/core/clock.ts': '// A comment that is not a divider.\nexport const clock = 0;\n',
};

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'structure-'));
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

test('a clean tree passes', () => {
  write(CLEAN);
  expect(checkStructure(root)).toEqual([]);
  expect(formatReport([])).toBe('structure: OK (src, emulator/src)');
});

test('a function of 101 lines is reported, one of 100 is not', () => {
  write({ ...CLEAN, 'src/util/long.ts': functionOf('ok', 100) + functionOf('tooLong', 101) });
  const found = checkStructure(root).filter((v) => v.rule === 'long function');
  expect(found).toEqual([
    {
      rule: 'long function',
      file: 'src/util/long.ts',
      line: 101,
      what: 'function tooLong is 101 lines (max 100)',
    },
  ]);
});

test('a long arrow function and a long method in emulator/src are reported by name', () => {
  const body = Array.from({ length: 101 }, () => '    void 0;').join('\n');
  write({
    ...CLEAN,
    'emulator/src/core/long.ts': `export const handler = () => {\n${body}\n};\nexport class A {\n  m(): void {\n${body}\n  }\n}\n`,
  });
  const found = checkStructure(root).filter((v) => v.rule === 'long function');
  expect(found.map((v) => `${v.file}:${v.line} ${v.what}`)).toEqual([
    'emulator/src/core/long.ts:1 function handler is 103 lines (max 100)',
    'emulator/src/core/long.ts:105 function m is 103 lines (max 100)',
  ]);
});

test('an import circle is reported, type-only imports and re-exports included', () => {
  write({
    ...CLEAN,
    'emulator/src/core/world.ts':
      "import type { EcsState } from '../services/ecs';\nexport interface World {\n  ecs: EcsState;\n}\n",
    'emulator/src/services/ecs/index.ts': "export { EcsState } from './state';\n",
    'emulator/src/services/ecs/state.ts':
      "import { World } from '../../core/world';\nexport class EcsState {\n  w?: World;\n}\n",
  });
  const found = checkStructure(root).filter((v) => v.rule === 'import circle');
  expect(found).toEqual([
    {
      rule: 'import circle',
      file: 'emulator/src/core/world.ts',
      line: 1,
      what: 'import circle: emulator/src/core/world.ts -> emulator/src/services/ecs/index.ts -> emulator/src/services/ecs/state.ts -> emulator/src/core/world.ts',
    },
  ]);
});

test('src/config importing a pipeline layer, and src/ importing an entry file, are reported', () => {
  write({
    ...CLEAN,
    'src/config/read.ts':
      "import { deploy } from '../pipeline/deploy';\nexport const readConfig = () => deploy;\n",
    'src/preview/run.ts': "import { run } from '../main';\nexport const preview = run;\n",
  });
  const found = checkStructure(root).filter((v) => v.rule === 'config layer' || v.rule === 'entry import');
  expect(found.map((v) => `${v.file}:${v.line} ${v.what}`)).toEqual([
    "src/config/read.ts:1 src/config imports the pipeline's layer src/pipeline (src/pipeline/deploy.ts)",
    'src/preview/run.ts:1 imports the entry file src/main.ts',
  ]);
});

test('a divider comment is reported; the summary counts each rule', () => {
  write({
    ...CLEAN,
    'src/util/thing.ts': 'export const a = 1;\n  // ---- helpers ----\nexport const b = 2;\n',
  });
  const found = checkStructure(root);
  expect(found).toEqual([
    {
      rule: 'divider',
      file: 'src/util/thing.ts',
      line: 2,
      what: 'divider comment "// ---- helpers ----": split the file instead',
    },
  ]);
  expect(formatReport(found).split('\n')).toEqual([
    'src/util/thing.ts:2 divider comment "// ---- helpers ----": split the file instead',
    'structure: 1 violation (divider: 1)',
  ]);
});
