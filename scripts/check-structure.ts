/**
 * Checks the structural rules of docs/architecture.md on src/ and emulator/src/:
 *   - no function, method or arrow function longer than 100 lines (first line to last line);
 *   - no import circle within src/ or within emulator/src/ (type-only imports, `export ... from`,
 *     `import('...')` types and `require('...')` with a literal all count);
 *   - src/config imports nothing from the pipeline's layers;
 *   - nothing in src/ but src/index.ts imports the entry files src/main.ts and src/index.ts;
 *   - no `// ----` divider comments (a divider marks where a file should be split).
 *
 *   npx tsx scripts/check-structure.ts [--root DIR]
 *
 * Prints each violation as `file:line what` and a summary line; exits 1 when there is any.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parseArgs } from 'util';
import ts from 'typescript';

export const MAX_FUNCTION_LINES = 100;

/** The trees the rules apply to; import circles are looked for within each tree. */
export const TREES = ['src', 'emulator/src'] as const;

/** Folders and files of src/ that src/config must not import: the pipeline's layers. */
export const PIPELINE_LAYERS = [
  'pipeline',
  'infra',
  'aws',
  'preview',
  'deploy',
  'report',
  'docker',
  'github',
  'taskdef',
  'main',
  'index',
] as const;

const ENTRY_FILES = ['src/main.ts', 'src/index.ts'];
const DIVIDER = /^\s*\/\/\s*-{3,}/;

export type Rule = 'long function' | 'import circle' | 'config layer' | 'entry import' | 'divider';

export interface Violation {
  rule: Rule;
  /** Path relative to the root, with forward slashes. */
  file: string;
  line: number;
  what: string;
}

interface ImportEdge {
  from: string;
  to: string;
  line: number;
}

interface SourceFacts {
  file: string;
  violations: Violation[];
  imports: ImportEdge[];
}

export function checkStructure(root: string): Violation[] {
  const violations: Violation[] = [];
  for (const tree of TREES) {
    const dir = path.join(root, tree);
    if (!fs.existsSync(dir)) continue;
    const facts = listTsFiles(dir).map((abs) => readSourceFacts(root, abs));
    for (const f of facts) violations.push(...f.violations);
    const edges = facts.flatMap((f) => f.imports).filter((e) => isInside(e.to, tree));
    violations.push(...findCircles(edges));
    if (tree === 'src') violations.push(...checkLayers(edges));
  }
  return violations.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

function listTsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const abs = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listTsFiles(abs));
    else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(abs);
  }
  return out.sort();
}

function rel(root: string, abs: string): string {
  return path.relative(root, abs).split(path.sep).join('/');
}

function isInside(file: string, tree: string): boolean {
  return file.startsWith(tree + '/');
}

function readSourceFacts(root: string, abs: string): SourceFacts {
  const file = rel(root, abs);
  const text = fs.readFileSync(abs, 'utf8');
  const sf = ts.createSourceFile(abs, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const violations: Violation[] = [];
  const imports: ImportEdge[] = [];
  const lineOf = (pos: number): number => sf.getLineAndCharacterOfPosition(pos).line + 1;

  const addImport = (spec: string, node: ts.Node): void => {
    const target = resolveSpecifier(abs, spec);
    if (target) imports.push({ from: file, to: rel(root, target), line: lineOf(node.getStart(sf)) });
  };

  const visit = (node: ts.Node): void => {
    if (isFunctionLike(node)) {
      const first = lineOf(node.getStart(sf));
      const last = lineOf(node.getEnd());
      const lines = last - first + 1;
      if (lines > MAX_FUNCTION_LINES)
        violations.push({
          rule: 'long function',
          file,
          line: first,
          what: `${describeFunction(node, sf)} is ${lines} lines (max ${MAX_FUNCTION_LINES})`,
        });
    }
    const spec = importSpecifier(node);
    if (spec !== undefined) addImport(spec, node);
    ts.forEachChild(node, visit);
  };
  visit(sf);

  text.split(/\r?\n/).forEach((l, i) => {
    if (DIVIDER.test(l))
      violations.push({
        rule: 'divider',
        file,
        line: i + 1,
        what: `divider comment "${l.trim()}": split the file instead`,
      });
  });
  return { file, violations, imports };
}

function isFunctionLike(node: ts.Node): node is ts.FunctionLikeDeclaration {
  return (
    ts.isFunctionDeclaration(node) ||
    ts.isMethodDeclaration(node) ||
    ts.isArrowFunction(node) ||
    ts.isFunctionExpression(node) ||
    ts.isConstructorDeclaration(node) ||
    ts.isGetAccessorDeclaration(node) ||
    ts.isSetAccessorDeclaration(node)
  );
}

function describeFunction(node: ts.FunctionLikeDeclaration, sf: ts.SourceFile): string {
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  if (node.name) return `function ${node.name.getText(sf)}`;
  const parent = node.parent;
  if (
    parent &&
    (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent))
  )
    return `function ${parent.name.getText(sf)}`;
  return ts.isArrowFunction(node) ? 'arrow function' : 'function expression';
}

/** The module specifier a node imports, if it is an import of any kind with a literal specifier. */
function importSpecifier(node: ts.Node): string | undefined {
  if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
    return ts.isStringLiteral(node.moduleSpecifier) ? node.moduleSpecifier.text : undefined;
  }
  if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
    const e = node.moduleReference.expression;
    return ts.isStringLiteral(e) ? e.text : undefined;
  }
  if (ts.isImportTypeNode(node)) {
    const arg = node.argument;
    return ts.isLiteralTypeNode(arg) && ts.isStringLiteral(arg.literal) ? arg.literal.text : undefined;
  }
  if (ts.isCallExpression(node) && node.arguments.length === 1 && ts.isStringLiteral(node.arguments[0])) {
    const callee = node.expression;
    const isRequire = ts.isIdentifier(callee) && callee.text === 'require';
    if (isRequire || callee.kind === ts.SyntaxKind.ImportKeyword) return node.arguments[0].text;
  }
  return undefined;
}

/** A relative specifier resolved to a file: `x.ts`, `x.tsx`, `x/index.ts`; `.js` stands for `.ts`. */
export function resolveSpecifier(fromAbs: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = path.resolve(path.dirname(fromAbs), spec);
  const stem = base.replace(/\.(js|ts)$/, '');
  const candidates = [`${stem}.ts`, `${stem}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')];
  return candidates.find((c) => fs.existsSync(c) && fs.statSync(c).isFile());
}

/** One violation per group of files that import each other in a circle (a strongly connected
 *  component), showing one circle through it. */
function findCircles(edges: ImportEdge[]): Violation[] {
  const graph = new Map<string, ImportEdge[]>();
  for (const e of edges) {
    if (!graph.has(e.from)) graph.set(e.from, []);
    graph.get(e.from)!.push(e);
  }
  const out: Violation[] = [];
  for (const group of stronglyConnected([...graph.keys()].sort(), graph)) {
    const selfEdge =
      group.length === 1 ? (graph.get(group[0]) ?? []).find((e) => e.to === group[0]) : undefined;
    if (group.length === 1 && !selfEdge) continue;
    const cycle = selfEdge ? [selfEdge] : cycleWithin(group, graph);
    const names = [...cycle.map((e) => e.from), cycle[0].from].join(' -> ');
    const others =
      group.length > cycle.length ? ` (${group.length} files in this circle group: ${group.join(', ')})` : '';
    out.push({
      rule: 'import circle',
      file: cycle[0].from,
      line: cycle[0].line,
      what: `import circle: ${names}${others}`,
    });
  }
  return out;
}

function stronglyConnected(nodes: string[], graph: Map<string, ImportEdge[]>): string[][] {
  // Tarjan's algorithm.
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const strong = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const { to: w } of graph.get(v) ?? []) {
      if (!index.has(w)) {
        strong(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      groups.push(group.sort());
    }
  };
  for (const v of nodes) if (!index.has(v)) strong(v);
  return groups;
}

/** The shortest circle through the group's first file, following only edges inside the group. */
function cycleWithin(group: string[], graph: Map<string, ImportEdge[]>): ImportEdge[] {
  const members = new Set(group);
  const start = group[0];
  const via = new Map<string, ImportEdge>();
  const queue = [start];
  while (queue.length) {
    const v = queue.shift()!;
    for (const e of graph.get(v) ?? []) {
      if (!members.has(e.to)) continue;
      if (e.to === start) {
        const path: ImportEdge[] = [e];
        for (let at = v; at !== start; at = via.get(at)!.from) path.unshift(via.get(at)!);
        return path;
      }
      if (!via.has(e.to)) {
        via.set(e.to, e);
        queue.push(e.to);
      }
    }
  }
  throw new Error(`no circle through ${start}`);
}

function checkLayers(edges: ImportEdge[]): Violation[] {
  const out: Violation[] = [];
  const layerOf = (file: string): string | undefined =>
    PIPELINE_LAYERS.find((l) => file === `src/${l}.ts` || file.startsWith(`src/${l}/`));
  for (const e of edges) {
    if (e.from.startsWith('src/config/')) {
      const layer = layerOf(e.to);
      if (layer)
        out.push({
          rule: 'config layer',
          file: e.from,
          line: e.line,
          what: `src/config imports the pipeline's layer src/${layer} (${e.to})`,
        });
    }
    if (ENTRY_FILES.includes(e.to) && e.from !== 'src/index.ts')
      out.push({ rule: 'entry import', file: e.from, line: e.line, what: `imports the entry file ${e.to}` });
  }
  return out;
}

export function formatReport(violations: Violation[]): string {
  const lines = violations.map((v) => `${v.file}:${v.line} ${v.what}`);
  const counts = new Map<Rule, number>();
  for (const v of violations) counts.set(v.rule, (counts.get(v.rule) ?? 0) + 1);
  const detail = [...counts].map(([rule, n]) => `${rule}: ${n}`).join(', ');
  lines.push(
    violations.length === 0
      ? `structure: OK (${TREES.join(', ')})`
      : `structure: ${violations.length} violation${violations.length === 1 ? '' : 's'} (${detail})`,
  );
  return lines.join('\n');
}

function main(): void {
  const { values } = parseArgs({ options: { root: { type: 'string', default: '.' } } });
  const violations = checkStructure(path.resolve(values.root!));
  const report = formatReport(violations);
  if (violations.length) {
    console.error(report);
    process.exit(1);
  }
  console.log(report);
}

if (require.main === module) main();
