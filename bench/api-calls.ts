/**
 * AWS calls per deploy, read from the emulator's call log: a first deploy into an empty account, a
 * redeploy that changes nothing, and an update to a new image, broken down by service and operation.
 * Then the calls per minute of watching a deployment (a short watch with this action's target-group
 * defaults, and a long one: AWS's defaults with `wait-until: stable`, which idles through the 300 s
 * deregistration delay), set against the account-wide rate limits in docs/aws-limits.md.
 *
 * Minutes are emulated minutes (wall time x time scale); the action's own timers run at the same scale.
 *
 *   npx tsx bench/api-calls.ts [--time-scale 30]
 */
import { ACTION_DEFAULTS, AWS_DEFAULTS, CallRecord, ecrImage, TargetGroupSettings } from './lib/emulator';
import { emulatedSeconds, formatNumber, jsonLine, main, numberFlag, table } from './lib/report';
import {
  deployTimeline,
  doneLine,
  openStage,
  REPOSITORY,
  requireSuccess,
  runAction,
  settle,
  Stage,
} from './lib/scenario';
import type { StampedRun } from './lib/action';
import { isMutatingOperation } from '../emulator/src/core/operations';

/**
 * Sustained (refill) rates per account and region, per second, from docs/aws-limits.md: what every tool
 * in the account shares.
 */
const SUSTAINED_LIMITS_PER_SECOND: {
  service: string;
  operations: string[];
  perSecond: number;
  label: string;
}[] = [
  {
    service: 'ecs',
    operations: ['DescribeServices', 'ListServices'],
    perSecond: 20,
    label: 'ECS service reads',
  },
  { service: 'ecs', operations: ['DescribeTasks', 'ListTasks'], perSecond: 20, label: 'ECS task reads' },
  {
    service: 'ecs',
    operations: ['DescribeTaskDefinition', 'ListTaskDefinitions'],
    perSecond: 20,
    label: 'ECS task-definition reads',
  },
  { service: 'elasticloadbalancing', operations: ['Describe*'], perSecond: 10, label: 'ELBv2 Describe*' },
];

const opKey = (c: CallRecord) => `${c.service} ${c.operation}`;

function countBy(calls: CallRecord[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const c of calls) m.set(opKey(c), (m.get(opKey(c)) ?? 0) + 1);
  return m;
}

interface DeployCalls {
  name: string;
  total: number;
  mutating: number;
  byOperation: Record<string, number>;
}

async function callsOf(stage: Stage, name: string, run: () => Promise<StampedRun>): Promise<DeployCalls> {
  await stage.api.clearCalls();
  const r = await run();
  requireSuccess(r, name);
  const calls = await stage.api.calls();
  return {
    name,
    total: calls.length,
    mutating: calls.filter((c) => isMutatingOperation(c.operation)).length,
    byOperation: Object.fromEntries(countBy(calls)),
  };
}

interface WatchRate {
  name: string;
  emulatedMinutes: number;
  calls: number;
  perMinute: number;
  byOperationPerMinute: Record<string, number>;
  budget: { label: string; perMinute: number; limitPerMinute: number; shareOfLimit: number }[];
}

/** Calls per emulated minute between the UpdateService call and the action's "done". */
async function watchRate(
  stage: Stage,
  name: string,
  image: string,
  extra: Record<string, string>,
): Promise<WatchRate> {
  const since = Date.now();
  const r = await runAction(stage, { image, ...extra });
  requireSuccess(r, name);
  const done = doneLine(r);
  if (!done) throw new Error(`${name}: no "Deployment ... is healthy/stable" line`);
  const t = await deployTimeline(stage, since);
  const calls = (await stage.api.calls(t.updateAtMs)).filter(
    (c) => Date.parse(c.at) > t.updateAtMs && Date.parse(c.at) <= done.atMs,
  );
  const minutes = emulatedSeconds(done.atMs - t.updateAtMs, stage.timeScale) / 60;
  const perMinute = (n: number) => n / minutes;
  const byOp = countBy(calls);
  const budget = SUSTAINED_LIMITS_PER_SECOND.map((l) => {
    const n = calls.filter(
      (c) =>
        c.service === l.service &&
        l.operations.some((op) =>
          op.endsWith('*') ? c.operation.startsWith(op.slice(0, -1)) : c.operation === op,
        ),
    ).length;
    const limitPerMinute = l.perSecond * 60;
    return {
      label: l.label,
      perMinute: perMinute(n),
      limitPerMinute,
      shareOfLimit: perMinute(n) / limitPerMinute,
    };
  });
  return {
    name,
    emulatedMinutes: minutes,
    calls: calls.length,
    perMinute: perMinute(calls.length),
    byOperationPerMinute: Object.fromEntries([...byOp].map(([k, n]) => [k, perMinute(n)])),
    budget,
  };
}

async function withStage<T>(
  timeScale: number,
  tg: TargetGroupSettings,
  fn: (stage: Stage) => Promise<T>,
): Promise<T> {
  const stage = await openStage(timeScale, tg);
  try {
    return await fn(stage);
  } finally {
    await stage.emu.stop();
  }
}

main('api-calls', 5 * 60_000, async () => {
  const timeScale = numberFlag('time-scale', 30, 1, 100);
  const startedAt = Date.now();
  console.log(`api-calls: time scale ${timeScale}; rates per emulated minute`);

  const deploys = await withStage(timeScale, ACTION_DEFAULTS, async (stage) => {
    const first = await callsOf(stage, 'first deploy', () =>
      runAction(stage, { image: ecrImage(REPOSITORY, 'v1') }),
    );
    await settle(stage);
    const same = await callsOf(stage, 'no-change redeploy', () =>
      runAction(stage, { image: ecrImage(REPOSITORY, 'v1') }),
    );
    await settle(stage);
    const update = await callsOf(stage, 'update', () =>
      runAction(stage, { image: ecrImage(REPOSITORY, 'v2') }),
    );
    return [first, same, update];
  });

  const shortWatch = await withStage(timeScale, ACTION_DEFAULTS, async (stage) => {
    requireSuccess(await runAction(stage, { image: ecrImage(REPOSITORY, 'v1') }), 'first deploy');
    await settle(stage);
    return watchRate(stage, 'short watch: action TG defaults, healthy', ecrImage(REPOSITORY, 'v2'), {});
  });
  const longWatch = await withStage(timeScale, AWS_DEFAULTS, async (stage) => {
    requireSuccess(await runAction(stage, { image: ecrImage(REPOSITORY, 'v1') }), 'first deploy');
    await settle(stage);
    return watchRate(stage, 'long watch: AWS TG defaults, stable', ecrImage(REPOSITORY, 'v2'), {
      'wait-until': 'stable',
    });
  });

  const ops = [...new Set(deploys.flatMap((d) => Object.keys(d.byOperation)))].sort();
  console.log('\nAWS calls per deploy (action defaults for the target group)\n');
  console.log(
    table(
      ['service operation', ...deploys.map((d) => d.name)],
      [
        ...ops.map((op) => [op, ...deploys.map((d) => d.byOperation[op] ?? 0)]),
        ['total', ...deploys.map((d) => d.total)],
        ['of which change something', ...deploys.map((d) => d.mutating)],
      ],
    ),
  );

  console.log('\nCalls per emulated minute of watching (UpdateService to "done")\n');
  const watches = [shortWatch, longWatch];
  const watchOps = [...new Set(watches.flatMap((w) => Object.keys(w.byOperationPerMinute)))].sort();
  console.log(
    table(
      ['service operation', ...watches.map((w) => w.name)],
      [
        ...watchOps.map((op) => [op, ...watches.map((w) => formatNumber(w.byOperationPerMinute[op] ?? 0))]),
        ['all calls per minute', ...watches.map((w) => formatNumber(w.perMinute))],
        ['watch length, emulated minutes', ...watches.map((w) => formatNumber(w.emulatedMinutes, 2))],
      ],
    ),
  );
  console.log('\nShare of the account-wide sustained rate limit one watching deploy uses\n');
  console.log(
    table(
      [
        'limit (docs/aws-limits.md)',
        'per minute',
        ...watches.map((w) => w.name),
        'watches at once to reach it',
      ],
      SUSTAINED_LIMITS_PER_SECOND.map((l, i) => {
        // The busiest watch decides how many deploys can watch side by side before AWS throttles.
        const busiest = Math.max(...watches.map((w) => w.budget[i].perMinute));
        return [
          l.label,
          l.perSecond * 60,
          ...watches.map(
            (w) =>
              `${formatNumber(w.budget[i].perMinute)} (${formatNumber(w.budget[i].shareOfLimit * 100, 2)}%)`,
          ),
          busiest > 0 ? Math.floor((l.perSecond * 60) / busiest) : '-',
        ];
      }),
    ),
  );
  const wallSeconds = (Date.now() - startedAt) / 1000;
  console.log(`\nwall time ${wallSeconds.toFixed(0)} s`);
  console.log(
    jsonLine('api-calls', {
      unit: 'calls; rates per emulated minute',
      timeScale,
      deploys,
      watches,
      wallSeconds,
    }),
  );
});
