import type { Service } from '@aws-sdk/client-ecs';
import { clientTokenFor, serviceDrift, ServicePlacement } from '../../src/pipeline/service-input';
import { unfinishedDeployments } from '../../src/pipeline/service-wait';
import { outputsOf } from '../../src/pipeline/report';
import { planMarkdown, summaryMarkdown } from '../../src/report/summary';
import type { RunResult } from '../../src/report/model';

const placement: ServicePlacement = {
  cluster: 'web',
  subnets: ['subnet-a', 'subnet-b'],
  securityGroups: ['sg-1'],
  assignPublicIp: true,
  targetGroupArn: 'arn:tg',
  containerName: 'hello',
  containerPort: 3000,
};

const inStep: Service = {
  networkConfiguration: {
    awsvpcConfiguration: {
      subnets: ['subnet-b', 'subnet-a'],
      securityGroups: ['sg-1'],
      assignPublicIp: 'ENABLED',
    },
  },
  loadBalancers: [{ targetGroupArn: 'arn:tg', containerName: 'hello', containerPort: 3000 }],
  healthCheckGracePeriodSeconds: 60,
  deploymentConfiguration: {
    minimumHealthyPercent: 100,
    maximumPercent: 200,
    deploymentCircuitBreaker: { enable: true, rollback: true },
  },
};

describe('serviceDrift', () => {
  it('finds none when the service matches (subnet order does not matter)', () => {
    expect(serviceDrift(inStep, placement, 60)).toEqual({ lines: [], fields: {} });
  });

  it('corrects each drifted field and says what changes', () => {
    const drifted: Service = {
      ...inStep,
      networkConfiguration: {
        awsvpcConfiguration: { subnets: ['subnet-a'], securityGroups: ['sg-1'], assignPublicIp: 'DISABLED' },
      },
      loadBalancers: [{ targetGroupArn: 'arn:other', containerName: 'hello', containerPort: 3000 }],
      healthCheckGracePeriodSeconds: 0,
      deploymentConfiguration: {
        minimumHealthyPercent: 100,
        maximumPercent: 200,
        deploymentCircuitBreaker: { enable: false, rollback: false },
      },
    };
    const d = serviceDrift(drifted, placement, 60);
    expect(Object.keys(d.fields).sort()).toEqual([
      'deploymentConfiguration',
      'healthCheckGracePeriodSeconds',
      'loadBalancers',
      'networkConfiguration',
    ]);
    expect(d.lines.join('\n')).toContain('public IP DISABLED -> ENABLED');
    expect(d.lines.join('\n')).toContain('health check grace period: 0 s -> 60 s');
    expect(d.lines.join('\n')).toContain('circuit breaker off');
  });
});

describe('unfinishedDeployments', () => {
  it('sees a rollout in progress, and several deployments without rollout states', () => {
    expect(
      unfinishedDeployments({ deployments: [{ id: 'a', status: 'PRIMARY', rolloutState: 'COMPLETED' }] }),
    ).toEqual([]);
    expect(
      unfinishedDeployments({
        deployments: [
          { id: 'a', status: 'PRIMARY', rolloutState: 'IN_PROGRESS' },
          { id: 'b', status: 'ACTIVE', rolloutState: 'COMPLETED' },
        ],
      }).map((d) => d.id),
    ).toEqual(['a']);
    expect(
      unfinishedDeployments({
        deployments: [
          { id: 'a', status: 'PRIMARY' },
          { id: 'b', status: 'ACTIVE' },
        ],
      }),
    ).toHaveLength(2);
  });
});

describe('clientTokenFor', () => {
  it('is stable per service and task definition and fits the 36-character limit', () => {
    const t = clientTokenFor('web', 'hello', 'arn:td:1');
    expect(t).toHaveLength(32);
    expect(clientTokenFor('web', 'hello', 'arn:td:1')).toBe(t);
    expect(clientTokenFor('web', 'hello', 'arn:td:2')).not.toBe(t);
  });
});

describe('report', () => {
  const base: RunResult = {
    outcome: 'rolled-back',
    region: 'eu-west-1',
    cluster: 'web',
    service: 'hello',
    environment: 'production',
    imageUri: 'repo/hello:abc',
    imageBuilt: true,
    taskDefinitionArn: 'arn:aws:ecs:r:a:task-definition/web-hello:8',
    previousTaskDefinitionArn: 'arn:aws:ecs:r:a:task-definition/web-hello:7',
    registered: true,
    taskDefinitionChanges: ['image: a -> b'],
    serviceChanges: ['update service hello: web-hello:7 -> web-hello:8'],
    rolledBack: true,
    url: 'http://lb',
    durationSeconds: 95,
    phases: [{ name: 'Watch', ms: 61_000, outcome: 'failed' }],
    stackChanges: [
      {
        action: 'update',
        resource: 'target group',
        name: 'web-hello',
        detail: 'health check path: / -> /healthz',
      },
    ],
    scalingChanges: [],
    failure: 'rollout FAILED',
    rollbackNote: 'rolled back to web-hello:7, which is healthy',
    digest: {
      deploymentId: 'ecs-svc/1',
      taskDefinitionArn: 'arn:aws:ecs:r:a:task-definition/web-hello:8',
      reasons: ['rollout FAILED'],
      stoppedTasks: [
        {
          taskId: 'abc',
          stoppedReason: 'Essential container in task exited',
          containers: [{ name: 'hello', exitCode: 2 }],
        },
      ],
      targets: [{ id: '10.0.0.1', port: 3000, state: 'unhealthy', reason: 'Target.Timeout' }],
      events: ['10:00:00 (service hello) has started 1 tasks'],
      logs: { taskId: 'abc', group: '/ecs/web/hello', stream: 'ecs/hello/abc', lines: ['panic: | oops'] },
    },
  };

  it('summary says what was deployed where, how long each phase took and why it failed', () => {
    const md = summaryMarkdown(base);
    expect(md).toContain('rolled back: hello');
    expect(md).toContain('`web-hello:8` (new revision)');
    expect(md).toContain('| Watch | 1 m 01 s | ✗ |');
    expect(md).toContain('| `abc` | Essential container in task exited | hello | 2 |');
    expect(md).toContain('Target.Timeout');
    expect(md).toContain('panic: | oops');
    expect(md).toContain('Infrastructure: 1 resource(s) created or changed');
    expect(md).toContain('| update | target group | `web-hello` | health check path: / -> /healthz |');
  });

  it('summary of a run that changed no infrastructure has no infrastructure section', () => {
    const md = summaryMarkdown({
      ...base,
      stackChanges: [{ action: 'keep', resource: 'target group', name: 'web-hello' }],
    });
    expect(md).not.toContain('Infrastructure:');
  });

  it('outputs carry every field, plan-markdown only in plan mode', () => {
    const out = outputsOf(base, false);
    expect(out).toMatchObject({
      'rolled-back': 'true',
      'duration-seconds': '95',
      url: 'http://lb',
      'previous-task-definition-arn': base.previousTaskDefinitionArn,
    });
    expect(out['plan-markdown']).toBeUndefined();
    const plan = outputsOf({ ...base, outcome: 'planned' }, true)['plan-markdown'];
    expect(plan).toContain('| update | target group | `web-hello` | health check path: / -> /healthz |');
    expect(plan).toContain('image: a -> b');
    expect(planMarkdown(base)).toContain('Nothing was changed.');
  });
});
