import {
  chooseListener,
  chooseTargetGroup,
  spreadingStride,
  cidrContains,
  conditionMatches,
  eligibleTargets,
  hostWithoutPort,
  matchRule,
  redirectLocation,
  requestFacts,
  terminalAction,
  wildcardMatch,
} from '../../../emulator/src/dataplane/routing';
import type { RoutingListener, RoutingTable, RoutingTargetGroup } from '../../../emulator/src/core/contracts';

const facts = (
  url: string,
  host = 'web.example.com',
  extra: Partial<ReturnType<typeof requestFacts>> = {},
) => ({
  ...requestFacts(url, 'GET', { host, 'x-env': 'Blue' }, '::ffff:10.1.2.3'),
  ...extra,
});

describe('wildcards and conditions', () => {
  it('matches * and ? with everything else literal', () => {
    expect(wildcardMatch('*.example.com', 'api.example.com', true)).toBe(true);
    expect(wildcardMatch('*.example.com', 'example.com', true)).toBe(false);
    expect(wildcardMatch('/api/v?/*', '/api/v2/users', false)).toBe(true);
    expect(wildcardMatch('/api/v?/*', '/api/v10/users', false)).toBe(false);
    expect(wildcardMatch('/a.b', '/aXb', false)).toBe(false);
    expect(wildcardMatch('/A', '/a', false)).toBe(false);
    expect(wildcardMatch('WEB.example.com', 'web.EXAMPLE.com', true)).toBe(true);
  });

  it('reads the request as routing sees it', () => {
    const r = facts('/p/q?x=1&y=two%20words', 'Web.Example.com:8080');
    expect(r).toMatchObject({
      host: 'web.example.com',
      path: '/p/q',
      query: 'x=1&y=two%20words',
      sourceIp: '10.1.2.3',
    });
    expect(hostWithoutPort('[::1]:80')).toBe('[::1]');
  });

  it('evaluates each condition type, values being alternatives', () => {
    const r = facts('/api/users?env=Prod&debug');
    expect(conditionMatches({ Field: 'host-header', Values: ['other.com', '*.EXAMPLE.com'] }, r)).toBe(true);
    expect(conditionMatches({ Field: 'path-pattern', PathPatternConfig: { Values: ['/api/*'] } }, r)).toBe(
      true,
    );
    expect(conditionMatches({ Field: 'path-pattern', Values: ['/api'] }, r)).toBe(false);
    expect(
      conditionMatches(
        { Field: 'http-header', HttpHeaderConfig: { HttpHeaderName: 'X-Env', Values: ['blue'] } },
        r,
      ),
    ).toBe(true);
    expect(
      conditionMatches({ Field: 'http-request-method', HttpRequestMethodConfig: { Values: ['POST'] } }, r),
    ).toBe(false);
    expect(
      conditionMatches(
        { Field: 'query-string', QueryStringConfig: { Values: [{ Key: 'env', Value: 'prod' }] } },
        r,
      ),
    ).toBe(true);
    expect(
      conditionMatches({ Field: 'query-string', QueryStringConfig: { Values: [{ Value: 'staging' }] } }, r),
    ).toBe(false);
    expect(conditionMatches({ Field: 'source-ip', SourceIpConfig: { Values: ['10.1.0.0/16'] } }, r)).toBe(
      true,
    );
    expect(cidrContains('10.1.2.0/24', '10.1.3.1')).toBe(false);
    expect(cidrContains('0.0.0.0/0', '8.8.8.8')).toBe(true);
  });
});

const listener: RoutingListener = {
  arn: 'l1',
  port: 80,
  protocol: 'HTTP',
  rules: [
    {
      arn: 'r5',
      priority: 5,
      conditions: [
        { Field: 'host-header', Values: ['api.example.com'] },
        { Field: 'path-pattern', Values: ['/admin*'] },
      ],
      actions: [{ Type: 'fixed-response', FixedResponseConfig: { StatusCode: '403' } }],
    },
    {
      arn: 'r10',
      priority: 10,
      conditions: [{ Field: 'host-header', Values: ['api.example.com'] }],
      actions: [{ Type: 'forward', TargetGroupArn: 'tg-api' }],
    },
    {
      arn: 'default',
      priority: 'default',
      conditions: [],
      actions: [{ Type: 'forward', TargetGroupArn: 'tg-web' }],
    },
  ],
};

describe('rules and listeners', () => {
  it('takes the first rule whose conditions all match, else the default', () => {
    expect(matchRule(listener, facts('/admin/x', 'api.example.com'))!.arn).toBe('r5');
    expect(matchRule(listener, facts('/other', 'api.example.com'))!.arn).toBe('r10');
    expect(matchRule(listener, facts('/admin/x', 'www.example.com'))!.arn).toBe('default');
  });

  it('skips actions it does not emulate to find the terminal one', () => {
    expect(
      terminalAction([
        { Type: 'forward', Order: 2, TargetGroupArn: 'tg' },
        { Type: 'authenticate-oidc', Order: 1 },
      ])?.Type,
    ).toBe('forward');
  });

  it('tells load balancers on one port apart by DNS name, then by host rules, then by being alone', () => {
    const lb = (name: string, l: RoutingListener) => ({
      arn: name,
      name,
      dnsName: `${name}-1.us-east-1.elb.localhost`,
      state: 'active',
      idleTimeoutSeconds: 60,
      listeners: [l],
    });
    const plain: RoutingListener = { ...listener, arn: 'l2', rules: [listener.rules[2]] };
    const table: RoutingTable = { loadBalancers: [lb('one', plain), lb('two', listener)], targetGroups: {} };
    expect(chooseListener(table, 80, facts('/', 'ONE-1.us-east-1.elb.localhost'))!.loadBalancer.name).toBe(
      'one',
    );
    expect(chooseListener(table, 80, facts('/', 'api.example.com'))!.loadBalancer.name).toBe('two');
    expect(chooseListener(table, 80, facts('/', '127.0.0.1'))).toBeUndefined();
    expect(
      chooseListener({ ...table, loadBalancers: [table.loadBalancers[0]] }, 80, facts('/', '127.0.0.1'))!
        .loadBalancer.name,
    ).toBe('one');
    expect(chooseListener(table, 443, facts('/', 'one-1.us-east-1.elb.localhost'))).toBeUndefined();
  });
});

describe('forwarding', () => {
  it('splits by ForwardConfig weights, skipping groups of weight 0', () => {
    const action = {
      Type: 'forward',
      ForwardConfig: {
        TargetGroups: [
          { TargetGroupArn: 'blue', Weight: 3 },
          { TargetGroupArn: 'green', Weight: 1 },
          { TargetGroupArn: 'off', Weight: 0 },
        ],
        TargetGroupStickinessConfig: { Enabled: false },
      },
    };
    const picks = Array.from({ length: 8 }, (_, i) => chooseTargetGroup(action, i));
    expect(picks.filter((p) => p === 'blue')).toHaveLength(6);
    expect(picks.filter((p) => p === 'green')).toHaveLength(2);
    expect(chooseTargetGroup({ Type: 'forward', TargetGroupArn: 'one' }, 7)).toBe('one');
  });

  it('spreads a split over consecutive requests instead of sending them in blocks', () => {
    const split = (blue: number, green: number, n: number, from = 0) => {
      const action = {
        Type: 'forward',
        ForwardConfig: {
          TargetGroups: [
            { TargetGroupArn: 'blue', Weight: blue },
            { TargetGroupArn: 'green', Weight: green },
          ],
          TargetGroupStickinessConfig: { Enabled: false },
        },
      };
      return Array.from({ length: n }, (_, i) => chooseTargetGroup(action, from + i) === 'green');
    };
    // 50/50 alternates; any ten consecutive requests of a 50/50 split are five and five.
    expect(split(50, 50, 6)).toEqual([false, true, false, true, false, true]);
    for (const from of [0, 7, 33, 98]) expect(split(50, 50, 10, from).filter(Boolean)).toHaveLength(5);
    // A 5 % canary: exactly one in every 20 consecutive requests, so never two in a row.
    const canary = split(95, 5, 300);
    expect(canary.slice(0, 100).filter(Boolean)).toHaveLength(5);
    expect(canary.some((g, i) => g && canary[i + 1])).toBe(false);
    for (let i = 0; i + 20 <= 300; i += 20)
      expect(canary.slice(i, i + 20).filter(Boolean).length).toBeGreaterThan(0);
    // Tenths of a percent (weights out of 1000) are exact over 1000 requests.
    expect(split(975, 25, 1000).filter(Boolean)).toHaveLength(25);
    expect(spreadingStride(2)).toBe(1);
    expect(spreadingStride(20)).toBe(13);
  });

  const group = (states: string[]): RoutingTargetGroup => {
    const targets = states.map((state, i) => ({ id: `10.0.0.${i + 1}`, port: 80, state: state as never }));
    return {
      arn: 'tg',
      name: 'tg',
      healthyTargets: targets.filter((t) => t.state === 'healthy').map(({ id, port }) => ({ id, port })),
      targets,
      stickiness: false,
      algorithm: 'round_robin',
    };
  };

  it('uses healthy targets, fails open when every target is unhealthy, and has nowhere to go otherwise', () => {
    expect(eligibleTargets(group(['healthy', 'unhealthy', 'draining'])).targets.map((t) => t.id)).toEqual([
      '10.0.0.1',
    ]);
    expect(eligibleTargets(group(['unhealthy', 'unhealthy', 'draining']))).toEqual({
      targets: [
        { id: '10.0.0.1', port: 80 },
        { id: '10.0.0.2', port: 80 },
      ],
      failOpen: true,
    });
    expect(eligibleTargets(group(['initial', 'unhealthy'])).targets).toEqual([]);
    expect(eligibleTargets(group(['draining'])).targets).toEqual([]);
    expect(eligibleTargets(group([])).targets).toEqual([]);
  });
});

describe('redirects', () => {
  const request = { ...facts('/old/page?a=1', 'web.example.com'), protocol: 'HTTP', listenerPort: 80 };
  const defaults = {
    Protocol: '#{protocol}',
    Port: '#{port}',
    Host: '#{host}',
    Path: '/#{path}',
    Query: '#{query}',
    StatusCode: 'HTTP_301',
  };

  it('fills the placeholders and leaves out the default port', () => {
    expect(redirectLocation({ ...defaults, Protocol: 'HTTPS', Port: '443' }, request)).toBe(
      'https://web.example.com/old/page?a=1',
    );
    expect(redirectLocation({ ...defaults, Path: '/v2/#{path}', Query: 'from=#{host}' }, request)).toBe(
      'http://web.example.com/v2/old/page?from=web.example.com',
    );
    expect(
      redirectLocation({ ...defaults, Host: 'example.org', Port: '8443', Protocol: 'HTTPS' }, request),
    ).toBe('https://example.org:8443/old/page?a=1');
  });

  it('names the local endpoint when the redirect stays on this load balancer', () => {
    const local = (port: number) => (port === 443 ? { port: 49152 } : undefined);
    expect(redirectLocation({ ...defaults, Protocol: 'HTTPS', Port: '443' }, request, local)).toBe(
      'http://web.example.com:49152/old/page?a=1',
    );
    expect(
      redirectLocation({ ...defaults, Protocol: 'HTTPS', Port: '443', Host: 'example.org' }, request, local),
    ).toBe('https://example.org/old/page?a=1');
  });
});
