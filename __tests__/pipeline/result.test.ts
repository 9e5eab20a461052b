import { outputsOf } from '../../src/pipeline/report';
import { PhaseOutputs, resultOf } from '../../src/pipeline/result';
import type { Verdict } from '../../src/deploy/assess';
import { testConfig } from '../fixtures/config';

const failed: Verdict = {
  state: 'failed',
  reasons: ['the smoke test failed'],
  ecsRolledBack: false,
  superseded: false,
  deadlinePassed: false,
  failedTasks: [],
};
const end = { failure: new Error('x'), phases: [], durationSeconds: 60 };

test('a rolled-back canary: the traffic moves of the deploy and of its rollback, and how long both versions ran', () => {
  const made: PhaseOutputs = {
    watch: {
      verdict: failed,
      polls: 9,
      ms: 0,
      shift: {
        strategy: 'canary',
        track: {
          stages: [],
          moves: [
            { at: 1_000, percent: 0 },
            { at: 9_000, percent: 5 },
          ],
          bothFrom: 4_000,
        },
      },
    },
    rollback: {
      rolledBack: true,
      by: 'action',
      note: 'rolled back',
      digest: {
        deploymentId: 'd',
        taskDefinitionArn: 't',
        reasons: [],
        stoppedTasks: [],
        targets: [],
        events: [],
      },
      startedAt: 10_000,
      endedAt: 12_500,
      rollbackTrack: { stages: [], moves: [{ at: 12_500, percent: 0 }] },
    },
  };
  const r = resultOf(testConfig({ strategy: { kind: 'canary' } }), made, end);
  expect(outputsOf(r, false)).toMatchObject({
    strategy: 'canary',
    'traffic-shift': 'canary: production traffic on the new version 0% -> 5% -> 0% (1 step), rolled back',
    'both-versions-seconds': '9',
  });
});

test('a rolling deploy: both versions from the first new task to the moment no old target took requests', () => {
  const made: PhaseOutputs = {
    watch: {
      verdict: { ...failed, state: 'healthy', reasons: [] },
      polls: 3,
      ms: 0,
      milestones: { firstTaskStarted: 2_000, trafficMoved: 31_400 },
    },
  };
  const r = resultOf(testConfig(), made, { ...end, failure: undefined });
  expect(outputsOf(r, false)).toMatchObject({
    strategy: 'rolling',
    'traffic-shift': 'rolling: task by task, as new targets became healthy',
    'both-versions-seconds': '29',
  });
});
