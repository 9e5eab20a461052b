import type { KeyValue } from './types';
import { joinOr } from './aws-limits';

/**
 * A bad input: `input` is the action input's name; the message names it, says what was expected
 * and never repeats a value that may be a secret (a KEY=VALUE line, a token).
 */
export class InputError extends Error {
  readonly input: string;
  constructor(input: string, message: string) {
    super(message);
    this.name = 'InputError';
    this.input = input;
  }
}

export type GetInput = (name: string) => string;

/**
 * Reads one input in one of the shapes action.yml uses. `getInput` returns '' for an input that was
 * not given (like @actions/core's getInput); each section gives the same defaults as action.yml.
 */
export class InputReader {
  constructor(private readonly getInput: GetInput) {}

  str(name: string): string {
    return (this.getInput(name) ?? '').trim();
  }

  /** The value, or undefined when the input is empty. */
  optional(name: string): string | undefined {
    return this.str(name) || undefined;
  }

  required(name: string): string {
    const v = this.str(name);
    if (!v) throw new InputError(name, `Input '${name}' is required.`);
    return v;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], def: T): T {
    const v = this.str(name) || def;
    if (!(allowed as readonly string[]).includes(v)) {
      throw new InputError(
        name,
        `Input '${name}' must be ${joinOr(allowed.map((a) => `'${a}'`))}; got '${v}'.`,
      );
    }
    return v as T;
  }

  bool(name: string, def: boolean): boolean {
    const v = this.str(name);
    if (!v) return def;
    // The YAML 1.2 core schema's booleans, as @actions/core getBooleanInput accepts them.
    if (['true', 'True', 'TRUE'].includes(v)) return true;
    if (['false', 'False', 'FALSE'].includes(v)) return false;
    throw new InputError(name, `Input '${name}' must be true or false; got '${v}'.`);
  }

  optionalInt(name: string, min: number, max: number): number | undefined {
    const v = this.str(name);
    if (!v) return undefined;
    if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max) {
      throw new InputError(name, `Input '${name}' must be a whole number from ${min} to ${max}; got '${v}'.`);
    }
    return Number(v);
  }

  int(name: string, def: number, min: number, max: number): number {
    return this.optionalInt(name, min, max) ?? def;
  }

  /** Newline-separated values, blank lines and # comments skipped. */
  lines(name: string): string[] {
    return this.str(name)
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
  }

  /** Comma- or newline-separated values. */
  list(name: string): string[] {
    return this.lines(name)
      .flatMap((l) => l.split(','))
      .map((v) => v.trim())
      .filter(Boolean);
  }

  /** KEY=VALUE lines; the value may contain '=' and is kept as written (only the line's ends are trimmed). */
  keyValues(name: string): KeyValue[] {
    const out = new Map<string, string>();
    for (const [i, line] of this.lines(name).entries()) {
      const eq = line.indexOf('=');
      if (eq <= 0) {
        // Never echo the line: it may be a secret value written without its key.
        throw new InputError(name, `Input '${name}' must hold KEY=VALUE lines; line ${i + 1} has no KEY=.`);
      }
      out.set(line.slice(0, eq).trim(), line.slice(eq + 1));
    }
    return [...out].map(([k, v]) => ({ name: k, value: v }));
  }
}

/** Throws unless `ok`: "Input '<name>' must <expected>; got '<value>'." (only for values that are no secret). */
export function check(name: string, ok: boolean, expected: string, value: string): void {
  if (!ok) throw new InputError(name, `Input '${name}' must ${expected}; got '${value}'.`);
}
