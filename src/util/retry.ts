/**
 * One backoff helper for the whole action: exponential growth with full jitter
 * (sleep = random(0, min(cap, base * 2^attempt))), which spreads the retries of several
 * workflows deploying in the same account instead of having them hit the API limit in step.
 * Only errors that another attempt can fix are retried; everything else surfaces at once.
 */

export interface RetryOptions {
  /** Total attempts, the first included. */
  attempts?: number;
  baseMs?: number;
  maxMs?: number;
  sleep: (ms: number) => Promise<void>;
  random?: () => number;
  isRetryable?: (error: unknown) => boolean;
  /** Called before each sleep, e.g. to log "throttled, retrying in 3 s". */
  onRetry?: (error: unknown, attempt: number, delayMs: number) => void;
}

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

const TRANSIENT_CODES = new Set([
  'ServerException',
  'ServiceUnavailable',
  'ServiceUnavailableException',
  'InternalFailure',
  'InternalError',
  'RequestTimeout',
  'RequestTimeoutException',
  'TimeoutError',
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
]);

interface SdkErrorLike {
  name?: string;
  code?: string;
  $retryable?: { throttling?: boolean };
  $metadata?: { httpStatusCode?: number };
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const e = error as SdkErrorLike;
  return e.code ?? e.name;
}

export function isThrottlingError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as SdkErrorLike;
  if (e.$retryable?.throttling) return true;
  if (e.$metadata?.httpStatusCode === 429) return true;
  const code = errorCode(error);
  return code !== undefined && THROTTLING_CODES.has(code);
}

export function isRetryableError(error: unknown): boolean {
  if (isThrottlingError(error)) return true;
  if (typeof error !== 'object' || error === null) return false;
  const status = (error as SdkErrorLike).$metadata?.httpStatusCode;
  if (status !== undefined && status >= 500 && status <= 599) return true;
  const code = errorCode(error);
  return code !== undefined && TRANSIENT_CODES.has(code);
}

/** The delay before retry number `attempt` (0-based), full jitter. */
export function backoffDelay(attempt: number, baseMs: number, maxMs: number, random: () => number): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** attempt);
  return Math.floor(random() * ceiling);
}

export async function withRetry<T>(fn: () => Promise<T>, options: RetryOptions): Promise<T> {
  const attempts = Math.max(1, options.attempts ?? 6);
  const baseMs = options.baseMs ?? 500;
  const maxMs = options.maxMs ?? 20_000;
  const random = options.random ?? Math.random;
  const isRetryable = options.isRetryable ?? isRetryableError;
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      if (attempt + 1 >= attempts || !isRetryable(error)) throw error;
      const delay = backoffDelay(attempt, baseMs, maxMs, random);
      options.onRetry?.(error, attempt + 1, delay);
      await options.sleep(delay);
    }
  }
}
