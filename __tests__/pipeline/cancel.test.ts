import type { Service, UpdateServiceCommandInput } from '@aws-sdk/client-ecs';
import type { PhaseContext } from '../../src/deploy/context';
import { cancelLine, cancelRun, LiveRun, rollbackOnCancel, RunTracker } from '../../src/pipeline/cancel';
import type { PhaseOutputs } from '../../src/pipeline/result';
import type { ServiceDeployment } from '../../src/pipeline/service';
import type { PhaseTiming } from '../../src/util/time';
import type { StrategyKind } from '../../src/config/types';
import { testConfig } from '../fixtures/config';
import { MemoryLogger } from '../helpers/memory-logger';

const TD = 'arn:aws:ecs:eu-west-1:123456789012:task-definition/web-hello';

function deployment(over: Partial<ServiceDeployment> = {}): ServiceDeployment {
  return {
    service: {},
    deploymentId: 'ecs-svc/42',
    created: false,
    updated: true,
    previousTaskDefinitionArn: `${TD}:1`,
    drift: [],
    ...over,
  };
}

/**
 * A run interrupted in `phase`, with an ECS whose UpdateService answers as `update` says, whose
 * DescribeServices shows `current` and whose StopServiceDeployment does as `stop` says.
 */
function live(
  phase: string | undefined,
  made: PhaseOutputs,
  opts: {
    rollbackOnCancel?: boolean;
    plan?: boolean;
    strategy?: StrategyKind;
    update?: () => Promise<Service>;
    current?: Service;
    stop?: () => Promise<void>;
  } = {},
) {
  const updates: UpdateServiceCommandInput[] = [];
  const stops: string[] = [];
  const ecs = {
    updateService: async (input: UpdateServiceCommandInput) => {
      updates.push(input);
      return opts.update ? opts.update() : { deployments: [{ id: 'ecs-svc/rb', status: 'PRIMARY' }] };
    },
    describeService: async () => opts.current,
    stopServiceDeployment: async (arn: string, stopType: string) => {
      stops.push(`${arn} ${stopType}`);
      if (opts.stop) await opts.stop();
    },
  };
  const timings: PhaseTiming[] = [
    { name: 'Service', ms: 2_000, outcome: 'ok' },
    { name: 'Watch', ms: 0, outcome: 'ok' },
  ];
  const base = testConfig();
  const run: LiveRun = {
    config: testConfig({
      rollbackOnCancel: opts.rollbackOnCancel ?? false,
      plan: opts.plan ?? false,
      strategy: { ...base.strategy, kind: opts.strategy ?? 'rolling' },
    }),
    ctx: { ecs } as unknown as PhaseContext,
    made,
    phase: () => phase,
    timings: () => timings.map((t) => ({ ...t })),
    startedAt: 10_000,
  };
  return { run, updates, stops };
}

const watching: PhaseOutputs = {
  stack: { cluster: 'web' } as PhaseOutputs['stack'],
  revision: { arn: `${TD}:2` } as PhaseOutputs['revision'],
  service: {
    serviceArn: 'arn:svc',
    deployment: deployment(),
    previousTaskDefinitionArn: `${TD}:1`,
    changes: [],
  },
};

describe('the cancel line says what was in progress and what happens to it', () => {
  it('during the watch: ECS goes on, the circuit breaker guards it', () => {
    expect(cancelLine('SIGINT', live('Watch', watching).run)).toBe(
      'Cancelled (SIGINT) during Watch of deployment ecs-svc/42 (hello). ECS goes on with deployment ecs-svc/42 of web-hello:2, unwatched; its circuit breaker still rolls it back if the new tasks fail. Re-run to follow it to the end.',
    );
  });

  it('before anything was deployed', () => {
    expect(cancelLine('SIGTERM', live('Infrastructure', {}).run)).toBe(
      'Cancelled (SIGTERM) during Infrastructure (hello). Nothing was deployed; what this run created stays, and a re-run goes on from it.',
    );
  });

  it('during the Service phase, before its deployment is known', () => {
    const made = { revision: watching.revision };
    expect(cancelLine('SIGINT', live('Service', made).run)).toContain(
      'A deployment of web-hello:2 may have started: ECS goes on with it and its circuit breaker guards it.',
    );
  });

  it('during the rollback', () => {
    expect(cancelLine('SIGINT', live('Rollback', watching).run)).toContain(
      'The rollback of deployment ecs-svc/42 goes on in ECS, unwatched.',
    );
  });

  it('in a plan', () => {
    expect(cancelLine('SIGINT', live('Infrastructure', {}, { plan: true }).run)).toContain(
      'This was a plan: nothing was changed.',
    );
  });

  it('with no run started', () => {
    expect(cancelLine('SIGINT', undefined)).toBe(
      'Cancelled (SIGINT) before the deployment started: this run changed nothing.',
    );
  });
});

describe('rollback-on-cancel', () => {
  it('is off by default: no call', async () => {
    const { run, updates } = live('Watch', watching);
    expect(await rollbackOnCancel(run)).toBeUndefined();
    expect(updates).toEqual([]);
  });

  it('only during the watch', async () => {
    const { run, updates } = live('Autoscaling', watching, { rollbackOnCancel: true });
    expect(await rollbackOnCancel(run)).toBeUndefined();
    expect(updates).toEqual([]);
  });

  it('starts one UpdateService to the previous revision and says so', async () => {
    const { run, updates } = live('Watch', watching, { rollbackOnCancel: true });
    const rollback = await rollbackOnCancel(run);
    expect(updates).toEqual([{ cluster: 'web', service: 'hello', taskDefinition: `${TD}:1` }]);
    expect(rollback).toEqual({ started: true, to: `${TD}:1`, deploymentId: 'ecs-svc/rb' });
    expect(cancelLine('SIGINT', run, rollback)).toContain(
      'The action started the rollback to web-hello:1 (deployment ecs-svc/rb); ECS carries it out, unwatched.',
    );
  });

  it('has nothing to roll back to after a first deployment', async () => {
    const made = {
      ...watching,
      service: { ...watching.service!, deployment: deployment({ created: true }) },
    };
    const { run, updates } = live('Watch', made, { rollbackOnCancel: true });
    const rollback = await rollbackOnCancel(run);
    expect(updates).toEqual([]);
    expect(cancelLine('SIGINT', run, rollback)).toContain(
      'The rollback on cancel was not started: there is no previous revision to roll back to.',
    );
  });

  it('says why when UpdateService fails', async () => {
    const { run } = live('Watch', watching, {
      rollbackOnCancel: true,
      update: async () => {
        throw new Error('AccessDeniedException: not allowed');
      },
    });
    expect(await rollbackOnCancel(run)).toEqual({
      started: false,
      why: 'UpdateService failed: AccessDeniedException: not allowed',
    });
  });
});

describe('rollback-on-cancel with blue/green, canary, linear', () => {
  const SD = 'arn:aws:ecs:eu-west-1:123456789012:service-deployment/web/hello/abc';
  const ours: Service = {
    currentServiceDeployment: SD,
    deployments: [{ id: 'ecs-svc/42', status: 'PRIMARY', taskDefinition: `${TD}:2` }],
  };

  it("stops this run's service deployment with rollback: ECS moves the traffic back itself", async () => {
    const { run, updates, stops } = live('Watch', watching, {
      rollbackOnCancel: true,
      strategy: 'blue-green',
      current: ours,
    });
    const rollback = await rollbackOnCancel(run);
    expect(stops).toEqual([`${SD} ROLLBACK`]);
    expect(updates).toEqual([]);
    expect(rollback).toEqual({
      started: true,
      to: `${TD}:1`,
      deploymentId: 'ecs-svc/42',
      serviceDeploymentArn: SD,
    });
    expect(cancelLine('SIGINT', run, rollback)).toContain(
      `The action stopped service deployment ${SD} with rollback: ECS moves the traffic back to web-hello:1`,
    );
  });

  it('falls back to UpdateService when StopServiceDeployment is refused, and says both', async () => {
    const { run, updates, stops } = live('Watch', watching, {
      rollbackOnCancel: true,
      strategy: 'canary',
      current: ours,
      stop: async () => {
        throw new Error('InvalidParameterException: the service deployment cannot be stopped');
      },
    });
    const rollback = await rollbackOnCancel(run);
    expect(stops).toHaveLength(1);
    expect(updates).toEqual([{ cluster: 'web', service: 'hello', taskDefinition: `${TD}:1` }]);
    expect(rollback).toEqual({ started: true, to: `${TD}:1`, deploymentId: 'ecs-svc/rb' });
  });

  it('rolls nothing back over another deployment that took the service over', async () => {
    const { run, updates, stops } = live('Watch', watching, {
      rollbackOnCancel: true,
      strategy: 'linear',
      current: { ...ours, deployments: [{ id: 'ecs-svc/77', status: 'PRIMARY', taskDefinition: `${TD}:3` }] },
    });
    const rollback = await rollbackOnCancel(run);
    expect(stops).toEqual([]);
    expect(updates).toEqual([]);
    expect(cancelLine('SIGINT', run, rollback)).toContain(
      'The rollback on cancel was not started: another deployment took the service over (web-hello:3 runs now).',
    );
  });

  it('gives up within its share of the cancel budget when ECS does not answer', async () => {
    jest.useFakeTimers();
    try {
      const { run, updates } = live('Watch', watching, {
        rollbackOnCancel: true,
        strategy: 'blue-green',
        current: ours,
        stop: () => new Promise<void>(() => undefined),
      });
      const pending = rollbackOnCancel(run);
      await jest.advanceTimersByTimeAsync(3_000);
      // The budget is spent: no UpdateService is sent whose answer could not be awaited.
      expect(await pending).toEqual({
        started: false,
        why: 'StopServiceDeployment failed: no answer within 3 s',
      });
      expect(updates).toEqual([]);
    } finally {
      jest.useRealTimers();
    }
  });
});

describe('cancelRun', () => {
  it('reports what the run has, with outcome cancelled, and silences the pipeline', async () => {
    const tracker = new RunTracker();
    tracker.track(live('Watch', watching).run);
    const outputs: Record<string, string> = {};
    const summaries: string[] = [];
    const log = new MemoryLogger();
    const line = await cancelRun('SIGINT', tracker, {
      log,
      now: () => 15_000,
      setOutput: (n, v) => (outputs[n] = v),
      writeSummary: async (md) => void summaries.push(md),
    });
    expect(tracker.cancelled).toBe(true);
    expect(line).toMatch(/^Cancelled \(SIGINT\) during Watch of deployment ecs-svc\/42/);
    expect(outputs).toMatchObject({
      'deployment-id': 'ecs-svc/42',
      'task-definition-arn': `${TD}:2`,
      'previous-task-definition-arn': `${TD}:1`,
      'rolled-back': 'false',
      'duration-seconds': '5',
    });
    expect(summaries).toHaveLength(1);
    expect(summaries[0]).toContain('## ⏹️ Cancelled: hello');
    expect(summaries[0]).toContain(`**Why:** ${line}`);
    // The interrupted phase is marked as not finished, with the time it ran.
    expect(summaries[0]).toContain('| Watch | 3 s | ✗ |');
  });

  it('without a run, only the line', async () => {
    const summaries: string[] = [];
    const line = await cancelRun('SIGTERM', new RunTracker(), {
      log: new MemoryLogger(),
      now: () => 0,
      setOutput: () => undefined,
      writeSummary: async (md) => void summaries.push(md),
    });
    expect(line).toContain('before the deployment started');
    expect(summaries).toEqual([]);
  });
});
