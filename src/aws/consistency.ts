import { backoffDelay } from '../util/retry';

/**
 * AWS control planes are eventually consistent: a resource just created by one call may be unknown
 * to the next call for a few seconds (EC2 documents this for security groups: InvalidGroup.NotFound
 * right after CreateSecurityGroup; ECS reports a target group "does not have an associated load
 * balancer" right after CreateListener/CreateRule; Application Auto Scaling cannot see a service or a
 * scalable target registered a moment ago; ELBv2 still counts a target group in use right after its
 * rule was deleted). Those exact errors, named by the caller's `notYetVisible`, are tried again here;
 * anything else fails at once. Throttling and transient errors are NOT retried here: the SDK's
 * standard mode (src/aws/clients.ts) has already retried them inside each attempt, and a throttling
 * error that leaves the SDK has used up its attempts.
 */
export interface ConsistencyOptions {
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  /** Total attempts, the first included; at most VISIBILITY_ATTEMPTS unless a caller asks for fewer. */
  attempts?: number;
  onRetry?: (error: unknown, attempt: number, delayMs: number) => void;
}

/** 10 attempts, delays growing from 1 s to at most 8 s with full jitter: at most 55 s of sleep, about 27 s on average. */
export const VISIBILITY_ATTEMPTS = 10;
export const VISIBILITY_BASE_MS = 1000;
export const VISIBILITY_MAX_MS = 8000;

const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The most `untilVisible` can sleep in total: the sum of every delay's ceiling. */
export function maxVisibilityWaitMs(attempts = VISIBILITY_ATTEMPTS): number {
  let total = 0;
  for (let retry = 0; retry < attempts - 1; retry++)
    total += backoffDelay(retry, VISIBILITY_BASE_MS, VISIBILITY_MAX_MS, () => 1);
  return total;
}

export async function untilVisible<T>(
  fn: () => Promise<T>,
  notYetVisible: (error: unknown) => boolean,
  options: ConsistencyOptions = {},
): Promise<T> {
  const attempts = Math.max(1, Math.min(options.attempts ?? VISIBILITY_ATTEMPTS, VISIBILITY_ATTEMPTS));
  const sleep = options.sleep ?? realSleep;
  const random = options.random ?? Math.random;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      if (attempt >= attempts || !notYetVisible(error)) throw error;
      const delay = backoffDelay(attempt - 1, VISIBILITY_BASE_MS, VISIBILITY_MAX_MS, random);
      options.onRetry?.(error, attempt, delay);
      await sleep(delay);
    }
  }
}
