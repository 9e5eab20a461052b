/**
 * How long after the new version is actually healthy does the tool say "done"?
 *
 * One deploy of a one-task service from revision 1 to 2, watched three ways against the same
 * emulated scenario: this action (`wait-until: healthy`, the default), this action with
 * `wait-until: stable`, and what today's official deploy action does (UpdateService, then
 * @aws-sdk/client-ecs `waitUntilServicesStable` with minDelay 15 s and the SDK's default backoff).
 * Each under two target-group settings: AWS's defaults and this action's, so that the ratios tell
 * the watcher's gain apart from the defaults' gain.
 *
 * Times are emulated seconds (wall seconds x time scale). The emulator's clock and the tools' own
 * timers (poll sleeps, waiter delays, retry backoff) run at the same scale; see docs/benchmarks.md.
 *
 *   npx tsx bench/time-to-done.ts [--time-scale 40] [--runs 2] [--waiter-runs 3]
 */
import {
  DescribeTaskDefinitionCommand,
  ECSClient,
  RegisterTaskDefinitionCommand,
  RegisterTaskDefinitionCommandInput,
  UpdateServiceCommand,
  waitUntilServicesStable,
} from '@aws-sdk/client-ecs';
import {
  ACTION_DEFAULTS,
  AWS_DEFAULTS,
  ecrImage,
  sdkClientConfig,
  TargetGroupSettings,
} from './lib/emulator';
import {
  booleanFlag,
  emulatedSeconds,
  flag,
  formatNumber,
  jsonLine,
  main,
  numberFlag,
  table,
  targetFigure,
  targetTable,
} from './lib/report';
import {
  awaitRolloutCompleted,
  CLUSTER,
  deployTimeline,
  doneLine,
  firstDeploy,
  openStage,
  REPOSITORY,
  requireSuccess,
  runAction,
  SERVICE,
  Stage,
  traceDeploy,
} from './lib/scenario';

type Tool = 'action-healthy' | 'action-stable' | 'sdk-waiter';
const TOOLS: { tool: Tool; label: string }[] = [
  { tool: 'action-healthy', label: 'this action (wait-until: healthy)' },
  { tool: 'action-stable', label: 'this action (wait-until: stable)' },
  { tool: 'sdk-waiter', label: 'UpdateService + waitUntilServicesStable' },
];

/** The official action's waiter settings: minDelay 15 s, maxWaitTime = wait-for-minutes (30) x 60. */
const WAITER_MIN_DELAY_S = 15;
const WAITER_MAX_WAIT_S = 30 * 60;
/** @aws-sdk/client-ecs's own default for waitUntilServicesStable's maxDelay (120 s in older releases). */
const WAITER_SDK_MAX_DELAY_S = 600;

/**
 * The goals for `wait-until: healthy` (docs/benchmarks.md): done within 2 s of healthy, with
 * no more watch reads per deploy than the watch made before its scheduler (main at f39a1bc, measured
 * by this benchmark on its dist/: 75 with AWS's target-group defaults, 35 with the action's; the
 * issue's "about 40" was the latter).
 */
const TARGET = { healthyToDoneS: 2.0, watchReads: { aws: 75, action: 35 } };
const finite = (x: number): number | undefined => (Number.isFinite(x) ? x : undefined);

/** The reads a watch makes: the calls-per-deploy budget of the done-latency goal is counted on these. */
const WATCH_READS = ['DescribeServices', 'ListTasks', 'DescribeTasks', 'DescribeTargetHealth'];

interface Measurement {
  targetGroup: string;
  tool: Tool;
  run: number;
  /** Emulated seconds from the UpdateService call. */
  toHealthy?: number;
  toDone?: number;
  toRolloutCompleted?: number;
  toOldTargetGone?: number;
  /** Emulated seconds from the new target being healthy to the tool's "done". */
  healthyToDone?: number;
  /** Emulated seconds from ECS's rollout COMPLETED to the tool's "done" (negative: done before it). */
  completedToDone?: number;
  /** DescribeServices calls the tool made between UpdateService and done. */
  describeServicesCalls: number;
  /** The watch's reads (DescribeServices, ListTasks, DescribeTasks, DescribeTargetHealth) between UpdateService and done. */
  watchCalls: number;
  wallSeconds: number;
}

/** What the official action does after registering the new revision: UpdateService, then the waiter. */
async function deployWithWaiter(stage: Stage): Promise<number> {
  const ecs = new ECSClient(sdkClientConfig(stage.emu.url));
  const current = await ecs.send(
    new DescribeTaskDefinitionCommand({ taskDefinition: `${CLUSTER}-${SERVICE}` }),
  );
  const td = current.taskDefinition!;
  const input: RegisterTaskDefinitionCommandInput = {
    family: td.family!,
    taskRoleArn: td.taskRoleArn,
    executionRoleArn: td.executionRoleArn,
    networkMode: td.networkMode,
    containerDefinitions: td.containerDefinitions!.map((c) => ({ ...c, image: ecrImage(REPOSITORY, 'v2') })),
    requiresCompatibilities: td.requiresCompatibilities,
    cpu: td.cpu,
    memory: td.memory,
  };
  const registered = await ecs.send(new RegisterTaskDefinitionCommand(input));
  await ecs.send(
    new UpdateServiceCommand({
      cluster: CLUSTER,
      service: SERVICE,
      taskDefinition: registered.taskDefinition!.taskDefinitionArn,
    }),
  );
  // The waiter's delays are divided by the time scale, as the emulator's are, so that it polls as
  // often relative to the deployment as it does against AWS.
  const s = stage.timeScale;
  const result = await waitUntilServicesStable(
    {
      client: ecs,
      minDelay: WAITER_MIN_DELAY_S / s,
      maxDelay: WAITER_SDK_MAX_DELAY_S / s,
      maxWaitTime: WAITER_MAX_WAIT_S / s,
    },
    { cluster: CLUSTER, services: [SERVICE] },
  );
  if (result.state !== 'SUCCESS') throw new Error(`waitUntilServicesStable ended ${result.state}`);
  return Date.now();
}

async function measure(
  timeScale: number,
  tg: TargetGroupSettings,
  tool: Tool,
  run: number,
): Promise<Measurement> {
  const stage = await openStage(timeScale, tg);
  try {
    await firstDeploy(stage);
    const since = Date.now();
    let doneAtMs: number;
    if (tool === 'sdk-waiter') {
      doneAtMs = await deployWithWaiter(stage);
    } else {
      const r = await runAction(stage, {
        image: ecrImage(REPOSITORY, 'v2'),
        'wait-until': tool === 'action-stable' ? 'stable' : 'healthy',
      });
      requireSuccess(r, `${tool} deploy`);
      const done = doneLine(r);
      if (!done) throw new Error(`${tool}: the action succeeded without saying which deployment was done`);
      doneAtMs = done.atMs;
    }
    const wallSeconds = (Date.now() - since) / 1000;
    // `healthy` says done before ECS completes the rollout; wait for it so the table shows by how much.
    const first = await deployTimeline(stage, since);
    if (first.deploymentId) await awaitRolloutCompleted(stage, first.deploymentId);
    const t = await deployTimeline(stage, since);
    if (booleanFlag('trace') && tool !== 'sdk-waiter')
      console.log(`  trace ${tg.label} / ${tool} #${run}:\n${await traceDeploy(stage, t, doneAtMs)}`);
    const calls = await stage.api.calls(t.updateAtMs);
    const emu = (atMs: number | undefined, fromMs: number) =>
      atMs === undefined ? undefined : emulatedSeconds(atMs - fromMs, timeScale);
    return {
      targetGroup: tg.label,
      tool,
      run,
      toHealthy: emu(t.newTargetHealthyAtMs, t.updateAtMs),
      toDone: emu(doneAtMs, t.updateAtMs),
      toRolloutCompleted: emu(t.rolloutCompletedAtMs, t.updateAtMs),
      toOldTargetGone: emu(t.oldTargetGoneAtMs, t.updateAtMs),
      healthyToDone: t.newTargetHealthyAtMs === undefined ? undefined : emu(doneAtMs, t.newTargetHealthyAtMs),
      completedToDone:
        t.rolloutCompletedAtMs === undefined ? undefined : emu(doneAtMs, t.rolloutCompletedAtMs),
      describeServicesCalls: calls.filter(
        (c) => c.operation === 'DescribeServices' && Date.parse(c.at) <= doneAtMs,
      ).length,
      watchCalls: calls.filter((c) => WATCH_READS.includes(c.operation) && Date.parse(c.at) <= doneAtMs)
        .length,
      wallSeconds,
    };
  } finally {
    await stage.emu.stop();
  }
}

const mean = (xs: (number | undefined)[]): number | undefined => {
  const v = xs.filter((x): x is number => x !== undefined);
  return v.length ? v.reduce((a, b) => a + b, 0) / v.length : undefined;
};
const median = (xs: (number | undefined)[]): number | undefined => {
  const v = xs.filter((x): x is number => x !== undefined).sort((a, b) => a - b);
  if (v.length === 0) return undefined;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
};
const ratio = (a: number | undefined, b: number | undefined): string =>
  a === undefined || b === undefined || b <= 0 ? '-' : `${(a / b).toFixed(1)}x`;

main('time-to-done', 10 * 60_000, async () => {
  const timeScale = numberFlag('time-scale', 40, 1, 100);
  const runs = numberFlag('runs', 2, 1, 5);
  // The waiter's delays are random (full jitter between minDelay and the backoff), so it gets more samples.
  const waiterRuns = numberFlag('waiter-runs', 3, 1, 5);
  const startedAt = Date.now();
  console.log(
    `time-to-done: time scale ${timeScale}, ${runs} run(s) per action cell, ${waiterRuns} per waiter cell; times in emulated seconds`,
  );
  const only = flag('tools', TOOLS.map((t) => t.tool).join(',')).split(',');
  const unknown = only.filter((t) => !TOOLS.some((x) => x.tool === t));
  if (unknown.length > 0) throw new Error(`--tools: unknown tool(s) ${unknown.join(', ')}`);
  const all: Measurement[] = [];
  for (const tg of [AWS_DEFAULTS, ACTION_DEFAULTS]) {
    for (const { tool } of TOOLS.filter((t) => only.includes(t.tool))) {
      const cellRuns = tool === 'sdk-waiter' ? waiterRuns : runs;
      for (let run = 1; run <= cellRuns; run++) {
        const m = await measure(timeScale, tg, tool, run);
        all.push(m);
        console.log(
          `  ${tg.label} / ${tool} #${run}: healthy at ${formatNumber(m.toHealthy)} s, done at ${formatNumber(m.toDone)} s (${m.wallSeconds.toFixed(1)} s wall)`,
        );
      }
    }
  }

  const cell = (tg: TargetGroupSettings, tool: Tool) =>
    all.filter((m) => m.targetGroup === tg.label && m.tool === tool);
  const summary = [AWS_DEFAULTS, ACTION_DEFAULTS].flatMap((tg) =>
    TOOLS.map(({ tool, label }) => {
      const ms = cell(tg, tool);
      return {
        targetGroup: tg.label,
        tool,
        label,
        toHealthy: mean(ms.map((m) => m.toHealthy)),
        toDone: mean(ms.map((m) => m.toDone)),
        healthyToDone: mean(ms.map((m) => m.healthyToDone)),
        toDoneMin: Math.min(...ms.map((m) => m.toDone ?? Infinity)),
        toDoneMax: Math.max(...ms.map((m) => m.toDone ?? -Infinity)),
        toRolloutCompleted: mean(ms.map((m) => m.toRolloutCompleted)),
        completedToDone: mean(ms.map((m) => m.completedToDone)),
        samples: ms.length,
        describeServicesCalls: mean(ms.map((m) => m.describeServicesCalls)),
        watchCalls: mean(ms.map((m) => m.watchCalls)),
        healthyToDoneMedian: median(ms.map((m) => m.healthyToDone)),
        healthyToDoneMax: Math.max(...ms.map((m) => m.healthyToDone ?? -Infinity)),
      };
    }),
  );
  console.log('');
  console.log(
    table(
      [
        'target group',
        'tool',
        'n',
        'update->healthy',
        'healthy->done',
        'update->done',
        'done range',
        'update->COMPLETED',
        'COMPLETED->done',
        'healthy->done median',
        'healthy->done max',
        'DescribeServices',
        'watch reads',
      ],
      summary.map((s) => [
        s.targetGroup,
        s.label,
        s.samples,
        formatNumber(s.toHealthy),
        formatNumber(s.healthyToDone),
        formatNumber(s.toDone),
        s.samples > 1 ? `${formatNumber(s.toDoneMin)}..${formatNumber(s.toDoneMax)}` : '-',
        formatNumber(s.toRolloutCompleted),
        formatNumber(s.completedToDone),
        formatNumber(s.healthyToDoneMedian),
        formatNumber(s.healthyToDoneMax),
        formatNumber(s.describeServicesCalls, 0),
        formatNumber(s.watchCalls, 0),
      ]),
    ),
  );

  const at = (tg: TargetGroupSettings, tool: Tool) =>
    summary.find((s) => s.targetGroup === tg.label && s.tool === tool)!;
  const ratios = [
    ...[AWS_DEFAULTS, ACTION_DEFAULTS].flatMap((tg) => [
      {
        what: `waiter / action (healthy), update->done, ${tg.label}`,
        value: ratio(at(tg, 'sdk-waiter').toDone, at(tg, 'action-healthy').toDone),
      },
      {
        what: `waiter / action (stable), update->done, ${tg.label}`,
        value: ratio(at(tg, 'sdk-waiter').toDone, at(tg, 'action-stable').toDone),
      },
      {
        what: `waiter / action (healthy), healthy->done, ${tg.label}`,
        value: ratio(at(tg, 'sdk-waiter').healthyToDone, at(tg, 'action-healthy').healthyToDone),
      },
    ]),
    {
      what: 'defaults gain: action (healthy) on AWS defaults / on action defaults, update->done',
      value: ratio(at(AWS_DEFAULTS, 'action-healthy').toDone, at(ACTION_DEFAULTS, 'action-healthy').toDone),
    },
    {
      what: 'both: waiter on AWS defaults / action (healthy) on action defaults, update->done',
      value: ratio(at(AWS_DEFAULTS, 'sdk-waiter').toDone, at(ACTION_DEFAULTS, 'action-healthy').toDone),
    },
  ];
  // The goals: every update done within 2 s of the new target being healthy, with both
  // target-group settings, with no more watch reads per deploy than before.
  const targets = [AWS_DEFAULTS, ACTION_DEFAULTS].flatMap((tg) => {
    const a = at(tg, 'action-healthy');
    if (a.samples === 0) return [];
    return [
      targetFigure(
        `healthy -> done, max, ${tg.label}`,
        finite(a.healthyToDoneMax),
        TARGET.healthyToDoneS,
        's',
      ),
      targetFigure(
        `watch reads per deploy, ${tg.label}`,
        a.watchCalls,
        tg === AWS_DEFAULTS ? TARGET.watchReads.aws : TARGET.watchReads.action,
        'calls',
      ),
    ];
  });
  console.log('');
  console.log(targetTable(targets));
  console.log('');
  console.log(
    table(
      ['ratio', 'value'],
      ratios.map((r) => [r.what, r.value]),
    ),
  );
  const wallSeconds = (Date.now() - startedAt) / 1000;
  console.log(`\nwall time ${wallSeconds.toFixed(0)} s`);
  console.log(
    jsonLine('time-to-done', {
      unit: 'emulated seconds',
      timeScale,
      runs,
      waiterRuns,
      waiter: {
        minDelay: WAITER_MIN_DELAY_S,
        maxDelay: WAITER_SDK_MAX_DELAY_S,
        maxWaitTime: WAITER_MAX_WAIT_S,
      },
      summary,
      ratios,
      targets,
      measurements: all,
      wallSeconds,
    }),
  );
});
