import {
  CreateServiceCommand,
  DeregisterTaskDefinitionCommand,
  ECSServiceException,
  RegisterTaskDefinitionCommand,
  RegisterTaskDefinitionCommandInput,
  UpdateServiceCommand,
} from '@aws-sdk/client-ecs';
import 'aws-sdk-client-mock-jest';
import { run, RunFailedError } from '../../src/main';
import { ACCOUNT, baseConfig, FakeAws } from './harness';

/** Two runs of the action on one service at the same moment, one of them scripted as "the other run". */

const OTHER_IMAGE = `${ACCOUNT}.dkr.ecr.eu-west-1.amazonaws.com/hello:other`;
const IMAGE_V1 = `${ACCOUNT}.dkr.ecr.eu-west-1.amazonaws.com/hello:old`;

function notIdempotent(): ECSServiceException {
  return new ECSServiceException({
    name: 'InvalidParameterException',
    $fault: 'client',
    $metadata: { httpStatusCode: 400 },
    message: 'Creation of service was not idempotent.',
  });
}

describe('run: another run on the same service at the same moment', () => {
  it('first deploys: the run whose CreateService loses waits for the other deployment, then deploys as an update', async () => {
    const aws = new FakeAws();
    aws.ecs.on(CreateServiceCommand).callsFakeOnce(() => {
      aws.calls.push('CreateService');
      // The other run's CreateService landed first, with its own revision.
      aws.existingService(OTHER_IMAGE, { rolloutState: 'IN_PROGRESS', step: 0, runningCount: 0 } as never);
      throw notIdempotent();
    });
    const result = await run(baseConfig(), aws.deps());
    expect(result.outcome).toBe('deployed');
    const log = aws.log.text();
    expect(log).toContain('Another run created service hello a moment before this one');
    // It waits until the other run's deployment has moved its traffic (or finished) before updating.
    expect(log).toMatch(/has moved all traffic to healthy new tasks|The other deployment finished/);
    expect(log).not.toContain('not idempotent');
    const order = aws.calls.join(',');
    expect(order.indexOf('UpdateService')).toBeGreaterThan(order.lastIndexOf('CreateService'));
    expect(aws.ecs).toHaveReceivedCommandTimes(UpdateServiceCommand, 1);
    expect(aws.service!.taskDefinition).toBe(result.taskDefinitionArn);
  });

  it('update: a deployment another run started after this one read the service is waited for, not stacked on', async () => {
    const aws = new FakeAws();
    aws.existingService(IMAGE_V1);
    aws.ecs.on(RegisterTaskDefinitionCommand).callsFakeOnce((input: RegisterTaskDefinitionCommandInput) => {
      aws.calls.push('RegisterTaskDefinition');
      const ours = aws.addRevision(input);
      // Meanwhile the other run's UpdateService starts its own deployment.
      const other = aws.addRevision({
        ...input,
        containerDefinitions: [{ name: 'hello', image: OTHER_IMAGE }],
      });
      const s = aws.service!;
      for (const d of s.deployments) d.status = 'ACTIVE';
      s.taskDefinition = other.taskDefinitionArn;
      s.deployments.unshift({
        id: 'ecs-svc/other',
        status: 'PRIMARY',
        taskDefinition: other.taskDefinitionArn,
        desiredCount: 1,
        runningCount: 0,
        pendingCount: 0,
        failedTasks: 0,
        rolloutState: 'IN_PROGRESS',
        createdAt: new Date(aws.now),
        step: 0,
      } as never);
      return { taskDefinition: ours };
    });
    const result = await run(baseConfig(), aws.deps());
    expect(result.outcome).toBe('deployed');
    expect(aws.log.text()).toContain('Another deployment of hello is in progress: ecs-svc/other');
    // Ours started after the other one completed: the other one was never replaced mid-rollout.
    const log = aws.log.text();
    expect(log.indexOf('The other deployment finished')).toBeGreaterThan(0);
    expect(log.indexOf('Updating service hello')).toBeGreaterThan(
      log.indexOf('The other deployment finished'),
    );
    expect(aws.service!.deployments[0].taskDefinition).toBe(result.taskDefinitionArn);
  });

  it('deregisters the revision it registered when it ends without deploying it', async () => {
    const aws = new FakeAws();
    aws.existingService(IMAGE_V1, { rolloutState: 'IN_PROGRESS', step: 0 } as never);
    aws.behaviour[aws.service!.taskDefinition!] = 'stuck';
    let error: unknown;
    await run(baseConfig({ waitForMinutes: 1 }), aws.deps()).catch((e: unknown) => (error = e));
    expect(error).toBeInstanceOf(RunFailedError);
    expect(aws.ecs).toHaveReceivedCommandTimes(UpdateServiceCommand, 0);
    const registered = aws.ecs.commandCalls(RegisterTaskDefinitionCommand);
    expect(registered).toHaveLength(1);
    const ours = [...aws.taskDefs.values()].find((t) =>
      t.containerDefinitions?.[0]?.image?.endsWith(':c0ffee'),
    )!;
    expect(aws.ecs).toHaveReceivedCommandWith(DeregisterTaskDefinitionCommand, {
      taskDefinition: ours.taskDefinitionArn,
    });
    expect(ours.status).toBe('INACTIVE');
    expect(aws.log.text()).toContain('registered by this run and not deployed');
  });
});
