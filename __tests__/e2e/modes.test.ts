/**
 * Every mode of the bundled action runs from dist/ as a checkout holds it, and loads only what it
 * needs: dist/index.js imports the deploy pipeline, the stack, the build, the preview modes and
 * Octokit on first use, and the bundle keeps each of those in its own chunk file (scripts/bundle.ts).
 * Here plan, teardown and sweep run against an empty emulated account (quick); the deploy and preview
 * modes run in deploy-simulated.test.ts and preview.test.ts. A preloaded module lists the chunk files
 * each process read, and the test looks into them for what the mode must or must not have loaded.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { startEmulator } from '../../emulator/src/index';
import { admin, DIST, ecrImage, Emulator, runAction } from './harness';

/** Prints, at exit, the dist/ chunk files the process required. */
const CHUNK_LOG = `
const Module = require('module');
const load = Module._load;
const chunks = [];
Module._load = function (request, ...rest) {
  if (/\\.index\\.js$/.test(request)) chunks.push(request.replace(/^.*\\//, ''));
  return load.call(this, request, ...rest);
};
process.on('exit', () => process.stderr.write('CHUNKS ' + JSON.stringify(chunks) + '\\n'));
`;

let emu: Emulator;
let preload: string;

beforeAll(async () => {
  emu = await startEmulator({ port: 0, timeScale: 50, runtime: 'simulated', log: () => undefined });
  await admin(emu.url).declareImage('hello', 'v1');
  preload = join(mkdtempSync(join(tmpdir(), 'modes-')), 'chunk-log.cjs');
  writeFileSync(preload, CHUNK_LOG);
});

afterAll(async () => {
  await emu?.stop();
});

const base = { cluster: 'web', service: 'hello', 'container-port': '3000' };

async function run(inputs: Record<string, string>, event: unknown = {}) {
  const result = await runAction(
    { ...base, ...inputs },
    { endpoint: emu.url, event, env: { NODE_OPTIONS: `--require ${preload}` }, timeoutMs: 60_000 },
  );
  const m = /^CHUNKS (.*)$/m.exec(result.log);
  if (!m) throw new Error(`the run did not list its chunks:\n${result.log.slice(-3000)}`);
  const chunks = JSON.parse(m[1]) as string[];
  /** Whether any chunk the run read contains this text (a string the source holds literally). */
  const loaded = (text: string) =>
    chunks.some((c) => readFileSync(join(dirname(DIST), c), 'utf8').includes(text));
  return { ...result, chunks, loaded };
}

/** A literal of src/main.ts (a phase name), so found only in the chunk holding the deploy pipeline. */
const PIPELINE = "'Build and push'";

test('dist/ is split: the entry and one chunk file per part loaded on demand', () => {
  const files = readdirSync(dirname(DIST)).filter((f) => f.endsWith('.js'));
  expect(files).toContain('index.js');
  expect(files.filter((f) => /^\d+\.index\.js$/.test(f)).length).toBeGreaterThan(1);
  expect(readFileSync(DIST, 'utf8')).not.toContain(PIPELINE);
});

test('plan, in an empty account: loads the deploy pipeline and ends cleanly', async () => {
  const r = await run({ image: ecrImage('hello', 'v1'), plan: 'true' });
  expect(r.exitCode).toBe(0);
  expect(r.log).toContain('create service hello in cluster web');
  expect(r.loaded(PIPELINE)).toBe(true);
});

test('teardown of a preview that does not exist: ends cleanly without the deploy pipeline', async () => {
  const event = {
    action: 'closed',
    number: 5,
    pull_request: { number: 5, state: 'closed', labels: [], head: { repo: { full_name: 'acme/hello' } } },
  };
  const r = await run({ mode: 'teardown' }, event);
  expect(r.exitCode).toBe(0);
  expect(r.loaded(PIPELINE)).toBe(false);
});

test('sweep with no previews: ends cleanly without the deploy pipeline', async () => {
  const r = await run({ mode: 'sweep' });
  expect(r.exitCode).toBe(0);
  expect(r.loaded(PIPELINE)).toBe(false);
});
