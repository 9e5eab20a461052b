import { readConfig } from '../../src/config/inputs';
import { isForkPullRequest, parsePullRequestEvent } from '../../src/config/event';
import { PREVIEW_MARKER, previewCommentBody } from '../../src/github/comment';
import { MAX_RULES_PER_LOAD_BALANCER } from '../../src/config/aws-limits';
import { capacityMessage, capacityProblems, freePriority } from '../../src/preview/limits';
import { isExpired, previewDeployConfig, previewNames } from '../../src/preview/names';
import { mergeSightings, previewOf, sweepDecision } from '../../src/preview/sweep';

const env = { GITHUB_SHA: 'abcdef0123456789', GITHUB_REPOSITORY: 'acme/hello', AWS_REGION: 'eu-west-1' };
function config(inputs: Record<string, string> = {}) {
  const all: Record<string, string> = {
    cluster: 'web',
    service: 'hello',
    mode: 'preview',
    'pull-request': '7',
    image: '123456789012.dkr.ecr.eu-west-1.amazonaws.com/hello:v1',
    ...inputs,
  };
  return readConfig((n) => all[n] ?? '', env);
}

describe('names', () => {
  test('a preview is its own service, environment, target group, family and log group', () => {
    const n = previewNames(config(), 7);
    expect(n).toMatchObject({
      service: 'hello-pr-7',
      environment: 'pr-7',
      targetGroup: 'web-hello-pr-7-pr-7',
      family: 'web-hello-pr-7',
      logGroup: '/ecs/web/hello-pr-7',
      ownLogGroup: true,
      pathPrefix: '/pr-7',
    });
    expect(n.hostHeader).toBeUndefined();
  });

  test('long names stay within the 32 characters of a target group, distinct per pull request', () => {
    const c = config({ cluster: 'a-very-long-cluster-name-for-prod', service: 'checkout-frontend-service' });
    const a = previewNames(c, 1234).targetGroup;
    const b = previewNames(c, 1235).targetGroup;
    expect(a.length).toBeLessThanOrEqual(32);
    expect(b.length).toBeLessThanOrEqual(32);
    expect(a).not.toBe(b);
    expect(a).toMatch(/^[a-z0-9-]+$/);
  });

  test('a log group given as input is shared, not the preview own', () => {
    const n = previewNames(config({ 'log-group': '/shared/logs' }), 7);
    expect(n).toMatchObject({ logGroup: '/shared/logs', ownLogGroup: false });
  });

  test('the preview config: one small task, host or path rule, tags with repository, number and expiry', () => {
    const now = Date.parse('2030-01-01T00:00:00Z');
    const c = previewDeployConfig(
      config({ 'rule-priority': '10', 'max-capacity': '4', 'preview-ttl-hours': '24' }),
      7,
      now,
    );
    expect(c).toMatchObject({ service: 'hello-pr-7', environment: 'pr-7', desiredCount: 1 });
    expect(c.taskDefinition).toMatchObject({ cpu: '256', memory: '512', logGroup: '/ecs/web/hello-pr-7' });
    expect(c.taskDefinition.environment).toContainEqual({ name: 'PATH_PREFIX', value: '/pr-7' });
    expect(c.loadBalancer).toMatchObject({
      pathPattern: ['/pr-7/*', '/pr-7'],
      hostHeader: [],
      rulePriority: undefined,
    });
    expect(c.autoScaling.enabled).toBe(false);
    expect(c.tags).toEqual(
      expect.arrayContaining([
        { name: 'repository', value: 'acme/hello' },
        { name: 'pull-request', value: '7' },
        { name: 'expires-at', value: '2030-01-02T00:00:00.000Z' },
        { name: 'preview-of', value: 'hello' },
      ]),
    );
    const hosted = previewDeployConfig(config({ 'preview-domain': 'preview.example.com' }), 7, now);
    expect(hosted.loadBalancer).toMatchObject({ hostHeader: ['pr-7.preview.example.com'], pathPattern: [] });
    expect(hosted.taskDefinition.environment.find((e) => e.name === 'PATH_PREFIX')).toBeUndefined();
  });

  test('a preview refuses a brought target group', () => {
    const arn = 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/tg/0123456789abcdef';
    expect(() => previewDeployConfig(config({ 'target-group-arn': arn }), 7, 0)).toThrow(/target-group-arn/);
  });

  test('expiry', () => {
    expect(isExpired('2030-01-01T00:00:00Z', Date.parse('2030-01-01T00:00:01Z'))).toBe(true);
    expect(isExpired('2030-01-01T00:00:00Z', Date.parse('2029-12-31T23:59:59Z'))).toBe(false);
    expect(isExpired('not a date', Date.now())).toBe(false);
    expect(isExpired(undefined, Date.now())).toBe(false);
  });
});

describe('fork detection', () => {
  const event = (head: unknown) => ({
    action: 'opened',
    number: 3,
    pull_request: {
      number: 3,
      labels: [{ name: 'preview' }],
      head: { sha: 'abc', repo: head },
      base: { repo: { full_name: 'acme/hello' } },
    },
  });
  test('same repository is not a fork; another one, or a deleted fork, is', () => {
    expect(isForkPullRequest(parsePullRequestEvent(event({ full_name: 'Acme/Hello' }))!, 'acme/hello')).toBe(
      false,
    );
    expect(
      isForkPullRequest(parsePullRequestEvent(event({ full_name: 'mallory/hello' }))!, 'acme/hello'),
    ).toBe(true);
    expect(isForkPullRequest(parsePullRequestEvent(event(null))!, 'acme/hello')).toBe(true);
  });
  test('events that are not about a pull request give nothing', () => {
    expect(parsePullRequestEvent({ ref: 'refs/heads/main' })).toBeUndefined();
    expect(parsePullRequestEvent(event({ full_name: 'acme/hello' }))?.labels).toEqual(['preview']);
  });
});

describe('comment body', () => {
  const model = { pullRequest: 7, service: 'hello-pr-7', cluster: 'web', commitSha: '0123456789abcdef' };
  test('carries the marker, the URL, the image and the status', () => {
    const body = previewCommentBody({
      ...model,
      status: 'ready',
      url: 'http://lb/pr-7/',
      image: 'repo:tag',
      pathPrefix: '/pr-7',
    });
    expect(body.startsWith(PREVIEW_MARKER)).toBe(true);
    expect(body).toContain('Preview ready');
    expect(body).toContain('[http://lb/pr-7/](http://lb/pr-7/)');
    expect(body).toContain('`repo:tag`');
    expect(body).toContain('`0123456789ab`');
    expect(body).toContain('PATH_PREFIX=/pr-7');
  });
  test('a failure shows the reason and the digest', () => {
    const body = previewCommentBody({
      ...model,
      status: 'failed',
      failure: 'Task stopped | exit 3',
      digest: {
        deploymentId: 'ecs-svc/1',
        taskDefinitionArn: 'td:1',
        reasons: ['Essential container exited'],
        stoppedTasks: [],
        targets: [],
        events: [],
      },
    });
    expect(body).toContain('Preview deploy failed');
    expect(body).toContain('Task stopped \\| exit 3');
    expect(body).toContain('Why the deployment failed');
    expect(body).toContain('Essential container exited');
  });
  test('the same model gives the same body (no clock in it), torn down shows no URL', () => {
    const a = previewCommentBody({
      ...model,
      status: 'torn-down',
      url: 'http://x/',
      note: 'Removed because closed.',
    });
    expect(a).toBe(
      previewCommentBody({
        ...model,
        status: 'torn-down',
        url: 'http://x/',
        note: 'Removed because closed.',
      }),
    );
    expect(a).not.toContain('http://x/');
    expect(a).toContain('torn down');
  });
});

describe('limits', () => {
  const fits = {
    rules: 3,
    targetGroups: 3,
    takenPriorities: [40000],
    band: [40000, 40002] as [number, number],
    hasRule: false,
    hasTargetGroup: false,
  };
  test('a preview that fits has no problem; the first free priority is chosen', () => {
    expect(capacityProblems(fits)).toEqual([]);
    expect(freePriority([40000, 40001], [40000, 40002])).toBe(40002);
    expect(freePriority([1, 2], [1, 2])).toBeUndefined();
  });
  test('100 rules, 100 target groups or a full band each fail', () => {
    expect(capacityProblems({ ...fits, rules: 100 })[0]).toMatch(/100 listener rules/);
    expect(capacityProblems({ ...fits, targetGroups: 100 })[0]).toMatch(/100 target groups/);
    expect(capacityProblems({ ...fits, takenPriorities: [40000, 40001, 40002] })[0]).toMatch(
      /band 40000-40002 is taken/,
    );
    expect(
      capacityProblems({ ...fits, rules: 100, targetGroups: 100, takenPriorities: [40000, 40001, 40002] }),
    ).toHaveLength(3);
  });
  test('the rule quota is the one of aws-limits: 99 rules leave room for one more', () => {
    expect(MAX_RULES_PER_LOAD_BALANCER).toBe(100);
    expect(capacityProblems({ ...fits, rules: MAX_RULES_PER_LOAD_BALANCER - 1 })).toEqual([]);
    expect(capacityProblems({ ...fits, rules: MAX_RULES_PER_LOAD_BALANCER })).toHaveLength(1);
  });
  test('an existing preview (update) needs no new rule, priority or target group', () => {
    expect(
      capacityProblems({
        ...fits,
        rules: 100,
        targetGroups: 100,
        takenPriorities: [40000, 40001, 40002],
        hasRule: true,
        hasTargetGroup: true,
      }),
    ).toEqual([]);
  });
  test('the message says nothing was created and what to do', () => {
    expect(capacityMessage(7, ['x'])).toMatch(/#7: x\. Nothing was created\. .*sweep/);
  });
});

describe('sweep decisions', () => {
  const scope = { service: 'hello', repository: 'acme/hello' };
  const tags = (over: Record<string, string> = {}) => ({
    'managed-by': 'ecs-fargate-deploy',
    'preview-of': 'hello',
    repository: 'acme/hello',
    'pull-request': '7',
    ...over,
  });
  test('only this service and repository previews, made by the action', () => {
    expect(previewOf(tags(), scope)).toBe(7);
    expect(previewOf(tags({ 'managed-by': 'terraform' }), scope)).toBeUndefined();
    expect(previewOf(tags({ 'preview-of': 'api' }), scope)).toBeUndefined();
    expect(previewOf(tags({ repository: 'other/repo' }), scope)).toBeUndefined();
    expect(previewOf(tags({ 'pull-request': 'x' }), scope)).toBeUndefined();
  });
  test('sightings merge per pull request with the latest expiry', () => {
    const merged = mergeSightings([
      { pullRequest: 7, expiresAt: '2030-01-01T00:00:00Z', resource: 'listener-rule' },
      { pullRequest: 7, expiresAt: '2030-01-02T00:00:00Z', resource: 'ecs-service' },
      { pullRequest: 3, resource: 'target-group' },
    ]);
    expect(merged).toEqual([
      { pullRequest: 3, seenOn: ['target-group'] },
      { pullRequest: 7, expiresAt: '2030-01-02T00:00:00Z', seenOn: ['listener-rule', 'ecs-service'] },
    ]);
  });
  test('expired or closed goes, open or unknown stays', () => {
    const now = Date.parse('2030-01-01T12:00:00Z');
    const p = (expiresAt?: string) => ({ pullRequest: 7, expiresAt, seenOn: [] });
    expect(sweepDecision(p('2030-01-01T00:00:00Z'), now, 'open')).toEqual({
      remove: true,
      reason: 'expired at 2030-01-01T00:00:00Z',
    });
    expect(sweepDecision(p('2030-02-01T00:00:00Z'), now, 'closed')).toEqual({
      remove: true,
      reason: 'pull request closed',
    });
    expect(sweepDecision(p('2030-02-01T00:00:00Z'), now, 'open').remove).toBe(false);
    expect(sweepDecision(p(undefined), now, 'unknown').remove).toBe(false);
  });
});
