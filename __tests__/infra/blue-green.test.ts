import type { Action } from '@aws-sdk/client-elastic-load-balancing-v2';
import { ensureStack } from '../../src/infra';
import { TEST_TRAFFIC_HEADER } from '../../src/infra/context';
import { MemoryLogger } from '../helpers/memory-logger';
import type { DeployConfig } from '../../src/config/types';
import { isMutatingOperation } from '../../emulator/src/core/operations';
import { fakeAccount } from './fake-account';
import { testConfig } from '../fixtures/config';

type Account = ReturnType<typeof fakeAccount>;
let account: Account;
beforeEach(() => {
  account = fakeAccount();
});
afterEach(() => account.restore());

const ROLE = 'arn:aws:iam::123456789012:role/ecs-infrastructure';
const apply = (config: DeployConfig, plan = false) =>
  ensureStack(config, account.clients, { plan, log: new MemoryLogger() });
const mutating = (): string[] => account.sequence().filter(isMutatingOperation);
const routed = (kind: DeployConfig['strategy']['kind'], extra: Parameters<typeof testConfig>[0] = {}) =>
  testConfig({
    loadBalancer: { hostHeader: ['app.example.com'] },
    strategy: { kind, infrastructureRoleArn: ROLE },
    ...extra,
  });
const tgArn = (name: string) => account.state.tgs.find((t) => t.TargetGroupName === name)?.TargetGroupArn;
const weights = (actions: Action[] | undefined) =>
  actions?.[0]?.ForwardConfig?.TargetGroups?.map((g) => [g.TargetGroupArn, g.Weight]);
const testRule = () => account.state.rules.find((r) => r.Conditions?.some((c) => c.Field === 'http-header'));
const productionRule = () =>
  account.state.rules.find((r) => !r.Conditions?.some((c) => c.Field === 'http-header'));

describe('blue/green infrastructure', () => {
  it('makes the alternate group, a production rule naming both groups and the test rule ahead of it', async () => {
    const result = await apply(routed('blue-green'));
    const main = tgArn('web-hello-production')!;
    const alt = tgArn('web-hello-production-alt')!;
    expect(alt).toBeDefined();
    const [mainTg, altTg] = [main, alt].map((a) => account.state.tgs.find((t) => t.TargetGroupArn === a)!);
    const settings = (t: typeof mainTg) => ({ ...t, TargetGroupArn: '', TargetGroupName: '' });
    expect(settings(altTg)).toEqual(settings(mainTg));
    expect(weights(productionRule()?.Actions)).toEqual([
      [main, 100],
      [alt, 0],
    ]);
    const test = testRule()!;
    expect(Number(test.Priority)).toBeLessThan(Number(productionRule()!.Priority));
    expect(test.Conditions).toEqual(
      expect.arrayContaining([
        { Field: 'host-header', HostHeaderConfig: { Values: ['app.example.com'] } },
        {
          Field: 'http-header',
          HttpHeaderConfig: { HttpHeaderName: TEST_TRAFFIC_HEADER.name, Values: [TEST_TRAFFIC_HEADER.value] },
        },
      ]),
    );
    expect(result).toMatchObject({
      targetGroupArn: main,
      alternateTargetGroupArn: alt,
      productionRuleArn: productionRule()!.RuleArn,
      testRuleArn: test.RuleArn,
      errorAlarm: { name: 'ecs-fargate-deploy-web-hello-production-5xx' },
    });
    const alarm = account.state.alarms[0];
    const dims = alarm
      .Metrics!.filter((q) => q.MetricStat)
      .map((q) => q.MetricStat!.Metric!.Dimensions![0].Value);
    expect(new Set(dims)).toEqual(new Set([main, alt].map((a) => a.slice(a.lastIndexOf(':') + 1))));
    expect(alarm.Metrics!.at(-1)!.Expression).toBe('IF(rate0 > rate1, rate0, rate1)');
    expect(alarm.Metrics!.find((m) => m.Id === 'rate0')!.Expression).toBe(
      'IF(FILL(r0, 0) >= 20, 100 * FILL(e0, 0) / r0, 0)',
    );
    expect(alarm).toMatchObject({ Threshold: 5, EvaluationPeriods: 1, TreatMissingData: 'notBreaching' });
  });

  it('moves a rolling service over: the rule at the lowest priority makes room for the test rule', async () => {
    await apply(routed('rolling'));
    expect(productionRule()!.Priority).toBe('1');
    account.resetHistory();
    const result = await apply(routed('canary'));
    expect(Number(testRule()!.Priority)).toBe(1);
    expect(Number(productionRule()!.Priority)).toBe(2);
    expect(result.alternateTargetGroupArn).toBe(tgArn('web-hello-production-alt'));
    expect(mutating()).toEqual(
      expect.arrayContaining([
        'CreateTargetGroup',
        'ModifyRule',
        'SetRulePriorities',
        'CreateRule',
        'PutMetricAlarm',
      ]),
    );
  });

  it('keeps the weights ECS set: after a swap, traffic stays on the alternate group and the next run changes nothing', async () => {
    await apply(routed('blue-green'));
    const main = tgArn('web-hello-production')!;
    const alt = tgArn('web-hello-production-alt')!;
    const swapped: Action[] = [
      {
        Type: 'forward',
        ForwardConfig: {
          TargetGroups: [
            { TargetGroupArn: main, Weight: 0 },
            { TargetGroupArn: alt, Weight: 100 },
          ],
        },
      },
    ];
    productionRule()!.Actions = structuredClone(swapped);
    testRule()!.Actions = structuredClone(swapped);
    account.resetHistory();
    const result = await apply(routed('blue-green'));
    expect(mutating()).toEqual([]);
    expect(result).toMatchObject({ targetGroupArn: alt, alternateTargetGroupArn: main });

    // Back to rolling: the rule keeps both groups (traffic stays where it is), the test rule goes.
    const rolling = await apply(routed('rolling'));
    expect(weights(productionRule()!.Actions)).toEqual([
      [main, 0],
      [alt, 100],
    ]);
    expect(testRule()).toBeUndefined();
    expect(rolling.targetGroupArn).toBe(alt);
    expect(rolling.alternateTargetGroupArn).toBeUndefined();
    const alarmGroups = account.state.alarms[0]
      .Metrics!.filter((q) => q.MetricStat)
      .map((q) => q.MetricStat!.Metric!.Dimensions![0].Value);
    expect(new Set(alarmGroups)).toEqual(new Set([alt.slice(alt.lastIndexOf(':') + 1)]));
  });

  it('takes the listener default rule as the production rule when the service has the whole listener', async () => {
    const result = await apply(testConfig({ strategy: { kind: 'linear', infrastructureRoleArn: ROLE } }));
    const listener = account.state.listeners[0];
    expect(weights(listener.DefaultActions)).toEqual([
      [tgArn('web-hello-production'), 100],
      [tgArn('web-hello-production-alt'), 0],
    ]);
    expect(result.productionRuleArn).toBe(`${listener.ListenerArn}/default`);
    expect(testRule()!.Conditions).toHaveLength(1);
    expect(result.testRuleArn).toBe(testRule()!.RuleArn);
  });

  it('corrects a drifted alarm and deletes it when rollback-on-errors is turned off', async () => {
    await apply(routed('rolling'));
    account.state.alarms[0].Threshold = 50;
    account.resetHistory();
    await apply(routed('rolling'));
    expect(mutating()).toEqual(['PutMetricAlarm']);
    expect(account.state.alarms[0].Threshold).toBe(5);
    const off = await apply(routed('rolling', { errorAlarm: { enabled: false } }));
    expect(account.state.alarms).toEqual([]);
    expect(off.errorAlarm).toBeUndefined();
    expect(off.changes).toContainEqual(expect.objectContaining({ action: 'delete', resource: 'alarm' }));
  });

  it('in plan mode says what blue/green would add and changes nothing', async () => {
    await apply(routed('rolling'));
    account.resetHistory();
    const result = await apply(routed('blue-green'), true);
    expect(mutating()).toEqual([]);
    const made = result.changes.filter((c) => c.action !== 'keep').map((c) => `${c.action} ${c.resource}`);
    expect(made).toEqual(
      expect.arrayContaining(['create target-group', 'update listener-rule', 'create listener-rule']),
    );
  });
});
