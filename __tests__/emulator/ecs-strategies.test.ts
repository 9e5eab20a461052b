import { definition } from '../../emulator/src/services/elbv2';
import { caller, makeWorld } from './elbv2/helpers';
import { createWebService, harness, network, webTaskDefinition, type Harness } from './ecs/fakes';

/**
 * ECS blue/green, canary and linear deployments on the virtual clock: the lifecycle stages in order,
 * the forward weights of the production and test listener rules at each stage, the target groups
 * swapping roles, and rollbacks (StopServiceDeployment, alarms) that shift traffic back at once.
 */
let h: Harness;
let blueTg: string;
let greenTg: string;
const prodRule = 'arn:aws:elasticloadbalancing:us-east-1:000000000000:listener-rule/app/lb/1/l/1/prod';
const testRule = 'arn:aws:elasticloadbalancing:us-east-1:000000000000:listener-rule/app/lb/1/l/2/test';
let alarmState: 'OK' | 'ALARM' = 'OK';
let alarmListeners: ((name: string, state: string) => void)[] = [];
/** Each rewrite of a rule's weights, with the lifecycle stage the service deployment was in. */
let shifts: { rule: string; stage?: string; blue: number; green: number }[] = [];

beforeEach(async () => {
  h = harness(100);
  alarmState = 'OK';
  alarmListeners = [];
  shifts = [];
  (h.world as any).cloudwatch = {
    alarmState: (name: string) => (name === 'web-5xx' ? { state: alarmState } : undefined),
    onAlarmStateChange: (fn: (name: string, state: string) => void) => alarmListeners.push(fn),
  };
  await h.call('CreateCluster', { clusterName: 'prod' });
  blueTg = h.elbv2.addTargetGroup('web-blue');
  greenTg = h.elbv2.addTargetGroup('web-green');
  h.elbv2.rules.set(prodRule, [{ targetGroupArn: blueTg, weight: 1 }]);
  h.elbv2.rules.set(testRule, [{ targetGroupArn: blueTg, weight: 1 }]);
  const set = h.elbv2.setForwardWeights.bind(h.elbv2);
  h.elbv2.setForwardWeights = (arn, weights) => {
    const sd = h.ecs.services.get('prod/web')?.serviceDeployments[0];
    const w = (tg: string) => weights.find((x) => x.targetGroupArn === tg)?.weight ?? 0;
    shifts.push({
      rule: arn === prodRule ? 'prod' : 'test',
      stage: sd?.lifecycleStage,
      blue: w(blueTg),
      green: w(greenTg),
    });
    set(arn, weights);
  };
  for (const v of ['v1', 'v2', 'v3']) await h.call('RegisterTaskDefinition', webTaskDefinition(`app:${v}`));
});
afterEach(async () => {
  await h.stop();
});

const lb = (extra: Record<string, unknown> = {}) => ({
  targetGroupArn: blueTg,
  containerName: 'app',
  containerPort: 3000,
  advancedConfiguration: {
    alternateTargetGroupArn: greenTg,
    productionListenerRule: prodRule,
    testListenerRule: testRule,
    roleArn: 'arn:aws:iam::000000000000:role/ecs-infrastructure',
  },
  ...extra,
});
const describe1 = async () =>
  (await h.call('DescribeServices', { cluster: 'prod', services: ['web'] })).services[0];
const latestSd = async () => {
  const [sd] = (await h.call('ListServiceDeployments', { cluster: 'prod', service: 'web' }))
    .serviceDeployments;
  return (await h.call('DescribeServiceDeployments', { serviceDeploymentArns: [sd.serviceDeploymentArn] }))
    .serviceDeployments[0];
};
const settled = (svc: any) => svc.deployments.length === 1 && svc.deployments[0].rolloutState === 'COMPLETED';
const stages = () => {
  const seen = h.world.timeline
    .filter((e) => e.kind === 'deployment-stage')
    .map((e) => e.detail.stage as string);
  return seen.filter((s, i) => s !== seen[i - 1]);
};
const tasksByTargetGroup = async () => {
  const arns = (await h.call('ListTasks', { cluster: 'prod', serviceName: 'web' })).taskArns;
  const { tasks } = await h.call('DescribeTasks', { cluster: 'prod', tasks: arns });
  return tasks.map((t: any) => ({ arn: t.taskArn, td: t.taskDefinitionArn.split('/').pop() }));
};

async function createService(deploymentConfiguration: Record<string, unknown>) {
  await createWebService(h, { loadBalancers: [lb()], deploymentConfiguration });
  return h.until(describe1, settled);
}

const deploy = (td: string) =>
  h.call('UpdateService', { cluster: 'prod', service: 'web', taskDefinition: td });

describe('BLUE_GREEN', () => {
  it('scales green up in the alternate target group, shifts test then production traffic, bakes, cleans up blue', async () => {
    const first = await createService({ strategy: 'BLUE_GREEN', bakeTimeInMinutes: 1 });
    expect(first.deploymentConfiguration).toMatchObject({ strategy: 'BLUE_GREEN', bakeTimeInMinutes: 1 });
    expect(first.loadBalancers[0].advancedConfiguration).toMatchObject({ alternateTargetGroupArn: greenTg });
    await deploy('web:2');
    const sd = await h.until(latestSd, (x) => x.status === 'SUCCESSFUL');
    expect(stages()).toEqual([
      'PRE_SCALE_UP',
      'SCALE_UP',
      'POST_SCALE_UP',
      'TEST_TRAFFIC_SHIFT',
      'POST_TEST_TRAFFIC_SHIFT',
      'PRODUCTION_TRAFFIC_SHIFT',
      'POST_PRODUCTION_TRAFFIC_SHIFT',
      'BAKE_TIME',
      'CLEAN_UP',
    ]);
    expect(sd.lifecycleStage).toBe('CLEAN_UP');
    expect(shifts).toEqual([
      { rule: 'test', stage: 'TEST_TRAFFIC_SHIFT', blue: 0, green: 100 },
      { rule: 'prod', stage: 'PRODUCTION_TRAFFIC_SHIFT', blue: 0, green: 100 },
    ]);
    // Green's targets were registered in the alternate target group; blue's were deregistered.
    const green = (await tasksByTargetGroup()).map((t: any) => t.td);
    expect(green).toEqual(['web:2', 'web:2']);
    expect(h.elbv2.calls.filter((c) => c.startsWith('register')).length).toBe(4);
    expect([...h.elbv2.targets.get(greenTg)!].filter((t) => t.state === 'healthy')).toHaveLength(2);
    expect([...h.elbv2.targets.get(blueTg)!].filter((t) => t.state !== 'draining')).toHaveLength(0);

    // The next deployment goes the other way: green is now production, blue the alternate.
    shifts = [];
    await deploy('web:3');
    await h.until(latestSd, (x) => x.status === 'SUCCESSFUL');
    expect(shifts.at(-1)).toEqual({ rule: 'prod', stage: 'PRODUCTION_TRAFFIC_SHIFT', blue: 100, green: 0 });
  });

  it('StopServiceDeployment ROLLBACK during the bake time shifts traffic back at once and keeps the blue tasks', async () => {
    await createService({ strategy: 'BLUE_GREEN', bakeTimeInMinutes: 30 });
    const blueTasks = (await tasksByTargetGroup()).map((t: any) => t.arn).sort();
    await deploy('web:2');
    const baking = await h.until(latestSd, (x) => x.lifecycleStage === 'BAKE_TIME');
    expect(h.elbv2.rules.get(prodRule)).toEqual([
      { targetGroupArn: blueTg, weight: 0 },
      { targetGroupArn: greenTg, weight: 100 },
    ]);
    await h.call('StopServiceDeployment', {
      serviceDeploymentArn: baking.serviceDeploymentArn,
      stopType: 'ROLLBACK',
    });
    const rolling = await h.until(latestSd, (x) => x.status === 'ROLLBACK_IN_PROGRESS');
    // Traffic went back before any task was stopped.
    expect(h.elbv2.rules.get(prodRule)).toEqual([
      { targetGroupArn: blueTg, weight: 100 },
      { targetGroupArn: greenTg, weight: 0 },
    ]);
    expect(h.elbv2.rules.get(testRule)).toEqual(h.elbv2.rules.get(prodRule));
    expect(rolling.rollback.serviceRevisionArn).toBe(rolling.sourceServiceRevisions[0].arn);
    const back = await h.until(latestSd, (x) => x.status === 'ROLLBACK_SUCCESSFUL');
    expect(back.targetServiceRevision.requestedProductionTrafficWeight).toBe(0);
    expect(back.sourceServiceRevisions[0].requestedProductionTrafficWeight).toBe(100);
    const svc = await h.until(describe1, settled);
    expect(svc.taskDefinition).toMatch(/web:1$/);
    expect((await tasksByTargetGroup()).map((t: any) => t.arn).sort()).toEqual(blueTasks);
  });

  it('a deployment alarm in ALARM during the production shift rolls back', async () => {
    await createService({
      strategy: 'BLUE_GREEN',
      bakeTimeInMinutes: 30,
      alarms: { alarmNames: ['web-5xx'], enable: true, rollback: true },
    });
    await deploy('web:2');
    await h.until(latestSd, (x) => x.lifecycleStage === 'BAKE_TIME');
    alarmState = 'ALARM';
    for (const fn of alarmListeners) fn('web-5xx', 'ALARM');
    const sd = await h.until(latestSd, (x) => x.status === 'ROLLBACK_SUCCESSFUL');
    expect(sd.alarms).toMatchObject({ status: 'TRIGGERED', triggeredAlarmNames: ['web-5xx'] });
    expect(h.elbv2.rules.get(prodRule)![0]).toEqual({ targetGroupArn: blueTg, weight: 100 });
  });
});

describe('CANARY and LINEAR', () => {
  it('CANARY: the canary percent, its bake time, then 100', async () => {
    await createService({
      strategy: 'CANARY',
      canaryConfiguration: { canaryPercent: 12.5, canaryBakeTimeInMinutes: 2 },
    });
    await deploy('web:2');
    await h.until(latestSd, (x) => x.status === 'SUCCESSFUL');
    const prod = shifts.filter((s) => s.rule === 'prod');
    expect(prod).toEqual([
      { rule: 'prod', stage: 'PRODUCTION_TRAFFIC_SHIFT', blue: 875, green: 125 },
      { rule: 'prod', stage: 'PRODUCTION_TRAFFIC_SHIFT', blue: 0, green: 100 },
    ]);
    const at = h.world.timeline.filter((e) => e.kind === 'traffic-shift').map((e) => Date.parse(e.at));
    // The canary's bake: 2 minutes of emulated time (1.2 s of clock at time scale 100).
    expect(at[1] - at[0]).toBeGreaterThanOrEqual(1200);
  });

  it('LINEAR: steps of the step percent with the step bake time, then 100', async () => {
    await createService({
      strategy: 'LINEAR',
      linearConfiguration: { stepPercent: 40, stepBakeTimeInMinutes: 1 },
    });
    await deploy('web:2');
    // What DescribeServiceDeployments reports of each revision's share, at every change.
    const reported: string[] = [];
    await h.until(latestSd, (x) => {
      const target = x.targetServiceRevision;
      const source = x.sourceServiceRevisions[0];
      const line = `prod ${source.requestedProductionTrafficWeight}/${target.requestedProductionTrafficWeight} test ${source.requestedTestTrafficWeight}/${target.requestedTestTrafficWeight}`;
      if (line !== reported.at(-1)) reported.push(line);
      return x.status === 'SUCCESSFUL';
    });
    expect(shifts.filter((s) => s.rule === 'prod').map((s) => [s.blue, s.green])).toEqual([
      [60, 40],
      [20, 80],
      [0, 100],
    ]);
    expect(reported).toEqual([
      'prod 100/0 test 100/0',
      'prod 100/0 test 0/100',
      'prod 60/40 test 0/100',
      'prod 20/80 test 0/100',
      'prod 0/100 test 0/100',
    ]);
  });
});

describe('validation', () => {
  const create = (loadBalancers: unknown[], deploymentConfiguration: Record<string, unknown>) =>
    h.call('CreateService', {
      cluster: 'prod',
      serviceName: 'web',
      taskDefinition: 'web:1',
      desiredCount: 1,
      networkConfiguration: network,
      loadBalancers,
      deploymentConfiguration,
    });
  const bad = { code: 'InvalidParameterException' };

  it('refuses strategies without their load balancer configuration and values out of range', async () => {
    await expect(
      create([lb({ advancedConfiguration: undefined })], { strategy: 'BLUE_GREEN' }),
    ).rejects.toMatchObject(bad);
    const noRole = lb();
    delete (noRole.advancedConfiguration as any).roleArn;
    await expect(create([noRole], { strategy: 'BLUE_GREEN' })).rejects.toMatchObject({
      message: 'advancedConfiguration.roleArn must be specified.',
    });
    const unknownRule = lb();
    (unknownRule.advancedConfiguration as any).productionListenerRule = `${prodRule}-missing`;
    await expect(create([unknownRule], { strategy: 'BLUE_GREEN' })).rejects.toMatchObject(bad);
    await expect(
      create([lb()], { strategy: 'CANARY', canaryConfiguration: { canaryPercent: 0.05 } }),
    ).rejects.toMatchObject(bad);
    await expect(
      create([lb()], {
        strategy: 'CANARY',
        canaryConfiguration: { canaryPercent: 5, canaryBakeTimeInMinutes: 1441 },
      }),
    ).rejects.toMatchObject(bad);
    await expect(
      create([lb()], { strategy: 'LINEAR', linearConfiguration: { stepPercent: 2.5 } }),
    ).rejects.toMatchObject(bad);
    await expect(create([lb()], { strategy: 'SHADOW' })).rejects.toMatchObject(bad);
    expect(h.ecs.services.size).toBe(0);
  });
});

describe('the ELBv2 state behind the traffic shifts', () => {
  it('forwardWeights/setForwardWeights read and rewrite a rule and a listener default action', async () => {
    const { world } = makeWorld(1000);
    const call = caller(definition, world, 'elasticloadbalancing');
    try {
      const lbArn = (
        await call('CreateLoadBalancer', {
          Name: 'web',
          Subnets: ['subnet-aaaa1111', 'subnet-bbbb2222'],
          SecurityGroups: ['sg-1111'],
        })
      ).LoadBalancers[0].LoadBalancerArn;
      const tg = async (Name: string) =>
        (
          await call('CreateTargetGroup', {
            Name,
            Protocol: 'HTTP',
            Port: '80',
            VpcId: 'vpc-1111',
            TargetType: 'ip',
          })
        ).TargetGroups[0].TargetGroupArn as string;
      const [blue, green] = [await tg('blue'), await tg('green')];
      const forward = [{ Type: 'forward', TargetGroupArn: blue }];
      const listener = (
        await call('CreateListener', {
          LoadBalancerArn: lbArn,
          Protocol: 'HTTP',
          Port: '80',
          DefaultActions: forward,
        })
      ).Listeners[0].ListenerArn;
      const rule = (
        await call('CreateRule', {
          ListenerArn: listener,
          Priority: '10',
          Conditions: [{ Field: 'path-pattern', Values: ['/api/*'] }],
          Actions: forward,
        })
      ).Rules[0].RuleArn;
      expect(world.elbv2.forwardWeights(rule)).toEqual([{ targetGroupArn: blue, weight: 1 }]);
      expect(world.elbv2.forwardWeights(listener)).toEqual([{ targetGroupArn: blue, weight: 1 }]);
      expect(world.elbv2.forwardWeights(`${rule}0`)).toBeUndefined();

      world.elbv2.setForwardWeights(rule, [
        { targetGroupArn: blue, weight: 90 },
        { targetGroupArn: green, weight: 10 },
      ]);
      const described = (await call('DescribeRules', { RuleArns: [rule] })).Rules[0].Actions[0];
      expect(described.TargetGroupArn).toBeUndefined();
      expect(described.ForwardConfig.TargetGroups).toEqual([
        { TargetGroupArn: blue, Weight: 90 },
        { TargetGroupArn: green, Weight: 10 },
      ]);
      // The green target group now belongs to the load balancer.
      const groups = (await call('DescribeTargetGroups', { TargetGroupArns: [green] })).TargetGroups;
      expect(groups[0].LoadBalancerArns).toEqual([lbArn]);
      expect(world.elbv2.routingTable().targetGroups[green]).toBeDefined();
    } finally {
      world.elbv2.stop();
    }
  });
});
