import { backoffDelay, isThrottlingError } from '../../src/util/retry';

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
  it('treats neither a 5xx nor a 4xx client error as throttling', () => {
    const server = Object.assign(new Error('x'), {
      name: 'ServerException',
      $metadata: { httpStatusCode: 500 },
    });
    expect(isThrottlingError(server)).toBe(false);
    const client = Object.assign(new Error('x'), {
      name: 'ClientException',
      $metadata: { httpStatusCode: 400 },
    });
    expect(isThrottlingError(client)).toBe(false);
    expect(isThrottlingError('string')).toBe(false);
    expect(isThrottlingError(Object.assign(new Error('x'), { $metadata: { httpStatusCode: 429 } }))).toBe(
      true,
    );
  });
});
