import {
  CreateServiceCommand,
  RegisterTaskDefinitionCommand,
  UpdateServiceCommand,
} from '@aws-sdk/client-ecs';
import 'aws-sdk-client-mock-jest';
import { run, RunFailedError } from '../../src/main';
import type { RunResult } from '../../src/report/model';
import { ACCOUNT, baseConfig, FakeAws, TG } from './harness';

async function failure(p: Promise<RunResult>): Promise<RunFailedError> {
  try {
    await p;
  } catch (error) {
    if (error instanceof RunFailedError) return error;
    throw error;
  }
  throw new Error('the run was expected to fail');
}

const IMAGE_V1 = `${ACCOUNT}.dkr.ecr.eu-west-1.amazonaws.com/hello:old`;
const BUILT = `${ACCOUNT}.dkr.ecr.eu-west-1.amazonaws.com/hello:c0ffee`;

describe('run: deploys', () => {
  it('first deploy: builds, registers, creates the service and follows its deployment to healthy', async () => {
    const aws = new FakeAws();
    const result = await run(baseConfig(), aws.deps());
    expect(result.outcome).toBe('deployed');
    expect(aws.buildCalls).toBe(1);
    expect(aws.secrets).toContain('ecr-password');
    expect(aws.ecs).toHaveReceivedCommandTimes(RegisterTaskDefinitionCommand, 1);
    expect(aws.ecs).toHaveReceivedCommandTimes(CreateServiceCommand, 1);
    expect(aws.ecs).toHaveReceivedCommandTimes(UpdateServiceCommand, 0);
    const create = aws.ecs.commandCalls(CreateServiceCommand)[0].args[0].input;
    expect(create).toMatchObject({
      launchType: 'FARGATE',
      desiredCount: 1,
      networkConfiguration: {
        awsvpcConfiguration: {
          subnets: ['subnet-a', 'subnet-b'],
          securityGroups: ['sg-tasks'],
          assignPublicIp: 'ENABLED',
        },
      },
      loadBalancers: [{ targetGroupArn: TG, containerName: 'hello', containerPort: 3000 }],
      healthCheckGracePeriodSeconds: 30,
      deploymentConfiguration: {
        minimumHealthyPercent: 100,
        maximumPercent: 200,
        deploymentCircuitBreaker: { enable: true, rollback: true },
      },
      enableECSManagedTags: true,
      propagateTags: 'SERVICE',
    });
    expect(create.clientToken).toMatch(/^[0-9a-f]{32}$/);
    expect(create.tags).toEqual(
      expect.arrayContaining([
        { key: 'managed-by', value: 'ecs-fargate-deploy' },
        { key: 'service', value: 'hello' },
      ]),
    );
    expect(aws.outputs).toMatchObject({
      'image-uri': BUILT,
      'task-definition-arn': 'arn:aws:ecs:eu-west-1:123456789012:task-definition/web-hello:1',
      'previous-task-definition-arn': '',
      'service-arn': 'arn:aws:ecs:eu-west-1:123456789012:service/web/hello',
      'rolled-back': 'false',
      url: 'http://web-123.eu-west-1.elb.amazonaws.com',
    });
    expect(aws.outputs['deployment-id']).toMatch(/^ecs-svc\//);
    // The harness's clock starts at 1_700_000_000_000 and moves only by the run's sleeps.
    const elapsed = Math.round((aws.now - 1_700_000_000_000) / 1000);
    expect(elapsed).toBeGreaterThan(0);
    expect(aws.outputs['duration-seconds']).toBe(String(elapsed));
    const text = aws.log.text();
    for (const phase of [
      'Preflight',
      'Identity',
      'Build and push',
      'Infrastructure',
      'Task definition',
      'Service',
      'Autoscaling',
      'Watch',
    ]) {
      expect(text).toContain(`::group::${phase}`);
    }
    expect(text).toContain('event: (service hello) has reached a steady state.');
    expect(text).not.toContain('super-secret-value');
    expect(aws.summary).toContain('Deployed');
    expect(aws.summary).toContain('http://web-123.eu-west-1.elb.amazonaws.com');
  });

  it('prints one line per change, not one per poll', async () => {
    const aws = new FakeAws();
    aws.existingService(IMAGE_V1);
    await run(baseConfig(), aws.deps());
    const lines = aws.log.lines.filter((l) => /^target 10\.0\.1\.\d+:3000: initial/.test(l));
    expect(lines).toHaveLength(1);
  });

  it('update: registers a new revision and updates the service, previous revision in the outputs', async () => {
    const aws = new FakeAws();
    const v1 = aws.existingService(IMAGE_V1);
    const result = await run(baseConfig(), aws.deps());
    expect(result.outcome).toBe('deployed');
    expect(aws.ecs).toHaveReceivedCommandTimes(CreateServiceCommand, 0);
    expect(aws.ecs).toHaveReceivedCommandWith(UpdateServiceCommand, {
      cluster: 'web',
      service: 'hello',
      taskDefinition: result.taskDefinitionArn,
      forceNewDeployment: false,
    });
    const update = aws.ecs.commandCalls(UpdateServiceCommand)[0].args[0].input;
    expect(update.desiredCount).toBeUndefined();
    expect(update.networkConfiguration).toBeUndefined();
    expect(aws.outputs['previous-task-definition-arn']).toBe(v1);
    expect(aws.log.text()).toContain(`image: ${IMAGE_V1} -> ${BUILT}`);
  });

  it('update corrects drift of the network, the grace period and the circuit breaker, and sets the desired count only when given', async () => {
    const aws = new FakeAws();
    aws.existingService(IMAGE_V1);
    aws.service!.networkConfiguration = {
      awsvpcConfiguration: {
        subnets: ['subnet-old'],
        securityGroups: ['sg-tasks'],
        assignPublicIp: 'ENABLED',
      },
    };
    aws.service!.healthCheckGracePeriodSeconds = 0;
    aws.service!.deploymentConfiguration = { minimumHealthyPercent: 50, maximumPercent: 200 };
    await run(baseConfig({ desiredCount: 2 }), aws.deps());
    expect(aws.ecs).toHaveReceivedCommandWith(UpdateServiceCommand, {
      desiredCount: 2,
      networkConfiguration: {
        awsvpcConfiguration: {
          subnets: ['subnet-a', 'subnet-b'],
          securityGroups: ['sg-tasks'],
          assignPublicIp: 'ENABLED',
        },
      },
      healthCheckGracePeriodSeconds: 30,
      deploymentConfiguration: {
        minimumHealthyPercent: 100,
        maximumPercent: 200,
        deploymentCircuitBreaker: { enable: true, rollback: true },
      },
    });
  });

  it('no-change redeploy: registers no revision and calls no UpdateService', async () => {
    const aws = new FakeAws();
    const v1 = aws.existingService(BUILT);
    const result = await run(baseConfig(), aws.deps());
    expect(result.outcome).toBe('unchanged');
    expect(aws.ecs).toHaveReceivedCommandTimes(RegisterTaskDefinitionCommand, 0);
    expect(aws.ecs).toHaveReceivedCommandTimes(UpdateServiceCommand, 0);
    expect(aws.outputs['task-definition-arn']).toBe(v1);
    expect(aws.log.text()).toContain('no new revision registered');
  });

  it('image given: deploys it without building', async () => {
    const aws = new FakeAws();
    aws.existingService(IMAGE_V1);
    const image = `${ACCOUNT}.dkr.ecr.eu-west-1.amazonaws.com/hello:v2`;
    const result = await run(baseConfig({ image }), aws.deps());
    expect(result.imageBuilt).toBe(false);
    expect(aws.outputs['image-uri']).toBe(image);
    const registered = aws.ecs.commandCalls(RegisterTaskDefinitionCommand)[0].args[0].input;
    expect(registered.containerDefinitions?.[0].image).toBe(image);
    expect(aws.summary).toContain('(given)');
  });

  it('leaves throttling to the SDK client: a throttled ECS call that leaves it is not retried again', async () => {
    // The SDK's standard mode retries throttling inside the client (see __tests__/aws/retries.test.ts);
    // this fake replaces the client's send, so a throttle here is one the SDK has given up on.
    const aws = new FakeAws();
    aws.existingService(IMAGE_V1);
    aws.throttleDescribeServices = 1;
    const err = await failure(run(baseConfig(), aws.deps()));
    expect(err.message).toMatch(/Rate exceeded/);
    expect(aws.calls.filter((c) => c === 'DescribeServices')).toHaveLength(1);
  });

  it('waits for a deployment already in progress, then starts its own', async () => {
    const aws = new FakeAws();
    // step -1: the preflight's look at the service (its deployment controller) is one step too.
    const v1 = aws.existingService(IMAGE_V1, {
      rolloutState: 'IN_PROGRESS',
      step: -1,
      runningCount: 0,
    } as never);
    const result = await run(baseConfig(), aws.deps());
    expect(result.outcome).toBe('deployed');
    // Ours starts once the other deployment has moved all its traffic (only draining left) or finished,
    // never while it still shifts traffic: the fake moves it one step per DescribeServices.
    expect(aws.log.text()).toMatch(
      /has moved all traffic to healthy new tasks; only its old targets are still draining, so ours starts now|The other deployment finished/,
    );
    expect(
      aws.calls.slice(0, aws.calls.indexOf('UpdateService')).filter((c) => c === 'DescribeServices').length,
    ).toBeGreaterThan(1);
    const order = aws.calls.join(',');
    expect(order.indexOf('UpdateService')).toBeGreaterThan(0);
    expect(aws.outputs['previous-task-definition-arn']).toBe(v1);
  });

  it('fails clearly when a deployment in progress does not finish within the deadline', async () => {
    const aws = new FakeAws();
    aws.existingService(IMAGE_V1, { rolloutState: 'IN_PROGRESS', step: 0 } as never);
    aws.behaviour[aws.service!.taskDefinition!] = 'stuck';
    const err = await failure(run(baseConfig({ waitForMinutes: 1 }), aws.deps()));
    expect(err.message).toContain('Another deployment of service hello is still in progress');
    expect(aws.ecs).toHaveReceivedCommandTimes(UpdateServiceCommand, 0);
    expect(aws.slept.every((ms) => ms <= 15_000)).toBe(true);
  });

  it('prunes revisions beyond keep-revisions after a healthy deploy', async () => {
    const aws = new FakeAws();
    const v1 = aws.existingService(IMAGE_V1);
    for (let i = 0; i < 3; i++)
      aws.addRevision({ family: 'web-hello', containerDefinitions: [{ name: 'hello', image: `old:${i}` }] });
    await run(
      baseConfig({ taskDefinition: { ...baseConfig().taskDefinition, keepRevisions: 2 } }),
      aws.deps(),
    );
    const active = [...aws.taskDefs.values()].filter((t) => t.status === 'ACTIVE').map((t) => t.revision);
    // newest two (5: ours, 4) plus the one that ran before (1)
    expect(active.sort()).toEqual([1, 4, 5]);
    expect(aws.taskDefs.get(v1)!.status).toBe('ACTIVE');
  });
});

describe('run: failures', () => {
  it('failure then rollback: rolls back, deregisters the failed revision, fails with the digest', async () => {
    const aws = new FakeAws();
    const v1 = aws.existingService(IMAGE_V1);
    aws.defaultBehaviour = 'crash';
    aws.behaviour[v1] = 'healthy';
    const err = await failure(run(baseConfig(), aws.deps()));
    expect(err.result.outcome).toBe('rolled-back');
    expect(err.message).toContain('Rolled back to web-hello:1');
    expect(aws.ecs).toHaveReceivedCommandTimes(UpdateServiceCommand, 2);
    expect(aws.ecs.commandCalls(UpdateServiceCommand)[1].args[0].input.taskDefinition).toBe(v1);
    expect(aws.taskDefs.get('arn:aws:ecs:eu-west-1:123456789012:task-definition/web-hello:2')!.status).toBe(
      'INACTIVE',
    );
    expect(aws.outputs['rolled-back']).toBe('true');
    const digest = err.result.digest!;
    expect(digest.stoppedTasks[0].containers[0].exitCode).toBe(1);
    expect(digest.stoppedTasks[0].stoppedReason).toBe('Essential container in task exited');
    expect(digest.logs?.lines).toContain('Error: connect ECONNREFUSED db:5432');
    expect(digest.logs?.stream).toMatch(/^ecs\/hello\/task/);
    const text = aws.log.text();
    expect(text).toContain('exit code 1');
    expect(text).toContain('| Error: connect ECONNREFUSED db:5432');
    expect(text).toContain('::group::Rollback');
    expect(aws.summary).toContain('rolled back');
    expect(aws.summary).toContain('ECONNREFUSED');
    expect(aws.summary).toContain('| Exit code |');
  });

  it('a rollback that fails too is reported as a failure, not as rolled back', async () => {
    const aws = new FakeAws();
    const v1 = aws.existingService(IMAGE_V1);
    aws.defaultBehaviour = 'crash';
    aws.behaviour[v1] = 'crash';
    const err = await failure(run(baseConfig(), aws.deps()));
    expect(err.result.outcome).toBe('failed');
    expect(err.result.rolledBack).toBe(false);
    expect(err.message).toContain('failed too');
    expect(aws.outputs['rolled-back']).toBe('false');
    expect(err.result.digest!.reasons.join()).toContain('failed too');
  });

  it('a first deploy that fails has nothing to roll back to and says so', async () => {
    const aws = new FakeAws();
    aws.defaultBehaviour = 'crash';
    const err = await failure(run(baseConfig(), aws.deps()));
    expect(err.message).toMatch(/nothing to roll back to: this was the first deployment/i);
    expect(aws.ecs).toHaveReceivedCommandTimes(UpdateServiceCommand, 0);
    expect(err.result.digest!.stoppedTasks.length).toBeGreaterThan(0);
  });

  it('rollback: false only reports', async () => {
    const aws = new FakeAws();
    aws.existingService(IMAGE_V1);
    aws.defaultBehaviour = 'crash';
    const err = await failure(run(baseConfig({ rollback: false }), aws.deps()));
    expect(err.message).toMatch(/rollback is turned off/i);
    expect(aws.ecs).toHaveReceivedCommandTimes(UpdateServiceCommand, 1);
  });

  it('the deadline: a deployment that never becomes healthy fails at the deadline and is rolled back', async () => {
    const aws = new FakeAws();
    const v1 = aws.existingService(IMAGE_V1);
    aws.defaultBehaviour = 'stuck';
    aws.behaviour[v1] = 'healthy';
    const start = aws.now;
    const err = await failure(run(baseConfig({ waitForMinutes: 2 }), aws.deps()));
    expect(err.message).toContain('before the deadline');
    expect(err.message).toContain('unhealthy');
    expect(err.result.rolledBack).toBe(true);
    expect(err.result.digest!.targets[0]).toMatchObject({
      state: 'unhealthy',
      reason: 'Target.Timeout',
    });
    // the watch never slept past its deadline
    expect(aws.now - start).toBeLessThan(2 * 60_000 + 60_000);
  });

  it('ECS circuit breaker rolled back on its own: reported as a failure, no second rollback', async () => {
    const aws = new FakeAws();
    const v1 = aws.existingService(IMAGE_V1);
    aws.defaultBehaviour = 'ecs-rollback';
    aws.behaviour[v1] = 'healthy';
    const err = await failure(run(baseConfig(), aws.deps()));
    expect(err.result.outcome).toBe('rolled-back');
    expect(err.message).toContain('circuit breaker');
    expect(aws.ecs).toHaveReceivedCommandTimes(UpdateServiceCommand, 1);
    expect(aws.log.text()).toContain('not starting a second rollback');
    expect(err.result.digest!.stoppedTasks[0].stoppedReason).toContain('ELB health checks');
  });

  it('a phase that fails still leaves in the outputs and the summary what the earlier phases found', async () => {
    const aws = new FakeAws();
    const v1 = aws.existingService(IMAGE_V1);
    aws.ecs.on(RegisterTaskDefinitionCommand).rejects(new Error('Too many revisions'));
    const err = await failure(run(baseConfig(), aws.deps()));
    expect(err.result.outcome).toBe('failed');
    expect(err.result.failure).toBe('Too many revisions');
    expect(aws.outputs).toMatchObject({
      'image-uri': BUILT,
      'task-definition-arn': '',
      'previous-task-definition-arn': v1,
      url: 'http://web-123.eu-west-1.elb.amazonaws.com',
    });
    expect(err.result.phases.map((p) => `${p.name}:${p.outcome}`)).toEqual([
      'Preflight:ok',
      'Identity:ok',
      'Build and push:ok',
      'Infrastructure:ok',
      'Task definition:failed',
    ]);
    expect(aws.summary).toContain('Deployment failed');
  });

  it('a failed summary write only warns', async () => {
    const aws = new FakeAws();
    aws.summaryFails = true;
    const result = await run(baseConfig(), aws.deps());
    expect(result.outcome).toBe('deployed');
    expect(aws.log.text()).toContain('warning: Could not write the job summary');
  });

  it('a preflight failure stops the run before any AWS call', async () => {
    const aws = new FakeAws();
    const deps = aws.deps();
    deps.render.preflightTaskDefinition = () => {
      throw new Error('templates/task-definition.json: networkMode must be awsvpc');
    };
    const err = await failure(run(baseConfig(), deps));
    expect(err.message).toContain('networkMode must be awsvpc');
    expect(aws.sts.calls()).toHaveLength(0);
    expect(aws.ecs.calls()).toHaveLength(0);
  });
});

describe('run: plan mode', () => {
  it('changes nothing and prints the plan', async () => {
    const aws = new FakeAws();
    aws.existingService(IMAGE_V1);
    const result = await run(baseConfig({ plan: true }), aws.deps());
    expect(result.outcome).toBe('planned');
    expect(aws.mutatingCalls()).toEqual([]);
    expect(aws.buildCalls).toBe(0);
    expect(aws.outputs['plan-markdown']).toContain('A new revision would be registered');
    expect(aws.outputs['plan-markdown']).toContain('update service hello: web-hello:1 ->');
    expect(aws.summary).toContain('Plan');
    expect(aws.log.text()).toContain('Would register a new revision');
  });

  it('on an empty account plans a create without calling anything that changes', async () => {
    const aws = new FakeAws();
    const result = await run(baseConfig({ plan: true }), aws.deps());
    expect(result.serviceChanges[0]).toMatch(/^create service hello/);
    expect(aws.mutatingCalls()).toEqual([]);
  });
});
