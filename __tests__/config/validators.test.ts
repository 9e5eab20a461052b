/**
 * The one validator of each input that used to be checked in two places (the config and the stack's
 * desired state), and the tag keys the action keeps for itself.
 */
import { isValidMatcher, LOG_RETENTION_DAYS } from '../../src/config/aws-limits';
import { RESERVED_TAG_KEYS, resourceTagMap, resourceTags } from '../../src/config/tags';
import { desiredStack } from '../../src/infra/desired';
import { testConfig } from '../fixtures/config';
import { configReader, useWorkspace } from './read';

const { read, errorOf } = configReader(useWorkspace());

function expectInputError(inputs: Record<string, string>, input: string, message: string | RegExp): void {
  const err = errorOf(inputs);
  expect(err.input).toBe(input);
  expect(err.message).toMatch(message);
}

describe('health-check-matcher: a list of codes or one range, 200 to 499', () => {
  it.each(['200', '200,202', '200, 204', '200-299', '200-499', '404'])('accepts %s', (matcher) => {
    expect(isValidMatcher(matcher)).toBe(true);
    expect(read({ 'health-check-matcher': matcher }).loadBalancer.healthCheck.matcher).toBe(
      matcher.replace(/\s+/g, ''),
    );
  });

  it.each([
    '200-299,302',
    '302,200-299',
    '200-299,300-399',
    '299-200',
    '200-200',
    '199',
    '500',
    '2xx',
    '200,',
  ])('refuses %s', (matcher) => {
    expect(isValidMatcher(matcher)).toBe(false);
    expectInputError(
      { 'health-check-matcher': matcher },
      'health-check-matcher',
      'a list or one range, not both',
    );
  });
});

describe('certificate-arn: an ACM certificate or an IAM server certificate', () => {
  it.each([
    'arn:aws:acm:eu-west-1:123456789012:certificate/0a1b2c3d-aaaa-bbbb-cccc-0123456789ab',
    'arn:aws-us-gov:acm:us-gov-west-1:123456789012:certificate/abcd-1234',
    'arn:aws:iam::123456789012:server-certificate/prod/web',
  ])('accepts %s', (arn) => {
    expect(read({ 'certificate-arn': arn }).loadBalancer.certificateArn).toBe(arn);
  });

  it.each([
    'not-an-arn',
    'arn:aws:acm:eu-west-1:123456789012:server-certificate/web',
    'arn:aws:iam::123456789012:certificate/web',
    'arn:aws:acm:eu-west-1:123:certificate/x',
    'arn:aws:acm::123456789012:certificate/x',
  ])('refuses %s', (arn) => {
    expectInputError({ 'certificate-arn': arn }, 'certificate-arn', 'must be an ACM certificate ARN');
  });
});

describe('health check ranges', () => {
  it.each([
    [{ 'health-check-interval': '4' }, 'health-check-interval', 'from 5 to 300'],
    [{ 'health-check-interval': '301' }, 'health-check-interval', 'from 5 to 300'],
    [{ 'health-check-timeout': '1' }, 'health-check-timeout', 'from 2 to 120'],
    [{ 'health-check-timeout': '121' }, 'health-check-timeout', 'from 2 to 120'],
    [{ 'healthy-threshold': '1' }, 'healthy-threshold', 'from 2 to 10'],
    [{ 'unhealthy-threshold': '11' }, 'unhealthy-threshold', 'from 2 to 10'],
    [{ 'deregistration-delay': '3601' }, 'deregistration-delay', 'from 0 to 3600'],
    [
      { 'health-check-interval': '10', 'health-check-timeout': '10' },
      'health-check-timeout',
      "Input 'health-check-timeout' (10) must be less than 'health-check-interval' (10).",
    ],
    [{ 'health-check-path': 'health' }, 'health-check-path', "must start with '/'"],
    [{ 'health-check-path': `/${'x'.repeat(1024)}` }, 'health-check-path', 'at most 1024 characters'],
  ])('%j -> %s', (inputs, input, message) => expectInputError(inputs, input, message));

  it('accepts both ends of each range', () => {
    const hc = read({
      'health-check-interval': '300',
      'health-check-timeout': '120',
      'healthy-threshold': '10',
      'unhealthy-threshold': '2',
    }).loadBalancer.healthCheck;
    expect(hc).toMatchObject({ intervalSeconds: 300, timeoutSeconds: 120, healthyThreshold: 10 });
    expect(
      read({ 'health-check-interval': '5', 'health-check-timeout': '2' }).loadBalancer.healthCheck,
    ).toMatchObject({ intervalSeconds: 5, timeoutSeconds: 2 });
  });
});

describe('log-retention-days: a CloudWatch retention period, or 0 to never expire', () => {
  it.each([0, ...LOG_RETENTION_DAYS])('accepts %d', (days) => {
    expect(read({ 'log-retention-days': String(days) }).taskDefinition.logRetentionDays).toBe(days);
  });

  it.each(['2', '4', '10', '366'])('refuses %s', (days) => {
    expectInputError({ 'log-retention-days': days }, 'log-retention-days', "CloudWatch's retention periods");
  });
});

describe('rule-priority and the preview band: listener rule priorities 1 to 50000', () => {
  it('accepts both ends', () => {
    expect(read({ 'host-header': 'a.example.com', 'rule-priority': '1' }).loadBalancer.rulePriority).toBe(1);
    expect(read({ 'host-header': 'a.example.com', 'rule-priority': '50000' }).loadBalancer.rulePriority).toBe(
      50000,
    );
    expect(read({ 'preview-priority-band': '1-50000' }).preview.priorityBand).toEqual([1, 50000]);
  });

  it.each([
    [{ 'rule-priority': '0' }, 'rule-priority'],
    [{ 'rule-priority': '50001' }, 'rule-priority'],
    [{ 'preview-priority-band': '0-100' }, 'preview-priority-band'],
    [{ 'preview-priority-band': '40000-50001' }, 'preview-priority-band'],
  ])('%j is refused', (inputs, input) => expectInputError(inputs, input, /1( to |-)50000/));
});

describe('inputs the stack used to check again', () => {
  it.each([
    [
      { 'load-balancer-name': 'bad_name' },
      'load-balancer-name',
      /load-balancer-name.*letters, digits and hyphens/,
    ],
    [{ 'load-balancer-name': 'x'.repeat(33) }, 'load-balancer-name', /33 characters/],
    [{ 'target-group-name': 'bad name' }, 'target-group-name', /target-group-name/],
    [{ 'host-header': 'localhost' }, 'host-header', /with a '\.'/],
    [{ 'container-port': '70000' }, 'container-port', /from 1 to 65535/],
    [
      { 'max-capacity': '2', 'min-capacity': '5' },
      'min-capacity',
      /\(5\) must not be above 'max-capacity' \(2\)/,
    ],
  ])('%j -> %s', (inputs, input, message) => expectInputError(inputs, input, message));
});

describe('tags: the action keeps its own keys', () => {
  it.each(RESERVED_TAG_KEYS.map((k) => [k]))("refuses a 'tags' line with the key %s", (key) => {
    const err = errorOf({ tags: `team=web\n${key}=mine` });
    expect(err.input).toBe('tags');
    expect(err.message).toContain(`Input 'tags' may not set the key '${key}'`);
    expect(err.message).not.toContain('mine');
  });

  it('reserves managed-by, service, environment and the preview keys, exactly as written', () => {
    expect(RESERVED_TAG_KEYS).toEqual([
      'managed-by',
      'service',
      'environment',
      'pull-request',
      'repository',
      'expires-at',
      'preview-of',
    ]);
    // Tag keys are case-sensitive: another spelling is the user's own key.
    expect(read({ tags: 'Environment=prod\nteam=web' }).tags).toEqual([
      { name: 'Environment', value: 'prod' },
      { name: 'team', value: 'web' },
    ]);
  });

  it("puts the action's keys first and lets them win over a config's own", () => {
    const config = testConfig({
      tags: [
        { name: 'team', value: 'web' },
        { name: 'managed-by', value: 'me' },
        { name: 'environment', value: 'other' },
      ],
    });
    const own = [
      { name: 'managed-by', value: 'ecs-fargate-deploy' },
      { name: 'service', value: 'hello' },
      { name: 'environment', value: 'production' },
    ];
    expect(resourceTags(config)).toEqual([...own, { name: 'team', value: 'web' }]);
    expect(resourceTagMap(config)).toEqual({
      'managed-by': 'ecs-fargate-deploy',
      service: 'hello',
      environment: 'production',
      team: 'web',
    });
    // The stack tags what it creates with the same function.
    expect(desiredStack(config).tags).toEqual(resourceTagMap(config));
  });
});
