import { assessDeployment, AssessOptions, taskFailure } from '../../src/deploy/assess';
import { changedLines, statusLines } from '../../src/deploy/changes';
import { buildDigest, digestLines, taskForLogs } from '../../src/deploy/digest';
import type { DeploymentObservation, DeploymentView, TargetView, TaskView } from '../../src/deploy/model';

const TD_NEW = 'arn:aws:ecs:eu-west-1:123456789012:task-definition/web:8';
const TD_OLD = 'arn:aws:ecs:eu-west-1:123456789012:task-definition/web:7';

function dep(over: Partial<DeploymentView> = {}): DeploymentView {
  return {
    id: 'ecs-svc/new',
    status: 'PRIMARY',
    taskDefinition: TD_NEW,
    desiredCount: 2,
    runningCount: 0,
    pendingCount: 2,
    failedTasks: 0,
    rolloutState: 'IN_PROGRESS',
    ...over,
  };
}
function task(id: string, over: Partial<TaskView> = {}): TaskView {
  return {
    arn: `arn:aws:ecs:r:a:task/web/${id}`,
    id,
    lastStatus: 'RUNNING',
    desiredStatus: 'RUNNING',
    ip: `10.0.0.${id.length}${id.charCodeAt(0) % 10}`,
    containers: [{ name: 'web' }],
    ...over,
  };
}
function obs(
  deployments: DeploymentView[],
  tasks: TaskView[],
  targets?: TargetView[],
  at = 1000,
): DeploymentObservation {
  return {
    at,
    deploymentId: 'ecs-svc/new',
    service: {
      arn: 'arn:svc',
      name: 'web',
      status: 'ACTIVE',
      desiredCount: 2,
      runningCount: 2,
      taskDefinition: TD_NEW,
      deployments,
      events: [],
    },
    tasks,
    targets,
  };
}
const opts: AssessOptions = {
  deadline: 10_000,
  completion: 'healthy',
  failureThreshold: 3,
  containerPort: 3000,
};
const healthy = (t: TaskView): TargetView => ({ id: t.ip!, port: 3000, state: 'healthy' });

describe('assessDeployment', () => {
  const a = task('a'),
    b = task('b');

  it('is in progress while new tasks are still starting', () => {
    const v = assessDeployment(
      obs([dep(), dep({ id: 'ecs-svc/old', status: 'ACTIVE', taskDefinition: TD_OLD })], [a]),
      opts,
    );
    expect(v.state).toBe('in-progress');
    expect(v.reasons.join()).toContain('1/2 new tasks running');
  });

  it('is healthy once every new task is healthy and the rollout COMPLETED', () => {
    const v = assessDeployment(
      obs([dep({ rolloutState: 'COMPLETED', runningCount: 2 })], [a, b], [healthy(a), healthy(b)]),
      opts,
    );
    expect(v.state).toBe('healthy');
  });

  it('healthy does not wait for old targets to drain, stable does', () => {
    const old: TargetView = {
      id: '10.9.9.9',
      port: 3000,
      state: 'draining',
      reason: 'Target.DeregistrationInProgress',
    };
    const o = obs(
      [
        dep({ runningCount: 2, pendingCount: 0 }),
        dep({ id: 'ecs-svc/old', status: 'ACTIVE', taskDefinition: TD_OLD, rolloutState: 'COMPLETED' }),
      ],
      [a, b],
      [healthy(a), healthy(b), old],
    );
    expect(assessDeployment(o, opts).state).toBe('healthy');
    const stable = assessDeployment(o, { ...opts, completion: 'stable' });
    expect(stable.state).toBe('in-progress');
    expect(stable.reasons.join()).toMatch(/older deployment|draining/);
  });

  it('healthy still waits while an old target takes traffic and the rollout is not COMPLETED', () => {
    const old: TargetView = { id: '10.9.9.9', port: 3000, state: 'healthy' };
    const v = assessDeployment(obs([dep({ runningCount: 2 })], [a, b], [healthy(a), healthy(b), old]), opts);
    expect(v.state).toBe('in-progress');
  });

  it('waits for new targets to become healthy', () => {
    const v = assessDeployment(
      obs(
        [dep({ rolloutState: 'COMPLETED' })],
        [a, b],
        [healthy(a), { id: b.ip!, port: 3000, state: 'initial', reason: 'Elb.InitialHealthChecking' }],
      ),
      opts,
    );
    expect(v.state).toBe('in-progress');
    expect(v.reasons.join()).toContain('initial');
  });

  it('fails on rollout FAILED and recognizes an ECS rollback', () => {
    const v = assessDeployment(
      obs(
        [
          dep({
            id: 'ecs-svc/rb',
            taskDefinition: TD_OLD,
            rolloutStateReason: 'ECS deployment circuit breaker: rolling back to deploymentId ecs-svc/old',
          }),
          dep({
            status: 'ACTIVE',
            rolloutState: 'FAILED',
            rolloutStateReason: 'ECS deployment circuit breaker: tasks failed to start.',
          }),
        ],
        [],
      ),
      opts,
    );
    expect(v.state).toBe('failed');
    expect(v.ecsRolledBack).toBe(true);
    expect(v.reasons[0]).toContain('tasks failed to start');
    expect(v.reasons.join()).toContain('web:7');
  });

  it('fails when ECS rolled back and our deployment is gone', () => {
    const v = assessDeployment(
      obs(
        [
          dep({
            id: 'ecs-svc/rb',
            taskDefinition: TD_OLD,
            rolloutStateReason: 'ECS deployment circuit breaker: rolling back to deploymentId ecs-svc/old',
          }),
        ],
        [],
      ),
      opts,
    );
    expect(v).toMatchObject({ state: 'failed', ecsRolledBack: true, superseded: false });
  });

  it('recognises an ECS rollback that already completed from the service events alone', () => {
    const o = obs([dep({ id: 'ecs-svc/rb', taskDefinition: TD_OLD, rolloutState: 'COMPLETED' })], []);
    o.service!.events = [
      { id: 'e2', createdAt: 900, message: '(service web) (deployment ecs-svc/rb) deployment completed.' },
      {
        id: 'e1',
        createdAt: 800,
        message: '(service web) (deployment ecs-svc/new) deployment failed: tasks failed to start.',
      },
    ] as any;
    expect(assessDeployment(o, opts)).toMatchObject({
      state: 'failed',
      ecsRolledBack: true,
      superseded: false,
    });
    o.service!.events = [
      { id: 'e1', createdAt: 800, message: '(service web) (deployment ecs-svc/other) deployment failed: x' },
    ] as any;
    expect(assessDeployment(o, opts)).toMatchObject({ ecsRolledBack: false, superseded: true });
  });

  it('reports a deployment replaced by someone else as superseded, not as an ECS rollback', () => {
    const v = assessDeployment(obs([dep({ id: 'ecs-svc/theirs' }), dep({ status: 'ACTIVE' })], []), opts);
    expect(v).toMatchObject({ state: 'failed', ecsRolledBack: false, superseded: true });
  });

  it('fails when new tasks exit non-zero or fail ELB health checks at the threshold', () => {
    const stopped = [
      task('x1', {
        lastStatus: 'STOPPED',
        desiredStatus: 'STOPPED',
        stopCode: 'EssentialContainerExited',
        stoppedReason: 'Essential container in task exited',
        containers: [{ name: 'web', exitCode: 137 }],
      }),
      task('x2', {
        lastStatus: 'STOPPED',
        desiredStatus: 'STOPPED',
        stoppedReason: 'Task failed ELB health checks in (target-group arn:tg)',
      }),
    ];
    expect(assessDeployment(obs([dep()], stopped), opts).state).toBe('in-progress');
    const v = assessDeployment(obs([dep()], stopped), { ...opts, failureThreshold: 2 });
    expect(v.state).toBe('failed');
    expect(v.failedTasks.map((t) => t.id)).toEqual(['x1', 'x2']);
    expect(v.reasons.join('\n')).toContain('exited with code 137');
  });

  it('does not count a task stopped by a scale-in or with exit code 0 as failed', () => {
    const t = task('s', {
      lastStatus: 'STOPPED',
      desiredStatus: 'STOPPED',
      stopCode: 'ServiceSchedulerInitiated',
      stoppedReason: 'Scaling activity initiated by deployment',
      containers: [{ name: 'web', exitCode: 0 }],
    });
    expect(taskFailure(t)).toBeUndefined();
  });

  it('uses the failed task count of the deployment too', () => {
    expect(assessDeployment(obs([dep({ failedTasks: 3 })], []), opts).state).toBe('failed');
  });

  it('fails at the deadline with what it was still waiting for', () => {
    const v = assessDeployment(obs([dep()], [a], undefined, 10_000), opts);
    expect(v).toMatchObject({ state: 'failed', deadlinePassed: true });
    expect(v.reasons[0]).toContain('1/2 new tasks running');
  });

  it('a missing service is a failure', () => {
    expect(assessDeployment({ at: 0, deploymentId: 'd', tasks: [] }, opts).state).toBe('failed');
  });
});

describe('status lines', () => {
  it('prints one line per change, not per poll', () => {
    const a = task('a', { lastStatus: 'PENDING' });
    const first = statusLines(obs([dep()], [a]), 3000);
    expect(changedLines(undefined, first)).toHaveLength(2);
    expect(changedLines(first, statusLines(obs([dep()], [a]), 3000))).toEqual([]);
    const running = { ...a, lastStatus: 'RUNNING' };
    const changes = changedLines(
      first,
      statusLines(obs([dep()], [running], [{ id: a.ip!, port: 3000, state: 'initial' }]), 3000),
    );
    expect(changes).toHaveLength(2);
    expect(changes[0]).toMatch(/task a.*RUNNING/);
    expect(changes[1]).toContain('initial');
  });
});

describe('digest', () => {
  it('gathers exit codes, stopped reasons, target health, events and log lines', () => {
    const failed = task('f', {
      lastStatus: 'STOPPED',
      desiredStatus: 'STOPPED',
      stoppedAt: 5,
      stoppedReason: 'Essential container in task exited',
      containers: [{ name: 'web', exitCode: 1, reason: 'Error' }],
    });
    const o = obs(
      [dep()],
      [task('ok', { lastStatus: 'STOPPED', desiredStatus: 'STOPPED', stoppedAt: 9 }), failed],
      [{ id: failed.ip!, port: 3000, state: 'unhealthy', reason: 'Target.ResponseCodeMismatch' }],
    );
    o.service!.events = [
      { id: '2', at: 2000, message: '(service web) has started 1 tasks' },
      { id: '1', at: 10, message: 'old event' },
    ];
    expect(taskForLogs(o)?.id).toBe('f');
    const d = buildDigest({
      observation: o,
      deploymentId: 'ecs-svc/new',
      taskDefinitionArn: TD_NEW,
      reasons: ['boom'],
      since: 1000,
      logs: { taskId: 'f', group: '/ecs/web', stream: 'web/web/f', lines: ['Error: listen EADDRINUSE'] },
    });
    expect(d.stoppedTasks[0].taskId).toBe('f');
    expect(d.events).toHaveLength(1);
    const text = digestLines(d).join('\n');
    expect(text).toContain('exit code 1');
    expect(text).toContain('Essential container in task exited');
    expect(text).toContain('Target.ResponseCodeMismatch');
    expect(text).toContain('has started 1 tasks');
    expect(text).toContain('| Error: listen EADDRINUSE');
    expect(text).not.toContain('old event');
  });
});
