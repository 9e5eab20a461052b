import { assessDeployment } from '../../src/deploy/assess';
import type { DeploymentObservation, TargetView, TaskView } from '../../src/deploy/model';
import { newScheduleMemory, nextLook, remember, ScheduleMemory, SCHEDULE } from '../../src/deploy/schedule';

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
const memory = (): ScheduleMemory => newScheduleMemory(0);
const see = (m: ScheduleMemory, o: DeploymentObservation, endedAt = o.at, full = true) =>
  remember(m, o, { port: 3000, full, endedAt });
const registering = () => target('initial', { reason: 'Elb.RegistrationInProgress' });
const checking = () => target('initial', { reason: 'Elb.InitialHealthChecking' });

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

  it('bounds the first health check by the last look that saw none and the first that saw one', () => {
    const m = memory();
    see(m, obs(3_000, [task()], []));
    expect(m.firstCheck.get('t1')).toEqual({ after: 3_000 });
    see(m, obs(4_000, [task()], [registering()]), 4_200);
    expect(m.firstCheck.get('t1')).toEqual({ after: 4_000 });
    // The look began at 5 s and ended at 5.3 s: the check completed in between at the latest.
    see(m, obs(5_000, [task()], [checking()]), 5_300);
    expect(m.firstCheck.get('t1')).toEqual({ after: 4_000, by: 5_300 });
    see(m, obs(9_000, [task()], [checking()]), 9_100);
    expect(m.firstCheck.get('t1')).toEqual({ after: 4_000, by: 5_300 });
  });

  it('a target first seen already checked: bounded by the previous full look', () => {
    const m = memory();
    see(m, obs(2_000, [task({ lastStatus: 'PENDING' })], []));
    see(m, obs(6_000, [task({ id: 't2', ip: '10.0.0.5' })], [checking()]), 6_100);
    expect(m.firstCheck.get('t2')).toEqual({ after: 2_000, by: 6_100 });
  });

  it('glances through the span where the check that can turn the target healthy completes, then waits an interval', () => {
    const m = memory();
    see(m, obs(4_000, [task()], [registering()]));
    const first = obs(5_000, [task()], [checking()]);
    see(m, first, 5_500);
    // Healthy after two checks 10 s apart: the second completes in (14 s, 15.5 s]; plus 1 s to show.
    expect(nextLook(first, m, { changed: true, port: 3000, timing: TIMING })).toEqual({
      delayMs: 8_000,
      full: false,
    });
    const before = obs(13_000, [task()], [checking()]);
    expect(nextLook(before, m, { changed: false, port: 3000, timing: TIMING })).toEqual({
      delayMs: 2_000,
      full: false,
    });
    const inside = obs(15_000, [task()], [checking()]);
    expect(nextLook(inside, m, { changed: false, port: 3000, timing: TIMING })).toEqual({
      delayMs: 1_000,
      full: false,
    });
    // Past the span without a change (the check failed): the next one, an interval later.
    const after = obs(16_600, [task()], [checking()]);
    expect(nextLook(after, m, { changed: false, port: 3000, timing: TIMING })).toEqual({
      delayMs: 8_000,
      full: false,
    });
    const nextSpan = obs(24_000, [task()], [checking()]);
    expect(nextLook(nextSpan, m, { changed: false, port: 3000, timing: TIMING }).delayMs).toBe(1_000);
  });

  it('AWS defaults (30 s x 5, unhealthy after 2): a span for the check that can make it unhealthy, then the fifth', () => {
    const timing = { intervalMs: 30_000, healthyThreshold: 5, unhealthyThreshold: 2, graceMs: 1_000 };
    const m = memory();
    m.lastFullAt = 1e9; // no full look due
    see(m, obs(4_000, [task()], [registering()]), 4_000, false);
    see(m, obs(5_000, [task()], [checking()]), 5_500, false);
    m.lastFullAt = 1e9;
    const at = (t: number) =>
      nextLook(obs(t, [task()], [checking()]), m, { changed: false, port: 3000, timing }).delayMs + t;
    expect(at(33_000)).toBe(35_000); // second check: (34 s, 35.5 s], + 1 s
    expect(at(35_000)).toBe(36_000);
    expect(at(36_500)).toBe(36_500 + SCHEDULE.glanceMs); // third and fourth change nothing
    expect(at(122_000)).toBe(125_000); // fifth: (124 s, 125.5 s]
  });

  it('a span as wide as the interval tells nothing: the regular glances only', () => {
    const m = memory();
    m.firstCheck.set('t1', { after: 0, by: 12_000 });
    m.lastFullAt = 1e9;
    const o = obs(13_000, [task()], [checking()]);
    expect(nextLook(o, m, { changed: false, port: 3000, timing: TIMING })).toEqual({
      delayMs: SCHEDULE.glanceMs,
      full: false,
    });
  });

  it('a full look when the grace period of a task with an unhealthy target ends', () => {
    const m = memory();
    m.runningSeen.set('t1', 1_000);
    m.lastFullAt = 25_000;
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

  it('a crashed task still stopping is judged on how long it ran, not as one that never ran', () => {
    // ECS keeps a crashed task DEACTIVATING while its target drains: no stoppedAt yet.
    const stopping = {
      ...crashed,
      lastStatus: 'DEACTIVATING',
      stoppedAt: undefined,
    };
    const g = { ...opts, graceMs: 30_000 };
    expect(assessDeployment(obs(5_000, [stopping], []), g).state).toBe('in-progress');
    const early = assessDeployment(obs(5_000, [{ ...stopping, stoppingAt: 102_000 }], []), g);
    expect(early.state).toBe('failed');
    expect(early.reasons[0]).toMatch(/^judged failed because task t1 stopped 2 s after it started, inside/);
    const late = assessDeployment(obs(5_000, [{ ...stopping, stoppingAt: 700_000 }], []), g);
    expect(late.state).toBe('in-progress');
    const never = assessDeployment(obs(5_000, [{ ...stopping, startedAt: undefined }], []), g);
    expect(never.reasons[0]).toMatch(/^judged failed because task t1 stopped before it ran, inside/);
  });

  it('a task ECS stopped for a wrong status code is definite; for timeouts it only counts', () => {
    const stoppedByElb = task({
      lastStatus: 'STOPPED',
      desiredStatus: 'STOPPED',
      stopCode: 'ServiceSchedulerInitiated',
      stoppedReason: 'Task failed ELB health checks in (target-group arn:tg)',
      containers: [{ name: 'web', exitCode: 0 }],
      startedAt: 100_000,
      stoppedAt: 133_000,
    });
    const withEvent = (reason: string) => {
      const o = obs(40_000, [stoppedByElb], []);
      o.service!.events = [
        {
          id: 'e1',
          at: 131_000,
          message: `(service web) (task t1) (port 3000) is unhealthy in (target-group arn:tg) due to (reason ${reason}).`,
        },
      ];
      return assessDeployment(o, { ...opts, graceMs: 30_000 });
    };
    const wrong = withEvent('Health checks failed with these codes: [500]');
    expect(wrong.state).toBe('failed');
    expect(wrong.reasons[0]).toBe(
      'judged failed because ECS stopped task t1 for failing its load balancer health checks past its 30 s grace period, answered with a wrong status code (Health checks failed with these codes: [500])',
    );
    expect(withEvent('Request timed out').state).toBe('in-progress');
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
