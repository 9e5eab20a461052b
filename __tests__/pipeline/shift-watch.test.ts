import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  DeregisterTaskDefinitionCommand,
  DescribeServiceDeploymentsCommand,
  DescribeServicesCommand,
  DescribeTasksCommand,
  ECSClient,
  ListServiceDeploymentsCommand,
  ListTasksCommand,
  ServiceDeployment,
  StopServiceDeploymentCommand,
} from '@aws-sdk/client-ecs';
import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import { mockClient } from 'aws-sdk-client-mock';
import { CloudWatchClient, DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch';
import {
  DescribeRulesCommand,
  DescribeTargetHealthCommand,
  ElasticLoadBalancingV2Client,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { createEcsApi } from '../../src/aws/ecs';
import type { PhaseContext } from '../../src/deploy/context';
import { handleFailedDeployment } from '../../src/pipeline/rollback';
import { watchRollout } from '../../src/pipeline/watch';
import { testConfig } from '../fixtures/config';
import { MemoryLogger } from '../helpers/memory-logger';

const SD = 'arn:aws:ecs:eu-west-1:123456789012:service-deployment/web/hello/sd1';
const TD = 'arn:aws:ecs:eu-west-1:123456789012:task-definition/web-hello';
const ecsMock = mockClient(ECSClient);
const cwMock = mockClient(CloudWatchClient);
const elbMock = mockClient(ElasticLoadBalancingV2Client);

/** The service deployment as ECS would answer at each moment of the fake clock: [from ms, what]. */
type Timeline = [number, Partial<ServiceDeployment>][];

const GOOD: Timeline = [
  [0, { lifecycleStage: 'SCALE_UP' }],
  [3_000, { lifecycleStage: 'POST_SCALE_UP' }],
  [5_000, { lifecycleStage: 'POST_TEST_TRAFFIC_SHIFT' }],
  [8_000, { lifecycleStage: 'PRODUCTION_TRAFFIC_SHIFT' }],
  [9_000, { lifecycleStage: 'BAKE_TIME' }],
  [69_000, { lifecycleStage: 'CLEAN_UP' }],
  [72_000, { status: 'SUCCESSFUL' }],
];

/** A server standing in for the load balancer's test rule: it answers `status` and records the requests. */
async function testRuleServer(status: number) {
  const seen: http.IncomingHttpHeaders[] = [];
  const server = http.createServer((req, res) => {
    seen.push(req.headers);
    res.statusCode = status;
    res.end('hello');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return { seen, url: `http://hello-1.eu-west-1.elb.localhost:${port}`, close: () => server.close() };
}

function setup(timeline: Timeline, smoke?: { url: string }) {
  let clock = 1_000_000;
  const start = clock;
  let rollback: Timeline | undefined;
  ecsMock.reset();
  ecsMock.on(DescribeServicesCommand).resolves({
    services: [
      {
        serviceName: 'hello',
        status: 'ACTIVE',
        currentServiceDeployment: SD,
        deployments: [{ id: 'ecs-svc/1', status: 'PRIMARY' }],
        events: [],
      },
    ],
  });
  ecsMock.on(DescribeServiceDeploymentsCommand).callsFake(() => {
    const line = rollback ?? timeline;
    const t = clock - start;
    const at = [...line].reverse().find(([from]) => from <= t)![1];
    return {
      serviceDeployments: [
        {
          serviceDeploymentArn: SD,
          status: 'IN_PROGRESS',
          deploymentConfiguration: { strategy: 'BLUE_GREEN', bakeTimeInMinutes: 1 },
          ...at,
        },
      ],
    };
  });
  ecsMock.on(StopServiceDeploymentCommand).callsFake(() => {
    rollback = [
      [0, { status: 'ROLLBACK_IN_PROGRESS' }],
      [clock - start + 2_000, { status: 'ROLLBACK_SUCCESSFUL' }],
    ];
    return { serviceDeploymentArn: SD };
  });
  // The test rule forwards to the green group once ECS moved it; its target is healthy from 6 s on.
  elbMock.reset();
  elbMock.on(DescribeRulesCommand).resolves({
    Rules: [
      {
        RuleArn: 'arn:rule/test',
        Actions: [
          {
            Type: 'forward',
            ForwardConfig: {
              TargetGroups: [
                { TargetGroupArn: 'tg-blue', Weight: 0 },
                { TargetGroupArn: 'tg-green', Weight: 100 },
              ],
            },
          },
        ],
      },
    ],
  });
  elbMock.on(DescribeTargetHealthCommand).callsFake((input: { TargetGroupArn?: string }) => ({
    TargetHealthDescriptions: [
      {
        Target: { Id: '10.0.0.9', Port: 3000 },
        TargetHealth: {
          State: input.TargetGroupArn === 'tg-green' && clock - start >= 6_000 ? 'healthy' : 'initial',
        },
      },
    ],
  }));
  ecsMock.on(ListTasksCommand).resolves({ taskArns: [] });
  ecsMock.on(DescribeTasksCommand).resolves({ tasks: [] });
  ecsMock.on(DeregisterTaskDefinitionCommand).resolves({});
  const log = new MemoryLogger();
  const config = testConfig({
    strategy: {
      kind: 'blue-green',
      bakeMinutes: 1,
      ...(smoke ? { smokeTest: { path: '/orders', status: '200-299' } } : {}),
    },
  });
  const ctx = {
    config,
    ecs: createEcsApi(new ECSClient({ region: 'eu-west-1' })),
    clients: {
      logs: new CloudWatchLogsClient({ region: 'eu-west-1' }),
      cloudwatch: new CloudWatchClient({ region: 'eu-west-1' }),
      elbv2: new ElasticLoadBalancingV2Client({ region: 'eu-west-1' }),
    },
    log,
    now: () => clock,
    sleep: async (ms: number) => void (clock += ms),
  } as unknown as PhaseContext;
  const stack = { cluster: 'web', url: smoke?.url, testRuleArn: smoke ? 'arn:rule/test' : undefined };
  const window = { since: start, deadline: start + 15 * 60_000, openedAt: start };
  return { ctx, log, stack, window, elapsed: () => clock - start };
}

afterAll(() => {
  ecsMock.restore();
  cwMock.restore();
  elbMock.restore();
});

describe('a blue/green deployment is followed through its service deployment', () => {
  it('prints each stage once, smoke-tests through the test rule, and ends at SUCCESSFUL', async () => {
    const server = await testRuleServer(200);
    try {
      const { ctx, log, stack, window, elapsed } = setup(GOOD, server);
      const r = await watchRollout(ctx, stack, 'ecs-svc/1', window);
      expect(r.verdict.state).toBe('healthy');
      const stages = log.lines.filter((l) => l.startsWith('service deployment'));
      expect(stages.map((l) => /stage (\w+)/.exec(l)?.[1] ?? l)).toEqual([
        'SCALE_UP',
        'POST_SCALE_UP',
        'POST_TEST_TRAFFIC_SHIFT',
        'PRODUCTION_TRAFFIC_SHIFT',
        'BAKE_TIME',
        'CLEAN_UP',
        'service deployment SUCCESSFUL, production traffic 100% new / 0% old',
      ]);
      // The smoke test went to 127.0.0.1 with the load balancer's name and the test header, before production moved.
      expect(server.seen.length).toBe(3);
      expect(server.seen[0].host).toBe(new URL(server.url).host);
      expect(server.seen[0]['x-deploy-test']).toBe('green');
      expect(r.smoke).toMatchObject({
        passed: true,
        stage: 'POST_TEST_TRAFFIC_SHIFT',
        productionPercentAtVerdict: 0,
      });
      // Bounded reads: fast around the changes, slower in the one-minute bake, ended just after SUCCESSFUL.
      expect(elapsed()).toBeGreaterThanOrEqual(72_000);
      expect(elapsed()).toBeLessThan(72_000 + 5_000);
      expect(r.polls).toBeLessThan(40);
      expect(r.shift?.track.moves.map((m) => m.percent)).toEqual([0, 100]);
    } finally {
      server.close();
    }
  });

  it('a failed smoke test stops the deployment with ROLLBACK and follows ECS back to the old revision', async () => {
    const server = await testRuleServer(500);
    try {
      const { ctx, log, stack, window } = setup(GOOD, server);
      const watch = await watchRollout(ctx, stack, 'ecs-svc/1', window);
      expect(watch.verdict.state).toBe('failed');
      expect(watch.verdict.reasons[0]).toBe(
        `the smoke test failed: GET ${server.url}/orders answered 500, expected 200-299`,
      );
      expect(server.seen.length).toBe(1);
      const outcome = await handleFailedDeployment(ctx, failedFrom(watch));
      expect(ecsMock.commandCalls(StopServiceDeploymentCommand).map((c) => c.args[0].input)).toEqual([
        { serviceDeploymentArn: SD, stopType: 'ROLLBACK' },
      ]);
      expect(outcome).toMatchObject({ rolledBack: true, by: 'action' });
      expect(outcome.note).toBe(
        'rolled back with StopServiceDeployment to web-hello:1; all traffic is back on it',
      );
      expect(outcome.digest.smokeTest?.requests[0]).toMatchObject({ status: 500, passed: false });
      expect(log.text()).toContain('[rollback] service deployment ROLLBACK_SUCCESSFUL');
    } finally {
      server.close();
    }
  });
});

it('a rollback ECS started on an alarm is said so, with the alarm, and followed rather than repeated', async () => {
  const { ctx, stack, window } = setup([
    [0, { lifecycleStage: 'BAKE_TIME' }],
    [
      4_000,
      {
        status: 'ROLLBACK_IN_PROGRESS',
        alarms: { status: 'TRIGGERED', alarmNames: ['hello-5xx'], triggeredAlarmNames: ['hello-5xx'] },
      },
    ],
    [6_000, { status: 'ROLLBACK_SUCCESSFUL' }],
  ]);
  const watch = await watchRollout(ctx, stack, 'ecs-svc/1', window);
  expect(watch.verdict).toMatchObject({
    state: 'failed',
    ecsRolledBack: true,
    reasons: ['ECS rolled the deployment back: the alarm hello-5xx went into ALARM'],
  });
  cwMock.reset();
  cwMock.on(DescribeAlarmsCommand).resolves({
    MetricAlarms: [
      {
        AlarmName: 'hello-5xx',
        StateValue: 'ALARM',
        Threshold: 5,
        StateReason:
          'Threshold Crossed: 1 datapoint [31.25 (02/12/26 17:40:00)] was greater than the threshold (5.0).',
        StateReasonData: '{"version":"1.0","recentDatapoints":[31.25],"threshold":5.0}',
      },
    ],
  });
  const errorAlarm = { name: 'hello-5xx', thresholdPercent: 5, minRequests: 20 };
  const outcome = await handleFailedDeployment(ctx, { ...failedFrom(watch), errorAlarm });
  expect(outcome.digest.alarm).toEqual({
    name: 'hello-5xx',
    threshold: '5xx answers above 5% of the requests in a minute, with at least 20 requests',
    reason:
      'Threshold Crossed: 1 datapoint [31.25 (02/12/26 17:40:00)] was greater than the threshold (5.0).',
    values: 'recent datapoints 31.25 against a threshold of 5',
  });
  expect(ecsMock.commandCalls(StopServiceDeploymentCommand)).toHaveLength(0);
  expect(outcome).toMatchObject({ rolledBack: true, by: 'ecs' });
  expect(outcome.note).toBe('ECS rolled the service back to web-hello:1; all traffic is back on it');
});

function failedFrom(watch: Awaited<ReturnType<typeof watchRollout>>) {
  return {
    cluster: 'web',
    service: 'hello',
    deploymentId: 'ecs-svc/1',
    taskDefinitionArn: `${TD}:2`,
    registeredByThisRun: true,
    previousTaskDefinitionArn: `${TD}:1`,
    containerName: 'hello',
    containerPort: 3000,
    since: 0,
    watch,
  };
}

it('finds the service deployment by listing the ones created since the run began when DescribeServices does not name it', async () => {
  const { ctx, stack, window } = setup([
    [0, { lifecycleStage: 'SCALE_UP' }],
    [2_000, { status: 'SUCCESSFUL' }],
  ]);
  ecsMock
    .on(DescribeServicesCommand)
    .resolves({ services: [{ serviceName: 'hello', status: 'ACTIVE', events: [] }] });
  ecsMock.on(ListServiceDeploymentsCommand).resolves({
    serviceDeployments: [
      { serviceDeploymentArn: `${SD}-older`, createdAt: new Date(1_000) },
      { serviceDeploymentArn: SD, createdAt: new Date(2_000) },
    ],
  });
  const r = await watchRollout(ctx, stack, 'ecs-svc/1', window);
  expect(r.verdict.state).toBe('healthy');
  expect(r.shift?.view?.arn).toBe(SD);
  const listed = ecsMock.commandCalls(ListServiceDeploymentsCommand)[0].args[0].input;
  expect(listed).toMatchObject({
    cluster: 'web',
    service: 'hello',
    createdAt: { after: new Date(window.openedAt - 5_000) },
  });
});
