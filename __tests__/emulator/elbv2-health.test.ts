import { definition } from '../../emulator/src/services/elbv2';
import { Elbv2State } from '../../emulator/src/services/elbv2/state';
import type { World } from '../../emulator/src/core/world';
import { caller, FakeRuntime, makeWorld } from './elbv2/helpers';

// Time scale 1000 on a virtual clock: a 5 s health-check interval is 5 ms of clock time, advanced at once.
let world: World;
let runtime: FakeRuntime;
let call: ReturnType<typeof caller>;
let changes: { id: string; state: string; reason?: string; description?: string }[];

beforeEach(() => {
  ({ world, runtime } = makeWorld(1000));
  call = caller(definition, world, 'elasticloadbalancing');
  changes = [];
  world.elbv2.onTargetHealthChange((_tg, id, _port, state, reason, description) =>
    changes.push({ id, state, reason, description }),
  );
});
afterEach(() => world.elbv2.stop());

async function forwardedGroup(
  hc: Record<string, unknown> = {},
  attached = true,
): Promise<{ tgArn: string; lbArn: string }> {
  const lb = (
    await call('CreateLoadBalancer', { Name: 'web', Subnets: ['subnet-aaaa1111', 'subnet-bbbb2222'] })
  ).LoadBalancers[0];
  const tg = (
    await call('CreateTargetGroup', {
      Name: 'web-tg',
      Protocol: 'HTTP',
      Port: '3000',
      VpcId: 'vpc-1111',
      TargetType: 'ip',
      HealthCheckPath: '/health',
      HealthCheckIntervalSeconds: '5',
      HealthCheckTimeoutSeconds: '2',
      HealthyThresholdCount: '2',
      UnhealthyThresholdCount: '2',
      ...hc,
    })
  ).TargetGroups[0];
  if (attached) {
    await call('CreateListener', {
      LoadBalancerArn: lb.LoadBalancerArn,
      Protocol: 'HTTP',
      Port: '80',
      DefaultActions: [{ Type: 'forward', TargetGroupArn: tg.TargetGroupArn }],
    });
  }
  return { tgArn: tg.TargetGroupArn, lbArn: lb.LoadBalancerArn };
}

const stateOf = (tgArn: string, ip: string, port = 3000) => world.elbv2.targetState(tgArn, ip, port);

describe('target health checker', () => {
  it('starts initial (Elb.RegistrationInProgress) and turns healthy after the healthy threshold', async () => {
    const { tgArn } = await forwardedGroup();
    world.elbv2.registerTargets(tgArn, [{ id: '10.0.0.5', port: 3000 }]);
    expect(stateOf(tgArn, '10.0.0.5')).toEqual({ state: 'initial', reason: 'Elb.RegistrationInProgress' });
    await world.clock.runUntil(() => stateOf(tgArn, '10.0.0.5')?.state === 'healthy');
    expect(changes.map((c) => c.state)).toEqual(['initial', 'healthy']);
    expect(runtime.probes).toBeGreaterThanOrEqual(2);
    const health = (await call('DescribeTargetHealth', { TargetGroupArn: tgArn }))
      .TargetHealthDescriptions[0];
    expect(health).toEqual({
      Target: { Id: '10.0.0.5', Port: 3000 },
      HealthCheckPort: '3000',
      TargetHealth: { State: 'healthy' },
    });
    expect(world.timeline.filter((e) => e.kind === 'target-health').map((e) => e.detail.state)).toEqual([
      'initial',
      'healthy',
    ]);
    expect(world.elbv2.routingTable().targetGroups[tgArn].healthyTargets).toEqual([
      { id: '10.0.0.5', port: 3000 },
    ]);
  });

  it('marks a target answering 500 unhealthy with Target.ResponseCodeMismatch', async () => {
    const { tgArn } = await forwardedGroup();
    runtime.answers.set('10.0.0.6', 500);
    await call('RegisterTargets', { TargetGroupArn: tgArn, Targets: [{ Id: '10.0.0.6' }] });
    await world.clock.runUntil(() => stateOf(tgArn, '10.0.0.6')?.state === 'unhealthy');
    const health = (await call('DescribeTargetHealth', { TargetGroupArn: tgArn })).TargetHealthDescriptions[0]
      .TargetHealth;
    expect(health).toEqual({
      State: 'unhealthy',
      Reason: 'Target.ResponseCodeMismatch',
      Description: 'Health checks failed with these codes: [500]',
    });
    // Subscribers (ECS's "is unhealthy in (target-group ...) due to (reason ...)" event) get the Description too.
    expect(changes.find((c) => c.state === 'unhealthy')).toMatchObject({
      reason: 'Target.ResponseCodeMismatch',
      description: 'Health checks failed with these codes: [500]',
    });
  });

  it('marks a target that does not answer unhealthy with Target.Timeout, a refusing one with Target.FailedHealthChecks', async () => {
    const { tgArn } = await forwardedGroup();
    runtime.answers.set('10.0.0.7', 'timeout');
    runtime.answers.set('10.0.0.8', 'refused');
    world.elbv2.registerTargets(tgArn, [
      { id: '10.0.0.7', port: 3000 },
      { id: '10.0.0.8', port: 3000 },
    ]);
    await world.clock.runUntil(
      () =>
        stateOf(tgArn, '10.0.0.7')?.state === 'unhealthy' &&
        stateOf(tgArn, '10.0.0.8')?.state === 'unhealthy',
    );
    expect(stateOf(tgArn, '10.0.0.7')).toEqual({ state: 'unhealthy', reason: 'Target.Timeout' });
    expect(stateOf(tgArn, '10.0.0.8')).toEqual({ state: 'unhealthy', reason: 'Target.FailedHealthChecks' });
  });

  it('moves between healthy and unhealthy as the answers change', async () => {
    const { tgArn } = await forwardedGroup();
    world.elbv2.registerTargets(tgArn, [{ id: '10.0.0.9', port: 3000 }]);
    await world.clock.runUntil(() => stateOf(tgArn, '10.0.0.9')?.state === 'healthy');
    runtime.answers.set('10.0.0.9', 503);
    await world.clock.runUntil(() => stateOf(tgArn, '10.0.0.9')?.state === 'unhealthy');
    runtime.answers.set('10.0.0.9', 200);
    await world.clock.runUntil(() => stateOf(tgArn, '10.0.0.9')?.state === 'healthy');
    expect(changes.map((c) => c.state)).toEqual(['initial', 'healthy', 'unhealthy', 'healthy']);
  });

  it('honours the matcher (ranges and lists)', async () => {
    const { tgArn } = await forwardedGroup({ Matcher: { HttpCode: '200-399' } });
    runtime.answers.set('10.0.1.1', 302);
    world.elbv2.registerTargets(tgArn, [{ id: '10.0.1.1', port: 3000 }]);
    await world.clock.runUntil(() => stateOf(tgArn, '10.0.1.1')?.state === 'healthy');
    await call('ModifyTargetGroup', { TargetGroupArn: tgArn, Matcher: { HttpCode: '200,202' } });
    await world.clock.runUntil(() => stateOf(tgArn, '10.0.1.1')?.state === 'unhealthy');
    expect(stateOf(tgArn, '10.0.1.1')?.reason).toBe('Target.ResponseCodeMismatch');
  });

  it('drains a deregistered target for the deregistration delay, then forgets it', async () => {
    const { tgArn } = await forwardedGroup();
    await call('ModifyTargetGroupAttributes', {
      TargetGroupArn: tgArn,
      Attributes: [{ Key: 'deregistration_delay.timeout_seconds', Value: '20' }],
    });
    world.elbv2.registerTargets(tgArn, [{ id: '10.0.2.1', port: 3000 }]);
    await world.clock.runUntil(() => stateOf(tgArn, '10.0.2.1')?.state === 'healthy');
    await call('DeregisterTargets', { TargetGroupArn: tgArn, Targets: [{ Id: '10.0.2.1', Port: '3000' }] });
    const draining = (await call('DescribeTargetHealth', { TargetGroupArn: tgArn }))
      .TargetHealthDescriptions[0].TargetHealth;
    expect(draining).toEqual({
      State: 'draining',
      Reason: 'Target.DeregistrationInProgress',
      Description: 'Target deregistration is in progress',
    });
    expect(world.elbv2.routingTable().targetGroups[tgArn].healthyTargets).toEqual([]);
    await world.clock.runUntil(() => (Elbv2State.of(world).targets.get(tgArn)?.size ?? 0) === 0);
    expect(stateOf(tgArn, '10.0.2.1')).toEqual({ state: 'unused', reason: 'Target.NotRegistered' });
    expect(changes.map((c) => c.state)).toEqual(['initial', 'healthy', 'draining', 'unused']);
    expect((await call('DescribeTargetHealth', { TargetGroupArn: tgArn })).TargetHealthDescriptions).toEqual(
      [],
    );
  });

  it('re-registering a draining target brings it back through initial', async () => {
    const { tgArn } = await forwardedGroup();
    world.elbv2.registerTargets(tgArn, [{ id: '10.0.2.2', port: 3000 }]);
    await world.clock.runUntil(() => stateOf(tgArn, '10.0.2.2')?.state === 'healthy');
    world.elbv2.deregisterTargets(tgArn, [{ id: '10.0.2.2', port: 3000 }]); // 300 s delay: 300 ms here
    expect(stateOf(tgArn, '10.0.2.2')?.state).toBe('draining');
    world.elbv2.registerTargets(tgArn, [{ id: '10.0.2.2', port: 3000 }]);
    expect(stateOf(tgArn, '10.0.2.2')?.state).toBe('initial');
    await world.clock.runUntil(() => stateOf(tgArn, '10.0.2.2')?.state === 'healthy');
  });

  it('targets of a group no load balancer uses are unused (Target.NotInUse) until a listener forwards to it', async () => {
    const { tgArn, lbArn } = await forwardedGroup({}, false);
    world.elbv2.registerTargets(tgArn, [{ id: '10.0.3.1', port: 3000 }]);
    expect(stateOf(tgArn, '10.0.3.1')).toEqual({ state: 'unused', reason: 'Target.NotInUse' });
    const probesBefore = runtime.probes;
    const listener = (
      await call('CreateListener', {
        LoadBalancerArn: lbArn,
        Port: '80',
        DefaultActions: [{ Type: 'forward', TargetGroupArn: tgArn }],
      })
    ).Listeners[0];
    expect(stateOf(tgArn, '10.0.3.1')?.state).toBe('initial');
    await world.clock.runUntil(() => stateOf(tgArn, '10.0.3.1')?.state === 'healthy');
    expect(runtime.probes).toBeGreaterThan(probesBefore);
    await call('DeleteListener', { ListenerArn: listener.ListenerArn });
    expect(stateOf(tgArn, '10.0.3.1')).toEqual({ state: 'unused', reason: 'Target.NotInUse' });
    // deregistering an unused target removes it at once: nothing to drain
    world.elbv2.deregisterTargets(tgArn, [{ id: '10.0.3.1', port: 3000 }]);
    expect(Elbv2State.of(world).targets.get(tgArn)?.size).toBe(0);
  });

  it('stop() cancels every timer: no probe runs afterwards', async () => {
    const { tgArn } = await forwardedGroup();
    world.elbv2.registerTargets(tgArn, [{ id: '10.0.4.1', port: 3000 }]);
    await world.clock.runUntil(() => runtime.probes > 0);
    world.elbv2.stop();
    const after = runtime.probes;
    await world.clock.advance(50); // ten intervals at this time scale
    expect(runtime.probes).toBe(after);
    expect(stateOf(tgArn, '10.0.4.1')?.state).not.toBe('draining');
  });
});
