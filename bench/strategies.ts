/**
 * How fast does a broken version stop answering production traffic?
 *
 * A service of two tasks behind the emulator's load balancer, with the action's own error alarm
 * (src/infra/alarms.ts: 5xx share of the targets' requests per minute, the default threshold and
 * minimum of src/config/strategy.ts) as an ECS deployment alarm with rollback, receives a version
 * that passes its health checks but answers 500 to half of the real requests (image behaviour
 * errorPercent). Steady traffic goes through the data plane the whole time. Measured, per strategy
 * (rolling against blue/green), in emulated seconds on the emulator's virtual clock:
 *
 *   (a) from the rollback decision (ECS's `rollback` event, when the alarm goes to ALARM) to 100 % of
 *       the requests answered by the previous version again (and staying so);
 *   (b) from the first 5xx a client sees to the rollback decision.
 *
 * Target groups use the action's health-check defaults (bench/lib/emulator.ts ACTION_DEFAULTS).
 *
 *   npx tsx bench/strategies.ts [--rates 2] [--runs 3]
 *
 * --rates: requests per emulated second; --runs: runs per strategy, each starting the broken deploy
 * at another point of the alarm's minute. Other bench flags are accepted and unused (virtual clock).
 */
import {
  CreateClusterCommand,
  CreateServiceCommand,
  DescribeServiceDeploymentsCommand,
  DescribeTasksCommand,
  ECSClient,
  ListServiceDeploymentsCommand,
  ListTasksCommand,
  RegisterTaskDefinitionCommand,
  UpdateServiceCommand,
} from '@aws-sdk/client-ecs';
import { DescribeSecurityGroupsCommand, DescribeSubnetsCommand, EC2Client } from '@aws-sdk/client-ec2';
import {
  CreateListenerCommand,
  CreateLoadBalancerCommand,
  CreateRuleCommand,
  CreateTargetGroupCommand,
  ElasticLoadBalancingV2Client,
  ModifyTargetGroupAttributesCommand,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { CloudWatchClient, PutMetricAlarmCommand } from '@aws-sdk/client-cloudwatch';
import http from 'node:http';
import { startEmulator, listenerUrl, type RunningEmulator } from '../emulator/src';
import { errorAlarmInput } from '../src/infra/alarms';
import { ERROR_ALARM_DEFAULTS } from '../src/config/strategy';
import { ACTION_DEFAULTS, sdkClientConfig } from './lib/emulator';
import { formatNumber, jsonLine, main, numberFlag, table, targetFigure } from './lib/report';

type Strategy = 'ROLLING' | 'BLUE_GREEN';
const STRATEGIES: { strategy: Strategy; label: string }[] = [
  { strategy: 'ROLLING', label: 'rolling (alarm rollback)' },
  { strategy: 'BLUE_GREEN', label: 'blue/green (alarm rollback)' },
];
const IMAGE = '000000000000.dkr.ecr.us-east-1.amazonaws.com/web';
const BROKEN_ERROR_PERCENT = 50;
/** Target for (a) with blue/green, from the issue. */
const BLUE_GREEN_TARGET_S = 5;
/** Emulated bounds of one scenario. */
const MAX_EMULATED_MS = 30 * 60_000;
/** After the decision, traffic is "back" once this many emulated seconds of answers all came from the previous version. */
const CONFIRM_MS = 30_000;

interface Answer {
  atMs: number;
  status: number;
  target: string;
}

interface Result {
  strategy: Strategy;
  /** Seconds into an emulated minute (the alarm's period) at which the broken deploy starts. */
  offsetS: number;
  decisionToBackS?: number;
  firstErrorToDecisionS?: number;
  errors: number;
  requests: number;
}

interface Stack {
  emu: RunningEmulator;
  ecs: ECSClient;
  lbPort: number;
  lbHost: string;
}

async function buildStack(strategy: Strategy): Promise<Stack> {
  const emu = await startEmulator({
    port: 0,
    runtime: 'simulated',
    clock: 'virtual',
    timeScale: 1,
    lbPort: 0,
    log: () => {},
  });
  const cfg = { ...sdkClientConfig(emu.url), maxAttempts: 1 };
  const ecs = new ECSClient(cfg);
  const elb = new ElasticLoadBalancingV2Client(cfg);
  const ec2 = new EC2Client(cfg);
  const subnets = (await ec2.send(new DescribeSubnetsCommand({}))).Subnets!;
  const sg = (await ec2.send(new DescribeSecurityGroupsCommand({}))).SecurityGroups![0].GroupId!;
  const network = { subnets: subnets.slice(0, 2).map((s) => s.SubnetId!), securityGroups: [sg] };
  const lb = (
    await elb.send(
      new CreateLoadBalancerCommand({ Name: 'bench', Subnets: network.subnets, SecurityGroups: [sg] }),
    )
  ).LoadBalancers![0];
  const tgs: string[] = [];
  for (const name of ['web-a', 'web-b']) {
    const tg = (
      await elb.send(
        new CreateTargetGroupCommand({
          Name: name,
          Protocol: 'HTTP',
          Port: 3000,
          TargetType: 'ip',
          VpcId: subnets[0].VpcId,
          HealthCheckPath: '/health',
          HealthCheckIntervalSeconds: ACTION_DEFAULTS.interval,
          HealthyThresholdCount: ACTION_DEFAULTS.healthyThreshold,
        }),
      )
    ).TargetGroups![0].TargetGroupArn!;
    await elb.send(
      new ModifyTargetGroupAttributesCommand({
        TargetGroupArn: tg,
        Attributes: [
          { Key: 'deregistration_delay.timeout_seconds', Value: String(ACTION_DEFAULTS.deregistrationDelay) },
        ],
      }),
    );
    tgs.push(tg);
  }
  const listener = (
    await elb.send(
      new CreateListenerCommand({
        LoadBalancerArn: lb.LoadBalancerArn,
        Protocol: 'HTTP',
        Port: 80,
        DefaultActions: [{ Type: 'fixed-response', FixedResponseConfig: { StatusCode: '404' } }],
      }),
    )
  ).Listeners![0];
  const forward =
    strategy === 'BLUE_GREEN'
      ? {
          TargetGroups: [
            { TargetGroupArn: tgs[0], Weight: 100 },
            { TargetGroupArn: tgs[1], Weight: 0 },
          ],
        }
      : { TargetGroups: [{ TargetGroupArn: tgs[0], Weight: 1 }] };
  const rule = (
    await elb.send(
      new CreateRuleCommand({
        ListenerArn: listener.ListenerArn,
        Priority: 10,
        Conditions: [{ Field: 'path-pattern', PathPatternConfig: { Values: ['/*'] } }],
        Actions: [{ Type: 'forward', ForwardConfig: forward }],
      }),
    )
  ).Rules![0].RuleArn!;
  const alarmTargets = (strategy === 'BLUE_GREEN' ? tgs : tgs.slice(0, 1)).map((targetGroupArn) => ({
    targetGroupArn,
    loadBalancerArn: lb.LoadBalancerArn!,
  }));
  const spec = { name: 'web-5xx', ...ERROR_ALARM_DEFAULTS };
  await new CloudWatchClient(cfg).send(
    new PutMetricAlarmCommand(errorAlarmInput(spec as never, alarmTargets, 'web', {})),
  );
  await ecs.send(new CreateClusterCommand({ clusterName: 'bench' }));
  for (const tag of ['v1', 'broken'])
    await ecs.send(
      new RegisterTaskDefinitionCommand({
        family: 'web',
        networkMode: 'awsvpc',
        requiresCompatibilities: ['FARGATE'],
        cpu: '256',
        memory: '512',
        executionRoleArn: 'arn:aws:iam::000000000000:role/exec',
        containerDefinitions: [
          { name: 'app', image: `${IMAGE}:${tag}`, portMappings: [{ containerPort: 3000 }] },
        ],
      }),
    );
  emu.world.imageBehaviours.set(`${IMAGE}:broken`, { errorPercent: BROKEN_ERROR_PERCENT });
  await ecs.send(
    new CreateServiceCommand({
      cluster: 'bench',
      serviceName: 'web',
      taskDefinition: 'web:1',
      desiredCount: 2,
      launchType: 'FARGATE',
      networkConfiguration: { awsvpcConfiguration: network },
      healthCheckGracePeriodSeconds: 10,
      loadBalancers: [
        {
          targetGroupArn: tgs[0],
          containerName: 'app',
          containerPort: 3000,
          ...(strategy === 'BLUE_GREEN'
            ? {
                advancedConfiguration: {
                  alternateTargetGroupArn: tgs[1],
                  productionListenerRule: rule,
                  roleArn: 'arn:aws:iam::000000000000:role/ecs-infrastructure',
                },
              }
            : {}),
        },
      ],
      deploymentConfiguration: {
        strategy,
        bakeTimeInMinutes: 5,
        alarms: { alarmNames: ['web-5xx'], enable: true, rollback: true },
      },
    }),
  );
  const url = new URL((await listenerUrl(emu.world, lb.LoadBalancerArn!, 80))!);
  return { emu, ecs, lbPort: Number(url.port), lbHost: url.hostname };
}

async function latestStatus(ecs: ECSClient): Promise<string | undefined> {
  const [sd] = (await ecs.send(new ListServiceDeploymentsCommand({ cluster: 'bench', service: 'web' })))
    .serviceDeployments!;
  if (!sd) return undefined;
  return (
    await ecs.send(
      new DescribeServiceDeploymentsCommand({ serviceDeploymentArns: [sd.serviceDeploymentArn!] }),
    )
  ).serviceDeployments![0].status;
}

/** The task definition of each task address, read again when an unknown one answers. */
async function taskDefinitionsByAddress(ecs: ECSClient): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const desiredStatus of ['RUNNING', 'STOPPED'] as const) {
    const { taskArns } = await ecs.send(new ListTasksCommand({ cluster: 'bench', desiredStatus }));
    if (!taskArns?.length) continue;
    const { tasks } = await ecs.send(new DescribeTasksCommand({ cluster: 'bench', tasks: taskArns }));
    for (const t of tasks ?? []) {
      const ip = t.containers?.[0]?.networkInterfaces?.[0]?.privateIpv4Address;
      if (ip) out.set(ip, t.taskDefinitionArn!.split('/').pop()!);
    }
  }
  return out;
}

function request(port: number, host: string): Promise<{ status: number; target: string }> {
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port, path: '/', headers: { host }, agent: false }, (res) => {
      res.resume();
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          target: String(res.headers['x-emulator-simulated-target'] ?? ''),
        }),
      );
    });
    req.setTimeout(5_000, () => req.destroy(new Error('timeout')));
    req.on('error', () => resolve({ status: 0, target: '' }));
  });
}

const rollbackAt = (emu: RunningEmulator): number | undefined => {
  const e = emu.world.timeline.find((x) => x.kind === 'rollback');
  return e ? Date.parse(e.at) : undefined;
};

/** Deploys the broken version under steady traffic and measures (a) and (b). */
async function measure(strategy: Strategy, perSecond: number, offsetS: number): Promise<Result> {
  const { emu, ecs, lbPort, lbHost } = await buildStack(strategy);
  try {
    const clock = emu.world.clock;
    const done = (s: string | undefined) => s === 'SUCCESSFUL';
    await clock.runUntil(() => latestStatus(ecs), done, { maxMs: MAX_EMULATED_MS });
    // The broken deploy starts offsetS seconds into an emulated minute (the alarm's period).
    await clock.advance(60_000 - (clock.nowMs() % 60_000) + offsetS * 1000);
    await ecs.send(new UpdateServiceCommand({ cluster: 'bench', service: 'web', taskDefinition: 'web:2' }));
    const stepMs = 1000 / perSecond;
    const answers: Answer[] = [];
    let versions = await taskDefinitionsByAddress(ecs);
    const start = clock.nowMs();
    let backSince: number | undefined;
    while (clock.nowMs() - start < MAX_EMULATED_MS) {
      await clock.advance(stepMs);
      const a = await request(lbPort, lbHost);
      const ip = a.target.split(':')[0];
      if (ip && !versions.has(ip)) versions = await taskDefinitionsByAddress(ecs);
      answers.push({ atMs: clock.nowMs(), status: a.status, target: versions.get(ip) ?? a.target });
      const decided = rollbackAt(emu);
      if (decided === undefined) continue;
      const good = a.status === 200 && versions.get(ip) === 'web:1';
      if (!good) backSince = undefined;
      else if (clock.nowMs() >= decided) backSince ??= clock.nowMs();
      if (backSince !== undefined && clock.nowMs() - backSince >= CONFIRM_MS) break;
    }
    const decided = rollbackAt(emu);
    const firstError = answers.find((x) => x.status >= 500)?.atMs;
    const seconds = (from?: number, to?: number) =>
      from !== undefined && to !== undefined ? Math.round((to - from) / 100) / 10 : undefined;
    return {
      strategy,
      offsetS,
      decisionToBackS: seconds(decided, backSince),
      firstErrorToDecisionS: seconds(firstError, decided),
      errors: answers.filter((x) => x.status >= 500).length,
      requests: answers.length,
    };
  } finally {
    await emu.stop();
  }
}

/** The worst run of a strategy; a run that never got there counts as undefined (not met). */
function worst(results: Result[], strategy: Strategy, pick: (r: Result) => number | undefined) {
  const values = results.filter((r) => r.strategy === strategy).map(pick);
  return values.some((v) => v === undefined) ? undefined : Math.max(...(values as number[]));
}

function report(results: Result[], perSecond: number): void {
  const label = (s: Strategy) => STRATEGIES.find((x) => x.strategy === s)!.label;
  console.log(
    `\nA version answering ${BROKEN_ERROR_PERCENT} % of requests with 500 (health checks pass), ${perSecond} requests per emulated second,` +
      ` alarm: > ${ERROR_ALARM_DEFAULTS.thresholdPercent} % 5xx in a minute of >= ${ERROR_ALARM_DEFAULTS.minRequests} requests (emulated seconds)\n`,
  );
  console.log(
    table(
      [
        'strategy',
        'offset (s)',
        'decision -> 100 % previous (s)',
        'first 5xx -> decision (s)',
        '5xx answered',
        'requests',
      ],
      results.map((r) => [
        label(r.strategy),
        r.offsetS,
        formatNumber(r.decisionToBackS),
        formatNumber(r.firstErrorToDecisionS),
        r.errors,
        r.requests,
      ]),
    ),
  );
  const back = (s: Strategy) => worst(results, s, (r) => r.decisionToBackS);
  const detect = (s: Strategy) => worst(results, s, (r) => r.firstErrorToDecisionS);
  const targets = [
    targetFigure(
      'blue/green: rollback decision to 100 % traffic on the previous version (worst run)',
      back('BLUE_GREEN'),
      BLUE_GREEN_TARGET_S,
      's (emulated)',
    ),
  ];
  console.log(
    [
      '',
      `${targets[0].name}: ${formatNumber(back('BLUE_GREEN'))} s (target <= ${BLUE_GREEN_TARGET_S} s: ${targets[0].met ? 'met' : 'NOT met'}); rolling: ${formatNumber(back('ROLLING'))} s`,
      `first 5xx to rollback decision (worst run): blue/green ${formatNumber(detect('BLUE_GREEN'))} s, rolling ${formatNumber(detect('ROLLING'))} s` +
        ' (one-minute alarm period, evaluated once a minute)',
    ].join('\n'),
  );
  console.log(
    jsonLine('strategies', {
      perSecond,
      errorPercent: BROKEN_ERROR_PERCENT,
      thresholdPercent: ERROR_ALARM_DEFAULTS.thresholdPercent,
      minRequests: ERROR_ALARM_DEFAULTS.minRequests,
      decisionToBackS: { blueGreen: back('BLUE_GREEN'), rolling: back('ROLLING') },
      firstErrorToDecisionS: { blueGreen: detect('BLUE_GREEN'), rolling: detect('ROLLING') },
      results,
      targets,
    }),
  );
}

main('strategies', 6 * 60_000, async () => {
  const perSecond = numberFlag('rates', 2, 0.5, 20);
  const runs = numberFlag('runs', 3, 1, 12);
  const results: Result[] = [];
  for (const { strategy } of STRATEGIES)
    for (let run = 0; run < runs; run++)
      results.push(await measure(strategy, perSecond, Math.round((run * 60) / runs)));
  report(results, perSecond);
});
