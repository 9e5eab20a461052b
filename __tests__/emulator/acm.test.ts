import {
  ACMClient,
  DescribeCertificateCommand,
  ListCertificatesCommand,
  RequestCertificateCommand,
} from '@aws-sdk/client-acm';
import { DescribeSubnetsCommand, EC2Client } from '@aws-sdk/client-ec2';
import {
  CreateListenerCommand,
  CreateLoadBalancerCommand,
  CreateTargetGroupCommand,
  ElasticLoadBalancingV2Client,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { admin, clientConfig, startTestEmulator } from './core/fake-runtime';

// ACM through the real SDK client (JSON 1.1, CertificateManager.*), and what ELBv2 makes of its
// certificates: a listener takes an ISSUED one, anything else is CertificateNotFound.
let emu: Awaited<ReturnType<typeof startTestEmulator>>;
let acm: ACMClient;
let elb: ElasticLoadBalancingV2Client;

beforeAll(async () => {
  emu = await startTestEmulator({ timeScale: 1000 });
  acm = new ACMClient(clientConfig(emu.url, { maxAttempts: 1 }));
  elb = new ElasticLoadBalancingV2Client(clientConfig(emu.url, { maxAttempts: 1 }));
});
afterAll(async () => {
  await emu?.stop();
});

test('a requested certificate waits for validation; the admin API issues it; DescribeCertificate and ListCertificates show it', async () => {
  const { CertificateArn } = await acm.send(
    new RequestCertificateCommand({ DomainName: 'app.example.com', ValidationMethod: 'DNS' }),
  );
  expect(CertificateArn).toMatch(/^arn:aws:acm:us-east-1:000000000000:certificate\/[0-9a-f-]{36}$/);
  const pending = (await acm.send(new DescribeCertificateCommand({ CertificateArn }))).Certificate!;
  expect(pending).toMatchObject({
    DomainName: 'app.example.com',
    SubjectAlternativeNames: ['app.example.com'],
    Status: 'PENDING_VALIDATION',
    Type: 'AMAZON_ISSUED',
  });
  expect(pending.CreatedAt).toBeInstanceOf(Date);
  expect(pending.NotAfter).toBeUndefined();

  expect(await admin(emu.url, 'PUT', 'certificates', { arn: CertificateArn, status: 'VALID' })).toMatchObject(
    {
      status: 400,
      json: { error: expect.stringContaining('status must be one of PENDING_VALIDATION, ISSUED') },
    },
  );
  expect(
    (await admin(emu.url, 'PUT', 'certificates', { arn: `${CertificateArn}0`, status: 'ISSUED' })).status,
  ).toBe(404);
  const issued = await admin(emu.url, 'PUT', 'certificates', { arn: CertificateArn, status: 'ISSUED' });
  expect(issued).toMatchObject({ status: 200, json: { status: 'ISSUED' } });
  const cert = (await acm.send(new DescribeCertificateCommand({ CertificateArn }))).Certificate!;
  expect(cert.Status).toBe('ISSUED');
  expect(cert.NotAfter!.getTime()).toBeGreaterThan(cert.IssuedAt!.getTime());

  const listed = await acm.send(new ListCertificatesCommand({ CertificateStatuses: ['ISSUED'] }));
  expect(listed.CertificateSummaryList!.map((c) => c.CertificateArn)).toContain(CertificateArn);
  const none = await acm.send(new ListCertificatesCommand({ CertificateStatuses: ['REVOKED'] }));
  expect(none.CertificateSummaryList).toEqual([]);
});

test('ACM errors: an unknown certificate, a malformed ARN, a bad domain name', async () => {
  const missing = 'arn:aws:acm:us-east-1:000000000000:certificate/0f1e2d3c-aaaa-bbbb-cccc-0123456789ab';
  await expect(acm.send(new DescribeCertificateCommand({ CertificateArn: missing }))).rejects.toMatchObject({
    name: 'ResourceNotFoundException',
    message: `Could not find certificate ${missing}.`,
  });
  await expect(acm.send(new DescribeCertificateCommand({ CertificateArn: 'my-cert' }))).rejects.toMatchObject(
    {
      name: 'InvalidArnException',
    },
  );
  await expect(
    acm.send(new RequestCertificateCommand({ DomainName: '-bad-.example' })),
  ).rejects.toMatchObject({
    name: 'ValidationException',
  });
});

test('an HTTPS listener takes an ISSUED certificate; a missing, pending or expired one is CertificateNotFound', async () => {
  const ec2 = new EC2Client(clientConfig(emu.url, { maxAttempts: 1 }));
  const subnets = (await ec2.send(new DescribeSubnetsCommand({}))).Subnets!;
  const lb = (
    await elb.send(new CreateLoadBalancerCommand({ Name: 'tls', Subnets: subnets.map((s) => s.SubnetId!) }))
  ).LoadBalancers![0];
  const tg = (
    await elb.send(
      new CreateTargetGroupCommand({
        Name: 'tls',
        Protocol: 'HTTP',
        Port: 3000,
        VpcId: subnets[0].VpcId,
        TargetType: 'ip',
      }),
    )
  ).TargetGroups![0];
  const listener = (CertificateArn: string, Port: number) =>
    elb.send(
      new CreateListenerCommand({
        LoadBalancerArn: lb.LoadBalancerArn,
        Protocol: 'HTTPS',
        Port,
        Certificates: [{ CertificateArn }],
        DefaultActions: [{ Type: 'forward', TargetGroupArn: tg.TargetGroupArn }],
      }),
    );
  const make = async (status: string) =>
    (await admin(emu.url, 'POST', 'certificates', { domainName: 'tls.example.com', status })).json
      .arn as string;

  const good = await make('ISSUED');
  expect((await listener(good, 443)).Listeners![0].Certificates).toEqual([{ CertificateArn: good }]);
  const missing = good.replace(/[0-9a-f]{12}$/, '000000000000');
  for (const [arn, port] of [
    [missing, 8443],
    [await make('PENDING_VALIDATION'), 8444],
    [await make('EXPIRED'), 8445],
  ] as const)
    await expect(listener(arn, port)).rejects.toMatchObject({
      name: 'CertificateNotFoundException',
      message: `Certificate '${arn}' not found`,
    });
});
