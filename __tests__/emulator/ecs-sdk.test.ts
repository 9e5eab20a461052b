import {
  ECSClient,
  CreateClusterCommand,
  RegisterTaskDefinitionCommand,
  CreateServiceCommand,
  UpdateServiceCommand,
  DescribeServicesCommand,
  DescribeTasksCommand,
  ListTasksCommand,
  ListServiceDeploymentsCommand,
  DescribeServiceDeploymentsCommand,
  DescribeTaskDefinitionCommand,
  type Service,
} from '@aws-sdk/client-ecs';
import { EC2Client, DescribeSubnetsCommand, DescribeSecurityGroupsCommand } from '@aws-sdk/client-ec2';
import {
  ElasticLoadBalancingV2Client,
  CreateLoadBalancerCommand,
  CreateTargetGroupCommand,
  CreateListenerCommand,
  ModifyTargetGroupAttributesCommand,
  DescribeTargetHealthCommand,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import {
  CloudWatchLogsClient,
  CreateLogGroupCommand,
  GetLogEventsCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import { startEmulator, type RunningEmulator } from '../../emulator/src/index';

/** ECS through the real @aws-sdk/client-ecs against the emulator, with its real EC2, ELBv2 and Logs, on a virtual clock. */
const config = (url: string) => ({
  endpoint: url,
  region: 'us-east-1',
  credentials: { accessKeyId: 'AKIDEMULATORTEST', secretAccessKey: 'emulator-test-secret' },
  maxAttempts: 1,
});

let emu: RunningEmulator;
let ecs: ECSClient;
let subnets: string[];
let securityGroups: string[];
let elbv2: ElasticLoadBalancingV2Client;

beforeAll(async () => {
  emu = await startEmulator({
    port: 0,
    host: '127.0.0.1',
    timeScale: 200,
    runtime: 'simulated',
    clock: 'virtual',
  });
  ecs = new ECSClient(config(emu.url));
  elbv2 = new ElasticLoadBalancingV2Client(config(emu.url));
  const ec2 = new EC2Client(config(emu.url));
  subnets = (await ec2.send(new DescribeSubnetsCommand({}))).Subnets!.map((s) => s.SubnetId!).slice(0, 2);
  securityGroups = (await ec2.send(new DescribeSecurityGroupsCommand({})))
    .SecurityGroups!.map((g) => g.GroupId!)
    .slice(0, 1);
  await new CloudWatchLogsClient(config(emu.url)).send(
    new CreateLogGroupCommand({ logGroupName: '/ecs/web' }),
  );
});
afterAll(() => emu?.stop());

/** Moves the emulator's virtual clock until the service reads as `ok`. */
const until = (read: () => Promise<Service>, ok: (s: Service) => boolean): Promise<Service> =>
  emu.world.clock.runUntil(read, ok, { what: 'the service to reach the expected state' });

const taskDefinition = (image: string) => ({
  family: 'web',
  networkMode: 'awsvpc' as const,
  requiresCompatibilities: ['FARGATE' as const],
  cpu: '256',
  memory: '512',
  executionRoleArn: 'arn:aws:iam::000000000000:role/exec',
  containerDefinitions: [
    {
      name: 'app',
      image,
      portMappings: [{ containerPort: 3000 }],
      logConfiguration: {
        logDriver: 'awslogs' as const,
        options: {
          'awslogs-group': '/ecs/web',
          'awslogs-region': 'us-east-1',
          'awslogs-stream-prefix': 'web',
        },
      },
    },
  ],
});

it('deploys behind a real emulated load balancer, rolls to a new revision, and answers errors as the SDK expects', async () => {
  emu.world.imageBehaviours.set('app', { startSeconds: 1, logLines: ['hello from app'] });
  await ecs.send(new CreateClusterCommand({ clusterName: 'prod' }));
  await ecs.send(new RegisterTaskDefinitionCommand(taskDefinition('app:v1')));
  await ecs.send(new RegisterTaskDefinitionCommand(taskDefinition('app:v2')));
  const tg = (
    await elbv2.send(
      new CreateTargetGroupCommand({
        Name: 'web',
        Protocol: 'HTTP',
        Port: 3000,
        TargetType: 'ip',
        VpcId: (
          await new EC2Client(config(emu.url)).send(new DescribeSubnetsCommand({ SubnetIds: [subnets[0]] }))
        ).Subnets![0].VpcId,
        HealthCheckIntervalSeconds: 5,
        HealthCheckTimeoutSeconds: 2,
        HealthyThresholdCount: 2,
      }),
    )
  ).TargetGroups![0].TargetGroupArn!;
  await elbv2.send(
    new ModifyTargetGroupAttributesCommand({
      TargetGroupArn: tg,
      Attributes: [{ Key: 'deregistration_delay.timeout_seconds', Value: '5' }],
    }),
  );

  const base = {
    cluster: 'prod',
    serviceName: 'web',
    taskDefinition: 'web:1',
    desiredCount: 2,
    launchType: 'FARGATE' as const,
    networkConfiguration: {
      awsvpcConfiguration: { subnets, securityGroups, assignPublicIp: 'ENABLED' as const },
    },
    loadBalancers: [{ targetGroupArn: tg, containerName: 'app', containerPort: 3000 }],
  };
  // No listener forwards to the target group yet: ECS refuses it.
  await expect(ecs.send(new CreateServiceCommand(base))).rejects.toMatchObject({
    name: 'InvalidParameterException',
    message: `The target group with targetGroupArn ${tg} does not have an associated load balancer.`,
  });
  const lb = (
    await elbv2.send(
      new CreateLoadBalancerCommand({ Name: 'web', Subnets: subnets, SecurityGroups: securityGroups }),
    )
  ).LoadBalancers![0];
  await elbv2.send(
    new CreateListenerCommand({
      LoadBalancerArn: lb.LoadBalancerArn!,
      Protocol: 'HTTP',
      Port: 80,
      DefaultActions: [{ Type: 'forward', TargetGroupArn: tg }],
    }),
  );
  await expect(ecs.send(new CreateServiceCommand({ ...base, cluster: 'nope' }))).rejects.toMatchObject({
    name: 'ClusterNotFoundException',
  });

  const created = (await ecs.send(new CreateServiceCommand({ ...base, clientToken: 'abc' }))).service!;
  expect(created.deployments![0].id).toMatch(/^ecs-svc\/\d{19}$/);
  expect(created.createdAt).toBeInstanceOf(Date);
  const describe = async () =>
    (await ecs.send(new DescribeServicesCommand({ cluster: 'prod', services: ['web'] }))).services![0];
  const first = await until(
    describe,
    (s) => s.deployments!.length === 1 && s.deployments![0].rolloutState === 'COMPLETED',
  );
  expect(first.runningCount).toBe(2);
  const health = await elbv2.send(new DescribeTargetHealthCommand({ TargetGroupArn: tg }));
  expect(health.TargetHealthDescriptions!.map((d) => d.TargetHealth!.State)).toEqual(['healthy', 'healthy']);

  const { taskArns } = await ecs.send(new ListTasksCommand({ cluster: 'prod', serviceName: 'web' }));
  const { tasks } = await ecs.send(new DescribeTasksCommand({ cluster: 'prod', tasks: taskArns }));
  expect(tasks![0].startedAt).toBeInstanceOf(Date);
  expect(tasks![0].lastStatus).toBe('RUNNING');
  const taskId = tasks![0].taskArn!.split('/').pop();
  const logEvents = await new CloudWatchLogsClient(config(emu.url)).send(
    new GetLogEventsCommand({ logGroupName: '/ecs/web', logStreamName: `web/app/${taskId}` }),
  );
  expect(logEvents.events!.map((e) => e.message)).toEqual(['hello from app']);

  await ecs.send(new UpdateServiceCommand({ cluster: 'prod', service: 'web', taskDefinition: 'web:2' }));
  const second = await until(
    describe,
    (s) =>
      s.deployments!.length === 1 &&
      s.deployments![0].rolloutState === 'COMPLETED' &&
      s.taskDefinition!.endsWith(':2'),
  );
  expect(second.events![0].message).toBe('(service web) has reached a steady state.');
  const sds = (await ecs.send(new ListServiceDeploymentsCommand({ cluster: 'prod', service: 'web' })))
    .serviceDeployments!;
  expect(sds.map((s) => s.status)).toEqual(['SUCCESSFUL', 'SUCCESSFUL']);
  const detail = (
    await ecs.send(
      new DescribeServiceDeploymentsCommand({ serviceDeploymentArns: [sds[0].serviceDeploymentArn!] }),
    )
  ).serviceDeployments![0];
  expect(detail.sourceServiceRevisions).toHaveLength(1);
  expect(detail.targetServiceRevision!.runningTaskCount).toBe(2);

  await expect(
    ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: 'web:9' })),
  ).rejects.toMatchObject({ name: 'ClientException' });
  await expect(
    ecs.send(new UpdateServiceCommand({ cluster: 'prod', service: 'ghost' })),
  ).rejects.toMatchObject({ name: 'ServiceNotFoundException' });
});
