import type { RunResult } from '../../src/report/model';
import { mermaidText, timelineMermaid } from '../../src/report/timeline';
import { summaryMarkdown } from '../../src/report/summary';
import { runResult } from '../fixtures/run-result';

const T0 = 1_764_680_400_000; // 2025-12-02T13:00:00Z

function result(extra: Partial<RunResult> = {}): RunResult {
  return runResult({
    phases: [
      { name: 'Preflight', ms: 12, outcome: 'ok', startedAt: T0 },
      { name: 'Identity', ms: 80, outcome: 'ok', startedAt: T0 + 12 },
      { name: 'Watch', ms: 30_000, outcome: 'ok', startedAt: T0 + 100 },
    ],
    ...extra,
  });
}

test('a deployed run: its phases as bars, the deployment steps as milestones (golden)', () => {
  const r = result({
    milestones: {
      firstTaskStarted: T0 + 5_000,
      tasksRunning: T0 + 6_000,
      targetsHealthy: T0 + 28_000,
      trafficMoved: T0 + 29_500,
    },
  });
  expect(timelineMermaid(r).join('\n')).toBe(
    [
      '```mermaid',
      'gantt',
      '  title hello deployed',
      '  dateFormat x',
      '  axisFormat %H:%M:%S',
      '  section Phases',
      '  Preflight :done, 1764680400000, 1764680400012',
      '  Identity :done, 1764680400012, 1764680400092',
      '  Watch :done, 1764680400100, 1764680430100',
      '  section Deployment',
      '  First new task started :milestone, 1764680405000, 1764680405000',
      '  New tasks running :milestone, 1764680406000, 1764680406000',
      '  New targets healthy :milestone, 1764680428000, 1764680428000',
      '  Traffic moved :milestone, 1764680429500, 1764680429500',
      '```',
    ].join('\n'),
  );
});

test('a rolled-back run: the failed phase is critical, the rollback a bar of its own', () => {
  const r = result({
    outcome: 'rolled-back',
    phases: [
      { name: 'Watch', ms: 20_000, outcome: 'failed', startedAt: T0 },
      { name: 'Rollback', ms: 15_000, outcome: 'ok', startedAt: T0 + 20_000 },
    ],
    milestones: { firstTaskStarted: T0 + 3_000 },
    rollbackTimes: { startedAt: T0 + 18_000, endedAt: T0 + 35_000 },
  });
  const lines = timelineMermaid(r);
  expect(lines).toContain('  Watch :crit, 1764680400000, 1764680420000');
  expect(lines.slice(-3)).toEqual([
    '  section Rollback',
    '  Rollback :crit, 1764680418000, 1764680435000',
    '```',
  ]);
  expect(lines).not.toContain('  Traffic moved :milestone, undefined, undefined');
});

test('a rollback still being watched when the run ended is a milestone, not a bar without an end', () => {
  const lines = timelineMermaid(result({ rollbackTimes: { startedAt: T0 + 1_000 } }));
  expect(lines).toContain('  Rollback began :milestone, 1764680401000, 1764680401000');
});

test('a zero-length phase still gets a bar one millisecond long (Mermaid drops an empty one)', () => {
  const lines = timelineMermaid(
    result({ phases: [{ name: 'Autoscaling', ms: 0, outcome: 'ok', startedAt: T0 }] }),
  );
  expect(lines).toContain('  Autoscaling :done, 1764680400000, 1764680400001');
});

test('names cannot break the chart: separators and newlines are taken out', () => {
  expect(mermaidText('a: b; c # d\ne')).toBe('a b c d e');
  const lines = timelineMermaid(
    result({ service: 'x:y', phases: [{ name: 'A;B\nC', ms: 5, outcome: 'ok', startedAt: T0 }] }),
  );
  expect(lines).toContain('  title x y deployed');
  expect(lines).toContain('  A B C :done, 1764680400000, 1764680400005');
});

test('no chart without timed phases; the summary carries the chart when there is one', () => {
  expect(timelineMermaid(result({ phases: [{ name: 'Preflight', ms: 3, outcome: 'ok' }] }))).toEqual([]);
  expect(summaryMarkdown(result())).toContain('```mermaid\ngantt\n');
  expect(summaryMarkdown(result({ phases: [] }))).not.toContain('mermaid');
});

test('a blue/green run: each lifecycle stage and each production traffic move, and the strategy rows in the table', () => {
  const r = result({
    strategy: 'canary',
    trafficShift: 'canary: production traffic on the new version 0% -> 10% -> 100% (2 steps)',
    bothVersionsSeconds: 125,
    shift: {
      stages: [
        { stage: 'SCALE_UP', at: T0 + 1_000 },
        { stage: 'PRODUCTION_TRAFFIC_SHIFT', at: T0 + 9_000 },
      ],
      moves: [
        { at: T0 + 1_000, percent: 0 },
        { at: T0 + 9_000, percent: 10 },
        { at: T0 + 20_000, percent: 100 },
      ],
    },
  });
  const chart = timelineMermaid(r);
  expect(chart.slice(chart.indexOf('  section Deployment'), -1)).toEqual([
    '  section Deployment',
    '  Stage SCALE_UP :milestone, 1764680401000, 1764680401000',
    '  Stage PRODUCTION_TRAFFIC_SHIFT :milestone, 1764680409000, 1764680409000',
    '  section Traffic',
    '  Production traffic 10% new :milestone, 1764680409000, 1764680409000',
    '  Production traffic 100% new :milestone, 1764680420000, 1764680420000',
  ]);
  const summary = summaryMarkdown(r);
  expect(summary).toContain('| Strategy | canary |');
  expect(summary).toContain(
    '| Traffic | canary: production traffic on the new version 0% -> 10% -> 100% (2 steps) |',
  );
  expect(summary).toContain('| Both versions up | 2 m 05 s |');
});

test("a failure's digest in the summary names the alarm, its threshold and values, and lists the smoke test's requests", () => {
  const r = result({
    outcome: 'rolled-back',
    digest: {
      deploymentId: 'ecs-svc/1',
      taskDefinitionArn: 'arn:aws:ecs:us-east-1:0:task-definition/web-hello:3',
      reasons: ['ECS rolled the deployment back: the alarm hello-5xx went into ALARM'],
      stoppedTasks: [],
      targets: [],
      events: [],
      alarm: {
        name: 'hello-5xx',
        threshold: '5xx answers above 5% of the requests in a minute, with at least 20 requests',
        reason: 'Threshold Crossed: 1 datapoint [31.25] was greater than the threshold (5.0).',
        values: 'recent datapoints 31.25 against a threshold of 5',
      },
      smokeTest: {
        passed: true,
        expected: '200-299',
        requests: [{ url: 'http://x/orders', status: 200, ms: 4, passed: true }],
      },
    },
  });
  const md = summaryMarkdown(r);
  expect(md).toContain(
    '**Alarm** `hello-5xx`: 5xx answers above 5% of the requests in a minute, with at least 20 requests',
  );
  expect(md).toContain('> Threshold Crossed: 1 datapoint [31.25] was greater than the threshold (5.0).');
  expect(md).toContain('Values: recent datapoints 31.25 against a threshold of 5');
  expect(md).toContain('GET http://x/orders -> 200 in 4 ms');
});
