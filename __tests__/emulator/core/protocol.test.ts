import { ECRClient, CreateRepositoryCommand, DescribeRepositoriesCommand } from '@aws-sdk/client-ecr';
import { STSClient, GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { EC2Client, DescribeVpcsCommand } from '@aws-sdk/client-ec2';
import { CloudWatchLogsClient, DescribeLogGroupsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { decodeQueryParams } from '../../../emulator/src/http/query';
import { toXml, queryResponse } from '../../../emulator/src/http/xml';
import { toAwsJson } from '../../../emulator/src/http/json';
import { checkSigV4 } from '../../../emulator/src/http/sigv4';
import { startTestEmulator, clientConfig, admin } from './fake-runtime';

const AUTH = (service: string) =>
  `AWS4-HMAC-SHA256 Credential=AKIDTEST/20260101/us-east-1/${service}/aws4_request, SignedHeaders=host;x-amz-date, Signature=abcdef`;

describe('query decoding', () => {
  it('folds member lists, EC2 flattened lists and nested structures into arrays and objects', () => {
    const p = new URLSearchParams(
      'Action=X&Version=1&Names.member.1=a&Names.member.2=b&Filter.1.Name=vpc-id&Filter.1.Value.1=v1&Filter.1.Value.2=v2&Filter.2.Name=tag:env&Filter.2.Value.1=prod' +
        '&IpPermissions.1.IpRanges.1.CidrIp=10.0.0.0/8&Tags.member.1.Key=k&Tags.member.1.Value=v&Attributes.entry.1.key=a&Attributes.entry.1.value=1&Port=80',
    );
    expect(decodeQueryParams(p)).toEqual({
      Names: ['a', 'b'],
      Filter: [
        { Name: 'vpc-id', Value: ['v1', 'v2'] },
        { Name: 'tag:env', Value: ['prod'] },
      ],
      IpPermissions: [{ IpRanges: [{ CidrIp: '10.0.0.0/8' }] }],
      Tags: [{ Key: 'k', Value: 'v' }],
      Attributes: { a: '1' },
      Port: '80',
    });
  });

  it('keeps list order by index, not by arrival', () => {
    expect(decodeQueryParams(new URLSearchParams('L.member.2=second&L.member.1=first'))).toEqual({
      L: ['first', 'second'],
    });
  });
});

describe('encoding', () => {
  it('writes XML lists as member or item elements, dates as ISO 8601, and escapes text', () => {
    const at = new Date('2026-01-02T03:04:05.000Z');
    expect(toXml({ A: [{ B: 'x<y' }], At: at, Ok: true }, 'member')).toBe(
      '<A><member><B>x&lt;y</B></member></A><At>2026-01-02T03:04:05.000Z</At><Ok>true</Ok>',
    );
    expect(toXml({ s: ['a'] }, 'item')).toBe('<s><item>a</item></s>');
    expect(queryResponse('Op', 'ns', {}, 'rid')).toContain(
      '<OpResponse xmlns="ns"><OpResult></OpResult><ResponseMetadata><RequestId>rid</RequestId>',
    );
  });

  it('writes JSON dates as epoch seconds', () => {
    expect(JSON.parse(toAwsJson({ createdAt: new Date(1500), nested: [{ t: new Date(2000) }] }))).toEqual({
      createdAt: 1.5,
      nested: [{ t: 2 }],
    });
  });

  it('reads the credential scope of a SigV4 header and names what an incomplete one lacks', () => {
    expect(checkSigV4(AUTH('ecs'), new URLSearchParams())).toEqual({
      ok: true,
      credential: { accessKeyId: 'AKIDTEST', date: '20260101', region: 'us-east-1', service: 'ecs' },
    });
    expect(checkSigV4(undefined, new URLSearchParams())).toEqual({ ok: false, reason: 'missing' });
    const incomplete = checkSigV4(
      'AWS4-HMAC-SHA256 Credential=AKIDTEST/20260101/us-east-1/ecs/aws4_request',
      new URLSearchParams(),
    );
    expect(incomplete).toMatchObject({ ok: false, reason: 'incomplete' });
    expect((incomplete as { message: string }).message).toContain(
      "Authorization header requires 'Signature' parameter.",
    );
  });
});

describe('the HTTP endpoint', () => {
  let emu: Awaited<ReturnType<typeof startTestEmulator>>;
  beforeAll(async () => {
    emu = await startTestEmulator();
  });
  afterAll(() => emu.stop());
  beforeEach(() => admin(emu.url, 'POST', 'reset'));

  it('refuses unsigned JSON requests as AWS does', async () => {
    const res = await fetch(emu.url, {
      method: 'POST',
      headers: {
        'x-amz-target': 'AmazonEC2ContainerRegistry_V20150921.DescribeRepositories',
        'content-type': 'application/x-amz-json-1.1',
      },
      body: '{}',
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('x-amzn-errortype')).toBe('MissingAuthenticationTokenException');
    expect(await res.json()).toEqual({
      __type: 'MissingAuthenticationTokenException',
      message: 'Missing Authentication Token',
    });
  });

  it('refuses unsigned query requests as AWS does', async () => {
    const res = await fetch(emu.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'Action=GetCallerIdentity&Version=2011-06-15',
    });
    expect(res.status).toBe(403);
    const text = await res.text();
    expect(text).toContain('<Code>MissingAuthenticationToken</Code>');
    expect(text).toContain('<Type>Sender</Type>');
    const ec2 = await fetch(emu.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'Action=DescribeVpcs&Version=2016-11-15',
    });
    expect(await ec2.text()).toMatch(
      /<Response><Errors><Error><Code>MissingParameter<\/Code>.*AWSAccessKeyId/,
    );
  });

  it('answers an incomplete Authorization header with IncompleteSignatureException', async () => {
    const res = await fetch(emu.url, {
      method: 'POST',
      headers: {
        'x-amz-target': 'Logs_20140328.DescribeLogGroups',
        authorization: 'AWS4-HMAC-SHA256 SignedHeaders=host',
      },
      body: '{}',
    });
    expect(res.status).toBe(403);
    const body = (await res.json()) as { __type: string; message: string };
    expect(body.__type).toBe('IncompleteSignatureException');
    expect(body.message).toContain("Authorization header requires 'Credential' parameter.");
  });

  it('answers unknown operations with the protocol’s unknown-operation error', async () => {
    const json = await fetch(emu.url, {
      method: 'POST',
      headers: { 'x-amz-target': 'Logs_20140328.MakeCoffee', authorization: AUTH('logs') },
      body: '{}',
    });
    expect(json.status).toBe(400);
    expect(((await json.json()) as { __type: string }).__type).toBe('UnknownOperationException');
    const query = await fetch(emu.url, {
      method: 'POST',
      headers: { authorization: AUTH('sts') },
      body: 'Action=MakeCoffee&Version=2011-06-15',
    });
    expect(await query.text()).toContain(
      '<Code>InvalidAction</Code><Message>Could not find operation MakeCoffee for version 2011-06-15</Message>',
    );
    const ec2 = await fetch(emu.url, {
      method: 'POST',
      headers: { authorization: AUTH('ec2') },
      body: 'Action=MakeCoffee&Version=2016-11-15',
    });
    expect(await ec2.text()).toContain('The action MakeCoffee is not valid for this web service.');
  });

  it('routes query requests by the credential scope, whatever Version says', async () => {
    const res = await fetch(emu.url, {
      method: 'POST',
      headers: { authorization: AUTH('sts') },
      body: 'Action=GetCallerIdentity&Version=2016-11-15',
    });
    expect(await res.text()).toContain('<Account>000000000000</Account>');
  });

  it('round-trips dates through the SDK for JSON (epoch seconds) and XML protocols', async () => {
    const ecr = new ECRClient(clientConfig(emu.url));
    const before = Date.now();
    const created = await ecr.send(new CreateRepositoryCommand({ repositoryName: 'dates' }));
    expect(created.repository?.createdAt).toBeInstanceOf(Date);
    expect(Math.abs(created.repository!.createdAt!.getTime() - before)).toBeLessThan(60000);
  });

  it('raises the SDK exception class named by the error code', async () => {
    const ecr = new ECRClient(clientConfig(emu.url));
    await expect(
      ecr.send(new DescribeRepositoriesCommand({ repositoryNames: ['nope'] })),
    ).rejects.toMatchObject({
      name: 'RepositoryNotFoundException',
      $metadata: expect.objectContaining({ httpStatusCode: 400 }),
    });
  });

  it('injects a throttling fault that the SDK retries, and records every attempt', async () => {
    const fault = await admin(emu.url, 'POST', 'faults', {
      service: 'logs',
      operation: 'DescribeLogGroups',
      errorCode: 'ThrottlingException',
      count: 2,
    });
    expect(fault.status).toBe(200);
    const logs = new CloudWatchLogsClient(clientConfig(emu.url, { maxAttempts: 3 }));
    const out = await logs.send(new DescribeLogGroupsCommand({}));
    expect(out.$metadata.attempts).toBe(3);
    const calls = (await admin(emu.url, 'GET', 'calls?service=logs&operation=DescribeLogGroups')).json.calls;
    expect(calls.map((c: { status: number; errorCode?: string }) => [c.status, c.errorCode ?? null])).toEqual(
      [
        [400, 'ThrottlingException'],
        [400, 'ThrottlingException'],
        [200, null],
      ],
    );
  });

  it('injects query-protocol throttling (Throttling) that the SDK retries', async () => {
    await admin(emu.url, 'POST', 'faults', { service: 'sts', errorCode: 'Throttling', count: 1 });
    const out = await new STSClient(clientConfig(emu.url)).send(new GetCallerIdentityCommand({}));
    expect(out.Account).toBe('000000000000');
    expect(out.$metadata.attempts).toBe(2);
  });

  it('injects EC2 faults in EC2’s error shape, gone once the faults are cleared', async () => {
    await admin(emu.url, 'POST', 'faults', {
      service: 'ec2',
      operation: 'DescribeVpcs',
      errorCode: 'UnauthorizedOperation',
      status: 403,
      message: 'You are not authorized',
    });
    await expect(
      new EC2Client(clientConfig(emu.url)).send(new DescribeVpcsCommand({})),
    ).rejects.toMatchObject({ name: 'UnauthorizedOperation', message: 'You are not authorized' });
    await admin(emu.url, 'DELETE', 'faults');
    await expect(
      new EC2Client(clientConfig(emu.url)).send(new DescribeVpcsCommand({})),
    ).resolves.toBeDefined();
  });

  it('applies rate 0 faults never', async () => {
    await admin(emu.url, 'POST', 'faults', { service: 'sts', errorCode: 'Throttling', rate: 0 });
    const out = await new STSClient(clientConfig(emu.url)).send(new GetCallerIdentityCommand({}));
    expect(out.$metadata.attempts).toBe(1);
  });
});
