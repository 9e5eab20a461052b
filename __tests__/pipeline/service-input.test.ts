import type { Service } from '@aws-sdk/client-ecs';
import {
  deploymentConfigurationFor,
  serviceDrift,
  ServicePlacement,
  trafficPlacement,
} from '../../src/pipeline/service-input';
import type { StackResult } from '../../src/infra';
import { testConfig } from '../fixtures/config';

const ROLE = 'arn:aws:iam::123456789012:role/ecs-infrastructure';
const rolling: ServicePlacement = {
  cluster: 'web',
  subnets: ['subnet-a'],
  securityGroups: ['sg-1'],
  assignPublicIp: true,
  targetGroupArn: 'arn:tg/main',
  containerName: 'hello',
  containerPort: 3000,
};
const stack: StackResult = {
  cluster: 'web',
  logGroup: '/ecs/web/hello',
  subnets: ['subnet-a'],
  securityGroups: ['sg-1'],
  assignPublicIp: true,
  targetGroupArn: 'arn:tg/main',
  alternateTargetGroupArn: 'arn:tg/alt',
  productionRuleArn: 'arn:rule/prod',
  testRuleArn: 'arn:rule/test',
  errorAlarm: { name: 'ecs-fargate-deploy-web-hello-production-5xx', thresholdPercent: 5, minRequests: 20 },
  changes: [],
};
const canaryConfig = testConfig({ strategy: { kind: 'canary', infrastructureRoleArn: ROLE } });
const canary: ServicePlacement = { ...rolling, ...trafficPlacement(canaryConfig, stack) };
const rollingService: Service = {
  networkConfiguration: {
    awsvpcConfiguration: { subnets: ['subnet-a'], securityGroups: ['sg-1'], assignPublicIp: 'ENABLED' },
  },
  loadBalancers: [{ targetGroupArn: 'arn:tg/main', containerName: 'hello', containerPort: 3000 }],
  healthCheckGracePeriodSeconds: 30,
  deploymentConfiguration: {
    minimumHealthyPercent: 100,
    maximumPercent: 200,
    deploymentCircuitBreaker: { enable: true, rollback: true },
  },
};

describe('deploymentConfiguration', () => {
  it('canary: ECS strategy, bake times and the error alarm with rollback', () => {
    expect(deploymentConfigurationFor(canary)).toEqual({
      minimumHealthyPercent: 100,
      maximumPercent: 200,
      deploymentCircuitBreaker: { enable: true, rollback: true },
      strategy: 'CANARY',
      bakeTimeInMinutes: 5,
      canaryConfiguration: { canaryPercent: 5, canaryBakeTimeInMinutes: 10 },
      alarms: { alarmNames: ['ecs-fargate-deploy-web-hello-production-5xx'], enable: true, rollback: true },
    });
  });

  it('linear: its steps; rolling: the alarm only, turned off explicitly when the service had one', () => {
    const linear = trafficPlacement(
      testConfig({ strategy: { kind: 'linear', infrastructureRoleArn: ROLE } }),
      stack,
    );
    expect(deploymentConfigurationFor({ ...rolling, ...linear }).linearConfiguration).toEqual({
      stepPercent: 10,
      stepBakeTimeInMinutes: 6,
    });
    const off = deploymentConfigurationFor(rolling, {
      alarms: { alarmNames: ['x'], enable: true, rollback: true },
    });
    expect(off).toMatchObject({ alarms: { alarmNames: [], enable: false, rollback: false } });
    expect(off.strategy).toBeUndefined();
    expect(off.bakeTimeInMinutes).toBeUndefined();
  });

  it('places as rolling while the stack has no alternate group yet (plan mode)', () => {
    const planned = trafficPlacement(canaryConfig, { ...stack, alternateTargetGroupArn: undefined });
    expect(planned.strategy?.kind).toBe('rolling');
    expect(planned.advanced).toBeUndefined();
  });
});

describe('serviceDrift with strategies', () => {
  it('moves a rolling service to canary: advancedConfiguration, strategy and alarm in one update', () => {
    const d = serviceDrift(rollingService, canary, 30);
    expect(d.fields.loadBalancers).toEqual([
      {
        targetGroupArn: 'arn:tg/main',
        containerName: 'hello',
        containerPort: 3000,
        advancedConfiguration: {
          alternateTargetGroupArn: 'arn:tg/alt',
          productionListenerRule: 'arn:rule/prod',
          testListenerRule: 'arn:rule/test',
          roleArn: ROLE,
        },
      },
    ]);
    expect(d.fields.deploymentConfiguration?.strategy).toBe('CANARY');
    expect(d.lines.join('\n')).toMatch(/"strategy":"ROLLING".*->.*"strategy":"CANARY"/);
  });

  it('sees no drift when ECS names the other group as the target group after a swap', () => {
    const updated: Service = {
      ...rollingService,
      loadBalancers: [
        {
          targetGroupArn: 'arn:tg/alt',
          containerName: 'hello',
          containerPort: 3000,
          advancedConfiguration: { ...canary.advanced!, alternateTargetGroupArn: 'arn:tg/main' },
        },
      ],
      deploymentConfiguration: deploymentConfigurationFor(canary),
    };
    expect(serviceDrift(updated, canary, 30)).toEqual({ lines: [], fields: {} });
  });

  it('moves back to rolling: the serving group alone, without advancedConfiguration', () => {
    const bg: Service = {
      ...rollingService,
      loadBalancers: [
        {
          targetGroupArn: 'arn:tg/main',
          containerName: 'hello',
          containerPort: 3000,
          advancedConfiguration: canary.advanced,
        },
      ],
      deploymentConfiguration: deploymentConfigurationFor(canary),
    };
    const back: ServicePlacement = {
      ...rolling,
      targetGroupArn: 'arn:tg/alt',
      ...trafficPlacement(testConfig(), { ...stack, targetGroupArn: 'arn:tg/alt' }),
    };
    const d = serviceDrift(bg, back, 30);
    expect(d.fields.loadBalancers).toEqual([
      { targetGroupArn: 'arn:tg/alt', containerName: 'hello', containerPort: 3000 },
    ]);
    expect(d.fields.deploymentConfiguration).toMatchObject({ strategy: 'ROLLING', alarms: { enable: true } });
  });
});
