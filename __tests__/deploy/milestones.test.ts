import { Milestones, noteMilestones } from '../../src/deploy/milestones';
import type { DeploymentObservation, TargetView, TaskView } from '../../src/deploy/model';

function task(ip: string, over: Partial<TaskView> = {}): TaskView {
  return {
    arn: `arn:aws:ecs:us-east-1:1:task/web/${ip}`,
    id: ip,
    lastStatus: 'RUNNING',
    desiredStatus: 'RUNNING',
    ip,
    containers: [{ name: 'web' }],
    ...over,
  };
}

function look(
  at: number,
  tasks: TaskView[],
  targets?: TargetView[],
  desiredCount = 2,
): DeploymentObservation {
  const deployment = {
    id: 'ecs-svc/new',
    status: 'PRIMARY',
    taskDefinition: 'td:2',
    desiredCount,
    runningCount: tasks.length,
    pendingCount: 0,
    failedTasks: 0,
  };
  return {
    at,
    deploymentId: 'ecs-svc/new',
    service: {
      arn: 'svc',
      name: 'web',
      status: 'ACTIVE',
      desiredCount,
      runningCount: tasks.length,
      taskDefinition: 'td:2',
      deployments: [deployment],
      events: [],
    },
    tasks,
    targets,
  };
}

const target = (id: string, state: string, port = 3000): TargetView => ({ id, port, state });

test('a rollout seen poll by poll: each step keeps the time it was first seen', () => {
  const a = task('10.0.0.1', { startedAt: 900 });
  const b = task('10.0.0.2', { startedAt: 1_500 });
  const old = target('10.0.0.9', 'healthy');
  let m: Milestones = {};
  m = noteMilestones(m, look(1_000, [a, task('10.0.0.2', { lastStatus: 'PENDING' })], [old]), 3000);
  expect(m).toEqual({ firstTaskStarted: 900 });
  m = noteMilestones(m, look(2_000, [a, b], [old, target(a.ip!, 'initial'), target(b.ip!, 'initial')]), 3000);
  expect(m).toEqual({ firstTaskStarted: 900, tasksRunning: 2_000 });
  m = noteMilestones(m, look(3_000, [a, b], [old, target(a.ip!, 'healthy'), target(b.ip!, 'healthy')]), 3000);
  expect(m).toEqual({ firstTaskStarted: 900, tasksRunning: 2_000, targetsHealthy: 3_000 });
  const moved = [target('10.0.0.9', 'draining'), target(a.ip!, 'healthy'), target(b.ip!, 'healthy')];
  m = noteMilestones(m, look(4_000, [a, b], moved), 3000);
  m = noteMilestones(m, look(5_000, [a, b], moved), 3000);
  expect(m).toEqual({
    firstTaskStarted: 900,
    tasksRunning: 2_000,
    targetsHealthy: 3_000,
    trafficMoved: 4_000,
  });
});

test('one healthy target of two is not "healthy"; a target on another port is not the service\'s', () => {
  const a = task('10.0.0.1');
  const b = task('10.0.0.2');
  expect(
    noteMilestones({}, look(1, [a, b], [target(a.ip!, 'healthy'), target(b.ip!, 'unhealthy')]), 3000),
  ).toEqual({
    tasksRunning: 1,
  });
  const otherPort = [target(a.ip!, 'healthy'), target(b.ip!, 'healthy'), target(a.ip!, 'unhealthy', 9000)];
  expect(noteMilestones({}, look(1, [a, b], otherPort), 3000).trafficMoved).toBe(1);
});

test('without a target group only the tasks are followed', () => {
  expect(noteMilestones({}, look(7, [task('10.0.0.1', { startedAt: 5 })], undefined, 1))).toEqual({
    firstTaskStarted: 5,
    tasksRunning: 7,
  });
});
