/**
 * Backoff arithmetic and throttling recognition. Retrying AWS calls is decided elsewhere, once: the
 * SDK's standard mode retries throttling and transient errors (src/aws/clients.ts), and
 * `untilVisible` (src/aws/consistency.ts) waits for a resource just created to become visible.
 */

const THROTTLING_CODES = new Set([
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'RequestLimitExceeded',
  'TooManyRequestsException',
  'RequestThrottled',
  'RequestThrottledException',
  'SlowDown',
  'ProvisionedThroughputExceededException',
  'PriorRequestNotComplete',
]);

interface SdkErrorLike {
  name?: string;
  code?: string;
  $retryable?: { throttling?: boolean };
  $metadata?: { httpStatusCode?: number };
}

/**
 * Whether an error is AWS throttling. When one leaves the SDK its retries are spent; a poller may
 * then skip one poll instead of failing the deploy.
 */
export function isThrottlingError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as SdkErrorLike;
  if (e.$retryable?.throttling) return true;
  if (e.$metadata?.httpStatusCode === 429) return true;
  const code = e.code ?? e.name;
  return code !== undefined && THROTTLING_CODES.has(code);
}

/**
 * The delay before retry number `attempt` (0-based): exponential growth with full jitter,
 * random(0, min(cap, base * 2^attempt)), which spreads the retries of several workflows deploying
 * in the same account instead of having them hit the API limit in step.
 */
export function backoffDelay(attempt: number, baseMs: number, maxMs: number, random: () => number): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** attempt);
  return Math.floor(random() * ceiling);
}
