import { definition } from '../../emulator/src/services/autoscaling';
import { definition as elbv2 } from '../../emulator/src/services/elbv2';
import { AutoScalingState } from '../../emulator/src/services/autoscaling/state';
import type { World } from '../../emulator/src/core/world';
import { caller, errorCode, errorOf, FakeRuntime, makeWorld } from './elbv2/helpers';
import { cpuPolicy, ecsTarget } from './autoscaling/fixtures';

/** ECS as autoscaling sees it through the contract: services with a desired count and one RUNNING task per unit. */
class FakeEcs {
  readonly services = new Map<string, { desiredCount: number; status: string }>();
  readonly causes: string[] = [];
  add(cluster: string, service: string, desiredCount: number) {
    this.services.set(`${cluster}/${service}`, { desiredCount, status: 'ACTIVE' });
  }
  getService(cluster: string, service: string) {
    const s = this.services.get(`${cluster}/${service}`);
    return (
      s && {
        serviceArn: `arn:aws:ecs:us-east-1:000000000000:service/${cluster}/${service}`,
        desiredCount: s.desiredCount,
        runningCount: s.desiredCount,
        status: s.status,
      }
    );
  }
  setDesiredCount(cluster: string, service: string, count: number, cause: string) {
    this.services.get(`${cluster}/${service}`)!.desiredCount = count;
    this.causes.push(cause);
  }
  serviceTaskArns(cluster: string, service: string) {
    const n = this.services.get(`${cluster}/${service}`)?.desiredCount ?? 0;
    return Array.from(
      { length: n },
      (_, i) => `arn:aws:ecs:us-east-1:000000000000:task/${cluster}/${service}-${i}`,
    );
  }
}

let world: World;
let runtime: FakeRuntime;
let ecs: FakeEcs;
let call: ReturnType<typeof caller>;

const target = ecsTarget;

beforeEach(() => {
  ({ world, runtime } = makeWorld(1000));
  ecs = new FakeEcs();
  ecs.add('main', 'web', 2);
  (world as unknown as { ecs: unknown }).ecs = ecs;
  world.autoscaling = new AutoScalingState(world);
  call = caller(definition, world, 'application-autoscaling');
});
afterEach(() => {
  world.autoscaling.stop();
  world.elbv2.stop();
});

describe('scalable targets', () => {
  it('registers, describes, updates and deregisters an ECS service target', async () => {
    const out = await call('RegisterScalableTarget', {
      ...target,
      MinCapacity: 1,
      MaxCapacity: 4,
      Tags: { team: 'web' },
    });
    expect(out.ScalableTargetARN).toMatch(
      /^arn:aws:application-autoscaling:us-east-1:000000000000:scalable-target\/[0-9a-f]{28}$/,
    );
    let described = (await call('DescribeScalableTargets', { ServiceNamespace: 'ecs' })).ScalableTargets;
    expect(described).toHaveLength(1);
    expect(described[0]).toMatchObject({
      ...target,
      MinCapacity: 1,
      MaxCapacity: 4,
      ScalableTargetARN: out.ScalableTargetARN,
    });
    expect(described[0].RoleARN).toContain('AWSServiceRoleForApplicationAutoScaling_ECSService');
    // an update keeps the ARN and may change one bound only
    expect((await call('RegisterScalableTarget', { ...target, MaxCapacity: 6 })).ScalableTargetARN).toBe(
      out.ScalableTargetARN,
    );
    described = (
      await call('DescribeScalableTargets', { ServiceNamespace: 'ecs', ResourceIds: ['service/main/web'] })
    ).ScalableTargets;
    expect(described[0]).toMatchObject({ MinCapacity: 1, MaxCapacity: 6 });
    expect((await call('ListTagsForResource', { ResourceARN: out.ScalableTargetARN })).Tags).toEqual({
      team: 'web',
    });
    await call('DeregisterScalableTarget', target);
    expect((await call('DescribeScalableTargets', { ServiceNamespace: 'ecs' })).ScalableTargets).toEqual([]);
    expect(await errorCode(call('DeregisterScalableTarget', target))).toBe('ObjectNotFoundException');
  });

  it('validates capacities, ids and the service', async () => {
    const minMax = await errorOf(
      call('RegisterScalableTarget', { ...target, MinCapacity: 5, MaxCapacity: 2 }),
    );
    expect(minMax.code).toBe('ValidationException');
    expect(minMax.message).toBe('Minimum capacity cannot be greater than maximum capacity');
    expect(await errorCode(call('RegisterScalableTarget', { ...target, MinCapacity: 1 }))).toBe(
      'ValidationException',
    );
    expect(
      await errorCode(
        call('RegisterScalableTarget', { ...target, ResourceId: 'main/web', MinCapacity: 1, MaxCapacity: 2 }),
      ),
    ).toBe('ValidationException');
    expect(
      await errorCode(
        call('RegisterScalableTarget', {
          ...target,
          ScalableDimension: 'ecs:service:Count',
          MinCapacity: 1,
          MaxCapacity: 2,
        }),
      ),
    ).toBe('ValidationException');
    expect(
      await errorCode(
        call('RegisterScalableTarget', {
          ...target,
          ServiceNamespace: 'nope',
          MinCapacity: 1,
          MaxCapacity: 2,
        }),
      ),
    ).toBe('ValidationException');
    const missing = await errorOf(
      call('RegisterScalableTarget', {
        ...target,
        ResourceId: 'service/main/ghost',
        MinCapacity: 1,
        MaxCapacity: 2,
      }),
    );
    expect(missing.code).toBe('ValidationException');
    expect(missing.message).toBe("ECS service doesn't exist: service/main/ghost");
  });

  it('moves the desired count into a new range at once, recording the activity', async () => {
    await call('RegisterScalableTarget', { ...target, MinCapacity: 3, MaxCapacity: 5 });
    expect(ecs.getService('main', 'web')!.desiredCount).toBe(3);
    const activities = (
      await call('DescribeScalingActivities', { ServiceNamespace: 'ecs', ResourceId: 'service/main/web' })
    ).ScalingActivities;
    expect(activities[0]).toMatchObject({
      Description: 'Setting desired count to 3.',
      StatusCode: 'Successful',
      ResourceId: 'service/main/web',
    });
    expect(world.timeline.filter((e) => e.kind === 'scaling')).toHaveLength(1);
  });
});

describe('scaling policies', () => {
  beforeEach(async () => {
    await call('RegisterScalableTarget', { ...target, MinCapacity: 1, MaxCapacity: 5 });
  });

  it('puts, describes and deletes a target-tracking policy with its alarms', async () => {
    const out = await call('PutScalingPolicy', cpuPolicy());
    expect(out.PolicyARN).toMatch(
      /^arn:aws:autoscaling:us-east-1:000000000000:scalingPolicy:[0-9a-f-]{36}:resource\/ecs\/service\/main\/web:policyName\/cpu$/,
    );
    expect(out.Alarms.map((a: any) => a.AlarmName)).toEqual([
      expect.stringMatching(/^TargetTracking-service\/main\/web-AlarmHigh-/),
      expect.stringMatching(/^TargetTracking-service\/main\/web-AlarmLow-/),
    ]);
    // same name again: updated in place, same ARN
    expect((await call('PutScalingPolicy', cpuPolicy({ TargetValue: 60 }))).PolicyARN).toBe(out.PolicyARN);
    const policies = (
      await call('DescribeScalingPolicies', { ServiceNamespace: 'ecs', ResourceId: 'service/main/web' })
    ).ScalingPolicies;
    expect(policies).toHaveLength(1);
    expect(policies[0].TargetTrackingScalingPolicyConfiguration).toEqual({
      TargetValue: 60,
      PredefinedMetricSpecification: { PredefinedMetricType: 'ECSServiceAverageCPUUtilization' },
      ScaleOutCooldown: 300,
      ScaleInCooldown: 300,
      DisableScaleIn: false,
    });
    await call('DeleteScalingPolicy', { ...target, PolicyName: 'cpu' });
    expect(await errorCode(call('DeleteScalingPolicy', { ...target, PolicyName: 'cpu' }))).toBe(
      'ObjectNotFoundException',
    );
  });

  it('validates the policy and needs a registered target', async () => {
    expect(
      await errorCode(call('PutScalingPolicy', { ...cpuPolicy(), ResourceId: 'service/main/other' })),
    ).toBe('ObjectNotFoundException');
    expect(
      await errorCode(
        call('PutScalingPolicy', { ...cpuPolicy(), TargetTrackingScalingPolicyConfiguration: undefined }),
      ),
    ).toBe('ValidationException');
    expect(await errorCode(call('PutScalingPolicy', cpuPolicy({ TargetValue: undefined })))).toBe(
      'ValidationException',
    );
    expect(
      await errorCode(
        call(
          'PutScalingPolicy',
          cpuPolicy({
            PredefinedMetricSpecification: { PredefinedMetricType: 'DynamoDBReadCapacityUtilization' },
          }),
        ),
      ),
    ).toBe('ValidationException');
    expect(
      await errorCode(
        call(
          'PutScalingPolicy',
          cpuPolicy({ PredefinedMetricSpecification: { PredefinedMetricType: 'ALBRequestCountPerTarget' } }),
        ),
      ),
    ).toBe('ValidationException');
    expect(
      await errorCode(
        call(
          'PutScalingPolicy',
          cpuPolicy({
            PredefinedMetricSpecification: {
              PredefinedMetricType: 'ALBRequestCountPerTarget',
              ResourceLabel: 'app/x/y/targetgroup/z/w',
            },
          }),
        ),
      ),
    ).toBe('ValidationException');
  });

  it('accepts ALBRequestCountPerTarget with the label of a target group its load balancer forwards to, and scales on recorded requests', async () => {
    const elb = caller(elbv2, world, 'elasticloadbalancing');
    const lb = (
      await elb('CreateLoadBalancer', { Name: 'web', Subnets: ['subnet-aaaa1111', 'subnet-bbbb2222'] })
    ).LoadBalancers[0];
    const tg = (
      await elb('CreateTargetGroup', {
        Name: 'web-tg',
        Protocol: 'HTTP',
        Port: '80',
        VpcId: 'vpc-1111',
        TargetType: 'ip',
      })
    ).TargetGroups[0];
    const label = `${lb.LoadBalancerArn.split(':loadbalancer/')[1]}/${tg.TargetGroupArn.split(':')[5]}`;
    const spec = { PredefinedMetricType: 'ALBRequestCountPerTarget', ResourceLabel: label };
    // not yet forwarded to by any listener: refused
    expect(
      await errorCode(call('PutScalingPolicy', cpuPolicy({ PredefinedMetricSpecification: spec }))),
    ).toBe('ValidationException');
    await elb('CreateListener', {
      LoadBalancerArn: lb.LoadBalancerArn,
      Port: '80',
      DefaultActions: [{ Type: 'forward', TargetGroupArn: tg.TargetGroupArn }],
    });
    await call('PutScalingPolicy', cpuPolicy({ PredefinedMetricSpecification: spec, TargetValue: 100 }));
    for (let i = 0; i < 500; i++) world.elbv2.recordRequest(tg.TargetGroupArn); // 250 per task over 2 tasks
    await AutoScalingState.of(world).evaluate();
    expect(ecs.getService('main', 'web')!.desiredCount).toBe(5); // ceil(2 * 250 / 100) = 5
  });
});

describe('target-tracking evaluator', () => {
  beforeEach(async () => {
    await call('RegisterScalableTarget', { ...target, MinCapacity: 1, MaxCapacity: 6 });
  });

  it('scales out on high CPU, within the maximum, recording the activity', async () => {
    await call('PutScalingPolicy', cpuPolicy());
    runtime.defaultUsage = { cpuPercent: 90, memoryPercent: 10 };
    await AutoScalingState.of(world).evaluate();
    expect(ecs.getService('main', 'web')!.desiredCount).toBe(4); // ceil(2 * 90 / 50)
    runtime.defaultUsage = { cpuPercent: 100, memoryPercent: 10 };
    AutoScalingState.of(world).targets.forEach((t) => (t.lastScaleOutAt = undefined)); // cooldown over
    await AutoScalingState.of(world).evaluate();
    expect(ecs.getService('main', 'web')!.desiredCount).toBe(6); // ceil(4 * 100 / 50) = 8, clamped to max 6
    const [latest] = (await call('DescribeScalingActivities', { ServiceNamespace: 'ecs' })).ScalingActivities;
    expect(latest).toMatchObject({ Description: 'Setting desired count to 6.', StatusCode: 'Successful' });
    expect(latest.Cause).toMatch(
      /^monitor alarm TargetTracking-service\/main\/web-AlarmHigh-.* in state ALARM triggered policy cpu$/,
    );
    expect(world.timeline.filter((e) => e.kind === 'scaling').map((e) => e.detail.to)).toEqual([4, 6]);
  });

  it('respects the scale-out cooldown', async () => {
    await call('PutScalingPolicy', cpuPolicy({ ScaleOutCooldown: 300 }));
    runtime.defaultUsage = { cpuPercent: 90, memoryPercent: 10 };
    await AutoScalingState.of(world).evaluate();
    expect(ecs.getService('main', 'web')!.desiredCount).toBe(4);
    await AutoScalingState.of(world).evaluate(); // a moment later: well inside 300 emulated seconds
    expect(ecs.getService('main', 'web')!.desiredCount).toBe(4);
    await call('PutScalingPolicy', cpuPolicy({ ScaleOutCooldown: 0 }));
    await AutoScalingState.of(world).evaluate();
    expect(ecs.getService('main', 'web')!.desiredCount).toBe(6);
  });

  it('scales in on low memory unless DisableScaleIn, honouring the scale-in cooldown after a scale-out', async () => {
    ecs.services.get('main/web')!.desiredCount = 4;
    await call('PutScalingPolicy', {
      ...cpuPolicy({
        PredefinedMetricSpecification: { PredefinedMetricType: 'ECSServiceAverageMemoryUtilization' },
        DisableScaleIn: true,
      }),
    });
    runtime.defaultUsage = { cpuPercent: 10, memoryPercent: 10 };
    await AutoScalingState.of(world).evaluate();
    expect(ecs.getService('main', 'web')!.desiredCount).toBe(4);
    await call(
      'PutScalingPolicy',
      cpuPolicy({
        PredefinedMetricSpecification: { PredefinedMetricType: 'ECSServiceAverageMemoryUtilization' },
        ScaleInCooldown: 0,
      }),
    );
    await AutoScalingState.of(world).evaluate();
    expect(ecs.getService('main', 'web')!.desiredCount).toBe(1); // ceil(4 * 10 / 50) = 1
    // after a scale-out, scale-in waits for its cooldown
    await call(
      'PutScalingPolicy',
      cpuPolicy({
        PredefinedMetricSpecification: { PredefinedMetricType: 'ECSServiceAverageMemoryUtilization' },
        ScaleInCooldown: 300,
      }),
    );
    runtime.defaultUsage = { cpuPercent: 10, memoryPercent: 200 };
    await AutoScalingState.of(world).evaluate();
    expect(ecs.getService('main', 'web')!.desiredCount).toBe(4);
    runtime.defaultUsage = { cpuPercent: 10, memoryPercent: 1 };
    await AutoScalingState.of(world).evaluate();
    expect(ecs.getService('main', 'web')!.desiredCount).toBe(4);
  });

  it('does nothing without usage data', async () => {
    await call('PutScalingPolicy', cpuPolicy());
    await AutoScalingState.of(world).evaluate();
    expect(ecs.getService('main', 'web')!.desiredCount).toBe(2);
    expect(ecs.causes).toEqual([]);
  });

  it('runs by itself every emulated minute', async () => {
    await call('PutScalingPolicy', cpuPolicy());
    runtime.defaultUsage = { cpuPercent: 80, memoryPercent: 10 };
    // time scale 1000: one emulated minute is 60 ms of clock time
    await world.clock.advance(59);
    expect(ecs.getService('main', 'web')!.desiredCount).toBe(2);
    await world.clock.advance(1);
    expect(ecs.getService('main', 'web')!.desiredCount).toBe(4);
    expect(ecs.causes[0]).toContain('triggered policy cpu');
  });

  it('survives a snapshot round trip', async () => {
    await call('PutScalingPolicy', cpuPolicy());
    const data = JSON.parse(JSON.stringify(world.autoscaling.snapshot()));
    world.autoscaling.stop();
    const restored = new AutoScalingState(world);
    restored.restore(data);
    world.autoscaling = restored;
    expect(
      (await call('DescribeScalingPolicies', { ServiceNamespace: 'ecs' })).ScalingPolicies[0].PolicyName,
    ).toBe('cpu');
    expect(
      (await call('DescribeScalableTargets', { ServiceNamespace: 'ecs' })).ScalableTargets[0].MaxCapacity,
    ).toBe(6);
  });
});
