import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { DescribeServicesCommand, ECSClient } from '@aws-sdk/client-ecs';
import { clientConfig, nameFailedCalls, SDK_MAX_ATTEMPTS } from '../../src/aws/clients';
import { maxVisibilityWaitMs, untilVisible, VISIBILITY_ATTEMPTS } from '../../src/aws/consistency';
import { createService } from '../../src/aws/ecs';
import { isAwsError } from '../../src/aws/errors';

/**
 * Retries are decided once: the SDK's standard mode retries throttling and transient errors
 * (SDK_MAX_ATTEMPTS sends at most), and untilVisible retries only "not visible yet" errors
 * (VISIBILITY_ATTEMPTS at most), never throttling. These tests pin the numbers written in
 * docs/architecture.md ("AWS calls and retries").
 */

const notVisible = () => Object.assign(new Error('not there yet'), { name: 'TargetGroupNotFoundException' });
const isNotVisible = (e: unknown) => isAwsError(e, 'TargetGroupNotFound');

/** untilVisible over a call that never becomes visible; how many times it was called. */
async function neverVisible(options: Parameters<typeof untilVisible>[2]): Promise<number> {
  let calls = 0;
  await expect(
    untilVisible(
      async () => {
        calls++;
        throw notVisible();
      },
      isNotVisible,
      options,
    ),
  ).rejects.toThrow('not there yet');
  return calls;
}

describe('untilVisible', () => {
  it('retries a not-yet-visible error until it succeeds, sleeping with full jitter from 1 s', async () => {
    const sleeps: number[] = [];
    let calls = 0;
    const value = await untilVisible(
      async () => {
        if (++calls < 3) throw notVisible();
        return 'ok';
      },
      isNotVisible,
      { sleep: async (ms) => void sleeps.push(ms), random: () => 0.5 },
    );
    expect(value).toBe('ok');
    expect(calls).toBe(3);
    expect(sleeps).toEqual([500, 1000]);
  });

  it('does not retry another error, throttling included (the SDK has retried it already)', async () => {
    for (const error of [
      Object.assign(new Error('bad'), { name: 'InvalidParameterException' }),
      Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' }),
    ]) {
      let calls = 0;
      await expect(
        untilVisible(
          async () => {
            calls++;
            throw error;
          },
          isNotVisible,
          { sleep: async () => undefined },
        ),
      ).rejects.toBe(error);
      expect(calls).toBe(1);
    }
  });

  it(`makes at most ${VISIBILITY_ATTEMPTS} attempts, and sleeps at most 55 s in all`, async () => {
    const sleeps: number[] = [];
    const calls = await neverVisible({
      sleep: async (ms) => void sleeps.push(ms),
      random: () => 0.999999,
      attempts: 50,
    });
    expect(calls).toBe(10);
    expect(sleeps).toHaveLength(9);
    expect(maxVisibilityWaitMs()).toBe(55_000);
    expect(sleeps.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(55_000);
    expect(Math.max(...sleeps)).toBeLessThanOrEqual(8_000);
  });

  it('makes fewer attempts when asked', async () => {
    expect(await neverVisible({ sleep: async () => undefined, attempts: 3 })).toBe(3);
  });
});

/** A loopback AWS endpoint answering every request with one JSON error, counting the requests. */
async function errorServer(status: number, type: string, message: string) {
  const seen = { requests: 0 };
  const server: Server = createServer((req, res) => {
    seen.requests++;
    req.resume();
    res.writeHead(status, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-errortype': type });
    res.end(JSON.stringify({ __type: type, message }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const ecs = new ECSClient({
    ...clientConfig('us-east-1'),
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
  });
  nameFailedCalls(ecs);
  return { ecs, seen, close: () => new Promise((resolve) => server.close(resolve)) };
}

describe('the SDK client as the action makes it', () => {
  const realSetTimeout = global.setTimeout;

  beforeEach(() => {
    // The SDK's backoff is random(0..1) * ceiling: at the top of the range every delay is its ceiling.
    jest.spyOn(Math, 'random').mockReturnValue(0.999999);
    // Its sleeps are setTimeout calls: run them at once, so the test does not wait. The SDK still
    // reports what it meant to sleep in the error's $metadata.totalRetryDelay.
    jest
      .spyOn(global, 'setTimeout')
      .mockImplementation(((fn: () => void) => realSetTimeout(fn, 0)) as typeof setTimeout);
  });
  afterEach(() => jest.restoreAllMocks());

  it(`sends a throttled call exactly ${SDK_MAX_ATTEMPTS} times, sleeping at most 71 s in all`, async () => {
    const aws = await errorServer(400, 'ThrottlingException', 'Rate exceeded');
    try {
      const error = await aws.ecs.send(new DescribeServicesCommand({ services: ['web'] })).catch((e) => e);
      expect(error.name).toBe('ThrottlingException');
      expect(aws.seen.requests).toBe(SDK_MAX_ATTEMPTS);
      expect(error.$metadata.attempts).toBe(SDK_MAX_ATTEMPTS);
      // 1 + 2 + 4 + 8 + 16 + 20 + 20 s: throttling base 1 s, doubling, capped at 20 s.
      expect(error.$metadata.totalRetryDelay).toBeLessThanOrEqual(71_000);
      expect(error.$metadata.totalRetryDelay).toBeGreaterThan(70_990);
    } finally {
      await aws.close();
    }
  });

  it('sends a transient (5xx) error at most as often, with a smaller backoff', async () => {
    const aws = await errorServer(500, 'ServerException', 'internal');
    try {
      const error = await aws.ecs.send(new DescribeServicesCommand({ services: ['web'] })).catch((e) => e);
      expect(aws.seen.requests).toBe(SDK_MAX_ATTEMPTS);
      // 0.05 + 0.1 + 0.2 + 0.4 + 0.8 + 1.6 + 3.2 s: transient base 50 ms, doubling.
      expect(error.$metadata.totalRetryDelay).toBeLessThanOrEqual(6_350);
      expect(error.$metadata.totalRetryDelay).toBeGreaterThan(6_300);
    } finally {
      await aws.close();
    }
  });

  it('does not multiply a not-yet-visible error under untilVisible by another retry layer', async () => {
    const aws = await errorServer(
      400,
      'InvalidParameterException',
      'The target group with targetGroupArn arn:tg does not have an associated load balancer.',
    );
    try {
      const sleeps: number[] = [];
      const input = { cluster: 'c', serviceName: 'web', taskDefinition: 'web:1', clientToken: 't' };
      await expect(
        createService(aws.ecs, input, { sleep: async (ms) => void sleeps.push(ms) }),
      ).rejects.toThrow('associated load balancer');
      // One send per attempt: the SDK does not retry a 400 it does not know as transient.
      expect(aws.seen.requests).toBe(VISIBILITY_ATTEMPTS);
      expect(sleeps).toHaveLength(VISIBILITY_ATTEMPTS - 1);
    } finally {
      await aws.close();
    }
  });

  it('does not retry a throttled call under untilVisible again: the SDK attempts only', async () => {
    const aws = await errorServer(400, 'ThrottlingException', 'Rate exceeded');
    try {
      const sleeps: number[] = [];
      const input = { cluster: 'c', serviceName: 'web', taskDefinition: 'web:1', clientToken: 't' };
      await expect(
        createService(aws.ecs, input, { sleep: async (ms) => void sleeps.push(ms) }),
      ).rejects.toThrow('Rate exceeded');
      expect(aws.seen.requests).toBe(SDK_MAX_ATTEMPTS);
      expect(sleeps).toEqual([]);
    } finally {
      await aws.close();
    }
  });
});
