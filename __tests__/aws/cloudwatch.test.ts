import { mockClient } from 'aws-sdk-client-mock';
import {
  CloudWatchClient,
  DeleteAlarmsCommand,
  DescribeAlarmsCommand,
  DescribeAlarmsCommandInput,
} from '@aws-sdk/client-cloudwatch';
import { ALARM_NAMES_PER_CALL, deleteAlarms, describeAlarms } from '../../src/aws/cloudwatch';

const cw = mockClient(CloudWatchClient);
afterEach(() => cw.reset());
afterAll(() => cw.restore());
const client = new CloudWatchClient({ region: 'eu-west-1' });

test('describeAlarms gives state, reason, reason data and threshold, in the order asked, missing ones left out', async () => {
  cw.on(DescribeAlarmsCommand).resolves({
    MetricAlarms: [
      {
        AlarmName: 'b',
        StateValue: 'ALARM',
        StateReason: 'Threshold Crossed',
        StateReasonData: '{"x":1}',
        Threshold: 5,
      },
      { AlarmName: 'a', StateValue: 'OK', StateReason: 'fine', Threshold: 2 },
    ],
  });
  const out = await describeAlarms(client, ['a', 'missing', 'b']);
  expect(out).toEqual([
    { name: 'a', state: 'OK', reason: 'fine', threshold: 2 },
    { name: 'b', state: 'ALARM', reason: 'Threshold Crossed', reasonData: '{"x":1}', threshold: 5 },
  ]);
});

test('describeAlarms follows NextToken and asks for at most 100 names per call', async () => {
  const names = Array.from({ length: ALARM_NAMES_PER_CALL + 3 }, (_, i) => `alarm-${i}`);
  cw.on(DescribeAlarmsCommand).callsFake((i: DescribeAlarmsCommandInput) => {
    const names = i.AlarmNames ?? [];
    const first = i.NextToken ? Number(i.NextToken) : 0;
    const page = names.slice(first, first + 60);
    return {
      MetricAlarms: page.map((n) => ({ AlarmName: n, StateValue: 'OK', StateReason: '' })),
      ...(first + 60 < names.length ? { NextToken: String(first + 60) } : {}),
    };
  });
  const out = await describeAlarms(client, names);
  expect(out.map((a) => a.name)).toEqual(names);
  const sizes = cw.commandCalls(DescribeAlarmsCommand).map((c) => c.args[0].input.AlarmNames!.length);
  expect(Math.max(...sizes)).toBeLessThanOrEqual(ALARM_NAMES_PER_CALL);
});

test('deleteAlarms sends each name once, in batches of at most 100', async () => {
  cw.on(DeleteAlarmsCommand).resolves({});
  const names = Array.from({ length: 150 }, (_, i) => `n${i}`);
  await deleteAlarms(client, [...names, 'n0']);
  const sent = cw.commandCalls(DeleteAlarmsCommand).map((c) => c.args[0].input.AlarmNames!);
  expect(sent.map((b) => b.length)).toEqual([100, 50]);
  expect(sent.flat().sort()).toEqual([...names].sort());
});
