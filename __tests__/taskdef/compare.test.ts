import type { RegisterTaskDefinitionCommandInput, TaskDefinition } from '@aws-sdk/client-ecs';
import { isSameTaskDefinition } from '../../src/taskdef/compare';
import { describeTaskDefinitionChanges } from '../../src/taskdef/diff';

const desired = (): RegisterTaskDefinitionCommandInput => ({
  family: 'web-hello',
  networkMode: 'awsvpc',
  requiresCompatibilities: ['FARGATE'],
  cpu: '256',
  memory: '512',
  executionRoleArn: 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole',
  containerDefinitions: [
    {
      name: 'hello',
      image: 'repo/hello:aaa',
      essential: true,
      portMappings: [{ containerPort: 3000, protocol: 'tcp' }],
      environment: [
        { name: 'B', value: 'b-value-secretish' },
        { name: 'A', value: 'a-value-secretish' },
      ],
      secrets: [{ name: 'TOKEN', valueFrom: 'arn:aws:ssm:eu-west-1:123456789012:parameter/token' }],
      logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': '/ecs/web/hello' } },
    },
  ],
  tags: [{ key: 'managed-by', value: 'ecs-fargate-deploy' }],
});

/** What DescribeTaskDefinition returns for `desired()`: ECS's defaults filled in, read-only fields added. */
const described = (): TaskDefinition => ({
  taskDefinitionArn: 'arn:aws:ecs:eu-west-1:123456789012:task-definition/web-hello:7',
  revision: 7,
  status: 'ACTIVE',
  family: 'web-hello',
  networkMode: 'awsvpc',
  requiresCompatibilities: ['FARGATE'],
  compatibilities: ['EC2', 'FARGATE'],
  requiresAttributes: [{ name: 'ecs.capability.task-eni' }],
  cpu: '256',
  memory: '512',
  executionRoleArn: 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole',
  volumes: [],
  placementConstraints: [],
  registeredAt: new Date('2024-05-01T00:00:00Z'),
  containerDefinitions: [
    {
      name: 'hello',
      image: 'repo/hello:aaa',
      cpu: 0,
      essential: true,
      portMappings: [{ containerPort: 3000, hostPort: 3000, protocol: 'tcp' }],
      environment: [
        { name: 'A', value: 'a-value-secretish' },
        { name: 'B', value: 'b-value-secretish' },
      ],
      mountPoints: [],
      volumesFrom: [],
      systemControls: [],
      secrets: [{ name: 'TOKEN', valueFrom: 'arn:aws:ssm:eu-west-1:123456789012:parameter/token' }],
      logConfiguration: {
        logDriver: 'awslogs',
        options: { 'awslogs-group': '/ecs/web/hello' },
        secretOptions: [],
      },
    },
  ],
});

describe('isSameTaskDefinition', () => {
  it('treats the defaults ECS fills in as no change', () => {
    expect(isSameTaskDefinition(desired(), described())).toBe(true);
  });

  it('is false without a current revision', () => {
    expect(isSameTaskDefinition(desired(), undefined)).toBe(false);
  });

  it.each([
    [
      'image',
      (d: RegisterTaskDefinitionCommandInput) => (d.containerDefinitions![0].image = 'repo/hello:bbb'),
    ],
    [
      'an environment value',
      (d: RegisterTaskDefinitionCommandInput) => (d.containerDefinitions![0].environment![0].value = 'other'),
    ],
    ['memory', (d: RegisterTaskDefinitionCommandInput) => (d.memory = '1024')],
    [
      'task role',
      (d: RegisterTaskDefinitionCommandInput) => (d.taskRoleArn = 'arn:aws:iam::123456789012:role/app'),
    ],
    ['essential', (d: RegisterTaskDefinitionCommandInput) => (d.containerDefinitions![0].essential = false)],
  ])('sees a changed %s', (_name, change) => {
    const d = desired();
    change(d);
    expect(isSameTaskDefinition(d, described())).toBe(false);
  });

  it('reads "0.25 vCPU" and "0.5 GB" as the units ECS stores', () => {
    const d = desired();
    d.cpu = '0.25 vCPU';
    d.memory = '0.5 GB';
    expect(isSameTaskDefinition(d, described())).toBe(true);
  });
});

describe('describeTaskDefinitionChanges', () => {
  it('says when there is nothing to compare with', () => {
    expect(describeTaskDefinitionChanges(undefined, desired())).toEqual([
      'new task definition family web-hello (containers: hello); nothing runs yet to compare with',
    ]);
  });

  it('lists nothing for an unchanged definition', () => {
    expect(describeTaskDefinitionChanges(described(), desired())).toEqual([]);
  });

  it('prints one line per change, names only for environment and secrets', () => {
    const d = desired();
    const c = d.containerDefinitions![0];
    c.image = 'repo/hello:bbb';
    c.environment = [
      { name: 'A', value: 'a-new-value-secretish' },
      { name: 'C', value: 'c-value-secretish' },
    ];
    c.secrets = [{ name: 'TOKEN', valueFrom: 'arn:aws:ssm:eu-west-1:123456789012:parameter/token-v2' }];
    c.portMappings = [{ containerPort: 8080 }];
    c.command = ['--password', 'p4ssw0rd'];
    d.cpu = '512';
    d.memory = '1024';
    d.containerDefinitions!.push({ name: 'sidecar', image: 'envoy:1' });
    const lines = describeTaskDefinitionChanges(described(), d);
    expect(lines).toEqual([
      'cpu: 256 → 512',
      'memory: 512 → 1024',
      'container hello: command changed',
      'container hello: environment added C; removed B; changed A',
      'container hello: image repo/hello:aaa → repo/hello:bbb',
      'container hello: ports 3000/tcp → 8080/tcp',
      'container hello: secrets changed TOKEN',
      'container sidecar added (image envoy:1)',
    ]);
    const text = lines.join('\n');
    expect(text).not.toMatch(/secretish|p4ssw0rd|token-v2/);
  });

  it('reports a removed container', () => {
    const current = described();
    current.containerDefinitions!.push({ name: 'old-sidecar', image: 'x' });
    expect(describeTaskDefinitionChanges(current, desired())).toEqual(['container old-sidecar removed']);
  });
});
