import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CloudWatchLogsClient,
  CreateLogGroupCommand,
  DescribeLogGroupsCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import {
  EC2Client,
  CreateSecurityGroupCommand,
  DescribeSecurityGroupsCommand,
  DescribeVpcsCommand,
} from '@aws-sdk/client-ec2';
import { ECRClient, CreateRepositoryCommand, DescribeImagesCommand } from '@aws-sdk/client-ecr';
import { startEmulator } from '../../../emulator/src';
import { startTestEmulator, clientConfig, admin } from './fake-runtime';

describe('admin API', () => {
  let emu: Awaited<ReturnType<typeof startTestEmulator>>;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'emulator-admin-'));
    emu = await startTestEmulator({ stateFile: join(dir, 'state.json') });
  });
  afterAll(async () => {
    await emu.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(() => admin(emu.url, 'POST', 'reset'));

  const logs = () => new CloudWatchLogsClient(clientConfig(emu.url, { maxAttempts: 1 }));

  it('reports health', async () => {
    const { status, json } = await admin(emu.url, 'GET', 'health');
    expect(status).toBe(200);
    expect(json).toMatchObject({
      status: 'ok',
      accountId: '000000000000',
      region: 'us-east-1',
      runtime: 'simulated',
      timeScale: 1,
    });
    expect(json.services).toEqual(expect.arrayContaining(['ec2', 'logs', 'ecr', 'sts']));
  });

  it('lists calls filtered by service, operation and time', async () => {
    await logs().send(new CreateLogGroupCommand({ logGroupName: 'a' }));
    await expect(logs().send(new CreateLogGroupCommand({ logGroupName: 'a' }))).rejects.toThrow();
    // Call records carry the clock's millisecond times: the mark falls strictly between the calls.
    await emu.world.clock.advance(5);
    const mark = emu.world.clock.now().toISOString();
    await emu.world.clock.advance(5);
    await new EC2Client(clientConfig(emu.url)).send(new DescribeVpcsCommand({}));
    const created = (await admin(emu.url, 'GET', 'calls?service=logs&operation=CreateLogGroup')).json.calls;
    expect(
      created.map((c: { status: number; errorCode?: string }) => [c.status, c.errorCode ?? null]),
    ).toEqual([
      [200, null],
      [400, 'ResourceAlreadyExistsException'],
    ]);
    // Real milliseconds the handler took: a whole number, and far below a test's timeout.
    expect(Number.isInteger(created[0].durationMs)).toBe(true);
    expect(created[0].durationMs).toBeGreaterThanOrEqual(0);
    expect(created[0].durationMs).toBeLessThan(60_000);
    const since = (await admin(emu.url, 'GET', `calls?since=${encodeURIComponent(mark)}`)).json.calls;
    expect(since.map((c: { operation: string }) => c.operation)).toEqual(['DescribeVpcs']);
    expect((await admin(emu.url, 'GET', 'calls?since=yesterday')).status).toBe(400);
  });

  it('lists timeline events by kind', async () => {
    emu.world.record('deployment', 'arn:aws:ecs:svc', { state: 'IN_PROGRESS' });
    emu.world.record('target-health', 'tg', { state: 'healthy' });
    const { json } = await admin(emu.url, 'GET', 'timeline?kind=deployment');
    expect(json.events).toEqual([
      expect.objectContaining({
        kind: 'deployment',
        resource: 'arn:aws:ecs:svc',
        detail: { state: 'IN_PROGRESS' },
      }),
    ]);
  });

  it('adds, lists and removes faults, and refuses malformed ones', async () => {
    const added = await admin(emu.url, 'POST', 'faults', {
      service: 'logs',
      errorCode: 'ServiceUnavailableException',
      rate: 1,
    });
    expect(added.json).toMatchObject({
      id: expect.any(String),
      status: 503,
      errorCode: 'ServiceUnavailableException',
    });
    const latency = await admin(emu.url, 'POST', 'faults', { operation: 'DescribeVpcs', latencyMs: 5 });
    expect(latency.json).toMatchObject({ latencyMs: 5 });
    expect((await admin(emu.url, 'GET', 'faults')).json.faults).toHaveLength(1);
    await expect(logs().send(new DescribeLogGroupsCommand({}))).rejects.toMatchObject({
      name: 'ServiceUnavailableException',
    });
    expect((await admin(emu.url, 'DELETE', `faults/${added.json.id}`)).status).toBe(204);
    await expect(logs().send(new DescribeLogGroupsCommand({}))).resolves.toBeDefined();
    expect((await admin(emu.url, 'DELETE', 'faults/fault-999')).status).toBe(404);
    expect((await admin(emu.url, 'POST', 'faults', { service: 'logs' })).status).toBe(400);
    expect((await admin(emu.url, 'POST', 'faults', { errorCode: 'X', rate: 2 })).status).toBe(400);
    expect((await admin(emu.url, 'POST', 'faults', { errorCode: 'X', status: 200 })).status).toBe(400);
  });

  it('sets and lists image behaviours, validating them', async () => {
    const put = await admin(emu.url, 'PUT', 'images', {
      image: 'app:v2',
      behaviour: { crashAfterSeconds: 5, exitCode: 1, healthStatus: 500 },
    });
    expect(put.status).toBe(200);
    expect(emu.world.behaviourOf('app:v2')).toEqual({ crashAfterSeconds: 5, exitCode: 1, healthStatus: 500 });
    expect((await admin(emu.url, 'GET', 'images')).json.images).toEqual([
      { image: 'app:v2', behaviour: { crashAfterSeconds: 5, exitCode: 1, healthStatus: 500 } },
    ]);
    expect(
      (await admin(emu.url, 'PUT', 'images', { image: 'x', behaviour: { startSeconds: -1 } })).status,
    ).toBe(400);
    expect(
      (await admin(emu.url, 'PUT', 'images', { image: 'x', behaviour: { healthStatus: 'sometimes' } }))
        .status,
    ).toBe(400);
    expect((await admin(emu.url, 'PUT', 'images', { image: 'x', behaviour: { crashAfter: 1 } })).status).toBe(
      400,
    );
    expect((await admin(emu.url, 'PUT', 'images', { behaviour: {} })).status).toBe(400);
  });

  it('resets to a fresh account on the same server, stopping the runtime’s tasks', async () => {
    const ec2 = new EC2Client(clientConfig(emu.url));
    const vpcBefore = (await ec2.send(new DescribeVpcsCommand({}))).Vpcs![0].VpcId;
    await ec2.send(new CreateSecurityGroupCommand({ GroupName: 'web', Description: 'web' }));
    await admin(emu.url, 'POST', 'faults', { service: 'sts', errorCode: 'Throttling' });
    const shutdowns = emu.runtime.shutdowns;
    const reset = await admin(emu.url, 'POST', 'reset');
    expect(reset.status).toBe(200);
    expect(emu.runtime.shutdowns).toBe(shutdowns + 1);
    const vpcAfter = (await ec2.send(new DescribeVpcsCommand({}))).Vpcs![0].VpcId;
    expect(vpcAfter).not.toBe(vpcBefore);
    const groups = (await ec2.send(new DescribeSecurityGroupsCommand({}))).SecurityGroups!.map(
      (g) => g.GroupName,
    );
    expect(groups).toEqual(['default']);
    expect((await admin(emu.url, 'GET', 'faults')).json.faults).toEqual([]);
    expect(
      (await admin(emu.url, 'GET', 'calls')).json.calls.map((c: { operation: string }) => c.operation),
    ).toEqual(['DescribeVpcs', 'DescribeSecurityGroups']);
  });

  it('dumps every state, and saves and loads it through the state file', async () => {
    await logs().send(new CreateLogGroupCommand({ logGroupName: 'kept' }));
    const ecr = new ECRClient(clientConfig(emu.url));
    await ecr.send(new CreateRepositoryCommand({ repositoryName: 'app' }));
    await admin(emu.url, 'PUT', 'ecr/images', { repository: 'app', tag: 'v1' });
    await admin(emu.url, 'PUT', 'images', { image: 'app:v1', behaviour: { startSeconds: 2 } });
    const dump = (await admin(emu.url, 'GET', 'state')).json;
    expect(Object.keys(dump).sort()).toEqual(['acm', 'autoscaling', 'ec2', 'ecr', 'ecs', 'elbv2', 'logs']);
    expect(dump.logs.groups.map((g: { logGroupName: string }) => g.logGroupName)).toEqual(['kept']);

    const saved = await admin(emu.url, 'POST', 'state/save');
    expect(saved.json.path).toBe(join(dir, 'state.json'));
    expect(JSON.parse(readFileSync(saved.json.path, 'utf8'))).toMatchObject({
      format: 'ecs-emulator-state',
      version: 1,
    });
    const vpc = (await new EC2Client(clientConfig(emu.url)).send(new DescribeVpcsCommand({}))).Vpcs![0].VpcId;

    await admin(emu.url, 'POST', 'reset');
    expect((await logs().send(new DescribeLogGroupsCommand({}))).logGroups).toEqual([]);

    expect((await admin(emu.url, 'POST', 'state/load')).status).toBe(200);
    expect(
      (await logs().send(new DescribeLogGroupsCommand({}))).logGroups!.map((g) => g.logGroupName),
    ).toEqual(['kept']);
    expect(
      (await new EC2Client(clientConfig(emu.url)).send(new DescribeVpcsCommand({}))).Vpcs![0].VpcId,
    ).toBe(vpc);
    expect(
      (await ecr.send(new DescribeImagesCommand({ repositoryName: 'app' }))).imageDetails!.map(
        (d) => d.imageTags,
      ),
    ).toEqual([['v1']]);
    expect(emu.world.behaviourOf('app:v1')).toEqual({ startSeconds: 2 });

    expect((await admin(emu.url, 'POST', 'state/load', { path: join(dir, 'missing.json') })).status).toBe(
      404,
    );
  });

  it('answers unknown admin paths with 404', async () => {
    expect((await admin(emu.url, 'GET', 'nothing-here')).status).toBe(404);
  });
});

describe('startEmulator', () => {
  it('runs the simulated runtime by default and resets onto a fresh one', async () => {
    const emu = await startEmulator({ port: 0 });
    try {
      const first = emu.world.runtime;
      expect(first.kind).toBe('simulated');
      await admin(emu.url, 'POST', 'reset');
      expect(emu.world.runtime.kind).toBe('simulated');
      expect(emu.world.runtime).not.toBe(first);
    } finally {
      await emu.stop();
    }
  });

  it('loads the state file at start and stops the runtime on stop', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'emulator-start-'));
    const stateFile = join(dir, 'state.json');
    try {
      const first = await startTestEmulator({ stateFile });
      await new CloudWatchLogsClient(clientConfig(first.url)).send(
        new CreateLogGroupCommand({ logGroupName: 'survives' }),
      );
      await admin(first.url, 'POST', 'state/save');
      await first.stop();
      expect(first.runtime.shutdowns).toBe(1);

      const second = await startTestEmulator({ stateFile });
      try {
        const groups = await new CloudWatchLogsClient(clientConfig(second.url)).send(
          new DescribeLogGroupsCommand({}),
        );
        expect(groups.logGroups!.map((g) => g.logGroupName)).toEqual(['survives']);
      } finally {
        await second.stop();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a state file of another account', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'emulator-acct-'));
    const stateFile = join(dir, 'state.json');
    try {
      const first = await startTestEmulator({ stateFile });
      await admin(first.url, 'POST', 'state/save');
      await first.stop();
      await expect(startTestEmulator({ stateFile, accountId: '111111111111' })).rejects.toThrow(
        /account 000000000000/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
