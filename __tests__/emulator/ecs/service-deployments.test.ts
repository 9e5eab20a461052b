import { createWebService, harness, webTaskDefinition, type Harness } from './fakes';

/**
 * Service deployments of rolling updates on the virtual clock: StopServiceDeployment (ROLLBACK and
 * ABORT) and deployment alarms (deploymentConfiguration.alarms) during the rollout and the bake time.
 * The CloudWatch peer is a fake with exactly the contract ECS uses.
 */
class FakeCloudWatch {
  states = new Map<string, 'OK' | 'ALARM' | 'INSUFFICIENT_DATA'>();
  private listeners: ((name: string, state: string, reason?: string) => void)[] = [];
  alarmState(name: string) {
    const state = this.states.get(name);
    return state ? { state } : undefined;
  }
  onAlarmStateChange(fn: (name: string, state: string, reason?: string) => void): void {
    this.listeners.push(fn);
  }
  windows = new Map<string, { periodSeconds: number; evaluationPeriods: number }>();
  alarmWindow(name: string) {
    return this.windows.get(name);
  }
  set(name: string, state: 'OK' | 'ALARM'): void {
    this.states.set(name, state);
    for (const fn of this.listeners) fn(name, state, 'Threshold Crossed');
  }
}

let h: Harness;
let tg: string;
let cw: FakeCloudWatch;

beforeEach(async () => {
  h = harness(100);
  cw = new FakeCloudWatch();
  (h.world as any).cloudwatch = cw;
  await h.call('CreateCluster', { clusterName: 'prod' });
  tg = h.elbv2.addTargetGroup('web');
  await h.call('RegisterTaskDefinition', webTaskDefinition('app:v1'));
  await h.call('RegisterTaskDefinition', webTaskDefinition('app:v2'));
});
afterEach(async () => {
  await h.stop();
});

const describe1 = async () =>
  (await h.call('DescribeServices', { cluster: 'prod', services: ['web'] })).services[0];
const serviceDeployments = async () =>
  (await h.call('ListServiceDeployments', { cluster: 'prod', service: 'web' })).serviceDeployments;
const describeSd = async (arn: string) =>
  (await h.call('DescribeServiceDeployments', { serviceDeploymentArns: [arn] })).serviceDeployments[0];
const settled = (svc: any) => svc.deployments.length === 1 && svc.deployments[0].rolloutState === 'COMPLETED';

async function createService(deploymentConfiguration: Record<string, unknown> = {}) {
  await createWebService(h, {
    loadBalancers: [{ targetGroupArn: tg, containerName: 'app', containerPort: 3000 }],
    deploymentConfiguration,
  });
  return h.until(describe1, settled);
}

async function deployV2(): Promise<string> {
  await h.call('UpdateService', { cluster: 'prod', service: 'web', taskDefinition: 'web:2' });
  const [sd] = await serviceDeployments();
  expect(sd.status).toBe('IN_PROGRESS');
  return sd.serviceDeploymentArn;
}

const runningTaskDefinitions = async () => {
  const arns = (await h.call('ListTasks', { cluster: 'prod', serviceName: 'web' })).taskArns;
  if (!arns.length) return [];
  const { tasks } = await h.call('DescribeTasks', { cluster: 'prod', tasks: arns });
  return tasks.map((t: any) => t.taskDefinitionArn.split('/').pop()).sort();
};

describe('StopServiceDeployment', () => {
  it('ROLLBACK: ROLLBACK_REQUESTED, then ROLLBACK_IN_PROGRESS, then ROLLBACK_SUCCESSFUL on revision 1', async () => {
    await createService();
    const [first] = await serviceDeployments();
    const arn = await deployV2();
    const answer = await h.call('StopServiceDeployment', { serviceDeploymentArn: arn, stopType: 'ROLLBACK' });
    expect(answer).toEqual({ serviceDeploymentArn: arn });
    expect((await describeSd(arn)).status).toBe('ROLLBACK_REQUESTED');
    // A second stop while the rollback is under way changes nothing.
    await h.call('StopServiceDeployment', { serviceDeploymentArn: arn, stopType: 'ROLLBACK' });

    const rolling = await h.until(
      () => describeSd(arn),
      (sd) => sd.status !== 'ROLLBACK_REQUESTED',
    );
    expect(rolling.status).toBe('ROLLBACK_IN_PROGRESS');
    expect(rolling.rollback).toMatchObject({ serviceRevisionArn: first.targetServiceRevisionArn });

    const done = await h.until(
      () => describeSd(arn),
      (sd) => sd.status === 'ROLLBACK_SUCCESSFUL',
    );
    expect(done.finishedAt).toBeInstanceOf(Date);
    const svc = await h.until(describe1, settled);
    expect(svc.taskDefinition).toMatch(/web:1$/);
    expect(await runningTaskDefinitions()).toEqual(['web:1', 'web:1']);
  });

  it('ABORT: STOP_REQUESTED, then STOPPED; no more tasks of the stopped revision are placed', async () => {
    await createService();
    const arn = await deployV2();
    await h.call('StopServiceDeployment', { serviceDeploymentArn: arn, stopType: 'ABORT' });
    expect((await describeSd(arn)).status).toBe('STOP_REQUESTED');
    const sd = await h.until(
      () => describeSd(arn),
      (x) => x.status === 'STOPPED',
    );
    expect(sd.stoppedAt).toBeInstanceOf(Date);
    const svc = await describe1();
    expect(svc.deployments[0].rolloutState).toBe('FAILED');
  });

  it('answers AWS errors for a finished, an unknown or a badly asked service deployment', async () => {
    await createService();
    const [first] = await serviceDeployments();
    expect(first.status).toBe('SUCCESSFUL');
    await expect(
      h.call('StopServiceDeployment', { serviceDeploymentArn: first.serviceDeploymentArn }),
    ).rejects.toMatchObject({ code: 'ConflictException' });
    await expect(
      h.call('StopServiceDeployment', {
        serviceDeploymentArn: first.serviceDeploymentArn.replace(/[^/]+$/, 'nosuchdeployment0000000'),
      }),
    ).rejects.toMatchObject({ code: 'ServiceDeploymentNotFoundException' });
    await expect(
      h.call('StopServiceDeployment', {
        serviceDeploymentArn: first.serviceDeploymentArn,
        stopType: 'PAUSE',
      }),
    ).rejects.toMatchObject({ code: 'InvalidParameterException' });
    await expect(h.call('StopServiceDeployment', {})).rejects.toMatchObject({
      code: 'InvalidParameterException',
    });
  });
});

describe('deployment alarms (rolling)', () => {
  const alarms = { alarms: { alarmNames: ['web-5xx'], enable: true, rollback: true }, bakeTimeInMinutes: 2 };

  it('an alarm going to ALARM during the rollout fails the deployment and rolls back', async () => {
    await createService(alarms);
    const arn = await deployV2();
    expect((await describeSd(arn)).alarms).toEqual({
      status: 'MONITORING',
      alarmNames: ['web-5xx'],
      triggeredAlarmNames: [],
    });
    cw.set('web-5xx', 'ALARM');
    const sd = await h.until(
      () => describeSd(arn),
      (x) => x.status === 'ROLLBACK_SUCCESSFUL',
    );
    expect(sd.alarms).toEqual({
      status: 'TRIGGERED',
      alarmNames: ['web-5xx'],
      triggeredAlarmNames: ['web-5xx'],
    });
    const svc = await h.until(describe1, settled);
    expect(svc.taskDefinition).toMatch(/web:1$/);
    expect(svc.events.map((e: any) => e.message)).toContainEqual(
      expect.stringMatching(/\(deployment ecs-svc\/\d+\) deployment failed: alarm\(s\) web-5xx in ALARM\.$/),
    );
    expect(await runningTaskDefinitions()).toEqual(['web:1', 'web:1']);
  });

  it('the deployment stays IN_PROGRESS for the bake time; an alarm during it rolls back', async () => {
    await createService(alarms);
    const arn = await deployV2();
    // Steady on revision 2 (old tasks gone), but still baking.
    const baking = await h.until(describe1, (s) => s.deployments.length === 1 && s.runningCount === 2);
    expect(baking.deployments[0].rolloutState).toBe('IN_PROGRESS');
    expect((await describeSd(arn)).status).toBe('IN_PROGRESS');
    cw.set('web-5xx', 'ALARM');
    await h.until(
      () => describeSd(arn),
      (x) => x.status === 'ROLLBACK_SUCCESSFUL',
    );
    expect(await runningTaskDefinitions()).toEqual(['web:1', 'web:1']);
  });

  it('without an alarm the deployment completes after its bake time; alarms without rollback stop it', async () => {
    await createService({ ...alarms, bakeTimeInMinutes: 1 });
    const arn = await deployV2();
    const start = h.world.clock.nowMs();
    const sd = await h.until(
      () => describeSd(arn),
      (x) => x.status === 'SUCCESSFUL',
    );
    expect(sd.alarms.status).toBe('MONITORING_COMPLETE');
    // The bake time (1 minute, at time scale 100: 600 ms of clock) has passed.
    expect(h.world.clock.nowMs() - start).toBeGreaterThanOrEqual(600);

    await h.call('UpdateService', {
      cluster: 'prod',
      service: 'web',
      taskDefinition: 'web:1',
      deploymentConfiguration: { alarms: { alarmNames: ['web-5xx'], enable: true, rollback: false } },
    });
    const [third] = await serviceDeployments();
    cw.set('web-5xx', 'ALARM');
    const stopped = await h.until(
      () => describeSd(third.serviceDeploymentArn),
      (x) => x.status === 'STOPPED',
    );
    expect(stopped.alarms.status).toBe('TRIGGERED');
    expect((await describe1()).deployments[0].rolloutState).toBe('FAILED');
  });

  it('without bakeTimeInMinutes, the bake lasts (evaluation periods + 1) x period of its longest alarm', async () => {
    cw.windows.set('web-5xx', { periodSeconds: 60, evaluationPeriods: 2 });
    const { bakeTimeInMinutes: _none, ...derived } = alarms;
    await createService(derived);
    const arn = await deployV2();
    const steady = await h.until(describe1, (s) => s.deployments.length === 1 && s.runningCount === 2);
    expect(steady.deployments[0].rolloutState).toBe('IN_PROGRESS');
    const start = h.world.clock.nowMs();
    await h.until(
      () => describeSd(arn),
      (x) => x.status === 'SUCCESSFUL',
    );
    // 3 minutes at time scale 100: 1.8 s of clock; the 1-minute default would be 0.6 s.
    expect(h.world.clock.nowMs() - start).toBeGreaterThanOrEqual(1700);
  });

  it('validates the alarms configuration', async () => {
    await expect(createService({ alarms: { alarmNames: ['a'], enable: true } })).rejects.toMatchObject({
      code: 'InvalidParameterException',
    });
    await expect(
      createService({ alarms: { alarmNames: [], enable: true, rollback: true } }),
    ).rejects.toMatchObject({
      code: 'InvalidParameterException',
    });
    await expect(createService({ bakeTimeInMinutes: 1441 })).rejects.toMatchObject({
      code: 'InvalidParameterException',
    });
  });
});
