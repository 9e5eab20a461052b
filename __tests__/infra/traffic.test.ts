import type { Action } from '@aws-sdk/client-elastic-load-balancing-v2';
import { planForward, ServiceTargetGroups } from '../../src/infra/traffic';
import { alternateTargetGroupName, errorAlarmName } from '../../src/infra/naming';
import { errorRateQueries } from '../../src/infra/alarms';
import { evaluate, type MathValue } from '../../emulator/src/services/cloudwatch/math';

const tg = (name: string) =>
  `arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/${name}/0123abcd`;
const MAIN = tg('web-hello-production');
const ALT = tg('web-hello-production-alt');
const groups: ServiceTargetGroups = { main: MAIN, alternate: ALT, alternateName: 'web-hello-production-alt' };
const weighted = (main: number, alt: number): Action[] => [
  {
    Type: 'forward',
    ForwardConfig: {
      TargetGroups: [
        { TargetGroupArn: MAIN, Weight: main },
        { TargetGroupArn: ALT, Weight: alt },
      ],
    },
  },
];

describe('planForward', () => {
  it('adds the alternate group at weight 0 to a plain forward when blue/green is wanted', () => {
    const plan = planForward([{ Type: 'forward', TargetGroupArn: MAIN }], groups, true);
    expect(plan.serving).toBe(MAIN);
    expect(plan.standby).toBe(ALT);
    expect(plan.action?.ForwardConfig?.TargetGroups).toEqual([
      { TargetGroupArn: MAIN, Weight: 100 },
      { TargetGroupArn: ALT, Weight: 0 },
    ]);
  });

  it("keeps ECS's weights, mid-shift or swapped, and names the heavier group as serving", () => {
    expect(planForward(weighted(0, 100), groups, true)).toEqual({ serving: ALT, standby: MAIN });
    expect(planForward(weighted(90, 10), groups, true)).toEqual({ serving: MAIN, standby: ALT });
  });

  it('with rolling, keeps a two-group forward left by blue/green, finding the alternate by its name', () => {
    const rolling = { main: MAIN, alternateName: groups.alternateName };
    expect(planForward(weighted(0, 100), rolling, false)).toEqual({ serving: ALT, standby: MAIN });
    expect(planForward([{ Type: 'forward', TargetGroupArn: MAIN }], rolling, false)).toEqual({
      serving: MAIN,
    });
  });

  it("rewrites a forward to another service's group or a non-forward action", () => {
    const other = planForward([{ Type: 'forward', TargetGroupArn: tg('other') }], groups, false);
    expect(other.action).toEqual({ Type: 'forward', TargetGroupArn: MAIN });
    const fixed = planForward([{ Type: 'fixed-response' }], groups, true);
    expect(fixed.action?.ForwardConfig?.TargetGroups).toHaveLength(2);
  });
});

describe('names and the alarm', () => {
  it('fits the alternate group into 32 characters and the alarm name into 255, stably', () => {
    expect(alternateTargetGroupName('web-hello-production')).toBe('web-hello-production-alt');
    const long = alternateTargetGroupName('a'.repeat(32));
    expect(long.length).toBeLessThanOrEqual(32);
    expect(alternateTargetGroupName('a'.repeat(32))).toBe(long);
    const alarm = errorAlarmName('c'.repeat(200), 's'.repeat(200), 'production');
    expect(alarm.length).toBeLessThanOrEqual(255);
    expect(alarm).toMatch(/^ecs-fargate-deploy-.*-5xx$/);
    expect(errorAlarmName('c'.repeat(200), 's'.repeat(199), 'production')).not.toBe(alarm);
  });

  it('takes the highest rate of the groups, each over its own requests, and returns only it', () => {
    const lb = 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/web/99';
    const q = errorRateQueries(
      [
        { targetGroupArn: MAIN, loadBalancerArn: lb },
        { targetGroupArn: ALT, loadBalancerArn: lb },
      ],
      50,
    );
    expect(q.filter((x) => x.ReturnData !== false).map((x) => x.Id)).toEqual(['rate']);
    // The expressions run through the emulator's metric math, one minute of counts per metric.
    const rateOf = (counts: Record<string, number | undefined>): number => {
      const vars: Record<string, MathValue> = {};
      for (const [id, v] of Object.entries(counts)) vars[id] = new Map(v === undefined ? [] : [[0, v]]);
      for (const x of q.filter((x) => x.Expression)) vars[x.Id!] = evaluate(x.Expression!, vars, [0]);
      const rate = vars.rate;
      return typeof rate === 'number' ? rate : (rate.get(0) ?? NaN);
    };
    // A 5 % canary answering half of its 60 requests with 500, beside a healthy blue: 50 %, not 2.5 %.
    expect(rateOf({ e0: undefined, r0: 1140, e1: 30, r1: 60 })).toBe(50);
    expect(rateOf({ e0: 3, r0: 100, e1: undefined, r1: 0 })).toBe(3);
    // Under the minimum of requests in a group, that group's rate is 0.
    expect(rateOf({ e0: undefined, r0: 1000, e1: 20, r1: 40 })).toBe(0);
    expect(q[0].MetricStat?.Metric?.Dimensions).toEqual([
      { Name: 'TargetGroup', Value: 'targetgroup/web-hello-production/0123abcd' },
      { Name: 'LoadBalancer', Value: 'app/web/99' },
    ]);
  });
});
