import type { Task } from '@aws-sdk/client-ecs';
import type { PhaseContext } from '../../src/deploy/context';
import { newTaskMemory, observeDeployment, serviceDeploymentOf, WatchTarget } from '../../src/pipeline/watch';
import { MemoryLogger } from '../helpers/memory-logger';

const task = (id: string, startedBy: string, lastStatus: string): Task => ({
  taskArn: `arn:aws:ecs:eu-west-1:123456789012:task/web/${id}`,
  startedBy,
  lastStatus,
  desiredStatus: lastStatus === 'STOPPED' ? 'STOPPED' : 'RUNNING',
  containers: [],
});

const W: WatchTarget = {
  cluster: 'web',
  service: 'web',
  deploymentId: 'ecs-svc/new',
  containerPort: 3000,
  deadline: 1,
  completion: 'healthy',
  failureThreshold: 3,
  since: 0,
};

/** An ECS API over `tasks`, recording what the looks list and describe; `deployment` is ours as DescribeServices shows it. */
function fakeEcs(tasks: Task[], deployment?: { desiredCount: number; failedTasks: number }) {
  const described: string[][] = [];
  const calls: string[] = [];
  const ecs = {
    describeService: async () => ({
      serviceArn: 'svc',
      serviceName: 'web',
      deployments: deployment ? [{ id: 'ecs-svc/new', status: 'PRIMARY', ...deployment }] : [],
      events: [],
    }),
    listStartedTaskArns: async (_cluster: string, startedBy: string) => {
      calls.push('ListTasks(startedBy)');
      return tasks
        .filter((t) => t.startedBy === startedBy && t.desiredStatus !== 'STOPPED')
        .map((t) => t.taskArn!);
    },
    listStoppedTaskArns: async () => {
      calls.push('ListTasks(STOPPED)');
      return tasks.filter((t) => t.desiredStatus === 'STOPPED').map((t) => t.taskArn!);
    },
    describeTasks: async (_cluster: string, arns: string[]) => {
      described.push(arns.map((a) => a.split('/').pop()!));
      return tasks.filter((t) => arns.includes(t.taskArn!));
    },
  };
  const ctx = {
    ecs,
    log: new MemoryLogger(),
    now: () => 0,
    sleep: async () => undefined,
  } as unknown as PhaseContext;
  return { ctx, described, calls };
}

test('a stopped task is described once per watch; running ones on every look; only ours are kept', async () => {
  const tasks = [
    task('old-stopped', 'ecs-svc/old', 'STOPPED'),
    task('ours-stopped', 'ecs-svc/new', 'STOPPED'),
    task('ours-running', 'ecs-svc/new', 'RUNNING'),
  ];
  const { ctx, described } = fakeEcs(tasks);
  const mem = newTaskMemory();
  const first = await observeDeployment(ctx, W, mem);
  const second = await observeDeployment(ctx, W, mem);
  expect(described).toEqual([['ours-running', 'old-stopped', 'ours-stopped'], ['ours-running']]);
  for (const obs of [first, second])
    expect(obs.tasks.map((t) => t.id).sort()).toEqual(['ours-running', 'ours-stopped']);
});

test('the stopped tasks are listed on the first look and again only when the started ones or failedTasks change', async () => {
  const tasks = [task('a', 'ecs-svc/new', 'RUNNING'), task('b', 'ecs-svc/new', 'RUNNING')];
  const deployment = { desiredCount: 2, failedTasks: 0 };
  const { ctx, calls } = fakeEcs(tasks, deployment);
  const mem = newTaskMemory();
  const stoppedListings = async () => {
    calls.length = 0;
    const obs = await observeDeployment(ctx, W, mem);
    return { listed: calls.filter((c) => c === 'ListTasks(STOPPED)').length, obs };
  };
  expect((await stoppedListings()).listed).toBe(1);
  // Waiting for health checks: the same two tasks, nothing failed.
  expect((await stoppedListings()).listed).toBe(0);
  expect((await stoppedListings()).listed).toBe(0);
  // Task b stops: it leaves the started list, and the look finds it among the stopped.
  Object.assign(tasks[1], {
    lastStatus: 'STOPPED',
    desiredStatus: 'STOPPED',
    stoppedReason: 'Essential container exited',
  });
  const crashed = await stoppedListings();
  expect(crashed.listed).toBe(1);
  expect(crashed.obs.tasks.find((t) => t.id === 'b')?.lastStatus).toBe('STOPPED');
  // ECS starts c in its place (one look sees fewer tasks than wanted, the next a new one).
  expect((await stoppedListings()).listed).toBe(1);
  tasks.push(task('c', 'ecs-svc/new', 'RUNNING'));
  expect((await stoppedListings()).listed).toBe(1);
  expect((await stoppedListings()).listed).toBe(0);
  // A task that started and stopped between two looks is never listed, but ECS counts it.
  deployment.failedTasks = 1;
  expect((await stoppedListings()).listed).toBe(1);
  expect((await stoppedListings()).listed).toBe(0);
});

describe('serviceDeploymentOf: the service deployment of our deployment', () => {
  const SD = (n: number) => `arn:aws:ecs:eu-west-1:123456789012:service-deployment/web/web/${n}`;
  const lookup = (service: Record<string, unknown>) => {
    const listed: unknown[] = [];
    const ecs = {
      describeService: async () => service,
      listServiceDeployments: async (_c: string, _s: string, since?: Date) => {
        listed.push(since);
        return [
          { serviceDeploymentArn: SD(7), createdAt: new Date(2_000) },
          { serviceDeploymentArn: SD(8), createdAt: new Date(3_000) },
        ];
      },
    };
    const ctx = { ecs, config: { service: 'web' } } as unknown as PhaseContext;
    return { run: () => serviceDeploymentOf(ctx, 'web', 'ecs-svc/new', 10_000), listed };
  };

  it("is the service's current one while our deployment is PRIMARY", async () => {
    const { run, listed } = lookup({
      currentServiceDeployment: SD(8),
      deployments: [{ id: 'ecs-svc/new', status: 'PRIMARY' }],
    });
    expect(await run()).toBe(SD(8));
    expect(listed).toEqual([]);
  });

  it('is not the current one once ECS rolled ours back (the previous revision PRIMARY again): the newest since our UpdateService', async () => {
    const { run, listed } = lookup({
      currentServiceDeployment: SD(1),
      deployments: [
        { id: 'ecs-svc/old', status: 'PRIMARY' },
        { id: 'ecs-svc/new', status: 'ACTIVE' },
      ],
    });
    expect(await run()).toBe(SD(8));
    expect(listed).toEqual([new Date(5_000)]);
  });
});
