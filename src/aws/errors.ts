/**
 * How the action recognises an AWS error. The SDK names modelled errors `<Code>Exception` while the
 * wire code (and the emulator's) may be the bare `<Code>`, and EC2 codes carry dots
 * (`InvalidGroup.NotFound`): every module branches on errors through these two functions.
 */

/** The error's name ('' for a value that is not an object). */
export function errorName(error: unknown): string {
  return typeof error === 'object' && error !== null ? String((error as { name?: unknown }).name ?? '') : '';
}

/** Whether `err` is the AWS error `code` (any of `codes`), with or without the `Exception` suffix. */
export function isAwsError(err: unknown, ...codes: string[]): boolean {
  if (!err || typeof err !== 'object') return false;
  const e = err as { name?: string; Code?: string; code?: string };
  const names = [e.name, e.Code, e.code]
    .filter((n): n is string => typeof n === 'string')
    .map((n) => n.replace(/Exception$/, ''));
  return codes.some((c) => names.includes(c.replace(/Exception$/, '')));
}
