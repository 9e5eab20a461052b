import {
  heaviestTargetGroup,
  parseLocalPorts,
  smokeLines,
  smokeTarget,
  statusMatcher,
} from '../../src/deploy/smoke';

describe('where a smoke-test request goes', () => {
  it('reaches an emulator name under .localhost at 127.0.0.1 with the name as the Host header', () => {
    expect(smokeTarget('http://web-123.eu-west-1.elb.localhost:8080', '/orders?x=1')).toEqual({
      url: 'http://web-123.eu-west-1.elb.localhost:8080/orders?x=1',
      connectUrl: 'http://127.0.0.1:8080/orders?x=1',
      hostHeader: 'web-123.eu-west-1.elb.localhost:8080',
    });
  });

  it('at the local port the emulator serves the listener on, when EMULATOR_LB_PORTS says one', () => {
    const ports = parseLocalPorts('80=8081, 443=8443,junk,9=');
    expect(ports).toEqual({ '80': '8081', '443': '8443' });
    expect(smokeTarget('http://web-1.eu-west-1.elb.localhost/', '/a', ports)).toEqual({
      url: 'http://web-1.eu-west-1.elb.localhost/a',
      connectUrl: 'http://127.0.0.1:8081/a',
      hostHeader: 'web-1.eu-west-1.elb.localhost',
    });
  });

  it('the test rule goes to its heaviest target group', () => {
    const forward = (groups: [string, number][]) => [
      {
        Type: 'forward',
        ForwardConfig: {
          TargetGroups: groups.map(([TargetGroupArn, Weight]) => ({ TargetGroupArn, Weight })),
        },
      },
    ];
    expect(
      heaviestTargetGroup(
        forward([
          ['blue', 0],
          ['green', 100],
        ]),
      ),
    ).toBe('green');
    expect(heaviestTargetGroup([{ Type: 'forward', TargetGroupArn: 'only' }])).toBe('only');
    expect(heaviestTargetGroup([{ Type: 'fixed-response' }])).toBeUndefined();
  });

  it('connects to any other name as it is', () => {
    expect(smokeTarget('https://web-123.eu-west-1.elb.amazonaws.com', 'health')).toEqual({
      url: 'https://web-123.eu-west-1.elb.amazonaws.com/health',
      connectUrl: 'https://web-123.eu-west-1.elb.amazonaws.com/health',
    });
  });
});

describe('smoke-test-status', () => {
  it('matches a code, a range, or a list of them', () => {
    const m = statusMatcher('200-299, 301')!;
    expect([199, 200, 299, 300, 301, 500].map(m)).toEqual([false, true, true, false, true, false]);
    expect(statusMatcher('204')!(204)).toBe(true);
  });
  it.each(['2xx', '299-200', '', '200-'])('refuses %p', (spec) => {
    expect(statusMatcher(spec)).toBeUndefined();
  });
});

it('the digest lists every request, what came back, and the production traffic at the verdict', () => {
  expect(
    smokeLines({
      passed: false,
      expected: '200-299',
      stage: 'POST_TEST_TRAFFIC_SHIFT',
      productionPercentAtVerdict: 0,
      requests: [
        { url: 'http://x/a', status: 200, ms: 3, passed: true },
        { url: 'http://x/a', error: 'no answer within 5000 ms', ms: 5000, passed: false },
      ],
    }),
  ).toEqual([
    'Smoke test failed (expected 200-299, from stage POST_TEST_TRAFFIC_SHIFT; production traffic at the verdict: 0% on the new version):',
    '  GET http://x/a -> 200 in 3 ms',
    '  GET http://x/a -> no answer (no answer within 5000 ms) in 5000 ms  <- not expected',
  ]);
});
