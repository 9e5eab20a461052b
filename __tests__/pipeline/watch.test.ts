import type { Task } from '@aws-sdk/client-ecs';
import type { PhaseContext } from '../../src/deploy/context';
import { observeDeployment, WatchTarget } from '../../src/pipeline/watch';
import { MemoryLogger } from '../helpers/memory-logger';

const task = (id: string, startedBy: string, lastStatus: string): Task => ({
  taskArn: `arn:aws:ecs:eu-west-1:123456789012:task/web/${id}`,
  startedBy,
  lastStatus,
  desiredStatus: lastStatus === 'STOPPED' ? 'STOPPED' : 'RUNNING',
  containers: [],
});

test('a stopped task is described once per watch; running ones on every look; only ours are kept', async () => {
  const tasks = [
    task('old-stopped', 'ecs-svc/old', 'STOPPED'),
    task('ours-stopped', 'ecs-svc/new', 'STOPPED'),
    task('ours-running', 'ecs-svc/new', 'RUNNING'),
  ];
  const described: string[][] = [];
  const ecs = {
    describeService: async () => ({ serviceArn: 'svc', serviceName: 'web', deployments: [], events: [] }),
    listDeploymentTaskArns: async () => tasks.map((t) => t.taskArn!),
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
  const w: WatchTarget = {
    cluster: 'web',
    service: 'web',
    deploymentId: 'ecs-svc/new',
    containerPort: 3000,
    deadline: 1,
    completion: 'healthy',
    failureThreshold: 3,
    since: 0,
  };
  const stopped = new Map<string, Task>();
  const first = await observeDeployment(ctx, w, stopped);
  const second = await observeDeployment(ctx, w, stopped);
  expect(described).toEqual([['old-stopped', 'ours-stopped', 'ours-running'], ['ours-running']]);
  for (const obs of [first, second])
    expect(obs.tasks.map((t) => t.id).sort()).toEqual(['ours-running', 'ours-stopped']);
});
