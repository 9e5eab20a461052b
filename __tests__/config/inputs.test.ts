import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { testConfig } from '../fixtures/config';
import { configReader, SHA, useWorkspace } from './read';

const workspaceOf = useWorkspace();
const { env, read, errorOf } = configReader(workspaceOf);

describe('readConfig defaults', () => {
  it('fills every default from cluster and service alone', () => {
    const c = read({});
    // env() sets neither GITHUB_REF nor GITHUB_REPOSITORY.
    expect(c).toEqual(testConfig({ commitSha: SHA, workspace: workspaceOf(), ref: '', repository: '' }));
  });

  it('takes the region from AWS_DEFAULT_REGION, the input winning over both', () => {
    expect(read({}, { ...env(), AWS_REGION: undefined, AWS_DEFAULT_REGION: 'us-east-2' }).region).toBe(
      'us-east-2',
    );
    expect(read({ 'aws-region': 'ap-south-1' }).region).toBe('ap-south-1');
  });

  it('uses templates/task-definition.json when the workspace has one', () => {
    const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'inputs-tpl-'));
    fs.writeFileSync(path.join(ws, 'Dockerfile'), '');
    fs.mkdirSync(path.join(ws, 'templates'));
    fs.writeFileSync(path.join(ws, 'templates', 'task-definition.json'), '{}');
    expect(read({}, env({ GITHUB_WORKSPACE: ws })).taskDefinition.path).toBe(
      'templates/task-definition.json',
    );
    fs.rmSync(ws, { recursive: true });
  });

  it('parses lists, KEY=VALUE lines (values keep their =) and booleans', () => {
    const c = read({
      subnets: 'subnet-0123abcd, subnet-0123abce\nsubnet-0123abcf',
      'environment-variables': 'A=1\n# comment\n\nDSN=postgres://u:p@h/db?x=y',
      secrets: 'TOKEN=arn:aws:secretsmanager:eu-west-1:123456789012:secret:tok',
      'build-args': 'VERSION=1.2',
      rollback: 'False',
      tags: 'team=web',
    });
    expect(c.network.subnets).toEqual(['subnet-0123abcd', 'subnet-0123abce', 'subnet-0123abcf']);
    expect(c.taskDefinition.environment).toEqual([
      { name: 'A', value: '1' },
      { name: 'DSN', value: 'postgres://u:p@h/db?x=y' },
    ]);
    expect(c.taskDefinition.secrets).toEqual([
      { name: 'TOKEN', valueFrom: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:tok' },
    ]);
    expect(c.rollback).toBe(false);
    expect(c.tags).toEqual([{ name: 'team', value: 'web' }]);
  });

  it('derives a valid ECR repository name from the service', () => {
    expect(read({ service: 'Hello_World--api' }).ecr.repository).toBe('hello-world-api');
  });

  it('turns autoscaling on with max-capacity, CPU policy at 60% unless 0', () => {
    expect(read({ 'max-capacity': '4' }).autoScaling).toMatchObject({
      enabled: true,
      minCapacity: 1,
      maxCapacity: 4,
      cpuTarget: 60,
    });
    expect(read({ 'max-capacity': '4', 'cpu-target': '0', 'desired-count': '2' }).autoScaling).toMatchObject({
      minCapacity: 2,
      cpuTarget: undefined,
    });
  });

  it('normalizes cpu and memory spellings to units', () => {
    const c = read({ cpu: '1 vCPU', memory: '2 GB' });
    expect([c.taskDefinition.cpu, c.taskDefinition.memory]).toEqual(['1024', '2048']);
  });

  it('reads the pull request number from the event in preview mode', () => {
    const event = path.join(workspaceOf(), 'event.json');
    fs.writeFileSync(event, JSON.stringify({ pull_request: { number: 42 } }));
    expect(read({ mode: 'preview' }, env({ GITHUB_EVENT_PATH: event })).preview.pullRequest).toBe(42);
  });

  it('takes the number only from a pull_request event, by the same parser as the preview modes', () => {
    const event = path.join(workspaceOf(), 'issue-event.json');
    fs.writeFileSync(event, JSON.stringify({ number: 42, issue: { number: 42 } }));
    expect(read({ mode: 'sweep' }, env({ GITHUB_EVENT_PATH: event })).preview.pullRequest).toBeUndefined();
    expect(errorOf({ mode: 'preview' }, env({ GITHUB_EVENT_PATH: event })).input).toBe('pull-request');
    fs.writeFileSync(event, JSON.stringify({ number: 43, pull_request: { state: 'open' } }));
    expect(read({ mode: 'preview' }, env({ GITHUB_EVENT_PATH: event })).preview.pullRequest).toBe(43);
  });

  it('needs no GITHUB_SHA or Dockerfile when deploying a given image or revision', () => {
    const noSha = env({ GITHUB_SHA: undefined, GITHUB_WORKSPACE: os.tmpdir() });
    expect(read({ image: 'nginx:1.27' }, noSha).image).toBe('nginx:1.27');
    expect(read({ 'task-definition-arn': 'web-hello:7' }, noSha).taskDefinition.arn).toBe('web-hello:7');
    expect(read({ mode: 'sweep' }, noSha).mode).toBe('sweep');
  });
});

describe('readConfig errors name the input and what was expected', () => {
  const cases: [Record<string, string>, string, string][] = [
    [
      { 'container-port': '70000' },
      'container-port',
      "Input 'container-port' must be a whole number from 1 to 65535; got '70000'.",
    ],
    [{ 'container-port': '80a' }, 'container-port', "must be a whole number from 1 to 65535; got '80a'"],
    [{ cluster: '' }, 'cluster', "Input 'cluster' is required."],
    [{ service: 'my service' }, 'service', "Input 'service' must be 1 to 255 letters"],
    [
      { mode: 'destroy' },
      'mode',
      "Input 'mode' must be 'deploy', 'preview', 'teardown' or 'sweep'; got 'destroy'.",
    ],
    [{ rollback: 'yes' }, 'rollback', "Input 'rollback' must be true or false; got 'yes'."],
    [{ 'wait-until': 'done' }, 'wait-until', "must be 'healthy' or 'stable'"],
    [{ 'aws-region': 'Europe' }, 'aws-region', "must be an AWS region such as 'eu-west-1'; got 'Europe'"],
    [{ 'health-check-path': 'health' }, 'health-check-path', "must start with '/'"],
    [{ 'health-check-matcher': '200-199' }, 'health-check-matcher', "got '200-199'"],
    [{ 'health-check-matcher': '200,abc' }, 'health-check-matcher', "as '200', '200,202' or '200-299'"],
    [{ 'health-check-matcher': '200,300-399' }, 'health-check-matcher', "got '200,300-399'"],
    [{ 'health-check-matcher': '100' }, 'health-check-matcher', 'HTTP codes from 200 to 499'],
    [
      { 'health-check-interval': '5', 'health-check-timeout': '5' },
      'health-check-timeout',
      "must be less than 'health-check-interval'",
    ],
    [
      { 'min-capacity': '5', 'max-capacity': '2' },
      'min-capacity',
      "Input 'min-capacity' (5) must not be above 'max-capacity' (2).",
    ],
    [
      { cpu: '300' },
      'cpu',
      "Input 'cpu' must be a Fargate CPU size: 256, 512, 1024, 2048, 4096, 8192 or 16384",
    ],
    [{ memory: '700' }, 'memory', "Input 'memory' must be a Fargate memory size"],
    [{ cpu: '256', memory: '4096' }, 'memory', 'with cpu 256, memory must be 512, 1024 or 2048'],
    [{ cpu: '1024', memory: '1024' }, 'memory', 'memory must be 2048 to 8192 in steps of 1024'],
    [
      { 'certificate-arn': 'arn:aws:acm:eu-west-1:123:certificate/x' },
      'certificate-arn',
      'must be an ACM certificate ARN',
    ],
    [
      { 'load-balancer-name': 'a-very-long-load-balancer-name-that-is-too-long' },
      'load-balancer-name',
      'at most 32 letters',
    ],
    [{ 'load-balancer-name': 'web-' }, 'load-balancer-name', 'not starting or ending with a hyphen'],
    [{ 'load-balancer-name': 'internal-web' }, 'load-balancer-name', "may not start with 'internal-'"],
    [{ 'target-group-name': 'tg_web' }, 'target-group-name', 'cannot be used as a target group name'],
    [
      { 'target-group-arn': 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/x/1' },
      'target-group-arn',
      'must be a target group ARN',
    ],
    [{ 'host-header': 'localhost' }, 'host-header', "with a '.'"],
    [{ 'path-pattern': 'api/*' }, 'path-pattern', "starting with '/'"],
    [
      { 'host-header': 'a.x,b.x,c.x', 'path-pattern': '/a,/b,/c' },
      'host-header',
      'at most 5 values together',
    ],
    [{ 'rule-priority': '50001' }, 'rule-priority', 'from 1 to 50000'],
    [{ subnets: 'subnet-1' }, 'subnets', "got 'subnet-1'"],
    [{ 'security-groups': 'web-sg' }, 'security-groups', "got 'web-sg'"],
    [{ 'log-retention-days': '10' }, 'log-retention-days', 'retention periods'],
    [
      { 'environment-variables': 'NOVALUE' },
      'environment-variables',
      'must hold KEY=VALUE lines; line 1 has no KEY=',
    ],
    [{ secrets: 'TOKEN=' }, 'secrets', 'NAME=valueFrom'],
    [{ 'task-definition': 'missing.json' }, 'task-definition', "'missing.json' does not exist"],
    [{ 'task-definition-arn': 'not an arn' }, 'task-definition-arn', "ARN or 'family:revision'"],
    [{ 'task-role-arn': 'arn:aws:iam::12:role/x' }, 'task-role-arn', 'must be an IAM role ARN'],
    [{ image: 'Web Image' }, 'image', 'must be an image reference'],
    [{ platform: 'amd64' }, 'platform', "such as 'linux/amd64'"],
    [{ 'image-tags': 'v1,-bad' }, 'image-tags', "got '-bad'"],
    [{ 'ecr-repository': 'Hello' }, 'ecr-repository', 'lowercase'],
    [{ dockerfile: 'nope/Dockerfile' }, 'dockerfile', "No Dockerfile at 'nope/Dockerfile'"],
    [{ 'preview-priority-band': '50000-40000' }, 'preview-priority-band', "got '50000-40000'"],
    [{ 'preview-domain': 'nodot' }, 'preview-domain', 'must be a domain'],
    [{ mode: 'preview' }, 'pull-request', "Input 'pull-request' is required in mode 'preview'"],
    [{ 'memory-target': '0' }, 'memory-target', 'at least 1'],
    [{ 'wait-for-minutes': '0' }, 'wait-for-minutes', 'from 1 to 360'],
    [{ tags: 'aws:owner=me' }, 'tags', "not starting with 'aws:'"],
  ];
  it.each(cases)('%j -> %s', (inputs, input, message) => {
    const err = errorOf(inputs);
    expect(err.input).toBe(input);
    expect(err.message).toContain(message);
  });

  it('never echoes a KEY=VALUE line that may be a secret', () => {
    const err = errorOf({ 'environment-variables': 'hunter2-secret-value' });
    expect(err.message).not.toContain('hunter2');
  });

  it('needs a region from the input or the environment', () => {
    const err = errorOf({}, { ...env(), AWS_REGION: undefined, AWS_DEFAULT_REGION: undefined });
    expect(err.input).toBe('aws-region');
    expect(err.message).toContain('set AWS_REGION');
  });

  it('names GITHUB_SHA when building without it', () => {
    const err = errorOf({}, env({ GITHUB_SHA: undefined }));
    expect(err.input).toBe('GITHUB_SHA');
    expect(err.message).toContain('GITHUB_SHA is not set');
  });
});

describe('readConfig contradictions', () => {
  it('rejects task-definition-arn together with task-definition', () => {
    const err = errorOf({ 'task-definition-arn': 'web-hello:3', 'task-definition': 'deploy/td.json' });
    expect(err.input).toBe('task-definition-arn');
    expect(err.message).toContain('Remove one of the two');
  });

  it('rejects target-group-arn together with host-header', () => {
    const err = errorOf({
      'target-group-arn': 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/0123abcd',
      'host-header': 'app.example.com',
    });
    expect(err.input).toBe('target-group-arn');
    expect(err.message).toContain("Remove 'target-group-arn'");
  });

  it('warns when image and ecr-repository are both given, and builds nothing', () => {
    const c = read({ image: '123456789012.dkr.ecr.eu-west-1.amazonaws.com/web:1', 'ecr-repository': 'web' });
    expect(c.warnings).toEqual([
      expect.stringContaining("'ecr-repository' ('web') is not used; remove one of the two"),
    ]);
  });

  it('warns about inputs that do nothing', () => {
    const c = read({
      'target-group-arn': 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/0123abcd',
      'certificate-arn': 'arn:aws:acm:eu-west-1:123456789012:certificate/abcd-1234',
      'cpu-target': '70',
    });
    expect(c.warnings).toEqual([
      expect.stringContaining("Input 'certificate-arn' is not used with 'target-group-arn'"),
      expect.stringContaining("Input 'cpu-target' is not used without 'max-capacity'"),
    ]);
  });
});
