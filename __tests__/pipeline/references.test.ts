/** The preflight's own reference checks: the registered revision given as task-definition-arn, and the certificate's region. */
import type { TaskDefinition } from '@aws-sdk/client-ecs';
import type { EcsApi } from '../../src/aws/ecs';
import { checkCertificateRegion, checkGivenTaskDefinition } from '../../src/pipeline/references';
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

describe('checkCertificateRegion', () => {
  const cert = (region: string) => `arn:aws:acm:${region}:123456789012:certificate/0f1e2d3c-aaaa`;
  it('refuses an ACM certificate of another region', () => {
    expect(() =>
      checkCertificateRegion(testConfig({ loadBalancer: { certificateArn: cert('us-east-1') } })),
    ).toThrow("Input 'certificate-arn': the certificate is in us-east-1, the load balancer in eu-west-1;");
  });
  it('accepts one of the region, an IAM server certificate, and none', () => {
    for (const certificateArn of [
      cert('eu-west-1'),
      'arn:aws:iam::123456789012:server-certificate/web',
      undefined,
    ])
      expect(() => checkCertificateRegion(testConfig({ loadBalancer: { certificateArn } }))).not.toThrow();
  });
});
