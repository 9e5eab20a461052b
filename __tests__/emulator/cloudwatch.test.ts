import {
  CloudWatchClient,
  DeleteAlarmsCommand,
  DescribeAlarmsCommand,
  GetMetricDataCommand,
  GetMetricStatisticsCommand,
  PutMetricAlarmCommand,
  PutMetricDataCommand,
  SetAlarmStateCommand,
  type PutMetricAlarmCommandInput,
} from '@aws-sdk/client-cloudwatch';
import { startTestEmulator, clientConfig, admin } from './core/fake-runtime';

const TG = 'targetgroup/web/0123456789abcdef';
const LB = 'app/front/fedcba9876543210';
const dims = [
  { Name: 'TargetGroup', Value: TG },
  { Name: 'LoadBalancer', Value: LB },
];

/** The alarm the action makes: the share of 5xx among requests, per minute, over 10 %. */
const errorRateAlarm = (
  name: string,
  extra: Partial<PutMetricAlarmCommandInput> = {},
): PutMetricAlarmCommandInput => ({
  AlarmName: name,
  ComparisonOperator: 'GreaterThanThreshold',
  EvaluationPeriods: 2,
  DatapointsToAlarm: 1,
  Threshold: 0.1,
  TreatMissingData: 'notBreaching',
  Metrics: [
    {
      Id: 'errors',
      ReturnData: false,
      MetricStat: {
        Metric: {
          Namespace: 'AWS/ApplicationELB',
          MetricName: 'HTTPCode_Target_5XX_Count',
          Dimensions: dims,
        },
        Period: 60,
        Stat: 'Sum',
      },
    },
    {
      Id: 'requests',
      ReturnData: false,
      MetricStat: {
        Metric: { Namespace: 'AWS/ApplicationELB', MetricName: 'RequestCount', Dimensions: dims },
        Period: 60,
        Stat: 'Sum',
      },
    },
    { Id: 'rate', Expression: 'FILL(errors, 0) / requests', ReturnData: true, Label: '5xx rate' },
  ],
  ...extra,
});

describe('CloudWatch', () => {
  let emu: Awaited<ReturnType<typeof startTestEmulator>>;
  let cw: CloudWatchClient;
  beforeAll(async () => {
    emu = await startTestEmulator();
    cw = new CloudWatchClient(clientConfig(emu.url, { maxAttempts: 1 }));
  });
  afterAll(() => emu.stop());
  beforeEach(() => admin(emu.url, 'POST', 'reset'));

  /** Publishes what the data plane would for one minute of traffic, at the clock's now. */
  const traffic = (requests: number, errors: number) => {
    const at = (metricName: string, value: number) => ({
      namespace: 'AWS/ApplicationELB',
      metricName,
      dimensions: dims,
      value,
    });
    emu.world.cloudwatch.putMetricData([
      ...Array.from({ length: requests }, () => at('RequestCount', 1)),
      ...Array.from({ length: errors }, () => at('HTTPCode_Target_5XX_Count', 1)),
    ]);
  };

  it('speaks JSON 1.0 with query-compatible errors', async () => {
    const res = await fetch(`${emu.url}/`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.0',
        'x-amz-target': 'GraniteServiceVersion20100801.SetAlarmState',
        authorization:
          'AWS4-HMAC-SHA256 Credential=AKIDEMULATORTEST/20260101/us-east-1/monitoring/aws4_request, SignedHeaders=host, Signature=00',
      },
      body: JSON.stringify({ AlarmName: 'absent', StateValue: 'ALARM', StateReason: 'test' }),
    });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/x-amz-json-1.0');
    expect(res.headers.get('x-amzn-query-error')).toBe('ResourceNotFound;Sender');
    expect(await res.json()).toMatchObject({ __type: 'ResourceNotFound' });
    await expect(
      cw.send(new SetAlarmStateCommand({ AlarmName: 'absent', StateValue: 'ALARM', StateReason: 'test' })),
    ).rejects.toMatchObject({
      name: 'ResourceNotFound',
      Code: 'ResourceNotFound',
      $metadata: { httpStatusCode: 404 },
    });
  });

  it('validates alarms as CloudWatch does, before storing anything', async () => {
    const bad: [Partial<PutMetricAlarmCommandInput>, Record<string, unknown>][] = [
      [
        { Period: 60 },
        {
          name: 'ValidationException',
          Code: 'ValidationError',
          message: 'Period must not be specified when Metrics is specified.',
        },
      ],
      [
        { DatapointsToAlarm: 3 },
        {
          Code: 'ValidationError',
          message: 'DatapointsToAlarm must be less than or equal to EvaluationPeriods',
        },
      ],
      [{ TreatMissingData: 'sometimes' }, { Code: 'ValidationError' }],
      [
        { Metrics: [{ Id: 'a', Expression: 'b * 2', ReturnData: true }] },
        { message: "Error in expression 'a': Unrecognized identifier b" },
      ],
      [
        { Metrics: errorRateAlarm('x').Metrics!.map((m) => ({ ...m, ReturnData: true })) },
        { message: 'Metrics list must contain exactly one metric matching the ReturnData parameter' },
      ],
    ];
    for (const [override, error] of bad)
      await expect(cw.send(new PutMetricAlarmCommand(errorRateAlarm('bad', override)))).rejects.toMatchObject(
        error,
      );
    await expect(
      cw.send(
        new PutMetricAlarmCommand({
          AlarmName: 'single',
          ComparisonOperator: 'GreaterThanThreshold',
          EvaluationPeriods: 1,
          Threshold: 1,
          MetricName: 'RequestCount',
          Namespace: 'AWS/ApplicationELB',
          Statistic: 'Sum',
        }),
      ),
    ).rejects.toMatchObject({ Code: 'ValidationError', message: 'Period must not be null' });
    expect((await cw.send(new DescribeAlarmsCommand({}))).MetricAlarms).toEqual([]);
    await expect(
      cw.send(new DescribeAlarmsCommand({ AlarmNames: ['a'], AlarmNamePrefix: 'a' })),
    ).rejects.toMatchObject({
      name: 'InvalidParameterCombinationException',
      Code: 'InvalidParameterCombination',
    });
  });

  it('evaluates a metric-math alarm each minute: INSUFFICIENT_DATA, OK, ALARM and back, with reasons and listeners', async () => {
    const seen: string[] = [];
    emu.world.cloudwatch.onAlarmStateChange((name, state) => seen.push(`${name}:${state}`));
    await cw.send(new PutMetricAlarmCommand(errorRateAlarm('web-5xx', { TreatMissingData: 'missing' })));
    const created = (await cw.send(new DescribeAlarmsCommand({ AlarmNames: ['web-5xx'] }))).MetricAlarms![0];
    expect(created).toMatchObject({
      StateValue: 'INSUFFICIENT_DATA',
      StateReason: 'Unchecked: Initial alarm creation',
      AlarmArn: 'arn:aws:cloudwatch:us-east-1:000000000000:alarm:web-5xx',
      Threshold: 0.1,
    });
    expect(created.StateUpdatedTimestamp).toBeInstanceOf(Date);
    expect(created.Metrics!.map((m) => m.Id)).toEqual(['errors', 'requests', 'rate']);

    // A minute with no traffic at all: every datapoint is missing.
    await emu.world.clock.advance(60_000);
    expect(emu.world.cloudwatch.alarmState('web-5xx')).toMatchObject({
      state: 'INSUFFICIENT_DATA',
      reason: 'Insufficient Data: 2 datapoints were unknown.',
    });
    // Clean traffic: OK.
    traffic(20, 0);
    await emu.world.clock.advance(60_000);
    expect(emu.world.cloudwatch.alarmState('web-5xx')?.state).toBe('OK');
    // 5 errors out of 20 requests (25 % > 10 %): ALARM within the next evaluation.
    traffic(20, 5);
    await emu.world.clock.advance(60_000);
    const alarm = emu.world.cloudwatch.alarmState('web-5xx')!;
    expect(alarm.state).toBe('ALARM');
    expect(alarm.reason).toMatch(
      /^Threshold Crossed: 1 out of the last 2 datapoints \[0\.25 \(\d\d\/\d\d\/\d\d \d\d:\d\d:00\), 0\.0 \(.+\)\] were greater than the threshold \(0\.1\) \(minimum 1 datapoint for OK -> ALARM transition\)\.$/,
    );
    expect(JSON.parse(alarm.reasonData!)).toMatchObject({
      version: '1.0',
      threshold: 0.1,
      recentDatapoints: [0.25, 0],
    });
    // Two clean minutes later the breaching minute has left the range: OK again.
    traffic(20, 0);
    await emu.world.clock.advance(60_000);
    traffic(20, 0);
    await emu.world.clock.advance(60_000);
    expect(emu.world.cloudwatch.alarmState('web-5xx')?.state).toBe('OK');
    expect(seen).toEqual(['web-5xx:INSUFFICIENT_DATA', 'web-5xx:OK', 'web-5xx:ALARM', 'web-5xx:OK'].slice(1));
    const timeline = (await admin(emu.url, 'GET', 'timeline')).json;
    const states = (timeline.events ?? timeline)
      .filter((e: any) => e.kind === 'alarm-state')
      .map((e: any) => e.detail.state);
    expect(states).toEqual(['INSUFFICIENT_DATA', 'OK', 'ALARM', 'OK']);
    expect((await cw.send(new DescribeAlarmsCommand({ StateValue: 'ALARM' }))).MetricAlarms).toEqual([]);
  });

  it('treats missing data as asked and evaluates single-metric alarms with DatapointsToAlarm', async () => {
    const single = {
      ComparisonOperator: 'GreaterThanOrEqualToThreshold' as const,
      EvaluationPeriods: 3,
      DatapointsToAlarm: 2,
      Threshold: 5,
      MetricName: 'HTTPCode_Target_5XX_Count',
      Namespace: 'AWS/ApplicationELB',
      Dimensions: dims,
      Statistic: 'Sum' as const,
      Period: 60,
    };
    await cw.send(
      new PutMetricAlarmCommand({ ...single, AlarmName: 'breaching', TreatMissingData: 'breaching' }),
    );
    await cw.send(
      new PutMetricAlarmCommand({ ...single, AlarmName: 'not-breaching', TreatMissingData: 'notBreaching' }),
    );
    await cw.send(new PutMetricAlarmCommand({ ...single, AlarmName: 'ignore', TreatMissingData: 'ignore' }));
    await emu.world.clock.advance(60_000);
    expect(emu.world.cloudwatch.alarmState('breaching')?.state).toBe('ALARM');
    expect(emu.world.cloudwatch.alarmState('not-breaching')?.state).toBe('OK');
    expect(emu.world.cloudwatch.alarmState('ignore')?.state).toBe('INSUFFICIENT_DATA');
    // One minute of 6 errors: 1 breaching of 3, under the 2 needed.
    traffic(6, 6);
    await emu.world.clock.advance(60_000);
    expect(emu.world.cloudwatch.alarmState('not-breaching')?.state).toBe('OK');
    expect(emu.world.cloudwatch.alarmState('ignore')?.state).toBe('OK');
    traffic(6, 6);
    await emu.world.clock.advance(60_000);
    expect(emu.world.cloudwatch.alarmState('not-breaching')).toMatchObject({
      state: 'ALARM',
      reason: expect.stringMatching(
        /^Threshold Crossed: 2 out of the last 3 datapoints \[6\.0 .*\] were greater than or equal to the threshold \(5\.0\)/,
      ),
    });
    const data = JSON.parse(emu.world.cloudwatch.alarmState('not-breaching')!.reasonData!);
    expect(data).toMatchObject({ statistic: 'Sum', period: 60, recentDatapoints: [6, 6] });
    expect(data.evaluatedDatapoints[0]).toMatchObject({ sampleCount: 6, value: 6 });
    // A name with no alarm does not stop the others from being deleted.
    await cw.send(
      new DeleteAlarmsCommand({ AlarmNames: ['breaching', 'not-breaching', 'ignore', 'absent'] }),
    );
    expect((await cw.send(new DescribeAlarmsCommand({}))).MetricAlarms).toEqual([]);
    expect(emu.world.cloudwatch.alarmState('ignore')).toBeUndefined();
    expect(emu.world.clock.pending()).toBe(0);
  });

  it('evaluates alarms on the minute, so a minute is judged as soon as it is over', async () => {
    await cw.send(new PutMetricAlarmCommand(errorRateAlarm('on-the-minute')));
    const toMinute = 60_000 - (emu.world.clock.nowMs() % 60_000);
    traffic(20, 10);
    await emu.world.clock.advance(toMinute - 1);
    expect(emu.world.cloudwatch.alarmState('on-the-minute')).toMatchObject({
      state: 'INSUFFICIENT_DATA',
      reason: 'Unchecked: Initial alarm creation',
    });
    await emu.world.clock.advance(1);
    expect(emu.world.cloudwatch.alarmState('on-the-minute')?.state).toBe('ALARM');
    // And again on each minute after that: the breaching minute leaves the 2-period range after two.
    traffic(20, 0);
    await emu.world.clock.advance(60_000);
    expect(emu.world.cloudwatch.alarmState('on-the-minute')?.state).toBe('ALARM');
    traffic(20, 0);
    await emu.world.clock.advance(59_999);
    expect(emu.world.cloudwatch.alarmState('on-the-minute')?.state).toBe('ALARM');
    await emu.world.clock.advance(1);
    expect(emu.world.cloudwatch.alarmState('on-the-minute')?.state).toBe('OK');
  });

  it('evaluates IF with comparison and logical operators: a percentage alarm that ignores quiet minutes', async () => {
    // Percent of 5xx, but only in minutes with at least 10 requests (a quiet minute is 0 %).
    const guarded = (name: string, expression: string) =>
      errorRateAlarm(name, {
        Threshold: 10,
        Metrics: errorRateAlarm(name).Metrics!.map((m) =>
          m.Id === 'rate' ? { ...m, Expression: expression } : m,
        ),
      });
    await cw.send(
      new PutMetricAlarmCommand(guarded('pct', 'IF(requests >= 10, 100 * FILL(errors, 0) / requests, 0)')),
    );
    await cw.send(
      new PutMetricAlarmCommand(
        guarded(
          'both',
          'IF(requests >= 10 AND FILL(errors, 0) > 0 || requests > 1000, 100 * FILL(errors, 0) / requests)',
        ),
      ),
    );
    // 3 errors out of 4 requests: 75 %, but under the minimum, so no alarm.
    traffic(4, 3);
    await emu.world.clock.advance(60_000);
    expect(emu.world.cloudwatch.alarmState('pct')?.state).toBe('OK');
    // With no falseValue a false condition gives no point: the alarm has only missing data (notBreaching).
    expect(emu.world.cloudwatch.alarmState('both')?.state).toBe('OK');
    // 3 of 20: 15 % > 10 %.
    traffic(20, 3);
    await emu.world.clock.advance(60_000);
    for (const name of ['pct', 'both']) {
      const alarm = emu.world.cloudwatch.alarmState(name)!;
      expect(alarm.state).toBe('ALARM');
      expect(JSON.parse(alarm.reasonData!).recentDatapoints).toContain(15);
    }
    const now = emu.world.clock.nowMs();
    const query = async (expression: string) => {
      const out = await cw.send(
        new GetMetricDataCommand({
          StartTime: new Date(now - 120_000),
          EndTime: new Date(now),
          ScanBy: 'TimestampAscending',
          MetricDataQueries: [
            ...errorRateAlarm('q').Metrics!.slice(0, 2),
            { Id: 'e', Expression: expression, ReturnData: true },
          ],
        }),
      );
      return out.MetricDataResults![0].Values;
    };
    // Minute 1: 4 requests, 3 errors; minute 2: 20 requests, 3 errors.
    expect(await query('requests > 4')).toEqual([0, 1]);
    expect(await query('requests >= 4 && errors == 3')).toEqual([1, 1]);
    expect(await query('requests < 20 OR errors != 3')).toEqual([1, 0]);
    expect(await query('requests <= 4')).toEqual([1, 0]);
    expect(await query('IF(requests - 4, errors, -1)')).toEqual([-1, 3]);
    expect(await query('IF(0, requests, errors * 2)')).toEqual([6, 6]);
    expect(await query('IF(requests > 4, 7)')).toEqual([7]);
    expect(await query('requests + 16 > 20 AND errors == 3 || requests * 0 > 1')).toEqual([0, 1]);
    // Malformed expressions are refused before anything is stored, naming the expression.
    for (const [expression, message] of [
      ['IF(requests > 4)', "Error in expression 'rate': IF takes 2 or 3 arguments, not 1"],
      ['requests >', "Error in expression 'rate': Unexpected end of expression"],
      ['requests & errors', "Error in expression 'rate': Unexpected character at position 10"],
      ['MEDIAN(requests)', "Error in expression 'rate': Unknown function MEDIAN"],
    ])
      await expect(cw.send(new PutMetricAlarmCommand(guarded('bad', expression)))).rejects.toMatchObject({
        Code: 'ValidationError',
        message,
      });
    expect((await cw.send(new DescribeAlarmsCommand({ AlarmNames: ['bad'] }))).MetricAlarms).toEqual([]);
  });

  it('answers GetMetricData (with math) and GetMetricStatistics from published datapoints', async () => {
    traffic(10, 2);
    await cw.send(
      new PutMetricDataCommand({
        Namespace: 'App',
        MetricData: [
          { MetricName: 'Jobs', Value: 3, Unit: 'Count' },
          { MetricName: 'Jobs', Values: [4, 5], Counts: [1, 2] },
        ],
      }),
    );
    await expect(
      cw.send(
        new PutMetricDataCommand({ Namespace: 'AWS/Mine', MetricData: [{ MetricName: 'x', Value: 1 }] }),
      ),
    ).rejects.toMatchObject({
      Code: 'InvalidParameterValue',
    });
    const now = emu.world.clock.nowMs();
    const range = { StartTime: new Date(now - 120_000), EndTime: new Date(now + 60_000) };
    const out = await cw.send(
      new GetMetricDataCommand({
        ...range,
        MetricDataQueries: errorRateAlarm('q').Metrics!.map((m) => ({ ...m, ReturnData: true })),
      }),
    );
    const byId = Object.fromEntries(out.MetricDataResults!.map((r) => [r.Id, r.Values]));
    expect(byId).toEqual({ errors: [2], requests: [10], rate: [0.2] });
    expect(out.MetricDataResults![0].Timestamps![0]).toBeInstanceOf(Date);
    const stats = await cw.send(
      new GetMetricStatisticsCommand({
        ...range,
        Namespace: 'App',
        MetricName: 'Jobs',
        Period: 60,
        Statistics: ['Sum', 'SampleCount', 'Maximum'],
      }),
    );
    expect(stats.Datapoints).toEqual([
      expect.objectContaining({ Sum: 17, SampleCount: 4, Maximum: 5, Unit: 'Count' }),
    ]);
  });
});
