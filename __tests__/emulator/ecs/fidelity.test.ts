/**
 * Differences from AWS found by running another client (aws-actions/amazon-ecs-deploy-task-definition)
 * against the emulator: managed EBS volume configurations, the principal that registered a task
 * definition, and the ARN of a missing service in DescribeServices' failures.
 */
import { definition as sts } from '../../../emulator/src/services/sts/index';
import { harness, network, webTaskDefinition, type Harness } from './fakes';

let h: Harness;
beforeEach(async () => {
  h = harness(100);
  await h.call('CreateCluster', { clusterName: 'prod' });
  await h.call('RegisterTaskDefinition', webTaskDefinition('app:v1'));
  await h.call(
    'RegisterTaskDefinition',
    webTaskDefinition('app:v1', { volumes: [{ name: 'data', configuredAtLaunch: true }] }),
  );
  await h.call('CreateService', {
    cluster: 'prod',
    serviceName: 'web',
    taskDefinition: 'web:1',
    desiredCount: 0,
    launchType: 'FARGATE',
    networkConfiguration: network,
  });
});
afterEach(async () => {
  await h.stop();
});

const refused = async (p: Promise<unknown>): Promise<string> =>
  p.then(
    () => 'no error',
    (e: any) => `${e.code}: ${e.message}`,
  );

const ebs = (name: string) => [
  { name, managedEBSVolume: { roleArn: 'arn:aws:iam::000000000000:role/ebs', sizeInGiB: 10 } },
];
const NO_MATCH =
  'InvalidParameterException: Volume configuration provided but no matching configuredAtLaunch volume found in task definition.';

describe('UpdateService volumeConfigurations', () => {
  it('refuses a volume the task definition does not configure at launch, and changes nothing', async () => {
    const before = h.ecs.findService('prod', 'web')!.deployments.length;
    expect(
      await refused(
        h.call('UpdateService', { cluster: 'prod', service: 'web', volumeConfigurations: ebs('data') }),
      ),
    ).toBe(NO_MATCH);
    expect(
      await refused(
        h.call('UpdateService', {
          cluster: 'prod',
          service: 'web',
          taskDefinition: 'web:2',
          volumeConfigurations: ebs('other'),
        }),
      ),
    ).toBe(NO_MATCH);
    const svc = h.ecs.findService('prod', 'web')!;
    expect(svc.deployments.length).toBe(before);
    expect(svc.taskDefinition).toMatch(/web:1$/);
  });

  it('keeps a matching volume configuration, and a new one starts a deployment', async () => {
    const before = h.ecs.findService('prod', 'web')!.deployments[0].id;
    const out = await h.call('UpdateService', {
      cluster: 'prod',
      service: 'web',
      taskDefinition: 'web:2',
      volumeConfigurations: ebs('data'),
    });
    const primary = out.service.deployments.find((d: any) => d.status === 'PRIMARY');
    expect(primary.id).not.toBe(before);
    expect(h.ecs.findService('prod', 'web')!.volumeConfigurations).toEqual(ebs('data'));
    // Same configuration again, nothing else changed: no new deployment.
    const again = await h.call('UpdateService', {
      cluster: 'prod',
      service: 'web',
      volumeConfigurations: ebs('data'),
    });
    expect(again.service.deployments.find((d: any) => d.status === 'PRIMARY').id).toBe(primary.id);
    // A revision without the volume, while the service keeps its configuration: refused.
    expect(
      await refused(h.call('UpdateService', { cluster: 'prod', service: 'web', taskDefinition: 'web:1' })),
    ).toBe(NO_MATCH);
  });
});

describe('identity', () => {
  it("a task definition's registeredBy is the principal GetCallerIdentity names", async () => {
    const td = (await h.call('DescribeTaskDefinition', { taskDefinition: 'web:1' })).taskDefinition;
    const ctx = { world: h.world, accountId: h.world.accountId, region: h.world.region } as never;
    const me = (await sts.operations.GetCallerIdentity({}, ctx)) as { Arn: string };
    expect(td.registeredBy).toBe(me.Arn);
    expect(me.Arn).not.toMatch(/:root$/);
  });
});

describe('DescribeServices failures', () => {
  it('names a missing service by the short ARN, without the cluster, as AWS does', async () => {
    const d = await h.call('DescribeServices', { cluster: 'prod', services: ['ghost'] });
    expect(d.failures).toEqual([
      { arn: 'arn:aws:ecs:us-east-1:000000000000:service/ghost', reason: 'MISSING' },
    ]);
  });
});
