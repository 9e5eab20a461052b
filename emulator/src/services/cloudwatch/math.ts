/**
 * Metric math for alarms and GetMetricData: arithmetic (+ - * /, unary minus, parentheses) between
 * time series and numbers, the comparison operators (== != < <= > >=) and the logical ones
 * (AND or &&, OR or ||), which give 1 for true and 0 for false, and the functions FILL(series, value),
 * ABS(x) and IF(condition, trueValue[, falseValue]). A series is a map from period start (epoch ms) to
 * value; two series combine where both have a value, as CloudWatch does; a number combines with every
 * point. Division by zero gives no point.
 *
 * IF follows CloudWatch's rule: a condition point is false when it is 0 and true otherwise; each
 * timestamp of a series condition picks its own branch; where the chosen branch is a series without a
 * point at that timestamp, or where the condition is false and falseValue is left out, there is no point.
 *
 * The expression is parsed once into a tree (so PutMetricAlarm can reject a malformed one before
 * storing anything) and evaluated on each alarm evaluation.
 */
export type Series = Map<number, number>;
export type MathValue = Series | number;

type Token = { kind: 'num'; value: number } | { kind: 'id'; name: string } | { kind: 'op'; op: string };

export type MathNode =
  | { kind: 'num'; value: number }
  | { kind: 'ref'; id: string }
  | { kind: 'neg'; arg: MathNode }
  | { kind: 'bin'; op: string; left: MathNode; right: MathNode }
  | { kind: 'call'; name: string; args: MathNode[] };

export class MathError extends Error {}

/** The spelled-out logical operators, written in capitals as CloudWatch documents them. */
const WORD_OPS: Record<string, string> = { AND: '&&', OR: '||' };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const re =
    /\s*(?:(\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)|([A-Za-z_][A-Za-z0-9_]*)|(==|!=|<=|>=|&&|\|\||[-+*/(),<>]))/y;
  let pos = 0;
  while (pos < text.length) {
    if (/^\s*$/.test(text.slice(pos))) break;
    re.lastIndex = pos;
    const m = re.exec(text);
    if (!m) throw new MathError(`Unexpected character at position ${pos + text.slice(pos).search(/\S/) + 1}`);
    if (m[1] !== undefined) tokens.push({ kind: 'num', value: Number(m[1]) });
    else if (m[2] !== undefined && WORD_OPS[m[2]]) tokens.push({ kind: 'op', op: WORD_OPS[m[2]] });
    else if (m[2] !== undefined) tokens.push({ kind: 'id', name: m[2] });
    else tokens.push({ kind: 'op', op: m[3] });
    pos = re.lastIndex;
  }
  return tokens;
}

/** Binary operators from the loosest to the tightest binding level. */
const LEVELS: string[][] = [['||'], ['&&'], ['==', '!='], ['<', '<=', '>', '>='], ['+', '-'], ['*', '/']];

/** The number of arguments each function takes: [min, max]. */
const ARITY: Record<string, [number, number]> = { ABS: [1, 1], FILL: [2, 2], IF: [2, 3] };

/** Parses `expression` into a tree; a syntax error or an unknown function is a MathError. */
export function parse(expression: string): MathNode {
  const tokens = tokenize(expression);
  let i = 0;
  const isOp = (op: string) => {
    const t = tokens[i];
    return t?.kind === 'op' && t.op === op;
  };
  const expect = (op: string) => {
    if (!isOp(op)) throw new MathError(`Expected '${op}'`);
    i++;
  };
  const call = (name: string): MathNode => {
    const fn = name.toUpperCase();
    if (!ARITY[fn]) throw new MathError(`Unknown function ${name}`);
    const args: MathNode[] = [level(0)];
    while (isOp(',')) {
      i++;
      args.push(level(0));
    }
    expect(')');
    const [min, max] = ARITY[fn];
    if (args.length < min || args.length > max)
      throw new MathError(
        `${fn} takes ${min === max ? min : `${min} or ${max}`} arguments, not ${args.length}`,
      );
    return { kind: 'call', name: fn, args };
  };
  const primary = (): MathNode => {
    const t = tokens[i++];
    if (!t) throw new MathError('Unexpected end of expression');
    if (t.kind === 'num') return { kind: 'num', value: t.value };
    if (t.kind === 'id') {
      if (!isOp('(')) return { kind: 'ref', id: t.name };
      i++;
      return call(t.name);
    }
    if (t.op === '(') {
      const inner = level(0);
      expect(')');
      return inner;
    }
    if (t.op === '-') return { kind: 'neg', arg: primary() };
    throw new MathError(`Unexpected '${t.op}'`);
  };
  const level = (n: number): MathNode => {
    if (n === LEVELS.length) return primary();
    let left = level(n + 1);
    for (let t = tokens[i]; t?.kind === 'op' && LEVELS[n].includes(t.op); t = tokens[i]) {
      i++;
      left = { kind: 'bin', op: t.op, left, right: level(n + 1) };
    }
    return left;
  };
  const tree = level(0);
  if (i < tokens.length) throw new MathError('Unexpected tokens after the expression');
  return tree;
}

/** The ids an expression refers to (functions aside), to check them before evaluating. */
export function referencedIds(expression: string): string[] {
  const out: string[] = [];
  const walk = (n: MathNode): void => {
    if (n.kind === 'ref') out.push(n.id);
    else if (n.kind === 'neg') walk(n.arg);
    else if (n.kind === 'bin') [n.left, n.right].forEach(walk);
    else if (n.kind === 'call') n.args.forEach(walk);
  };
  walk(parse(expression));
  return out;
}

const truth = (x: number) => (x !== 0 ? 1 : 0);

const OPS: Record<string, (x: number, y: number) => number> = {
  '+': (x, y) => x + y,
  '-': (x, y) => x - y,
  '*': (x, y) => x * y,
  '/': (x, y) => x / y,
  '==': (x, y) => Number(x === y),
  '!=': (x, y) => Number(x !== y),
  '<': (x, y) => Number(x < y),
  '<=': (x, y) => Number(x <= y),
  '>': (x, y) => Number(x > y),
  '>=': (x, y) => Number(x >= y),
  '&&': (x, y) => truth(x) & truth(y),
  '||': (x, y) => truth(x) | truth(y),
};

function put(s: Series, t: number, v: number): void {
  if (Number.isFinite(v)) s.set(t, v);
}

function combine(a: MathValue, b: MathValue, f: (x: number, y: number) => number): MathValue {
  if (typeof a === 'number' && typeof b === 'number') return f(a, b);
  const out: Series = new Map();
  if (typeof a === 'number') for (const [t, v] of b as Series) put(out, t, f(a, v));
  else if (typeof b === 'number') for (const [t, v] of a) put(out, t, f(v, b));
  else for (const [t, v] of a) if (b.has(t)) put(out, t, f(v, b.get(t)!));
  return out;
}

const at = (v: MathValue | undefined, t: number): number | undefined =>
  v === undefined ? undefined : typeof v === 'number' ? v : v.get(t);

/** IF(condition, trueValue[, falseValue]), per timestamp when the condition is a series. */
function conditional(cond: MathValue, whenTrue: MathValue, whenFalse: MathValue | undefined): MathValue {
  if (typeof cond === 'number') return cond !== 0 ? whenTrue : (whenFalse ?? new Map());
  const out: Series = new Map();
  for (const [t, c] of cond) {
    const v = at(c !== 0 ? whenTrue : whenFalse, t);
    if (v !== undefined) put(out, t, v);
  }
  return out;
}

function applyFunction(name: string, args: MathValue[], periods: number[]): MathValue {
  switch (name) {
    case 'ABS':
      return combine(args[0], 0, (x) => Math.abs(x));
    case 'FILL': {
      if (typeof args[0] === 'number' || typeof args[1] !== 'number')
        throw new MathError('FILL takes a time series and a number');
      const out: Series = new Map();
      for (const t of periods) out.set(t, args[0].get(t) ?? args[1]);
      return out;
    }
    default:
      return conditional(args[0], args[1], args[2]);
  }
}

/** Evaluates `expression`; `periods` are the window's period starts (FILL fills them). */
export function evaluate(expression: string, vars: Record<string, MathValue>, periods: number[]): MathValue {
  const run = (n: MathNode): MathValue => {
    switch (n.kind) {
      case 'num':
        return n.value;
      case 'ref':
        if (!(n.id in vars)) throw new MathError(`Unrecognized identifier ${n.id}`);
        return vars[n.id];
      case 'neg':
        return combine(0, run(n.arg), OPS['-']);
      case 'bin':
        return combine(run(n.left), run(n.right), OPS[n.op]);
      case 'call':
        return applyFunction(n.name, n.args.map(run), periods);
    }
  };
  return run(parse(expression));
}
