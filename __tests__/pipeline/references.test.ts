/** The preflight's own reference checks: the registered revision given as task-definition-arn, and the certificate (its region, then ACM). */
import type { TaskDefinition } from '@aws-sdk/client-ecs';
import type { EcsApi } from '../../src/aws/ecs';
import { ACMClient, DescribeCertificateCommand } from '@aws-sdk/client-acm';
import { mockClient } from 'aws-sdk-client-mock';
import type { AwsClients } from '../../src/aws/clients';
import type { DeployConfig } from '../../src/config/types';
import { checkCertificate, checkGivenTaskDefinition } from '../../src/pipeline/references';
import { testConfig } from '../fixtures/config';

const ARN = 'arn:aws:ecs:eu-west-1:123456789012:task-definition/web-hello:4';
const revision = (over: Partial<TaskDefinition> = {}): TaskDefinition => ({
  taskDefinitionArn: ARN,
  status: 'ACTIVE',
  containerDefinitions: [{ name: 'hello', image: 'x', portMappings: [{ containerPort: 3000 }] }],
  ...over,
});
const ecsWith = (td: TaskDefinition | undefined) =>
  ({
    describeTaskDefinition: async () => (td ? { taskDefinition: td, tags: [] } : undefined),
  }) as unknown as EcsApi;
const given = (td: TaskDefinition | undefined, over: Parameters<typeof testConfig>[0] = {}) =>
  checkGivenTaskDefinition({ config: testConfig(over), ecs: ecsWith(td) }, ARN);

describe('checkGivenTaskDefinition', () => {
  it('returns the revision as read, for the task definition phase to use', async () => {
    await expect(given(revision())).resolves.toEqual({ taskDefinition: revision(), tags: [] });
  });

  it('refuses a revision that does not exist, or is INACTIVE, naming the input', async () => {
    await expect(given(undefined)).rejects.toMatchObject({
      input: 'task-definition-arn',
      message: `Input 'task-definition-arn': the task definition ${ARN} does not exist in eu-west-1. Give the ARN or family:revision of a registered revision.`,
    });
    await expect(given(revision({ status: 'INACTIVE' }))).rejects.toMatchObject({
      input: 'task-definition-arn',
      message: expect.stringMatching(/is INACTIVE \(deregistered\); ECS deploys only ACTIVE revisions\.$/),
    });
  });

  it('refuses a revision without the traffic container or without the container port', async () => {
    await expect(given(revision(), { taskDefinition: { containerName: 'web' } })).rejects.toMatchObject({
      input: 'container-name',
      message: `Input 'container-name': ${ARN} has no container 'web'; its containers are hello.`,
    });
    const two = revision({ containerDefinitions: [{ name: 'a' }, { name: 'b' }] });
    await expect(given(two)).rejects.toMatchObject({ input: 'task-definition-arn' });
    await expect(given(revision(), { taskDefinition: { containerPort: 8080 } })).rejects.toMatchObject({
      input: 'container-port',
      message: `Input 'container-port': container 'hello' of ${ARN} does not map port 8080 (it maps 3000).`,
    });
  });
});

describe('checkCertificate', () => {
  const acm = mockClient(ACMClient);
  afterEach(() => acm.reset());
  const cert = (region: string) => `arn:aws:acm:${region}:123456789012:certificate/0f1e2d3c-aaaa`;
  const check = (certificateArn: string | undefined, over: Partial<DeployConfig['loadBalancer']> = {}) =>
    checkCertificate({
      config: testConfig({ loadBalancer: { certificateArn, ...over } }),
      clients: { acm: new ACMClient({ region: 'eu-west-1' }) } as AwsClients,
    });
  const issued = (Status = 'ISSUED') =>
    acm
      .on(DescribeCertificateCommand)
      .resolves({ Certificate: { Status, DomainName: 'app.example.com' } } as never);

  it('refuses an ACM certificate of another region, without a call', async () => {
    await expect(check(cert('us-east-1'))).rejects.toMatchObject({
      input: 'certificate-arn',
      message: expect.stringContaining(
        "Input 'certificate-arn': the certificate is in us-east-1, the load balancer in eu-west-1;",
      ),
    });
    expect(acm.calls()).toHaveLength(0);
  });

  it('accepts an ISSUED certificate of the region (one DescribeCertificate)', async () => {
    issued();
    await expect(check(cert('eu-west-1'))).resolves.toBeUndefined();
    expect(acm.commandCalls(DescribeCertificateCommand)[0].args[0].input).toEqual({
      CertificateArn: cert('eu-west-1'),
    });
  });

  it('refuses a certificate ACM does not have', async () => {
    acm
      .on(DescribeCertificateCommand)
      .rejects(
        Object.assign(new Error('Could not find certificate x.'), { name: 'ResourceNotFoundException' }),
      );
    await expect(check(cert('eu-west-1'))).rejects.toThrow(
      `Input 'certificate-arn': ACM has no certificate ${cert('eu-west-1')} in this account (eu-west-1).`,
    );
  });

  it('refuses one that is not ISSUED, and says what to do about a pending one', async () => {
    issued('PENDING_VALIDATION');
    await expect(check(cert('eu-west-1'))).rejects.toThrow(
      `the certificate ${cert('eu-west-1')} (app.example.com) is PENDING_VALIDATION; an HTTPS listener needs an ISSUED certificate (finish its DNS or email validation first).`,
    );
    issued('EXPIRED');
    await expect(check(cert('eu-west-1'))).rejects.toThrow(
      'is EXPIRED; an HTTPS listener needs an ISSUED certificate.',
    );
  });

  it('reads nothing for an IAM server certificate, no certificate, or a given target group', async () => {
    await check('arn:aws:iam::123456789012:server-certificate/web');
    await check(undefined);
    await check(cert('eu-west-1'), {
      targetGroupArn: 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/x/1',
    });
    expect(acm.calls()).toHaveLength(0);
  });

  it('lets any other ACM error through', async () => {
    acm
      .on(DescribeCertificateCommand)
      .rejects(Object.assign(new Error('denied'), { name: 'AccessDeniedException' }));
    await expect(check(cert('eu-west-1'))).rejects.toThrow('denied');
  });
});
