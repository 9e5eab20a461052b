import { mockClient } from 'aws-sdk-client-mock';
import {
  DeleteRuleCommand,
  DeleteTargetGroupCommand,
  DescribeListenersCommand,
  DescribeLoadBalancersCommand,
  DescribeRulesCommand,
  DescribeTagsCommand,
  DescribeTargetGroupsCommand,
  ElasticLoadBalancingV2Client,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import {
  DeleteServiceCommand,
  DeregisterTaskDefinitionCommand,
  DescribeServicesCommand,
  ECSClient,
  ListTaskDefinitionsCommand,
  UpdateServiceCommand,
} from '@aws-sdk/client-ecs';
import {
  CloudWatchLogsClient,
  DeleteLogGroupCommand,
  DescribeLogGroupsCommand,
  ListTagsForResourceCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import {
  CloudWatchClient,
  DeleteAlarmsCommand,
  DeleteAlarmsCommandInput,
  DescribeAlarmsCommand,
} from '@aws-sdk/client-cloudwatch';
import type { AwsClients } from '../../src/aws/clients';
import { readConfig } from '../../src/config/inputs';
import { previewNames } from '../../src/preview/names';
import { teardownPreview } from '../../src/preview/teardown';
import { MemoryLogger } from '../helpers/memory-logger';

const inputs: Record<string, string> = {
  cluster: 'web',
  service: 'hello',
  mode: 'teardown',
  'pull-request': '7',
};
const names = previewNames(
  readConfig((n) => inputs[n] ?? '', { AWS_REGION: 'eu-west-1', GITHUB_REPOSITORY: 'acme/hello' }),
  7,
);
const LB = 'arn:aws:elasticloadbalancing:eu-west-1:1:loadbalancer/app/web/1';
const LISTENER = 'arn:aws:elasticloadbalancing:eu-west-1:1:listener/app/web/1/2';
const TG = 'arn:aws:elasticloadbalancing:eu-west-1:1:targetgroup/web-hello-pr-7-pr-7/3';
const RULE = 'arn:aws:elasticloadbalancing:eu-west-1:1:listener-rule/app/web/1/2/4';
const FAMILY_REV = (n: number) => `arn:aws:ecs:eu-west-1:1:task-definition/web-hello-pr-7:${n}`;
const managed = [
  { Key: 'managed-by', Value: 'ecs-fargate-deploy' },
  { Key: 'pull-request', Value: '7' },
];

const elb = mockClient(ElasticLoadBalancingV2Client);
const ecs = mockClient(ECSClient);
const logs = mockClient(CloudWatchLogsClient);
const cw = mockClient(CloudWatchClient);
const clients = {
  cloudwatch: new CloudWatchClient({ region: 'eu-west-1' }),
  elbv2: new ElasticLoadBalancingV2Client({ region: 'eu-west-1' }),
  ecs: new ECSClient({ region: 'eu-west-1' }),
  logs: new CloudWatchLogsClient({ region: 'eu-west-1' }),
} as unknown as AwsClients;
const mutations: string[] = [];
const notFound = (name: string) => Object.assign(new Error(name), { name });

function world(has: {
  rule: boolean;
  service: boolean;
  tg: boolean;
  revisions: number;
  logGroup: boolean;
  alarm?: boolean;
}) {
  mutations.length = 0;
  elb.reset();
  ecs.reset();
  logs.reset();
  cw.reset();
  cw.on(DescribeAlarmsCommand).resolves({
    MetricAlarms: has.alarm ? [{ AlarmName: 'ecs-fargate-deploy-web-hello-pr-7-pr-7-5xx' }] : [],
  });
  cw.on(DeleteAlarmsCommand).callsFake(
    (i: DeleteAlarmsCommandInput) => void mutations.push(`DeleteAlarms ${i.AlarmNames?.join(',')}`),
  );
  elb
    .on(DescribeLoadBalancersCommand)
    .resolves({ LoadBalancers: [{ LoadBalancerArn: LB, LoadBalancerName: 'web' }] });
  elb.on(DescribeListenersCommand).resolves({ Listeners: [{ ListenerArn: LISTENER, Port: 80 }] });
  elb.on(DescribeRulesCommand).resolves({
    Rules: [
      { RuleArn: `${LISTENER}/default`, IsDefault: true, Priority: 'default' },
      ...(has.rule
        ? [{ RuleArn: RULE, Priority: '40000', Actions: [{ Type: 'forward' as const, TargetGroupArn: TG }] }]
        : []),
      {
        RuleArn: `${RULE}-other`,
        Priority: '10',
        Actions: [{ Type: 'forward' as const, TargetGroupArn: 'other' }],
      },
    ],
  });
  elb.on(DescribeTagsCommand).callsFake((input: { ResourceArns: string[] }) => ({
    TagDescriptions: input.ResourceArns.map((ResourceArn) => ({
      ResourceArn,
      Tags: ResourceArn === TG || ResourceArn === RULE ? managed : [],
    })),
  }));
  if (has.tg)
    elb
      .on(DescribeTargetGroupsCommand)
      .resolves({ TargetGroups: [{ TargetGroupArn: TG, TargetGroupName: names.targetGroup }] });
  else elb.on(DescribeTargetGroupsCommand).rejects(notFound('TargetGroupNotFoundException'));
  elb.on(DeleteRuleCommand).callsFake(() => void mutations.push('DeleteRule'));
  elb.on(DeleteTargetGroupCommand).callsFake(() => void mutations.push('DeleteTargetGroup'));
  ecs.on(DescribeServicesCommand).resolves({
    services: has.service
      ? [{ serviceName: 'hello-pr-7', status: 'ACTIVE', desiredCount: 1, serviceArn: 'svc' }]
      : [],
    failures: has.service ? [] : [{ reason: 'MISSING' }],
  });
  ecs
    .on(UpdateServiceCommand)
    .callsFake(
      (i: { desiredCount: number }) => void mutations.push(`UpdateService desiredCount=${i.desiredCount}`),
    );
  ecs
    .on(DeleteServiceCommand)
    .callsFake((i: { force: boolean }) => void mutations.push(`DeleteService force=${i.force}`));
  ecs.on(ListTaskDefinitionsCommand).resolves({
    taskDefinitionArns: [
      ...Array.from({ length: has.revisions }, (_, i) => FAMILY_REV(i + 1)),
      // Same prefix, another preview's family: never touched.
      'arn:aws:ecs:eu-west-1:1:task-definition/web-hello-pr-70:1',
    ],
  });
  ecs
    .on(DeregisterTaskDefinitionCommand)
    .callsFake(
      (i: { taskDefinition: string }) => void mutations.push(`Deregister ${i.taskDefinition.split('/')[1]}`),
    );
  logs.on(DescribeLogGroupsCommand).resolves({
    logGroups: has.logGroup
      ? [{ logGroupName: names.logGroup, arn: 'arn:aws:logs:eu-west-1:1:log-group:/ecs/web/hello-pr-7:*' }]
      : [],
  });
  logs
    .on(ListTagsForResourceCommand)
    .resolves({ tags: { 'managed-by': 'ecs-fargate-deploy', 'pull-request': '7' } });
  logs.on(DeleteLogGroupCommand).callsFake(() => void mutations.push('DeleteLogGroup'));
}

const opts = () => ({ log: new MemoryLogger(), sleep: async () => undefined });

test('a full preview goes in order: rule, service scaled to 0 then deleted, alarm, target group, revisions, log group', async () => {
  world({ rule: true, service: true, tg: true, revisions: 2, logGroup: true, alarm: true });
  const steps = await teardownPreview(clients, names, opts());
  expect(mutations).toEqual([
    'DeleteRule',
    'UpdateService desiredCount=0',
    'DeleteService force=true',
    'DeleteAlarms ecs-fargate-deploy-web-hello-pr-7-pr-7-5xx',
    'DeleteTargetGroup',
    'Deregister web-hello-pr-7:1',
    'Deregister web-hello-pr-7:2',
    'DeleteLogGroup',
  ]);
  expect(steps.map((s) => `${s.resource}:${s.action}`)).toEqual([
    'listener-rule:deleted',
    'ecs-service:deleted',
    'alarm:deleted',
    'target-group:deleted',
    'task-definition:deleted',
    'log-group:deleted',
  ]);
  expect(logs.commandCalls(ListTagsForResourceCommand)[0].args[0].input.resourceArn).toBe(
    'arn:aws:logs:eu-west-1:1:log-group:/ecs/web/hello-pr-7',
  );
});

test('a half-created preview (target group only) is removed without errors', async () => {
  world({ rule: false, service: false, tg: true, revisions: 0, logGroup: false });
  const steps = await teardownPreview(clients, names, opts());
  expect(mutations).toEqual(['DeleteTargetGroup']);
  expect(steps.filter((s) => s.action === 'absent').map((s) => s.resource)).toEqual([
    'listener-rule',
    'ecs-service',
    'alarm',
    'task-definition',
    'log-group',
  ]);
});

test('a second teardown changes nothing', async () => {
  world({ rule: false, service: false, tg: false, revisions: 0, logGroup: false });
  const steps = await teardownPreview(clients, names, opts());
  expect(mutations).toEqual([]);
  expect(steps.every((s) => s.action === 'absent')).toBe(true);
});

test('a log group the action did not make for this preview is kept', async () => {
  world({ rule: false, service: false, tg: false, revisions: 0, logGroup: true });
  logs.on(ListTagsForResourceCommand).resolves({ tags: { team: 'web' } });
  const steps = await teardownPreview(clients, names, opts());
  expect(mutations).toEqual([]);
  expect(steps.at(-1)).toMatchObject({ resource: 'log-group', action: 'kept' });
});

test('a target group still in use is retried a bounded number of times, then fails with what to do', async () => {
  world({ rule: false, service: false, tg: true, revisions: 0, logGroup: false });
  elb.on(DeleteTargetGroupCommand).rejects(notFound('ResourceInUseException'));
  const o = { ...opts(), targetGroupAttempts: 3 };
  await expect(teardownPreview(clients, names, o)).rejects.toThrow(
    /after 3 attempt\(s\).*Run the teardown again/,
  );
  expect(elb.commandCalls(DeleteTargetGroupCommand)).toHaveLength(3);

  world({ rule: false, service: false, tg: true, revisions: 0, logGroup: false });
  elb.on(DeleteTargetGroupCommand).rejectsOnce(notFound('ResourceInUseException')).resolves({});
  const steps = await teardownPreview(clients, names, opts());
  expect(steps.find((s) => s.resource === 'target-group')?.action).toBe('deleted');
  expect(elb.commandCalls(DeleteTargetGroupCommand)).toHaveLength(2);
});
