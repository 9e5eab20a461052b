import { withRetry } from '../util/retry';

/**
 * AWS control planes are eventually consistent: a resource just created by one call may be unknown
 * to the next call for a few seconds (EC2 documents this for security groups: InvalidGroup.NotFound
 * right after CreateSecurityGroup; ECS reports a target group "does not have an associated load
 * balancer" right after CreateListener/CreateRule; Application Auto Scaling cannot see a service or a
 * scalable target registered a moment ago). Those exact errors are retried, through the one backoff
 * helper, for about half a minute; anything else fails at once. Throttling is left to the SDK's own
 * retries.
 */
export interface ConsistencyOptions {
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  attempts?: number;
  onRetry?: (error: unknown, attempt: number, delayMs: number) => void;
}

/** 10 attempts, delays growing from 1 s to at most 8 s with full jitter: about 30 s on average. */
const ATTEMPTS = 10;
const BASE_MS = 1000;
const MAX_MS = 8000;

const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export function untilVisible<T>(
  fn: () => Promise<T>,
  notYetVisible: (error: unknown) => boolean,
  options: ConsistencyOptions = {},
): Promise<T> {
  return withRetry(fn, {
    attempts: options.attempts ?? ATTEMPTS,
    baseMs: BASE_MS,
    maxMs: MAX_MS,
    sleep: options.sleep ?? realSleep,
    random: options.random,
    onRetry: options.onRetry,
    isRetryable: notYetVisible,
  });
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
