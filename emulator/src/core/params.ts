import { AwsError } from './errors';

/**
 * Reading query-protocol inputs, whose values arrive as strings (`Port=80`, `DryRun=true`), and JSON
 * inputs, whose values arrive typed, with one set of helpers.
 */
export function optInt(v: unknown, name: string, code = 'ValidationError'): number | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  const n = typeof v === 'number' ? v : Number(v);
  if (!Number.isInteger(n))
    throw new AwsError(code, `Invalid value '${String(v)}' for ${name}: an integer is expected`);
  return n;
}

export function optBool(v: unknown): boolean | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v === 'boolean') return v;
  return String(v).toLowerCase() === 'true';
}

/** A query list that may arrive as an empty string (the SDK's way of sending an empty list) or be absent. */
export function list<T = unknown>(v: unknown): T[] {
  if (Array.isArray(v)) return v as T[];
  return [];
}
