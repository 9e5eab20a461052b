import type { ServiceDeployment } from '@aws-sdk/client-ecs';
import {
  nextShiftPoll,
  newShiftTrack,
  noteReading,
  productionShare,
  rollbackVerdict,
  SHIFT_POLL,
  shiftVerdict,
  testTrafficOnNew,
  toServiceDeploymentView,
  trafficShiftLine,
} from '../../src/deploy/service-deployment';

const ARN = 'arn:aws:ecs:eu-west-1:123456789012:service-deployment/web/hello/abc';

function sd(over: Partial<ServiceDeployment> = {}): ServiceDeployment {
  return {
    serviceDeploymentArn: ARN,
    status: 'IN_PROGRESS',
    deploymentConfiguration: {
      strategy: 'CANARY',
      bakeTimeInMinutes: 5,
      canaryConfiguration: { canaryPercent: 10, canaryBakeTimeInMinutes: 2 },
    },
    targetServiceRevision: { arn: 'rev-2', requestedTaskCount: 2, runningTaskCount: 1 },
    ...over,
  };
}
const view = (over: Partial<ServiceDeployment> = {}) => toServiceDeploymentView(sd(over));
const withWeights = (production?: number, test?: number) =>
  ({
    arn: 'rev-2',
    requestedProductionTrafficWeight: production,
    requestedTestTrafficWeight: test,
  }) as ServiceDeployment['targetServiceRevision'];

describe('what a reading of the service deployment means', () => {
  it("takes ECS's requested weights when it reports them, and what the stage implies otherwise", () => {
    expect(
      productionShare(
        view({ lifecycleStage: 'PRODUCTION_TRAFFIC_SHIFT', targetServiceRevision: withWeights(10) }),
      ),
    ).toBe(10);
    expect(productionShare(view({ lifecycleStage: 'SCALE_UP' }))).toBe(0);
    expect(productionShare(view({ lifecycleStage: 'PRODUCTION_TRAFFIC_SHIFT' }))).toBeUndefined();
    expect(productionShare(view({ lifecycleStage: 'BAKE_TIME' }))).toBe(100);
    expect(
      productionShare(view({ status: 'ROLLBACK_IN_PROGRESS', lifecycleStage: 'BAKE_TIME' })),
    ).toBeUndefined();
    expect(productionShare(view({ status: 'ROLLBACK_SUCCESSFUL' }))).toBe(0);
  });

  it('knows the test rule is on the new revision only once ECS says so', () => {
    expect(testTrafficOnNew(view({ lifecycleStage: 'POST_SCALE_UP' }))).toBe(false);
    // ECS is in the stage: the rule may not have moved yet.
    expect(testTrafficOnNew(view({ lifecycleStage: 'TEST_TRAFFIC_SHIFT' }))).toBe(false);
    expect(
      testTrafficOnNew(
        view({ lifecycleStage: 'TEST_TRAFFIC_SHIFT', targetServiceRevision: withWeights(0, 100) }),
      ),
    ).toBe(true);
    expect(testTrafficOnNew(view({ lifecycleStage: 'POST_TEST_TRAFFIC_SHIFT' }))).toBe(true);
    expect(
      testTrafficOnNew(view({ status: 'ROLLBACK_REQUESTED', lifecycleStage: 'POST_TEST_TRAFFIC_SHIFT' })),
    ).toBe(false);
  });
});

describe('one line per change', () => {
  it('prints a stage, a traffic move and the final status once each, with the bake time left', () => {
    const t = newShiftTrack();
    const lines = [
      noteReading(t, view({ lifecycleStage: 'SCALE_UP' }), 0),
      noteReading(t, view({ lifecycleStage: 'SCALE_UP' }), 1_000),
      noteReading(
        t,
        view({ lifecycleStage: 'PRODUCTION_TRAFFIC_SHIFT', targetServiceRevision: withWeights(10, 100) }),
        5_000,
      ),
      noteReading(
        t,
        view({ lifecycleStage: 'PRODUCTION_TRAFFIC_SHIFT', targetServiceRevision: withWeights(10, 100) }),
        35_000,
      ),
      noteReading(
        t,
        view({ lifecycleStage: 'BAKE_TIME', targetServiceRevision: withWeights(100, 100) }),
        125_000,
      ),
      noteReading(t, view({ status: 'SUCCESSFUL', lifecycleStage: 'CLEAN_UP' }), 430_000),
    ];
    expect(lines[1]).toBeUndefined();
    expect(lines[3]).toBeUndefined();
    expect(lines[0]).toBe(
      'service deployment IN_PROGRESS, stage SCALE_UP, production traffic 0% new / 100% old, new tasks 1/2 running',
    );
    expect(lines[2]).toContain(
      'production traffic 10% new / 90% old, test traffic 100% new, bake time 2 m 00 s left',
    );
    expect(lines[4]).toContain('stage BAKE_TIME, production traffic 100% new / 0% old');
    expect(lines[4]).toContain('bake time 5 m 00 s left');
    expect(lines[5]).toBe('service deployment SUCCESSFUL, production traffic 100% new / 0% old');
    expect(t.moves).toEqual([
      { at: 0, percent: 0 },
      { at: 5_000, percent: 10 },
      { at: 125_000, percent: 100 },
    ]);
    expect(t.stages.map((s) => s.stage)).toEqual([
      'SCALE_UP',
      'PRODUCTION_TRAFFIC_SHIFT',
      'BAKE_TIME',
      'CLEAN_UP',
    ]);
    expect([t.bothFrom, t.bothTo]).toEqual([5_000, 430_000]);
    expect(trafficShiftLine('canary', t, false)).toBe(
      'canary: production traffic on the new version 0% -> 10% -> 100% (2 steps)',
    );
  });
});

describe('verdicts', () => {
  const o = { now: 0, deadline: 60_000 };
  it('a rollback ECS started is a failure that names the alarm, and is not rolled back twice', () => {
    const v = shiftVerdict(
      view({
        status: 'ROLLBACK_IN_PROGRESS',
        alarms: { status: 'TRIGGERED', alarmNames: ['hello-5xx'], triggeredAlarmNames: ['hello-5xx'] },
      }),
      o,
    );
    expect(v).toMatchObject({ state: 'failed', ecsRolledBack: true });
    expect(v.reasons[0]).toBe('ECS rolled the deployment back: the alarm hello-5xx went into ALARM');
  });

  it('a stop by a newer deployment is superseded; the deadline fails; SUCCESSFUL is healthy', () => {
    const stopped = shiftVerdict(
      view({
        status: 'STOPPED',
        statusReason: 'The service deployment was stopped because a newer service deployment started.',
      }),
      o,
    );
    expect(stopped).toMatchObject({ state: 'failed', superseded: true });
    expect(
      shiftVerdict(view({ lifecycleStage: 'BAKE_TIME' }), { now: 60_000, deadline: 60_000 }),
    ).toMatchObject({
      state: 'failed',
      deadlinePassed: true,
    });
    expect(shiftVerdict(view({ status: 'SUCCESSFUL' }), o).state).toBe('healthy');
    expect(shiftVerdict(view({ lifecycleStage: 'BAKE_TIME' }), o).state).toBe('in-progress');
  });

  it('a rollback is healthy only at ROLLBACK_SUCCESSFUL', () => {
    expect(rollbackVerdict(view({ status: 'ROLLBACK_IN_PROGRESS' }), o).state).toBe('in-progress');
    expect(rollbackVerdict(view({ status: 'ROLLBACK_SUCCESSFUL' }), o).state).toBe('healthy');
    expect(rollbackVerdict(view({ status: 'ROLLBACK_FAILED', statusReason: 'No luck.' }), o)).toMatchObject({
      state: 'failed',
      reasons: ['the rollback ended ROLLBACK_FAILED: No luck'],
    });
  });
});

describe('when the watch reads again', () => {
  it('fast after a change and around the test traffic shift; slower while baking, but not past its end', () => {
    const t = newShiftTrack();
    const baking = view({ lifecycleStage: 'BAKE_TIME' });
    noteReading(t, baking, 0);
    expect(nextShiftPoll(baking, t, { now: 0, changed: true })).toBe(SHIFT_POLL.fastMs);
    expect(nextShiftPoll(baking, t, { now: 10_000, changed: false, previousMs: 20_000 })).toBe(
      SHIFT_POLL.bakingMaxMs,
    );
    // 5 minutes of bake: 2 s before its end, the next read is just after it.
    expect(nextShiftPoll(baking, t, { now: 298_000, changed: false, previousMs: 15_000 })).toBe(3_000);
    const testShift = view({ lifecycleStage: 'POST_TEST_TRAFFIC_SHIFT' });
    expect(nextShiftPoll(testShift, t, { now: 0, changed: false, previousMs: 5_000 })).toBe(
      SHIFT_POLL.fastMs,
    );
    const scaling = view({ lifecycleStage: 'SCALE_UP' });
    expect(nextShiftPoll(scaling, newShiftTrack(), { now: 0, changed: false, previousMs: 4_000 })).toBe(
      SHIFT_POLL.scalingMaxMs,
    );
  });
});
