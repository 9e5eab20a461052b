import {
  ApplicationAutoScalingClient,
  DeleteScalingPolicyCommand,
  DeregisterScalableTargetCommand,
  DescribeScalableTargetsCommand,
  DescribeScalingPoliciesCommand,
  PutScalingPolicyCommand,
  RegisterScalableTargetCommand,
} from '@aws-sdk/client-application-auto-scaling';
import { startEmulator, type RunningEmulator } from '../../emulator/src';
import { FakeRuntime } from './elbv2/helpers';
import { cpuPolicy, ecsTarget as target } from './autoscaling/fixtures';

// The error codes and messages the action can meet, through the real SDK client (JSON 1.1) against
// startEmulator: the SDK must turn each answer into the named exception class with the same message.
// Wordings quoted from real AWS output in public issue threads are marked "AWS's text" below; the
// others are listed as unconfirmed in docs/emulator/README.md ("Fidelity notes").

let emu: RunningEmulator;
let aas: ApplicationAutoScalingClient;
let restoreEcs: () => void;

let desired = 1;

beforeAll(async () => {
  emu = await startEmulator({
    port: 0,
    host: '127.0.0.1',
    runtime: new FakeRuntime(),
    timeScale: 1000,
    clock: 'virtual',
  });
  aas = new ApplicationAutoScalingClient({
    endpoint: emu.url,
    region: 'us-east-1',
    credentials: { accessKeyId: 'AKIDEMULATORTEST', secretAccessKey: 'emulator-test-secret' },
    maxAttempts: 1,
  });
  // One ECS service, main/web, through the cross-service view autoscaling reads (the contract), so
  // these tests do not depend on ECS's API.
  const ecs = emu.world.ecs as unknown as Record<string, unknown>;
  const original = { getService: ecs.getService, setDesiredCount: ecs.setDesiredCount };
  ecs.getService = (c: string, s: string) =>
    c === 'main' && s === 'web'
      ? {
          serviceArn: 'arn:aws:ecs:us-east-1:000000000000:service/main/web',
          desiredCount: desired,
          runningCount: desired,
          status: 'ACTIVE',
        }
      : undefined;
  ecs.setDesiredCount = (_c: string, _s: string, n: number) => (desired = n);
  restoreEcs = () => Object.assign(ecs, original);
});
afterAll(async () => {
  restoreEcs?.();
  aas?.destroy();
  await emu?.stop();
});

async function failure(promise: Promise<unknown>): Promise<{ name: string; message: string }> {
  const outcome = await promise.then(
    () => undefined,
    (e: unknown) => e as Error,
  );
  if (!outcome) throw new Error('expected the call to fail');
  return { name: outcome.name, message: outcome.message };
}

describe('Application Auto Scaling errors through the SDK', () => {
  it('RegisterScalableTarget: a service ECS does not know is a ValidationException (AWS text)', async () => {
    expect(
      await failure(
        aas.send(
          new RegisterScalableTargetCommand({
            ...target,
            ResourceId: 'service/main/ghost',
            MinCapacity: 1,
            MaxCapacity: 2,
          }),
        ),
      ),
    ).toEqual({ name: 'ValidationException', message: "ECS service doesn't exist: service/main/ghost" });
  });

  it('RegisterScalableTarget: min above max, and a new target without both bounds', async () => {
    expect(
      await failure(
        aas.send(new RegisterScalableTargetCommand({ ...target, MinCapacity: 3, MaxCapacity: 2 })),
      ),
    ).toEqual({
      name: 'ValidationException',
      message: 'Minimum capacity cannot be greater than maximum capacity',
    });
    expect(await failure(aas.send(new RegisterScalableTargetCommand({ ...target, MinCapacity: 1 })))).toEqual(
      {
        name: 'ValidationException',
        message: 'MinCapacity and MaxCapacity are required when registering a new scalable target',
      },
    );
  });

  it('PutScalingPolicy before the target is registered is an ObjectNotFoundException (AWS text)', async () => {
    expect(await failure(aas.send(new PutScalingPolicyCommand(cpuPolicy({}))))).toEqual({
      name: 'ObjectNotFoundException',
      message:
        'No scalable target registered for service namespace: ecs, resource ID: service/main/web, scalable dimension: ecs:service:DesiredCount',
    });
  });

  it('DeregisterScalableTarget and DeleteScalingPolicy of what is absent are ObjectNotFoundException', async () => {
    expect(await failure(aas.send(new DeregisterScalableTargetCommand(target)))).toEqual({
      name: 'ObjectNotFoundException',
      message:
        'No scalable target found for service namespace: ecs, resource ID: service/main/web, scalable dimension: ecs:service:DesiredCount',
    });
    expect(await failure(aas.send(new DeleteScalingPolicyCommand({ ...target, PolicyName: 'cpu' })))).toEqual(
      {
        name: 'ObjectNotFoundException',
        message:
          'No scaling policy found for service namespace: ecs, resource ID: service/main/web, scalable dimension: ecs:service:DesiredCount, policy name: cpu',
      },
    );
  });

  it('DescribeScalableTargets and DescribeScalingPolicies need the service namespace', async () => {
    const nullNamespace = {
      name: 'ValidationException',
      message:
        "1 validation error detected: Value null at 'serviceNamespace' failed to satisfy constraint: Member must not be null",
    };
    type Input = { ServiceNamespace: 'ecs' };
    expect(await failure(aas.send(new DescribeScalableTargetsCommand({} as Input)))).toEqual(nullNamespace);
    expect(await failure(aas.send(new DescribeScalingPoliciesCommand({} as Input)))).toEqual(nullNamespace);
  });

  describe('with the target registered', () => {
    beforeAll(async () => {
      await aas.send(new RegisterScalableTargetCommand({ ...target, MinCapacity: 2, MaxCapacity: 4 }));
    });
    afterAll(async () => {
      await aas.send(new DeregisterScalableTargetCommand(target));
    });

    it('refuses a ResourceLabel that is malformed or names no target group of that load balancer', async () => {
      const albPolicy = (label: string) =>
        cpuPolicy({
          TargetValue: 100,
          PredefinedMetricSpecification: {
            PredefinedMetricType: 'ALBRequestCountPerTarget',
            ResourceLabel: label,
          },
        });
      expect(await failure(aas.send(new PutScalingPolicyCommand(albPolicy('targetgroup/web/abc'))))).toEqual({
        name: 'ValidationException',
        message:
          "Invalid ResourceLabel 'targetgroup/web/abc': expected 'app/<load-balancer-name>/<load-balancer-id>/targetgroup/<target-group-name>/<target-group-id>'",
      });
      const unknown = 'app/web-lb/0123456789abcdef/targetgroup/web-tg/fedcba9876543210';
      expect(await failure(aas.send(new PutScalingPolicyCommand(albPolicy(unknown))))).toEqual({
        name: 'ValidationException',
        message: `Invalid ResourceLabel '${unknown}': no target group of that load balancer matches it (is a listener or rule forwarding to it?)`,
      });
    });

    it('refuses a target value of 0 and cooldowns outside 0..86400 s', async () => {
      expect(await failure(aas.send(new PutScalingPolicyCommand(cpuPolicy({ TargetValue: 0 }))))).toEqual({
        name: 'ValidationException',
        message: "The target value '0' must be greater than 0",
      });
      expect(
        await failure(aas.send(new PutScalingPolicyCommand(cpuPolicy({ ScaleOutCooldown: 86401 })))),
      ).toEqual({ name: 'ValidationException', message: 'ScaleOutCooldown must be from 0 to 86400 seconds' });
      expect(
        await failure(aas.send(new PutScalingPolicyCommand(cpuPolicy({ ScaleInCooldown: -1 })))),
      ).toEqual({
        name: 'ValidationException',
        message: 'ScaleInCooldown must be from 0 to 86400 seconds',
      });
      // None of the refused calls left a policy behind.
      expect(
        (await aas.send(new DescribeScalingPoliciesCommand({ ServiceNamespace: 'ecs' }))).ScalingPolicies,
      ).toEqual([]);
    });

    it('moved the desired count into the range, and describes and deletes a policy it accepted', async () => {
      expect(desired).toBe(2);
      const put = await aas.send(new PutScalingPolicyCommand(cpuPolicy({ ScaleOutCooldown: 60 })));
      expect(put.PolicyARN).toContain(':policyName/cpu');
      expect(put.Alarms).toHaveLength(2);
      const [stored] = (
        await aas.send(
          new DescribeScalingPoliciesCommand({ ServiceNamespace: 'ecs', ResourceId: target.ResourceId }),
        )
      ).ScalingPolicies!;
      expect(stored).toMatchObject({ PolicyName: 'cpu', PolicyType: 'TargetTrackingScaling' });
      expect(stored.CreationTime).toBeInstanceOf(Date);
      expect(stored.TargetTrackingScalingPolicyConfiguration).toMatchObject({
        TargetValue: 50,
        ScaleOutCooldown: 60,
        ScaleInCooldown: 300,
        DisableScaleIn: false,
      });
      await aas.send(new DeleteScalingPolicyCommand({ ...target, PolicyName: 'cpu' }));
      expect(
        (await aas.send(new DescribeScalingPoliciesCommand({ ServiceNamespace: 'ecs' }))).ScalingPolicies,
      ).toEqual([]);
    });
  });
});
