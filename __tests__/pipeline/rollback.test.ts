import type { Service } from '@aws-sdk/client-ecs';
import type { Verdict } from '../../src/deploy/assess';
import type { PhaseContext } from '../../src/deploy/context';
import type { DeploymentObservation } from '../../src/deploy/model';
import { FailedDeployment, handleFailedDeployment } from '../../src/pipeline/rollback';
import type { WatchResult, WatchTarget } from '../../src/pipeline/watch';
import { testConfig } from '../fixtures/config';
import { MemoryLogger } from '../helpers/memory-logger';

const TD = 'arn:aws:ecs:eu-west-1:123456789012:task-definition/web-hello';

const verdict = (state: Verdict['state'], over: Partial<Verdict> = {}): Verdict => ({
  state,
  reasons: state === 'healthy' ? [] : ['1 task(s) failed: exit code 1'],
  ecsRolledBack: false,
  superseded: false,
  deadlinePassed: false,
  failedTasks: [],
  ...over,
});

/** A service whose PRIMARY deployment is ECS's rollback, next to our failed one. */
const ecsRolledBack: DeploymentObservation = {
  at: 0,
  deploymentId: 'ecs-svc/ours',
  tasks: [],
  service: {
    arn: 'svc',
    name: 'hello',
    status: 'ACTIVE',
    desiredCount: 1,
    runningCount: 0,
    taskDefinition: `${TD}:1`,
    events: [],
    deployments: [
      {
        id: 'ecs-svc/ecs-rb',
        status: 'PRIMARY',
        taskDefinition: `${TD}:1`,
        desiredCount: 1,
        runningCount: 0,
        pendingCount: 0,
        failedTasks: 0,
      },
      {
        id: 'ecs-svc/ours',
        status: 'ACTIVE',
        taskDefinition: `${TD}:2`,
        desiredCount: 1,
        runningCount: 0,
        pendingCount: 0,
        failedTasks: 1,
      },
    ],
  },
};

/** The rollback's own deployment watch, scripted: it records what it was asked to follow. */
function scriptedWatch(state: Verdict['state']) {
  const targets: WatchTarget[] = [];
  const watch = async (_ctx: PhaseContext, w: WatchTarget): Promise<WatchResult> => {
    targets.push(w);
    return {
      verdict: verdict(state, state === 'failed' ? { reasons: ['tasks crashed again'] } : {}),
      polls: 1,
      ms: 0,
    };
  };
  return { watch, targets };
}

function setup(byEcs: boolean) {
  const deregistered: string[] = [];
  const updates: unknown[] = [];
  const ecs = {
    updateService: async (input: unknown): Promise<Service> => {
      updates.push(input);
      return { deployments: [{ id: 'ecs-svc/action-rb', status: 'PRIMARY' }] };
    },
    deregisterTaskDefinition: async (arn: string) => void deregistered.push(arn),
  };
  const log = new MemoryLogger();
  const ctx = {
    config: testConfig(),
    ecs,
    log,
    now: () => 1_000,
    sleep: async () => undefined,
  } as unknown as PhaseContext;
  const failed: FailedDeployment = {
    cluster: 'web',
    service: 'hello',
    deploymentId: 'ecs-svc/ours',
    taskDefinitionArn: `${TD}:2`,
    registeredByThisRun: true,
    previousTaskDefinitionArn: `${TD}:1`,
    containerName: 'hello',
    containerPort: 3000,
    targetGroupArn: 'arn:tg',
    since: 0,
    watch: {
      verdict: verdict('failed', { ecsRolledBack: byEcs }),
      observation: byEcs ? ecsRolledBack : undefined,
      polls: 3,
      ms: 0,
    },
  };
  return { ctx, failed, deregistered, updates, log };
}

describe('the rollback is followed by the deploy watch, once, and reported from its verdict', () => {
  it.each([
    ['the action', false, 'ecs-svc/action-rb'],
    ["ECS's circuit breaker", true, 'ecs-svc/ecs-rb'],
  ])('a rollback by %s that becomes healthy', async (_by, byEcs, rollbackId) => {
    const { ctx, failed, deregistered, updates } = setup(byEcs);
    const { watch, targets } = scriptedWatch('healthy');
    const outcome = await handleFailedDeployment(ctx, failed, watch);
    expect(targets).toHaveLength(1);
    expect(targets[0]).toMatchObject({
      deploymentId: rollbackId,
      label: 'rollback',
      completion: 'healthy',
      cluster: 'web',
      service: 'hello',
      targetGroupArn: 'arn:tg',
      containerPort: 3000,
      // its own budget, from now
      deadline: 1_000 + ctx.config.waitForMinutes * 60_000,
    });
    expect(updates).toHaveLength(byEcs ? 0 : 1);
    expect(outcome).toMatchObject({
      rolledBack: true,
      by: byEcs ? 'ecs' : 'action',
      rollbackDeploymentId: rollbackId,
      rollbackVerdict: { state: 'healthy' },
    });
    expect(outcome.note).toBe(
      byEcs
        ? "ECS's circuit breaker rolled the service back to web-hello:1"
        : 'rolled back to web-hello:1, which is healthy',
    );
    expect(deregistered).toEqual([`${TD}:2`]);
  });

  it.each([
    ['the action', false, 'ecs-svc/action-rb'],
    ["ECS's circuit breaker", true, 'ecs-svc/ecs-rb'],
  ])('a rollback by %s that fails', async (_by, byEcs, rollbackId) => {
    const { ctx, failed, deregistered } = setup(byEcs);
    const { watch, targets } = scriptedWatch('failed');
    const outcome = await handleFailedDeployment(ctx, failed, watch);
    expect(targets.map((t) => [t.deploymentId, t.label])).toEqual([[rollbackId, 'rollback']]);
    expect(outcome).toMatchObject({
      rolledBack: false,
      by: 'none',
      rollbackDeploymentId: rollbackId,
      rollbackVerdict: { state: 'failed' },
    });
    expect(outcome.note).toBe(
      byEcs
        ? "ECS's circuit breaker started a rollback (ecs-svc/ecs-rb) that did not become healthy"
        : 'the rollback to web-hello:1 failed too',
    );
    expect(outcome.digest.reasons).toEqual([
      '1 task(s) failed: exit code 1',
      byEcs
        ? "ECS's rollback did not become healthy: tasks crashed again"
        : 'the rollback to web-hello:1 failed too: tasks crashed again',
    ]);
    // the failed revision is kept when nothing healthy replaced it
    expect(deregistered).toEqual([]);
  });

  it('nothing to roll back to: no watch at all', async () => {
    const { ctx, failed, updates } = setup(false);
    const { watch, targets } = scriptedWatch('healthy');
    const outcome = await handleFailedDeployment(
      ctx,
      { ...failed, previousTaskDefinitionArn: undefined },
      watch,
    );
    expect(targets).toEqual([]);
    expect(updates).toEqual([]);
    expect(outcome).toMatchObject({ rolledBack: false, by: 'none' });
    expect(outcome.note).toMatch(/^nothing to roll back to/);
  });
});
