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

/** Registers a value that may be a secret (with the runner and the action's masker) before anything prints. */
export type RegisterSecret = (value: string) => void;

/** Inputs whose whole value may be a secret. */
const SECRET_INPUTS = ['github-token'];

/**
 * KEY=VALUE inputs whose values may be secrets (a `secrets` value names where a secret is kept; it
 * is masked too, in case a secret itself was written there).
 */
const SECRET_KEY_VALUE_INPUTS = ['environment-variables', 'build-args', 'secrets'];

/** A key as environment variables and build arguments spell them. */
export const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/** One KEY=VALUE line and where it stands in the input (1-based, blank and comment lines counted). */
export interface KeyValueLine {
  name: string;
  value: string;
  line: number;
}

/**
 * Reads one input in one of the shapes action.yml uses. `getInput` returns '' for an input that was
 * not given (like @actions/core's getInput); each section gives the same defaults as action.yml.
 */
export class InputReader {
  /**
   * Every value that may be a secret is registered here, before any section reads (and may refuse)
   * an input, so that no error message and no later line can print it.
   */
  constructor(
    private readonly getInput: GetInput,
    registerSecret: RegisterSecret = () => undefined,
  ) {
    for (const name of SECRET_INPUTS) if (this.str(name)) registerSecret(this.str(name));
    for (const name of SECRET_KEY_VALUE_INPUTS)
      for (const value of this.possibleSecretsIn(name)) registerSecret(value);
  }

  /**
   * The values of a KEY=VALUE input; for a line that is not KEY=VALUE with a plain key (a ':' for
   * the '=', a value without its key), the whole line and what follows its first ':' or space.
   */
  private possibleSecretsIn(name: string): string[] {
    const out: string[] = [];
    for (const { text } of this.numberedLines(name)) {
      const eq = text.indexOf('=');
      if (eq > 0) out.push(text.slice(eq + 1));
      if (eq > 0 && PLAIN_KEY.test(text.slice(0, eq).trim())) continue;
      out.push(text);
      const sep = text.search(/[:\s]/);
      if (sep > 0) out.push(text.slice(sep + 1));
    }
    return out.filter((v) => v.trim());
  }

  /** The lines that hold something, with their line number in the input as written. */
  private numberedLines(name: string): { text: string; line: number }[] {
    return this.str(name)
      .split(/\r?\n/)
      .map((l, i) => ({ text: l.trim(), line: i + 1 }))
      .filter((l) => l.text && !l.text.startsWith('#'));
  }

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
    return this.numberedLines(name).map((l) => l.text);
  }

  /** Comma- or newline-separated values. */
  list(name: string): string[] {
    return this.lines(name)
      .flatMap((l) => l.split(','))
      .map((v) => v.trim())
      .filter(Boolean);
  }

  /**
   * KEY=VALUE lines with their line numbers; the value may contain '=' and is kept as written (only
   * the line's ends are trimmed). An error names the line by its number, never by its text.
   */
  keyValueLines(name: string): KeyValueLine[] {
    return this.numberedLines(name).map(({ text, line }) => {
      const eq = text.indexOf('=');
      if (eq <= 0) {
        // Never echo the line: it may be a secret value written without its key.
        throw new InputError(name, `Input '${name}' must hold KEY=VALUE lines; line ${line} has no KEY=.`);
      }
      return { name: text.slice(0, eq).trim(), value: text.slice(eq + 1), line };
    });
  }

  /**
   * KEY=VALUE lines whose keys are names (of a variable, of a build argument); `form` is how the
   * error spells a line ('KEY=VALUE', 'NAME=valueFrom').
   */
  namedValueLines(name: string, form = 'KEY=VALUE'): KeyValueLine[] {
    const lines = this.keyValueLines(name);
    for (const kv of lines) {
      if (PLAIN_KEY.test(kv.name)) continue;
      const colon = kv.name.includes(':') ? " (a ':' where '=' belongs?)" : '';
      throw new InputError(
        name,
        `Input '${name}' must hold ${form} lines; line ${kv.line} does not start with a name (letters, digits, _ . -, not starting with a digit) and '='${colon}.`,
      );
    }
    return lines;
  }

  /** KEY=VALUE lines; a key given twice keeps its last value. */
  keyValues(name: string): KeyValue[] {
    const out = new Map<string, string>();
    for (const kv of this.keyValueLines(name)) out.set(kv.name, kv.value);
    return [...out].map(([k, v]) => ({ name: k, value: v }));
  }
}

/** Throws unless `ok`: "Input '<name>' must <expected>; got '<value>'." (only for values that are no secret). */
export function check(name: string, ok: boolean, expected: string, value: string): void {
  if (!ok) throw new InputError(name, `Input '${name}' must ${expected}; got '${value}'.`);
}
