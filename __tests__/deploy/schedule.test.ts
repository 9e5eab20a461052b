import { assessDeployment } from '../../src/deploy/assess';
import type { DeploymentObservation, TargetView, TaskView } from '../../src/deploy/model';
import { nextLook, remember, ScheduleMemory, SCHEDULE } from '../../src/deploy/schedule';

const TIMING = { intervalMs: 10_000, healthyThreshold: 2, graceMs: 30_000 };
const task = (over: Partial<TaskView> = {}): TaskView => ({
  arn: 'arn:aws:ecs:r:a:task/web/t1',
  id: 't1',
  lastStatus: 'RUNNING',
  desiredStatus: 'RUNNING',
  ip: '10.0.0.5',
  containers: [{ name: 'web' }],
  ...over,
});
const target = (state: string, over: Partial<TargetView> = {}): TargetView => ({
  id: '10.0.0.5',
  port: 3000,
  state,
  ...over,
});
function obs(at: number, tasks: TaskView[], targets: TargetView[]): DeploymentObservation {
  return {
    at,
    deploymentId: 'ecs-svc/new',
    service: {
      arn: 'arn:svc',
      name: 'web',
      status: 'ACTIVE',
      desiredCount: 1,
      runningCount: 1,
      taskDefinition: 'td:2',
      deployments: [
        {
          id: 'ecs-svc/new',
          status: 'PRIMARY',
          taskDefinition: 'td:2',
          desiredCount: 1,
          runningCount: 1,
          pendingCount: 0,
          failedTasks: 0,
          rolloutState: 'IN_PROGRESS',
        },
      ],
      events: [],
    },
    tasks,
    targets,
  };
}
const memory = (): ScheduleMemory => ({ targetSeen: new Map(), runningSeen: new Map(), lastFullAt: 0 });

describe('nextLook', () => {
  it('while a task starts: full looks, fast after a change and slower while idle', () => {
    const o = obs(0, [task({ lastStatus: 'PENDING' })], []);
    expect(nextLook(o, memory(), { changed: true, port: 3000, timing: TIMING })).toEqual({
      delayMs: SCHEDULE.fastMs,
      full: true,
    });
    const m = { ...memory(), previousDelayMs: 4_000 };
    expect(nextLook(o, m, { changed: false, port: 3000, timing: TIMING }).delayMs).toBe(
      SCHEDULE.startingMaxMs,
    );
  });

  it('waiting for a target: glances at the due health check, and not much before', () => {
    const m = memory();
    const first = obs(1_000, [task()], [target('initial')]);
    remember(m, first, 3000);
    // Healthy after two checks: due 10 s after registration; glances begin 2 s before.
    const look = nextLook(first, m, { changed: true, port: 3000, timing: TIMING });
    expect(look).toEqual({ delayMs: SCHEDULE.glanceMs, full: false });
    const later = obs(9_000, [task()], [target('initial')]);
    expect(nextLook(later, m, { changed: false, port: 3000, timing: TIMING })).toEqual({
      delayMs: SCHEDULE.windowStepMs,
      full: false,
    });
    // Past the window: the next check round, one interval later.
    const missed = obs(15_000, [task()], [target('initial')]);
    expect(nextLook(missed, m, { changed: false, port: 3000, timing: TIMING })).toEqual({
      delayMs: 4_000,
      full: false,
    });
  });

  it('a full look when the grace period of a task with an unhealthy target ends', () => {
    const m = memory();
    m.lastFullAt = 25_000;
    remember(m, obs(1_000, [task()], [target('initial')]), 3000);
    const o = obs(26_000, [task()], [target('unhealthy', { reason: 'Target.ResponseCodeMismatch' })]);
    const timing = { ...TIMING, intervalMs: 30_000, healthyThreshold: 5 };
    expect(nextLook(o, m, { changed: false, port: 3000, timing })).toEqual({ delayMs: 5_000, full: true });
  });

  it('with every new target healthy: full looks (ECS acts next)', () => {
    const o = obs(1_000, [task()], [target('healthy'), target('healthy', { id: '10.0.0.9' })]);
    expect(nextLook(o, memory(), { changed: true, port: 3000, timing: TIMING }).full).toBe(true);
  });
});

describe('definite failures', () => {
  const opts = { deadline: 1e9, completion: 'healthy' as const, failureThreshold: 3, containerPort: 3000 };
  const crashed = task({
    lastStatus: 'STOPPED',
    desiredStatus: 'STOPPED',
    stopCode: 'EssentialContainerExited',
    stoppedReason: 'Essential container in task exited',
    containers: [{ name: 'web', exitCode: 1 }],
    startedAt: 100_000,
    stoppedAt: 102_000,
  });

  it('one task that exits non-zero inside its grace period fails the deployment, and says why', () => {
    const v = assessDeployment(obs(5_000, [crashed], []), { ...opts, graceMs: 30_000 });
    expect(v.state).toBe('failed');
    expect(v.reasons[0]).toMatch(
      /^judged failed because task t1 stopped 2 s after it started, inside its 30 s health-check grace period: container web exited with code 1/,
    );
  });

  it('the same exit after the grace period counts against the threshold only', () => {
    const late = { ...crashed, stoppedAt: 200_000 };
    expect(assessDeployment(obs(5_000, [late], []), { ...opts, graceMs: 30_000 }).state).toBe('in-progress');
    expect(assessDeployment(obs(5_000, [crashed], []), opts).state).toBe('in-progress');
  });

  it('a wrong status code fails past the grace period, not inside it; a timeout never on its own', () => {
    const sick = target('unhealthy', {
      reason: 'Target.ResponseCodeMismatch',
      description: 'Health checks failed with these codes: [500]',
    });
    const runningSince = () => 1_000;
    const inside = assessDeployment(obs(30_000, [task()], [sick]), {
      ...opts,
      graceMs: 30_000,
      runningSince,
    });
    expect(inside.state).toBe('in-progress');
    const past = assessDeployment(obs(31_000, [task()], [sick]), { ...opts, graceMs: 30_000, runningSince });
    expect(past.state).toBe('failed');
    expect(past.reasons[0]).toContain(
      'judged failed because the target 10.0.0.5:3000 of task t1 still answers its health check with a wrong status code (Health checks failed with these codes: [500]) 30 s after',
    );
    const timeout = target('unhealthy', { reason: 'Target.Timeout' });
    expect(
      assessDeployment(obs(90_000, [task()], [timeout]), { ...opts, graceMs: 30_000, runningSince }).state,
    ).toBe('in-progress');
  });
});
