import { AwsError } from '../../core/errors';
import { decodePageToken, pageFrom } from '../../core/paging';

/**
 * Query-protocol inputs arrive as strings (and lists as arrays); JSON-built test inputs may carry real
 * numbers and booleans. These helpers accept both and answer AWS's ValidationError otherwise.
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

/** Marker/PageSize pagination over an ordered list; the marker is the next index, opaque to clients. */
export function page<T>(
  items: T[],
  markerIn: unknown,
  pageSizeIn: unknown,
): { items: T[]; nextMarker?: string } {
  const pageSize = int(pageSizeIn, 'pageSize') ?? 400;
  inRange(pageSize, 1, 400, 'pageSize');
  const start = decodePageToken(markerIn);
  if (start === undefined) throw validationError(`Invalid marker '${String(markerIn)}'`);
  const page = pageFrom(items, start, pageSize);
  return { items: page.items, nextMarker: page.nextToken };
}
