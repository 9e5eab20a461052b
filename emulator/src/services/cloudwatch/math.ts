/**
 * Metric math for alarms and GetMetricData: arithmetic (+ - * /, unary minus, parentheses) between
 * time series and numbers, and the functions FILL(series, value) and ABS(x). A series is a map from
 * period start (epoch ms) to value; two series combine where both have a value, as CloudWatch does;
 * a number combines with every point. Division by zero gives no point.
 */
export type Series = Map<number, number>;
export type MathValue = Series | number;

type Token = { kind: 'num'; value: number } | { kind: 'id'; name: string } | { kind: 'op'; op: string };

export class MathError extends Error {}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const re = /\s*(?:(\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)|([A-Za-z_][A-Za-z0-9_]*)|([-+*/(),]))/y;
  let pos = 0;
  while (pos < text.length) {
    if (/^\s*$/.test(text.slice(pos))) break;
    re.lastIndex = pos;
    const m = re.exec(text);
    if (!m) throw new MathError(`Unexpected character at position ${pos + 1}`);
    if (m[1] !== undefined) tokens.push({ kind: 'num', value: Number(m[1]) });
    else if (m[2] !== undefined) tokens.push({ kind: 'id', name: m[2] });
    else tokens.push({ kind: 'op', op: m[3] });
    pos = re.lastIndex;
  }
  return tokens;
}

function combine(a: MathValue, b: MathValue, f: (x: number, y: number) => number): MathValue {
  if (typeof a === 'number' && typeof b === 'number') return f(a, b);
  const out: Series = new Map();
  if (typeof a === 'number') for (const [t, v] of b as Series) put(out, t, f(a, v));
  else if (typeof b === 'number') for (const [t, v] of a) put(out, t, f(v, b));
  else for (const [t, v] of a) if (b.has(t)) put(out, t, f(v, b.get(t)!));
  return out;
}

function put(s: Series, t: number, v: number): void {
  if (Number.isFinite(v)) s.set(t, v);
}

const OPS: Record<string, (x: number, y: number) => number> = {
  '+': (x, y) => x + y,
  '-': (x, y) => x - y,
  '*': (x, y) => x * y,
  '/': (x, y) => x / y,
};

/** The ids an expression refers to (functions aside), to check them before evaluating. */
export function referencedIds(expression: string): string[] {
  const tokens = tokenize(expression);
  return tokens
    .filter((t, i) => t.kind === 'id' && !(tokens[i + 1]?.kind === 'op' && (tokens[i + 1] as any).op === '('))
    .map((t) => (t as { name: string }).name);
}

/** Evaluates `expression`; `periods` are the window's period starts (FILL fills them). */
export function evaluate(expression: string, vars: Record<string, MathValue>, periods: number[]): MathValue {
  const tokens = tokenize(expression);
  let i = 0;
  const peek = () => tokens[i];
  const isOp = (op: string) => peek()?.kind === 'op' && (peek() as { op: string }).op === op;
  const expect = (op: string) => {
    if (!isOp(op)) throw new MathError(`Expected '${op}'`);
    i++;
  };
  const call = (name: string): MathValue => {
    const args: MathValue[] = [expr()];
    while (isOp(',')) {
      i++;
      args.push(expr());
    }
    expect(')');
    switch (name.toUpperCase()) {
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
        throw new MathError(`Unknown function ${name}`);
    }
  };
  const primary = (): MathValue => {
    const t = tokens[i++];
    if (!t) throw new MathError('Unexpected end of expression');
    if (t.kind === 'num') return t.value;
    if (t.kind === 'op' && t.op === '(') {
      const v = expr();
      expect(')');
      return v;
    }
    if (t.kind === 'op' && t.op === '-') return combine(0, primary(), (x, y) => x - y);
    if (t.kind === 'id') {
      if (isOp('(')) {
        i++;
        return call(t.name);
      }
      if (!(t.name in vars)) throw new MathError(`Unrecognized identifier ${t.name}`);
      return vars[t.name];
    }
    throw new MathError(`Unexpected '${t.op}'`);
  };
  const term = (): MathValue => {
    let v = primary();
    while (isOp('*') || isOp('/')) {
      const op = (tokens[i++] as { op: string }).op;
      v = combine(v, primary(), OPS[op]);
    }
    return v;
  };
  const expr = (): MathValue => {
    let v = term();
    while (isOp('+') || isOp('-')) {
      const op = (tokens[i++] as { op: string }).op;
      v = combine(v, term(), OPS[op]);
    }
    return v;
  };
  const result = expr();
  if (i < tokens.length) throw new MathError('Unexpected tokens after the expression');
  return result;
}
