import { AwsError } from './errors';

/**
 * Reading inputs: query-protocol values arrive as strings (and lists as arrays), JSON values arrive
 * typed. These helpers accept both and answer AWS's ValidationError (or the code given) otherwise.
 */

export const validationError = (message: string): AwsError => new AwsError('ValidationError', message);

export function str(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  return String(value);
}

export function required(value: unknown, member: string): string {
  const s = str(value);
  if (s === undefined)
    throw validationError(
      `1 validation error detected: Value null at '${member}' failed to satisfy constraint: Member must not be null`,
    );
  return s;
}

export function int(value: unknown, member: string): number | undefined {
  const s = str(value);
  if (s === undefined) return undefined;
  if (!/^-?\d+$/.test(s.trim()))
    throw validationError(
      `Value '${s}' at '${member}' failed to satisfy constraint: Member must be an integer`,
    );
  return Number(s);
}

export function bool(value: unknown, member: string): boolean | undefined {
  if (typeof value === 'boolean') return value;
  const s = str(value);
  if (s === undefined) return undefined;
  if (s === 'true') return true;
  if (s === 'false') return false;
  throw validationError(`Value '${s}' at '${member}' failed to satisfy constraint: Member must be a boolean`);
}

/** A list input: absent or '' (the SDK's way of sending an empty query list) is empty, a scalar one item. */
export function list<T = unknown>(value: unknown): T[] {
  if (value === undefined || value === null || value === '') return [];
  return (Array.isArray(value) ? value : [value]) as T[];
}

export function strings(value: unknown): string[] {
  return list(value)
    .map((v) => str(v))
    .filter((v): v is string => v !== undefined);
}

export function inRange(value: number | undefined, lo: number, hi: number, member: string): void {
  if (value === undefined) return;
  if (value < lo || value > hi) {
    throw validationError(
      `1 validation error detected: Value '${value}' at '${member}' failed to satisfy constraint: Member must have value ${value < lo ? `greater than or equal to ${lo}` : `less than or equal to ${hi}`}`,
    );
  }
}

export function optInt(v: unknown, name: string, code = 'ValidationError'): number | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  const n = typeof v === 'number' ? v : Number(v);
  if (!Number.isInteger(n))
    throw new AwsError(code, `Invalid value '${String(v)}' for ${name}: an integer is expected`);
  return n;
}
