import {
  CloudWatchLogsClient,
  CreateLogGroupCommand,
  DeleteLogGroupCommand,
  DescribeLogGroupsCommand,
  PutRetentionPolicyCommand,
  DeleteRetentionPolicyCommand,
  CreateLogStreamCommand,
  DescribeLogStreamsCommand,
  PutLogEventsCommand,
  GetLogEventsCommand,
  FilterLogEventsCommand,
  TagResourceCommand,
  ListTagsForResourceCommand,
  TagLogGroupCommand,
  ListTagsLogGroupCommand,
  paginateDescribeLogGroups,
} from '@aws-sdk/client-cloudwatch-logs';
import { startTestEmulator, clientConfig, admin } from './core/fake-runtime';

describe('CloudWatch Logs', () => {
  let emu: Awaited<ReturnType<typeof startTestEmulator>>;
  let logs: CloudWatchLogsClient;
  beforeAll(async () => {
    emu = await startTestEmulator();
    logs = new CloudWatchLogsClient(clientConfig(emu.url, { maxAttempts: 1 }));
  });
  afterAll(() => emu.stop());
  beforeEach(() => admin(emu.url, 'POST', 'reset'));

  it('creates log groups, refuses duplicates, lists them by prefix across pages and deletes them', async () => {
    for (const n of ['/ecs/a', '/ecs/b', '/ecs/c', '/other/x'])
      await logs.send(new CreateLogGroupCommand({ logGroupName: n }));
    await expect(logs.send(new CreateLogGroupCommand({ logGroupName: '/ecs/a' }))).rejects.toMatchObject({
      name: 'ResourceAlreadyExistsException',
      message: 'The specified log group already exists',
    });
    await expect(logs.send(new CreateLogGroupCommand({ logGroupName: 'bad name!' }))).rejects.toMatchObject({
      name: 'InvalidParameterException',
    });
    const names: string[] = [];
    let pages = 0;
    for await (const page of paginateDescribeLogGroups(
      { client: logs, pageSize: 2 },
      { logGroupNamePrefix: '/ecs/' },
    )) {
      pages++;
      names.push(...page.logGroups!.map((g) => g.logGroupName!));
    }
    expect(names).toEqual(['/ecs/a', '/ecs/b', '/ecs/c']);
    expect(pages).toBe(2);
    const first = (await logs.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: '/ecs/a' })))
      .logGroups![0];
    expect(first.arn).toBe('arn:aws:logs:us-east-1:000000000000:log-group:/ecs/a:*');
    expect(typeof first.creationTime).toBe('number');
    await logs.send(new DeleteLogGroupCommand({ logGroupName: '/ecs/a' }));
    await expect(logs.send(new DeleteLogGroupCommand({ logGroupName: '/ecs/a' }))).rejects.toMatchObject({
      name: 'ResourceNotFoundException',
      message: 'The specified log group does not exist.',
    });
  });

  it('accepts only the retention periods AWS accepts', async () => {
    await logs.send(new CreateLogGroupCommand({ logGroupName: 'g' }));
    await logs.send(new PutRetentionPolicyCommand({ logGroupName: 'g', retentionInDays: 14 }));
    expect((await logs.send(new DescribeLogGroupsCommand({}))).logGroups![0].retentionInDays).toBe(14);
    await expect(
      logs.send(new PutRetentionPolicyCommand({ logGroupName: 'g', retentionInDays: 4 })),
    ).rejects.toMatchObject({ name: 'InvalidParameterException' });
    await expect(
      logs.send(new PutRetentionPolicyCommand({ logGroupName: 'missing', retentionInDays: 1 })),
    ).rejects.toMatchObject({ name: 'ResourceNotFoundException' });
    await logs.send(new DeleteRetentionPolicyCommand({ logGroupName: 'g' }));
    expect((await logs.send(new DescribeLogGroupsCommand({}))).logGroups![0].retentionInDays).toBeUndefined();
  });

  it('writes and reads events: streams by last event time, forward and backward reads, tokens that end', async () => {
    await logs.send(new CreateLogGroupCommand({ logGroupName: 'app' }));
    await logs.send(new CreateLogStreamCommand({ logGroupName: 'app', logStreamName: 'web/1' }));
    await logs.send(new CreateLogStreamCommand({ logGroupName: 'app', logStreamName: 'web/2' }));
    await expect(
      logs.send(new CreateLogStreamCommand({ logGroupName: 'app', logStreamName: 'web/1' })),
    ).rejects.toMatchObject({ name: 'ResourceAlreadyExistsException' });
    await expect(
      logs.send(new CreateLogStreamCommand({ logGroupName: 'nope', logStreamName: 's' })),
    ).rejects.toMatchObject({ name: 'ResourceNotFoundException' });
    const t = emu.world.clock.nowMs() - 60000;
    await logs.send(
      new PutLogEventsCommand({
        logGroupName: 'app',
        logStreamName: 'web/2',
        logEvents: [1, 2, 3, 4, 5].map((i) => ({ timestamp: t + i, message: `line ${i}` })),
      }),
    );
    await logs.send(
      new PutLogEventsCommand({
        logGroupName: 'app',
        logStreamName: 'web/1',
        logEvents: [{ timestamp: t, message: 'early' }],
      }),
    );
    await expect(
      logs.send(
        new PutLogEventsCommand({
          logGroupName: 'app',
          logStreamName: 'web/1',
          logEvents: [
            { timestamp: t + 2, message: 'b' },
            { timestamp: t + 1, message: 'a' },
          ],
        }),
      ),
    ).rejects.toMatchObject({ name: 'InvalidParameterException' });
    await expect(
      logs.send(
        new PutLogEventsCommand({
          logGroupName: 'app',
          logStreamName: 'nope',
          logEvents: [{ timestamp: t, message: 'x' }],
        }),
      ),
    ).rejects.toMatchObject({
      name: 'ResourceNotFoundException',
      message: 'The specified log stream does not exist.',
    });

    const streams = await logs.send(
      new DescribeLogStreamsCommand({
        logGroupName: 'app',
        orderBy: 'LastEventTime',
        descending: true,
        limit: 1,
      }),
    );
    expect(streams.logStreams!.map((s) => [s.logStreamName, s.lastEventTimestamp])).toEqual([
      ['web/2', t + 5],
    ]);
    expect(streams.nextToken).toBeDefined();
    await expect(
      logs.send(
        new DescribeLogStreamsCommand({
          logGroupName: 'app',
          orderBy: 'LastEventTime',
          logStreamNamePrefix: 'web',
        }),
      ),
    ).rejects.toMatchObject({
      name: 'InvalidParameterException',
    });

    const head = await logs.send(
      new GetLogEventsCommand({ logGroupName: 'app', logStreamName: 'web/2', startFromHead: true, limit: 2 }),
    );
    expect(head.events!.map((e) => e.message)).toEqual(['line 1', 'line 2']);
    const next = await logs.send(
      new GetLogEventsCommand({
        logGroupName: 'app',
        logStreamName: 'web/2',
        nextToken: head.nextForwardToken,
        limit: 10,
      }),
    );
    expect(next.events!.map((e) => e.message)).toEqual(['line 3', 'line 4', 'line 5']);
    const end = await logs.send(
      new GetLogEventsCommand({
        logGroupName: 'app',
        logStreamName: 'web/2',
        nextToken: next.nextForwardToken,
      }),
    );
    expect(end.events).toEqual([]);
    expect(end.nextForwardToken).toBe(next.nextForwardToken);
    const tail = await logs.send(
      new GetLogEventsCommand({ logGroupName: 'app', logStreamName: 'web/2', limit: 2 }),
    );
    expect(tail.events!.map((e) => e.message)).toEqual(['line 4', 'line 5']);

    const filtered = await logs.send(
      new FilterLogEventsCommand({
        logGroupName: 'app',
        logStreamNames: ['web/2'],
        filterPattern: 'line',
        limit: 2,
      }),
    );
    expect(filtered.events!.map((e) => [e.logStreamName, e.message])).toEqual([
      ['web/2', 'line 1'],
      ['web/2', 'line 2'],
    ]);
    expect(filtered.nextToken).toBeDefined();
    const all = await logs.send(new FilterLogEventsCommand({ logGroupName: 'app' }));
    expect(all.events!.map((e) => e.message)).toEqual([
      'early',
      'line 1',
      'line 2',
      'line 3',
      'line 4',
      'line 5',
    ]);
  });

  it('tags log groups by ARN and by name', async () => {
    await logs.send(new CreateLogGroupCommand({ logGroupName: 'tagged', tags: { team: 'a' } }));
    const arn = 'arn:aws:logs:us-east-1:000000000000:log-group:tagged';
    await logs.send(new TagResourceCommand({ resourceArn: arn, tags: { env: 'dev' } }));
    expect((await logs.send(new ListTagsForResourceCommand({ resourceArn: arn }))).tags).toEqual({
      team: 'a',
      env: 'dev',
    });
    await logs.send(new TagLogGroupCommand({ logGroupName: 'tagged', tags: { more: 'x' } }));
    expect((await logs.send(new ListTagsLogGroupCommand({ logGroupName: 'tagged' }))).tags).toEqual({
      team: 'a',
      env: 'dev',
      more: 'x',
    });
    await expect(
      logs.send(new ListTagsForResourceCommand({ resourceArn: `${arn}-missing` })),
    ).rejects.toMatchObject({ name: 'ResourceNotFoundException' });
  });

  it('appends container output for other services, creating the stream, and refuses a missing group', async () => {
    await logs.send(new CreateLogGroupCommand({ logGroupName: '/ecs/web' }));
    expect(
      emu.world.logs.append('/ecs/web', 'web/app/task1', [
        { timestamp: emu.world.clock.nowMs(), message: 'listening on 3000' },
      ]),
    ).toBe(true);
    expect(
      emu.world.logs.append('/ecs/none', 's', [{ timestamp: emu.world.clock.nowMs(), message: 'x' }]),
    ).toBe(false);
    const got = await logs.send(
      new GetLogEventsCommand({
        logGroupName: '/ecs/web',
        logStreamName: 'web/app/task1',
        startFromHead: true,
      }),
    );
    expect(got.events!.map((e) => e.message)).toEqual(['listening on 3000']);
  });
});
