import { harness, network, webTaskDefinition, type Harness } from './fakes';

let h: Harness;
beforeEach(() => {
  h = harness(100);
});
afterEach(async () => {
  await h.stop();
});

const code = async (p: Promise<unknown>): Promise<string> => {
  try {
    await p;
  } catch (e: any) {
    return `${e.code}: ${e.message}`;
  }
  return 'no error';
};

describe('clusters', () => {
  it('creates idempotently, describes with tags and settings, reports missing ones as failures', async () => {
    const a = await h.call('CreateCluster', {
      clusterName: 'prod',
      tags: [{ key: 'team', value: 'web' }],
      settings: [{ name: 'containerInsights', value: 'enabled' }],
    });
    const b = await h.call('CreateCluster', { clusterName: 'prod' });
    expect(a.cluster.clusterArn).toBe('arn:aws:ecs:us-east-1:000000000000:cluster/prod');
    expect(b.cluster.clusterArn).toBe(a.cluster.clusterArn);
    const d = await h.call('DescribeClusters', { clusters: ['prod', 'nope'], include: ['TAGS', 'SETTINGS'] });
    expect(d.clusters[0].tags).toEqual([{ key: 'team', value: 'web' }]);
    expect(d.clusters[0].settings).toEqual([{ name: 'containerInsights', value: 'enabled' }]);
    expect(d.failures).toEqual([
      { arn: 'arn:aws:ecs:us-east-1:000000000000:cluster/nope', reason: 'MISSING' },
    ]);
    await h.call('UpdateClusterSettings', {
      cluster: 'prod',
      settings: [{ name: 'containerInsights', value: 'disabled' }],
    });
    expect((await h.call('ListClusters')).clusterArns).toEqual([a.cluster.clusterArn]);
    await h.call('DeleteCluster', { cluster: 'prod' });
    expect((await h.call('ListClusters')).clusterArns).toEqual([]);
    expect(await code(h.call('DeleteCluster', { cluster: 'prod' }))).toBe(
      'ClusterNotFoundException: Cluster not found.',
    );
  });

  it('refuses invalid names and does not list the default cluster until it is used', async () => {
    expect(await code(h.call('CreateCluster', { clusterName: 'bad name!' }))).toMatch(
      /^InvalidParameterException/,
    );
    expect((await h.call('ListClusters')).clusterArns).toEqual([]);
  });
});

describe('task definitions', () => {
  it('registers revisions per family with ECS defaults and derived fields', async () => {
    const r1 = await h.call('RegisterTaskDefinition', {
      ...webTaskDefinition(),
      tags: [{ key: 'app', value: 'web' }],
    });
    const r2 = await h.call('RegisterTaskDefinition', webTaskDefinition('app:v2'));
    expect(r1.taskDefinition.taskDefinitionArn).toBe(
      'arn:aws:ecs:us-east-1:000000000000:task-definition/web:1',
    );
    expect(r2.taskDefinition.revision).toBe(2);
    const td = r1.taskDefinition;
    expect(td.status).toBe('ACTIVE');
    expect(td.compatibilities).toEqual(['EC2', 'FARGATE']);
    expect(td.registeredAt).toBeInstanceOf(Date);
    expect(td.registeredBy).toMatch(/^arn:aws:iam::000000000000:/);
    expect(td.containerDefinitions[0].portMappings).toEqual([
      { containerPort: 3000, hostPort: 3000, protocol: 'tcp' },
    ]);
    expect(td.requiresAttributes.map((a: any) => a.name)).toEqual(
      expect.arrayContaining(['ecs.capability.task-eni', 'ecs.capability.execution-role-awslogs']),
    );

    const byFamily = await h.call('DescribeTaskDefinition', { taskDefinition: 'web', include: ['TAGS'] });
    expect(byFamily.taskDefinition.revision).toBe(2);
    expect(
      (await h.call('DescribeTaskDefinition', { taskDefinition: 'web:1', include: ['TAGS'] })).tags,
    ).toEqual([{ key: 'app', value: 'web' }]);
    expect(
      (await h.call('DescribeTaskDefinition', { taskDefinition: td.taskDefinitionArn })).taskDefinition
        .revision,
    ).toBe(1);
    expect(await code(h.call('DescribeTaskDefinition', { taskDefinition: 'web:9' }))).toBe(
      'ClientException: Unable to describe task definition.',
    );

    await h.call('DeregisterTaskDefinition', { taskDefinition: 'web:2' });
    expect((await h.call('DescribeTaskDefinition', { taskDefinition: 'web' })).taskDefinition.revision).toBe(
      1,
    );
    expect((await h.call('ListTaskDefinitions', { familyPrefix: 'we' })).taskDefinitionArns).toEqual([
      td.taskDefinitionArn,
    ]);
    expect((await h.call('ListTaskDefinitions', { status: 'INACTIVE' })).taskDefinitionArns).toEqual([
      r2.taskDefinition.taskDefinitionArn,
    ]);
    expect((await h.call('ListTaskDefinitionFamilies')).families).toEqual(['web']);
    const del = await h.call('DeleteTaskDefinitions', { taskDefinitions: ['web:2', 'web:1'] });
    expect(del.taskDefinitions).toHaveLength(1);
    expect(del.failures[0].arn).toBe(td.taskDefinitionArn);
  });

  it('paginates ListTaskDefinitions', async () => {
    for (let i = 0; i < 3; i++) await h.call('RegisterTaskDefinition', webTaskDefinition());
    const p1 = await h.call('ListTaskDefinitions', { maxResults: 2, sort: 'DESC' });
    expect(p1.taskDefinitionArns.map((a: string) => a.split(':').pop())).toEqual(['3', '2']);
    const p2 = await h.call('ListTaskDefinitions', { maxResults: 2, sort: 'DESC', nextToken: p1.nextToken });
    expect(p2.taskDefinitionArns.map((a: string) => a.split(':').pop())).toEqual(['1']);
    expect(p2.nextToken).toBeUndefined();
  });

  it.each([
    [{ networkMode: 'bridge' }, "ClientException: Fargate only supports network mode 'awsvpc'."],
    [{ cpu: undefined }, "ClientException: Fargate requires that 'cpu' be defined at the task level."],
    [
      { cpu: '256', memory: '4096' },
      'ClientException: No Fargate configuration exists for given values: 256 CPU, 4096 memory. See the Amazon ECS documentation for the valid values.',
    ],
    [
      { executionRoleArn: undefined },
      'ClientException: Fargate requires task definition to have execution role ARN to support log driver awslogs.',
    ],
    [{ containerDefinitions: [] }, 'ClientException: Container list cannot be empty.'],
    [{ family: 'web app' }, expect.stringMatching(/^ClientException: Family name/)],
  ])('refuses %j', async (override, expected) => {
    expect(await code(h.call('RegisterTaskDefinition', { ...webTaskDefinition(), ...override }))).toEqual(
      expected,
    );
  });

  it('accepts vCPU and GB notation and answers in units and MiB', async () => {
    const r = await h.call('RegisterTaskDefinition', {
      ...webTaskDefinition(),
      cpu: '1 vCPU',
      memory: '2 GB',
    });
    expect([r.taskDefinition.cpu, r.taskDefinition.memory]).toEqual(['1024', '2048']);
  });
});

describe('services: validation and idempotency', () => {
  let tg: string;
  beforeEach(async () => {
    await h.call('CreateCluster', { clusterName: 'prod' });
    await h.call('RegisterTaskDefinition', webTaskDefinition());
    tg = h.elbv2.addTargetGroup('web');
  });
  const create = (extra: Record<string, unknown> = {}) =>
    h.call('CreateService', {
      cluster: 'prod',
      serviceName: 'web',
      taskDefinition: 'web:1',
      desiredCount: 0,
      launchType: 'FARGATE',
      networkConfiguration: network,
      loadBalancers: [{ targetGroupArn: tg, containerName: 'app', containerPort: 3000 }],
      ...extra,
    });

  it('creates a service with the defaults ECS applies', async () => {
    const { service } = await create({ tags: [{ key: 'env', value: 'prod' }] });
    expect(service.serviceArn).toBe('arn:aws:ecs:us-east-1:000000000000:service/prod/web');
    expect(service.status).toBe('ACTIVE');
    expect(service.deploymentConfiguration).toMatchObject({
      minimumHealthyPercent: 100,
      maximumPercent: 200,
      deploymentCircuitBreaker: { enable: false, rollback: false },
    });
    expect(service.deployments).toHaveLength(1);
    expect(service.deployments[0].id).toMatch(/^ecs-svc\/\d{19}$/);
    expect(service.deployments[0]).toMatchObject({
      status: 'PRIMARY',
      rolloutState: 'IN_PROGRESS',
      taskDefinition: 'arn:aws:ecs:us-east-1:000000000000:task-definition/web:1',
    });
    expect(service.tags).toEqual([{ key: 'env', value: 'prod' }]);
    expect(service.currentServiceDeployment).toMatch(/:service-deployment\/prod\/web\//);
    expect((await h.call('ListServices', { cluster: 'prod' })).serviceArns).toEqual([service.serviceArn]);
  });

  it('answers a retry with the same clientToken or the same parameters with the existing service', async () => {
    const a = await create({ clientToken: 'tok-1' });
    const b = await create({ clientToken: 'tok-1', desiredCount: 5 });
    expect(b.service.serviceArn).toBe(a.service.serviceArn);
    expect(b.service.desiredCount).toBe(0);
    const c = await create();
    expect(c.service.deployments[0].id).toBe(a.service.deployments[0].id);
    expect(await code(create({ desiredCount: 2 }))).toBe(
      'InvalidParameterException: Creation of service was not idempotent.',
    );
  });

  it.each([
    ['a missing cluster', { cluster: 'nope' }, 'ClusterNotFoundException: Cluster not found.'],
    ['a missing task definition', { taskDefinition: 'web:7' }, 'ClientException: TaskDefinition not found.'],
    [
      'no network configuration',
      { networkConfiguration: undefined },
      "InvalidParameterException: Network Configuration must be provided when networkMode 'awsvpc' is specified.",
    ],
    [
      'a missing subnet',
      { networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-zzz'] } } },
      expect.stringContaining("The subnet ID 'subnet-zzz' does not exist"),
    ],
    [
      'a missing security group',
      {
        networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-a'], securityGroups: ['sg-zzz'] } },
      },
      expect.stringContaining("The security group 'sg-zzz' does not exist"),
    ],
    [
      'a container not in the task definition',
      { loadBalancers: [{ targetGroupArn: 'TG', containerName: 'nope', containerPort: 3000 }] },
      'InvalidParameterException: The container nope does not exist in the task definition.',
    ],
    [
      'a port not in the task definition',
      { loadBalancers: [{ targetGroupArn: 'TG', containerName: 'app', containerPort: 8080 }] },
      'InvalidParameterException: The container app did not have a container port 8080 defined.',
    ],
    [
      'minimumHealthyPercent above 100',
      { deploymentConfiguration: { minimumHealthyPercent: 150 } },
      expect.stringMatching(/^InvalidParameterException/),
    ],
  ])('refuses %s', async (_what, override: any, expected) => {
    if (override.loadBalancers) override.loadBalancers[0].targetGroupArn = tg;
    expect(await code(create(override))).toEqual(expected);
  });

  it('refuses a target group without a load balancer, or with instance targets', async () => {
    const lonely = h.elbv2.addTargetGroup('lonely', { loadBalancerArns: [] });
    expect(
      await code(
        create({ loadBalancers: [{ targetGroupArn: lonely, containerName: 'app', containerPort: 3000 }] }),
      ),
    ).toBe(
      `InvalidParameterException: The target group with targetGroupArn ${lonely} does not have an associated load balancer.`,
    );
    const inst = h.elbv2.addTargetGroup('inst', { targetType: 'instance' });
    expect(
      await code(
        create({ loadBalancers: [{ targetGroupArn: inst, containerName: 'app', containerPort: 3000 }] }),
      ),
    ).toMatch(/target type instance, which is incompatible with the awsvpc network mode/);
  });

  it('deletes: refuses while scaled above 0, drains, refuses re-creation while DRAINING, allows it once INACTIVE', async () => {
    await create({ desiredCount: 1 });
    expect(await code(h.call('DeleteService', { cluster: 'prod', service: 'web' }))).toBe(
      'InvalidParameterException: The service cannot be stopped while it is scaled above 0.',
    );
    const del = await h.call('DeleteService', { cluster: 'prod', service: 'web', force: true });
    expect(del.service.status).toBe('DRAINING');
    expect(await code(create())).toBe(
      'InvalidParameterException: Unable to Start a service that is still Draining.',
    );
    expect(await code(h.call('UpdateService', { cluster: 'prod', service: 'web', desiredCount: 2 }))).toBe(
      'ServiceNotActiveException: Service was not ACTIVE.',
    );
    const svc = h.ecs.findService('prod', 'web')!;
    await h.until(
      () => svc.status,
      (status) => status === 'INACTIVE',
    );
    expect(svc.status).toBe('INACTIVE');
    const again = await create();
    expect(again.service.status).toBe('ACTIVE');
  });

  it('describes missing services as failures and reports ServiceNotFoundException on update', async () => {
    const d = await h.call('DescribeServices', { cluster: 'prod', services: ['ghost'] });
    expect(d.failures).toEqual([
      { arn: 'arn:aws:ecs:us-east-1:000000000000:service/prod/ghost', reason: 'MISSING' },
    ]);
    expect(await code(h.call('UpdateService', { cluster: 'prod', service: 'ghost' }))).toBe(
      'ServiceNotFoundException: Service not found.',
    );
  });
});

describe('tags', () => {
  it('tags, lists and untags clusters, services, task definitions and tasks', async () => {
    const { cluster } = await h.call('CreateCluster', { clusterName: 'prod' });
    const { taskDefinition } = await h.call('RegisterTaskDefinition', webTaskDefinition());
    const run = await h.call('RunTask', {
      cluster: 'prod',
      taskDefinition: 'web',
      launchType: 'FARGATE',
      networkConfiguration: network,
    });
    for (const arn of [cluster.clusterArn, taskDefinition.taskDefinitionArn, run.tasks[0].taskArn]) {
      await h.call('TagResource', {
        resourceArn: arn,
        tags: [
          { key: 'a', value: '1' },
          { key: 'b', value: '2' },
        ],
      });
      await h.call('UntagResource', { resourceArn: arn, tagKeys: ['a'] });
      expect((await h.call('ListTagsForResource', { resourceArn: arn })).tags).toEqual([
        { key: 'b', value: '2' },
      ]);
    }
    expect(
      await code(
        h.call('ListTagsForResource', { resourceArn: 'arn:aws:ecs:us-east-1:000000000000:cluster/nope' }),
      ),
    ).toBe('ClusterNotFoundException: Cluster not found.');
    expect(
      await code(
        h.call('TagResource', { resourceArn: cluster.clusterArn, tags: [{ key: 'aws:x', value: '1' }] }),
      ),
    ).toMatch(/^InvalidParameterException/);
  });
});
