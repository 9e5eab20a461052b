import { configReader, useWorkspace } from './read';

const { read, errorOf } = configReader(useWorkspace());
const ROLE = 'arn:aws:iam::123456789012:role/ecs-infrastructure';

describe('strategy inputs', () => {
  it('default to rolling with an error alarm at 5 % of at least 20 requests a minute', () => {
    const c = read({});
    expect(c.strategy.kind).toBe('rolling');
    expect(c.strategy.smokeTest).toBeUndefined();
    expect(c.errorAlarm).toEqual({ enabled: true, thresholdPercent: 5, minRequests: 20 });
    expect(c.warnings).toEqual([]);
  });

  it('read canary and linear settings as ECS takes them, tenths of a percent included', () => {
    const canary = read({
      strategy: 'canary',
      'infrastructure-role-arn': ROLE,
      'canary-percent': '12.5',
      'canary-bake-minutes': '0',
      'bake-minutes': '1440',
    });
    expect(canary.strategy).toMatchObject({
      kind: 'canary',
      bakeMinutes: 1440,
      canary: { percent: 12.5, bakeMinutes: 0 },
      infrastructureRoleArn: ROLE,
    });
    const linear = read({ strategy: 'linear', 'infrastructure-role-arn': ROLE, 'linear-step-percent': '3' });
    expect(linear.strategy.linear).toEqual({ stepPercent: 3, stepBakeMinutes: 6 });
  });

  it('read the smoke test and the error alarm', () => {
    const c = read({
      strategy: 'blue-green',
      'infrastructure-role-arn': ROLE,
      'smoke-test-path': '/health/deep',
      'smoke-test-status': '200,204',
      'error-rate-threshold': '0.5',
      'error-rate-min-requests': '100',
      'rollback-on-errors': 'false',
    });
    expect(c.strategy.smokeTest).toEqual({ path: '/health/deep', status: '200,204' });
    expect(c.errorAlarm).toEqual({ enabled: false, thresholdPercent: 0.5, minRequests: 100 });
  });

  it.each([
    [{ strategy: 'bluegreen' }, 'strategy', /'rolling', 'blue-green', 'canary' or 'linear'/],
    [{ 'canary-percent': '0' }, 'canary-percent', /from 0.1 to 100 in steps of 0.1; got '0'/],
    [{ 'canary-percent': '5.25' }, 'canary-percent', /steps of 0.1/],
    [{ 'linear-step-percent': '2.9' }, 'linear-step-percent', /from 3 to 100/],
    [{ 'bake-minutes': '1441' }, 'bake-minutes', /0 to 1440/],
    [{ 'linear-step-bake-minutes': '-1' }, 'linear-step-bake-minutes', /0 to 1440/],
    [{ 'infrastructure-role-arn': 'ecs-infra' }, 'infrastructure-role-arn', /IAM role ARN/],
    [{ 'smoke-test-path': 'health' }, 'smoke-test-path', /starting with '\/'/],
    [{ 'smoke-test-status': '2xx' }, 'smoke-test-status', /status codes or ranges/],
    [{ 'smoke-test-status': '300-200' }, 'smoke-test-status', /status codes or ranges/],
    [{ 'error-rate-threshold': '0' }, 'error-rate-threshold', /above 0 and at most 100/],
    [{ 'error-rate-threshold': '101' }, 'error-rate-threshold', /above 0 and at most 100/],
    [{ 'error-rate-min-requests': '0' }, 'error-rate-min-requests', /1 to 1000000/],
    [{ 'rollback-on-errors': 'yes' }, 'rollback-on-errors', /true or false/],
  ])('refuse %j, naming the input and what is expected', (inputs, input, message) => {
    const e = errorOf(inputs as Record<string, string>);
    expect(e.input).toBe(input);
    expect(e.message).toContain(`'${input}'`);
    expect(e.message).toMatch(message);
  });

  it('blue-green without the infrastructure role says what role to create', () => {
    const e = errorOf({ strategy: 'blue-green' });
    expect(e.input).toBe('infrastructure-role-arn');
    expect(e.message).toContain('ecs.amazonaws.com');
    expect(e.message).toContain('AmazonECSInfrastructureRolePolicyForLoadBalancers');
  });

  it("canary with the user's own target group says what is not supported", () => {
    const e = errorOf({
      strategy: 'canary',
      'infrastructure-role-arn': ROLE,
      'target-group-arn':
        'arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/mine/0123456789abcdef',
    });
    expect(e.input).toBe('strategy');
    expect(e.message).toMatch(
      /not supported with 'target-group-arn'.*manages no load balancer, listener or rule/,
    );
  });

  it('leaves one condition value of the rule to the test header', () => {
    const e = errorOf({
      strategy: 'blue-green',
      'infrastructure-role-arn': ROLE,
      'host-header': 'a.example.com,b.example.com',
      'path-pattern': '/a/*,/b/*,/c/*',
    });
    expect(e.input).toBe('host-header');
    expect(e.message).toMatch(/at most 4 values together with strategy blue-green/);
  });

  it('previews always roll, with a warning when another strategy was asked for', () => {
    const c = read({ mode: 'preview', strategy: 'blue-green', 'pull-request': '7' });
    expect(c.strategy.kind).toBe('rolling');
    expect(c.warnings.join('\n')).toMatch(/'strategy' \(blue-green\) is not used for previews/);
  });

  it('warns about the settings of another strategy given with a value of their own', () => {
    const c = read({ strategy: 'blue-green', 'infrastructure-role-arn': ROLE, 'canary-percent': '20' });
    expect(c.warnings).toEqual([
      "Input 'canary-percent' is not used with strategy blue-green (only with canary); remove it.",
    ]);
    expect(read({ 'smoke-test-path': '/x' }).warnings.join('\n')).toMatch(
      /'smoke-test-path' is not used with strategy rolling/,
    );
  });
});
