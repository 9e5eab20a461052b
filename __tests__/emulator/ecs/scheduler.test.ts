import { harness, network, webTaskDefinition, type Harness } from './fakes';

/**
 * Scenarios of the service scheduler on a fast clock (time scale 100: the 5 s health-check interval
 * of the fake target group takes 50 ms). Every wait is bounded; nothing asserts on durations.
 */
let h: Harness;
let tg: string;

beforeEach(async () => {
  h = harness(100);
  await h.call('CreateCluster', { clusterName: 'prod' });
  tg = h.elbv2.addTargetGroup('web');
});
afterEach(async () => {
  await h.stop();
});

const describe1 = async () =>
  (await h.call('DescribeServices', { cluster: 'prod', services: ['web'] })).services[0];
const messages = (svc: any): string[] => svc.events.map((e: any) => e.message);
const timeline = (kind: string) => h.world.timeline.filter((e) => e.kind === kind);

async function createService(extra: Record<string, unknown> = {}) {
  return h.call('CreateService', {
    cluster: 'prod',
    serviceName: 'web',
    taskDefinition: 'web:1',
    desiredCount: 2,
    launchType: 'FARGATE',
    networkConfiguration: network,
    loadBalancers: [{ targetGroupArn: tg, containerName: 'app', containerPort: 3000 }],
    ...extra,
  });
}

const completed = (svc: any) =>
  svc.deployments.length === 1 && svc.deployments[0].rolloutState === 'COMPLETED';

describe('first deployment', () => {
  it('starts tasks, registers them, waits for healthy targets, completes and reaches a steady state', async () => {
    h.world.imageBehaviours.set('app', { logLines: ['listening on 3000'] });
    await h.call('RegisterTaskDefinition', webTaskDefinition('app:v1'));
    await createService();
    const svc = await h.until(describe1, completed);
    expect(svc.runningCount).toBe(2);
    expect(svc.deployments[0]).toMatchObject({
      status: 'PRIMARY',
      runningCount: 2,
      pendingCount: 0,
      failedTasks: 0,
    });
    expect(svc.deployments[0].rolloutStateReason).toBe(`ECS deployment ${svc.deployments[0].id} completed.`);
    const events = messages(svc);
    expect(events[0]).toBe('(service web) has reached a steady state.');
    expect(events[1]).toBe(`(service web) (deployment ${svc.deployments[0].id}) deployment completed.`);
    expect(
      events.filter((m) => m === `(service web) registered 1 targets in (target-group ${tg})`),
    ).toHaveLength(2);
    expect(events[events.length - 1]).toMatch(
      /^\(service web\) has started 2 tasks: \(task [0-9a-f]{32}\) \(task [0-9a-f]{32}\)\.$/,
    );

    const arns = (await h.call('ListTasks', { cluster: 'prod', serviceName: 'web' })).taskArns;
    expect(arns).toHaveLength(2);
    expect(h.ecs.serviceTaskArns('prod', 'web').sort()).toEqual([...arns].sort());
    const { tasks } = await h.call('DescribeTasks', { cluster: 'prod', tasks: arns, include: ['TAGS'] });
    const t = tasks[0];
    expect(t).toMatchObject({
      lastStatus: 'RUNNING',
      desiredStatus: 'RUNNING',
      launchType: 'FARGATE',
      group: 'service:web',
      startedBy: svc.deployments[0].id,
      cpu: '256',
      memory: '512',
    });
    const ip = t.attachments[0].details.find((d: any) => d.name === 'privateIPv4Address').value;
    expect(ip).toMatch(/^10\.0\.[12]\.\d+$/);
    expect(t.containers[0].networkInterfaces[0].privateIpv4Address).toBe(ip);
    expect(h.elbv2.targetState(tg, ip, 3000)?.state).toBe('healthy');
    // The task went through ECS's states in order.
    const states = timeline('task-state')
      .filter((e) => e.resource === t.taskArn)
      .map((e) => e.detail.lastStatus);
    expect(states).toEqual(['PROVISIONING', 'PENDING', 'ACTIVATING', 'RUNNING']);
    // Logs went to the awslogs stream ECS names prefix/container/task-id.
    const id = t.taskArn.split('/').pop();
    expect(h.logs.streams.get(`/ecs/web|web/app/${id}`)).toEqual(['listening on 3000']);
    // The service deployment record.
    const sds = await h.call('ListServiceDeployments', { cluster: 'prod', service: 'web' });
    expect(sds.serviceDeployments).toHaveLength(1);
    expect(sds.serviceDeployments[0].status).toBe('SUCCESSFUL');
    const sd = (
      await h.call('DescribeServiceDeployments', {
        serviceDeploymentArns: [sds.serviceDeployments[0].serviceDeploymentArn],
      })
    ).serviceDeployments[0];
    expect(sd.targetServiceRevision).toMatchObject({ requestedTaskCount: 2, runningTaskCount: 2 });
    expect(sd.sourceServiceRevisions).toEqual([]);
  });
});

describe('rolling update', () => {
  it('from revision 1 to 2 with min 100 / max 200: new tasks are healthy before any old task is stopped', async () => {
    await h.call('RegisterTaskDefinition', webTaskDefinition('app:v1'));
    await h.call('RegisterTaskDefinition', webTaskDefinition('app:v2'));
    await createService();
    const first = await h.until(describe1, completed);
    const oldTasks = new Set<string>(
      (await h.call('ListTasks', { cluster: 'prod', serviceName: 'web' })).taskArns,
    );

    await h.call('UpdateService', { cluster: 'prod', service: 'web', taskDefinition: 'web:2' });
    const during = await describe1();
    expect(during.deployments.map((d: any) => d.status)).toEqual(['PRIMARY', 'ACTIVE']);
    expect(during.deployments[1].id).toBe(first.deployments[0].id);

    const svc = await h.until(
      describe1,
      (s) => completed(s) && s.deployments[0].taskDefinition.endsWith(':2'),
    );
    expect(svc.taskDefinition).toMatch(/web:2$/);

    // Order in the timeline: every old task is stopped only after at least as many new tasks were healthy.
    const taskEvents = timeline('task-state');
    const healthEventsBefore = (at: number) =>
      taskEvents.slice(0, at).filter((e) => !oldTasks.has(e.resource) && e.detail.lastStatus === 'RUNNING')
        .length;
    const firstOldStop = taskEvents.findIndex(
      (e) => oldTasks.has(e.resource) && e.detail.desiredStatus === 'STOPPED',
    );
    expect(firstOldStop).toBeGreaterThan(-1);
    expect(healthEventsBefore(firstOldStop)).toBeGreaterThanOrEqual(1);
    // And the events say so too: the new tasks' targets were registered before the old ones deregistered.
    const chronological = [...messages(svc)].reverse();
    const secondStart = chronological.findIndex(
      (m, i) => i > 0 && m.startsWith('(service web) has started 2 tasks'),
    );
    const firstDeregister = chronological.findIndex((m) =>
      m.startsWith('(service web) deregistered 1 targets'),
    );
    expect(secondStart).toBeGreaterThan(-1);
    expect(firstDeregister).toBeGreaterThan(secondStart);
    expect(chronological.some((m) => /^\(service web\) has stopped [12] running tasks/.test(m))).toBe(true);
    // Seen from the load balancer: the k-th old target is deregistered only after at least k new targets were healthy,
    // so the healthy count never fell below minimumHealthyPercent (2 of 2).
    const calls = h.elbv2.calls;
    const deregisters = calls.map((c, i) => [c, i] as const).filter(([c]) => c.startsWith('deregister'));
    expect(deregisters).toHaveLength(2);
    const oldIps = new Set(deregisters.map(([c]) => c.split(' ')[1]));
    deregisters.forEach(([, at], k) => {
      const newHealthy = calls
        .slice(0, at)
        .filter((c) => c.startsWith('healthy ') && !oldIps.has(c.split(' ')[1])).length;
      expect(newHealthy).toBeGreaterThanOrEqual(k + 1);
    });

    // Healthy count never fell below the minimum (2): check with the ELB registrations timeline.
    for (const arn of oldTasks) {
      const t = (await h.call('DescribeTasks', { cluster: 'prod', tasks: [arn] })).tasks[0];
      expect(t.lastStatus).toBe('STOPPED');
      expect(t.stopCode).toBe('ServiceSchedulerInitiated');
      expect(t.stoppedReason).toBe(`Scaling activity initiated by (deployment ${svc.deployments[0].id})`);
    }
    const sds = (await h.call('ListServiceDeployments', { cluster: 'prod', service: 'web' }))
      .serviceDeployments;
    expect(sds.map((s: any) => s.status)).toEqual(['SUCCESSFUL', 'SUCCESSFUL']);
  });

  it('scales with desired count changes from UpdateService and from autoscaling', async () => {
    await h.call('RegisterTaskDefinition', webTaskDefinition('app:v1'));
    await createService({ desiredCount: 1, loadBalancers: [] });
    await h.until(describe1, (s) => completed(s) && s.runningCount === 1);
    await h.call('UpdateService', { cluster: 'prod', service: 'web', desiredCount: 3 });
    await h.until(describe1, (s) => s.runningCount === 3);
    h.ecs.setDesiredCount('prod', 'web', 1, 'target tracking');
    const svc = await h.until(describe1, (s) => s.runningCount === 1 && s.pendingCount === 0);
    expect(h.ecs.getService('prod', 'web')).toMatchObject({
      desiredCount: 1,
      runningCount: 1,
      status: 'ACTIVE',
    });
    expect(svc.deployments).toHaveLength(1);
    expect(messages(svc).some((m) => m.startsWith('(service web) has stopped 2 running tasks'))).toBe(true);
  });
});

describe('failures', () => {
  it('a crashing image trips the circuit breaker and ECS rolls back to the last completed deployment', async () => {
    h.world.imageBehaviours.set('app:bad', { crashAfterSeconds: 1, exitCode: 3 });
    await h.call('RegisterTaskDefinition', webTaskDefinition('app:good'));
    await h.call('RegisterTaskDefinition', webTaskDefinition('app:bad'));
    await createService({
      desiredCount: 1,
      deploymentConfiguration: { deploymentCircuitBreaker: { enable: true, rollback: true } },
    });
    const good = await h.until(describe1, completed);

    await h.call('UpdateService', { cluster: 'prod', service: 'web', taskDefinition: 'web:2' });
    const svc = await h.until(
      describe1,
      (s) =>
        s.deployments.length === 1 &&
        s.deployments[0].rolloutState === 'COMPLETED' &&
        s.deployments[0].id !== good.deployments[0].id &&
        s.deployments[0].taskDefinition.endsWith(':1'),
    );
    expect(svc.taskDefinition).toMatch(/web:1$/);
    const events = messages(svc);
    const failedEvent = events.find((m) =>
      /\(deployment ecs-svc\/\d+\) deployment failed: tasks failed to start\.$/.test(m),
    );
    expect(failedEvent).toBeDefined();
    expect(events).toContain(`(service web) rolling back to deployment ${good.deployments[0].id}.`);
    expect(
      events.indexOf(`(service web) rolling back to deployment ${good.deployments[0].id}.`),
    ).toBeLessThan(events.indexOf(failedEvent!));

    const failedDeployment = timeline('deployment').find((e) => e.detail.event === 'failed')!;
    expect(failedDeployment.detail.failedTasks).toBe(3); // threshold: clamp(ceil(0.5 * 1), 3, 200)
    expect(timeline('rollback')).toHaveLength(1);
    const rollbackCreated = timeline('deployment').find(
      (e) => e.detail.event === 'created' && e.detail.rollback === true,
    )!;
    expect(rollbackCreated.detail.taskDefinition).toMatch(/web:1$/);

    // The crashed tasks say why they stopped.
    const stopped = await h.call('ListTasks', {
      cluster: 'prod',
      serviceName: 'web',
      desiredStatus: 'STOPPED',
    });
    const { tasks } = await h.call('DescribeTasks', { cluster: 'prod', tasks: stopped.taskArns });
    const crashed = tasks.filter((t: any) => t.stopCode === 'EssentialContainerExited');
    expect(crashed.length).toBeGreaterThanOrEqual(3);
    expect(crashed[0].stoppedReason).toBe('Essential container in task exited');
    expect(crashed[0].containers[0]).toMatchObject({ exitCode: 3, lastStatus: 'STOPPED' });

    // The service deployment of revision 2 records the rollback.
    const sds = (await h.call('ListServiceDeployments', { cluster: 'prod', service: 'web' }))
      .serviceDeployments;
    expect(sds[0].status).toBe('ROLLBACK_SUCCESSFUL');
    const sd = (
      await h.call('DescribeServiceDeployments', { serviceDeploymentArns: [sds[0].serviceDeploymentArn] })
    ).serviceDeployments[0];
    expect(sd.deploymentCircuitBreaker).toMatchObject({ status: 'TRIGGERED', threshold: 3 });
    expect(sd.deploymentCircuitBreaker.failureCount).toBeGreaterThanOrEqual(3);
    expect(sd.rollback.serviceRevisionArn).toBe(sds[1].targetServiceRevisionArn);
  });

  it('without rollback, the failed deployment stays FAILED and places no more tasks', async () => {
    h.world.imageBehaviours.set('app:bad', { crashAfterSeconds: 0, exitCode: 1 });
    await h.call('RegisterTaskDefinition', webTaskDefinition('app:bad'));
    await createService({
      desiredCount: 1,
      loadBalancers: [],
      deploymentConfiguration: { deploymentCircuitBreaker: { enable: true, rollback: false } },
    });
    const svc = await h.until(describe1, (s) => s.deployments[0].rolloutState === 'FAILED');
    expect(svc.deployments[0].rolloutStateReason).toBe(
      'ECS deployment circuit breaker: tasks failed to start.',
    );
    expect(svc.deployments[0].failedTasks).toBe(3);
    const sds = (await h.call('ListServiceDeployments', { cluster: 'prod', service: 'web' }))
      .serviceDeployments;
    expect(sds[0].status).toBe('STOPPED');
  });

  it('a task failing ELB health checks is stopped with the ELB reason after the grace period', async () => {
    h.world.imageBehaviours.set('app:sick', { healthStatus: 500 });
    await h.call('RegisterTaskDefinition', webTaskDefinition('app:sick'));
    await createService({ desiredCount: 1, healthCheckGracePeriodSeconds: 5 });
    const stopped = await h.until(
      async () =>
        (await h.call('ListTasks', { cluster: 'prod', serviceName: 'web', desiredStatus: 'STOPPED' }))
          .taskArns,
      (arns: string[]) => arns.length >= 1,
    );
    const t = (await h.call('DescribeTasks', { cluster: 'prod', tasks: stopped })).tasks[0];
    expect(t.stoppedReason).toBe(`Task failed ELB health checks in (target-group ${tg})`);
    expect(t.stopCode).toBe('ServiceSchedulerInitiated');
    // Grace period honoured: it was stopped no earlier than 5 emulated seconds after it started.
    expect(t.stoppingAt.getTime() - t.startedAt.getTime()).toBeGreaterThanOrEqual(
      h.world.clock.real(5000) - 5,
    );
    const svc = await describe1();
    expect(
      messages(svc).some(
        (m) =>
          /^\(service web\) \(task [0-9a-f]{32}\) \(port \d+\) is unhealthy in \(target-group [^)]+\) due to \(reason Health checks failed with these codes: \[500\]\)\.$/.test(
            m,
          ) && m.includes(tg),
      ),
    ).toBe(true);
    expect(svc.deployments[0].failedTasks).toBeGreaterThanOrEqual(1);
    // The scheduler replaces the task.
    await h.until(
      async () => (await h.call('ListTasks', { cluster: 'prod', serviceName: 'web' })).taskArns,
      (a: string[]) => a.length === 1,
    );
  });

  it('StopTask: deregisters first, drains, then stops the containers; the scheduler replaces the task', async () => {
    await h.call('RegisterTaskDefinition', webTaskDefinition('app:v1'));
    await createService({ desiredCount: 1 });
    await h.until(describe1, completed);
    const [arn] = (await h.call('ListTasks', { cluster: 'prod', serviceName: 'web' })).taskArns;
    const r = await h.call('StopTask', { cluster: 'prod', task: arn, reason: 'testing' });
    expect(r.task.desiredStatus).toBe('STOPPED');
    await h.until(
      async () => (await h.call('DescribeTasks', { cluster: 'prod', tasks: [arn] })).tasks[0],
      (t: any) => t.lastStatus === 'STOPPED',
    );
    const states = timeline('task-state')
      .filter((e) => e.resource === arn)
      .map((e) => e.detail.lastStatus);
    expect(states.slice(-4)).toEqual(['DEACTIVATING', 'STOPPING', 'DEPROVISIONING', 'STOPPED']);
    const t = (await h.call('DescribeTasks', { cluster: 'prod', tasks: [arn] })).tasks[0];
    expect(t).toMatchObject({ stopCode: 'UserInitiated', stoppedReason: 'testing' });
    expect(t.containers[0].exitCode).toBe(0);
    // The target was gone (drained) before the task moved past DEACTIVATING.
    const calls = h.elbv2.calls;
    expect(
      calls.indexOf(
        `gone ${t.attachments[0].details.find((d: any) => d.name === 'privateIPv4Address').value}:3000`,
      ),
    ).toBeGreaterThan(-1);
    await h.until(describe1, (s) => s.runningCount === 1);
  });
});

describe('snapshot and restore', () => {
  it('restores the control plane and starts tasks again for the desired counts', async () => {
    await h.call('RegisterTaskDefinition', webTaskDefinition('app:v1'));
    await createService({ desiredCount: 1, loadBalancers: [] });
    await h.until(describe1, completed);
    const snap = JSON.parse(JSON.stringify(h.ecs.snapshot()));
    await h.stop();

    h = harness(100);
    h.ecs.restore(snap);
    const svc = await h.until(describe1, (s) => s.runningCount === 1);
    expect(svc.serviceArn).toBe('arn:aws:ecs:us-east-1:000000000000:service/prod/web');
    expect((await h.call('DescribeTaskDefinition', { taskDefinition: 'web' })).taskDefinition.revision).toBe(
      1,
    );
    const stopped = await h.call('ListTasks', {
      cluster: 'prod',
      serviceName: 'web',
      desiredStatus: 'STOPPED',
    });
    expect(stopped.taskArns).toHaveLength(1);
  });
});
