import { backoffDelay, isRetryableError, isThrottlingError, withRetry } from '../../src/util/retry';

const throttle = () =>
  Object.assign(new Error('Rate exceeded'), {
    name: 'ThrottlingException',
    $metadata: { httpStatusCode: 400 },
  });

describe('withRetry', () => {
  it('retries throttling until it succeeds, sleeping with full jitter', async () => {
    const sleeps: number[] = [];
    let calls = 0;
    const value = await withRetry(
      async () => {
        calls++;
        if (calls < 3) throw throttle();
        return 'ok';
      },
      { sleep: async (ms) => void sleeps.push(ms), random: () => 0.5, baseMs: 100, maxMs: 1000 },
    );
    expect(value).toBe('ok');
    expect(calls).toBe(3);
    expect(sleeps).toEqual([50, 100]);
  });

  it('does not retry errors another attempt cannot fix', async () => {
    let calls = 0;
    const invalid = Object.assign(new Error('bad'), { name: 'InvalidParameterException' });
    await expect(
      withRetry(
        async () => {
          calls++;
          throw invalid;
        },
        { sleep: async () => undefined },
      ),
    ).rejects.toBe(invalid);
    expect(calls).toBe(1);
  });

  it('gives up after the given attempts with the last error', async () => {
    let calls = 0;
    await expect(
      withRetry(
        async () => {
          calls++;
          throw throttle();
        },
        { attempts: 4, sleep: async () => undefined },
      ),
    ).rejects.toThrow('Rate exceeded');
    expect(calls).toBe(4);
  });
});

describe('backoffDelay', () => {
  it('grows exponentially and is capped', () => {
    const top = () => 0.999999;
    expect(backoffDelay(0, 100, 5000, top)).toBe(99);
    expect(backoffDelay(3, 100, 5000, top)).toBe(799);
    expect(backoffDelay(10, 100, 5000, top)).toBe(4999);
    expect(backoffDelay(10, 100, 5000, () => 0)).toBe(0);
  });
});

describe('error classification', () => {
  it.each(['Throttling', 'ThrottlingException', 'RequestLimitExceeded', 'TooManyRequestsException'])(
    '%s is throttling',
    (name) => {
      expect(isThrottlingError(Object.assign(new Error('x'), { name }))).toBe(true);
    },
  );
  it('treats 5xx as retryable but not throttling, and 4xx client errors as neither', () => {
    const server = Object.assign(new Error('x'), {
      name: 'ServerException',
      $metadata: { httpStatusCode: 500 },
    });
    expect(isRetryableError(server)).toBe(true);
    expect(isThrottlingError(server)).toBe(false);
    const client = Object.assign(new Error('x'), {
      name: 'ClientException',
      $metadata: { httpStatusCode: 400 },
    });
    expect(isRetryableError(client)).toBe(false);
    expect(isRetryableError('string')).toBe(false);
  });
});
