/**
 * AWS's tag rules shared by every service: a key of 1 to 128 characters, a value of at most 256.
 * Each service reads tags in its own API shape (a Key/Value list, a key/value list, a map) and answers
 * with its own error; the rules themselves live here.
 */
export const TAG_KEY_MAX_LENGTH = 128;
export const TAG_VALUE_MAX_LENGTH = 256;

export const validTagKey = (key: string): boolean => key.length >= 1 && key.length <= TAG_KEY_MAX_LENGTH;
export const validTagValue = (value: string): boolean => value.length <= TAG_VALUE_MAX_LENGTH;

/** A map input (`{ key: value }`) as entries; `notAMap` is the service's error for any other shape. */
export function tagEntries(input: unknown, notAMap: () => Error): [string, unknown][] {
  if (input === undefined || input === null) return [];
  if (typeof input !== 'object' || Array.isArray(input)) throw notAMap();
  return Object.entries(input as Record<string, unknown>);
}
