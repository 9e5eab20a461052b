/**
 * A run whose deployment another run replaced deregisters the revision it registered, before it
 * exits (ECS mocked with aws-sdk-client-mock).
 */
import {
  DeregisterTaskDefinitionCommand,
  DescribeServicesCommand,
  ECSClient,
  type Service,
} from '@aws-sdk/client-ecs';
import { mockClient } from 'aws-sdk-client-mock';
import { createEcsApi } from '../../src/aws/ecs';
import type { Verdict } from '../../src/deploy/assess';
import type { PhaseContext } from '../../src/deploy/context';
import { deregisterReplacedRevision } from '../../src/pipeline/replaced';
import type { Revision } from '../../src/pipeline/revision';
import { testConfig } from '../fixtures/config';
import { MemoryLogger } from '../helpers/memory-logger';

const TD = 'arn:aws:ecs:eu-west-1:123456789012:task-definition/web-hello';
const OURS = `${TD}:7`;
const THEIRS = `${TD}:8`;

const ecsMock = mockClient(ECSClient);
afterEach(() => ecsMock.reset());

function verdict(over: Partial<Verdict>): Verdict {
  return {
    state: 'failed',
    reasons: [
      'deployment ecs-svc/ours was replaced by deployment ecs-svc/theirs (web-hello:8) before it completed',
    ],
    ecsRolledBack: false,
    superseded: true,
    deadlinePassed: false,
    failedTasks: [],
    ...over,
  };
}

/** The service after the other run's UpdateService: its deployment PRIMARY, ours ACTIVE (scaling in). */
function serviceRunning(primary: string): Service {
  return {
    serviceName: 'hello',
    status: 'ACTIVE',
    taskDefinition: primary,
    deployments: [
      { id: 'ecs-svc/theirs', status: 'PRIMARY', taskDefinition: primary },
      { id: 'ecs-svc/ours', status: 'ACTIVE', taskDefinition: OURS },
    ],
  };
}

function setup(over: { verdict?: Partial<Verdict>; registered?: boolean } = {}) {
  const log = new MemoryLogger();
  const ctx = {
    config: testConfig(),
    ecs: createEcsApi(new ECSClient({ region: 'eu-west-1' })),
    log,
  } as unknown as PhaseContext;
  const revision: Revision = { arn: OURS, registered: over.registered ?? true, changes: [] };
  const failed = {
    stack: { cluster: 'web' },
    revision,
    watch: { verdict: verdict(over.verdict ?? {}), polls: 3, ms: 1000 },
  };
  return { ctx, log, failed };
}

const deregistered = () =>
  ecsMock.commandCalls(DeregisterTaskDefinitionCommand).map((c) => c.args[0].input.taskDefinition);

test('the revision this run registered, replaced by another run, is deregistered and the log says so', async () => {
  ecsMock.on(DescribeServicesCommand).resolves({ services: [serviceRunning(THEIRS)] });
  ecsMock.on(DeregisterTaskDefinitionCommand).resolves({});
  const { ctx, log, failed } = setup();

  expect(await deregisterReplacedRevision(ctx, failed)).toBe(true);

  expect(deregistered()).toEqual([OURS]);
  expect(ecsMock.commandCalls(DescribeServicesCommand)[0].args[0].input).toMatchObject({
    cluster: 'web',
    services: ['hello'],
  });
  expect(log.text()).toContain(
    'Deregistered web-hello:7: registered by this run, whose deployment another run replaced.',
  );
});

test('not when the service runs that revision after all (the other run deployed the same one)', async () => {
  ecsMock.on(DescribeServicesCommand).resolves({ services: [serviceRunning(OURS)] });
  const { ctx, failed } = setup();

  expect(await deregisterReplacedRevision(ctx, failed)).toBe(false);
  expect(deregistered()).toEqual([]);
});

test.each([
  ['a failure that is not a replacement (rolled back)', { verdict: { superseded: false } }],
  ['a revision this run did not register (reused)', { registered: false }],
])('nothing is read or deregistered for %s', async (_what, over) => {
  const { ctx, failed } = setup(over);

  expect(await deregisterReplacedRevision(ctx, failed)).toBe(false);
  expect(ecsMock.calls()).toEqual([]);
});

test('a failed deregistration only warns: the failure being reported is not hidden', async () => {
  ecsMock.on(DescribeServicesCommand).resolves({ services: [serviceRunning(THEIRS)] });
  ecsMock
    .on(DeregisterTaskDefinitionCommand)
    .rejects(Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' }));
  const { ctx, log, failed } = setup();

  await expect(deregisterReplacedRevision(ctx, failed)).resolves.toBe(false);
  expect(log.text()).toContain(
    'warning: Could not deregister web-hello:7, registered by this run and replaced before it was deployed: Rate exceeded',
  );
});
