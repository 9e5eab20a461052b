/**
 * Builds dist/ (`npm run bundle`): src/index.ts and its dependencies bundled by ncc into
 * dist/index.js, plus one chunk file (dist/<id>.index.js) per part that src/ loads with a dynamic
 * `import()` (the pipeline, the stack, the build, the preview modes, Octokit), plus
 * dist/licenses.txt. All of dist/ is committed; a run reads a chunk only when it first imports it.
 *
 * Why not the `ncc build` command: packages are resolved through their `module` field first (the
 * AWS SDK's ES modules, of which only the commands the action imports are bundled: the EC2 client
 * alone is 2 MB of CommonJS and about a third less as ES modules), which the command cannot ask for;
 * and ncc's own licenses.txt leaves out the packages whose ES modules it merged into one.
 * ncc compiles src/ with src/tsconfig.json (module: esnext), so that `import()` stays a split point.
 * Chunk ids are webpack's deterministic ones: the same sources give the same files.
 *
 * Each bundled module is a function that runs on the module's first require. webpack writes it in
 * parentheses, `123: ((module) => {...})`, which V8 takes as a function about to be called and
 * compiles with the whole file; written without them (the same function), V8 compiles a module only
 * when it first runs, which spares a run the compile time and memory of every module it never
 * requires (lazyModuleFunctions; about 10 MB of a plan run's peak, docs/benchmarks.md).
 *
 * Then dead code goes (withoutDeadCode): webpack drops the exports nobody imports, but without a
 * minifier their declarations stay, and the SDK's ES modules declare every shape of a service in
 * one module (EC2's: 1.4 MB, of which the action uses a few dozen shapes). Terser runs with every
 * transform off but the removal of unused, side-effect-free declarations and unreachable code: no
 * renaming, no rewriting, the output printed indented and readable. It halves dist/index.js and
 * takes about a third off a plan run's peak memory (docs/benchmarks.md, startup).
 */
import * as fs from 'fs';
import * as path from 'path';
import { minify } from 'terser';

const ROOT = path.resolve(__dirname, '..');
const DIST = path.join(ROOT, 'dist');
const LICENSES = 'licenses.txt';

interface NccAsset {
  source: string | Buffer;
  permissions?: number;
}
interface StatsModule {
  name?: string;
  modules?: StatsModule[];
}
interface NccResult {
  code: string;
  assets: Record<string, NccAsset>;
  stats: { toJson(): { modules?: StatsModule[] } };
}
type Ncc = (entry: string, options: Record<string, unknown>) => Promise<NccResult>;

/** The package directories (under node_modules) of every module in the bundle, merged ones included. */
function bundledPackages(modules: StatsModule[]): string[] {
  const dirs = new Set<string>();
  const visit = (m: StatsModule): void => {
    const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(m.name ?? '');
    if (match) dirs.add(path.resolve(ROOT, match[1]));
    m.modules?.forEach(visit);
  };
  modules.forEach(visit);
  return [...dirs];
}

/** Each bundled package's name, license and license text, sorted by name (ncc's licenses.txt format). */
function licenseText(packageDirs: string[]): string {
  const entries = new Map<string, string>();
  for (const dir of packageDirs) {
    const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
      name: string;
      license?: string;
    };
    const file = fs.readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
    const text = file ? fs.readFileSync(path.join(dir, file), 'utf8').trim() : '';
    entries.set(pkg.name, [pkg.name, pkg.license ?? '', text].join('\n'));
  }
  return [...entries.keys()]
    .sort()
    .map((name) => `${entries.get(name)}\n`)
    .join('\n');
}

/** The start of a bundled module (`/***\/ 123:` then `/***\/ ((`) and its end (`/***\/ }),`). */
const MODULE_START = /(\n\/\*\*\*\/ \d+:\n\/\*\*\*\/ )\(/g;
const MODULE_END = /\n\/\*\*\*\/ \}\)(,?)\n/g;

/** A chunk's module functions without their parentheses; fails on a layout it does not know. */
export function lazyModuleFunctions(code: string, file: string): string {
  const starts = code.match(MODULE_START)?.length ?? 0;
  const ends = code.match(MODULE_END)?.length ?? 0;
  if (starts !== ends) throw new Error(`${file}: ${starts} module starts but ${ends} module ends`);
  return code.replace(MODULE_START, '$1').replace(MODULE_END, '\n/***/ }$1\n');
}

/** The code without its unused declarations and unreachable statements, otherwise as it was. */
export async function withoutDeadCode(code: string, file: string): Promise<string> {
  const out = await minify(code, {
    compress: { defaults: false, unused: true, dead_code: true, side_effects: true, passes: 3 },
    mangle: false,
    format: { beautify: true, indent_level: 2, comments: 'some', quote_style: 3 },
  });
  if (out.code === undefined) throw new Error(`${file}: terser returned no code`);
  return `${out.code}\n`;
}

/** What a chunk of ncc's output becomes in dist/. */
const finish = async (code: string, file: string) => withoutDeadCode(lazyModuleFunctions(code, file), file);

async function main(): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const ncc = require('@vercel/ncc') as Ncc;
  const { code, assets, stats } = await ncc(path.join(ROOT, 'src', 'index.ts'), {
    mainFields: ['module', 'main'],
    quiet: true,
  });
  fs.mkdirSync(DIST, { recursive: true });
  // Chunks of an earlier build whose ids are gone would otherwise stay behind.
  for (const f of fs.readdirSync(DIST)) if (f.endsWith('.js')) fs.rmSync(path.join(DIST, f));
  fs.writeFileSync(path.join(DIST, 'index.js'), await finish(code, 'index.js'));
  for (const [name, asset] of Object.entries(assets)) {
    const source = name.endsWith('.js') ? await finish(asset.source.toString(), name) : asset.source;
    fs.mkdirSync(path.dirname(path.join(DIST, name)), { recursive: true });
    fs.writeFileSync(path.join(DIST, name), source, { mode: asset.permissions });
  }
  fs.writeFileSync(path.join(DIST, LICENSES), licenseText(bundledPackages(stats.toJson().modules ?? [])));
  for (const f of fs.readdirSync(DIST).sort())
    console.log(`${(fs.statSync(path.join(DIST, f)).size / 1024).toFixed(0).padStart(6)} kB  dist/${f}`);
}

if (require.main === module)
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
