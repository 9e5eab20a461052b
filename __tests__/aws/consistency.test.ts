import { mockClient } from 'aws-sdk-client-mock';
import { AuthorizeSecurityGroupIngressCommand, EC2Client, EC2ServiceException } from '@aws-sdk/client-ec2';
import {
  CreateLoadBalancerCommand,
  ElasticLoadBalancingV2Client,
  InvalidSecurityGroupException,
  ModifyTargetGroupAttributesCommand,
  TargetGroupNotFoundException,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { CreateServiceCommand, ECSClient, InvalidParameterException } from '@aws-sdk/client-ecs';
import {
  ApplicationAutoScalingClient,
  FailedResourceAccessException,
  ObjectNotFoundException,
  PutScalingPolicyCommand,
  RegisterScalableTargetCommand,
  ValidationException,
} from '@aws-sdk/client-application-auto-scaling';
import { authorizeIngress } from '../../src/aws/ec2';
import { createLoadBalancer, modifyTargetGroupAttributes } from '../../src/aws/elbv2';
import { createEcsApi } from '../../src/aws/ecs';
import { putTargetTrackingPolicy, registerScalableTarget } from '../../src/aws/autoscaling';

/**
 * Real AWS is eventually consistent where the emulator is not: a resource created a moment ago can
 * be "not found" by the next call. Those exact errors are retried; any other error is not.
 */

const meta = { $metadata: {} };
const noSleep = { sleep: async () => undefined, random: () => 0 };

const ec2 = mockClient(EC2Client);
const elbv2 = mockClient(ElasticLoadBalancingV2Client);
const ecs = mockClient(ECSClient);
const aas = mockClient(ApplicationAutoScalingClient);

beforeEach(() => {
  ec2.reset();
  elbv2.reset();
  ecs.reset();
  aas.reset();
});

function ec2Error(code: string, message: string): EC2ServiceException {
  return new EC2ServiceException({ name: code, $fault: 'client', message, ...meta });
}

describe('EC2 AuthorizeSecurityGroupIngress', () => {
  const perms = [{ port: 8080, sourceGroupId: 'sg-lb' }];

  test('retries InvalidGroup.NotFound for a group created a moment ago, then succeeds', async () => {
    ec2
      .on(AuthorizeSecurityGroupIngressCommand)
      .rejectsOnce(ec2Error('InvalidGroup.NotFound', "The security group 'sg-lb' does not exist"))
      .rejectsOnce(ec2Error('InvalidGroup.NotFound', "The security group 'sg-lb' does not exist"))
      .resolves({ Return: true });
    await authorizeIngress(new EC2Client({}), 'sg-tasks', perms, noSleep);
    expect(ec2.commandCalls(AuthorizeSecurityGroupIngressCommand)).toHaveLength(3);
  });

  test('does not retry another error', async () => {
    ec2
      .on(AuthorizeSecurityGroupIngressCommand)
      .rejects(ec2Error('InvalidPermission.Malformed', 'the rule is malformed'));
    await expect(authorizeIngress(new EC2Client({}), 'sg-tasks', perms, noSleep)).rejects.toThrow(
      'malformed',
    );
    expect(ec2.commandCalls(AuthorizeSecurityGroupIngressCommand)).toHaveLength(1);
  });

  test('gives up after a bounded number of tries', async () => {
    ec2
      .on(AuthorizeSecurityGroupIngressCommand)
      .rejects(ec2Error('InvalidGroup.NotFound', "The security group 'sg-lb' does not exist"));
    await expect(
      authorizeIngress(new EC2Client({}), 'sg-tasks', perms, { ...noSleep, attempts: 4 }),
    ).rejects.toThrow('does not exist');
    expect(ec2.commandCalls(AuthorizeSecurityGroupIngressCommand)).toHaveLength(4);
  });
});

describe('ELBv2', () => {
  test('CreateLoadBalancer retries a security group ELBv2 does not see yet', async () => {
    elbv2
      .on(CreateLoadBalancerCommand)
      .rejectsOnce(
        new InvalidSecurityGroupException({ message: "Security group 'sg-lb' does not exist", ...meta }),
      )
      .resolves({ LoadBalancers: [{ LoadBalancerArn: 'arn:lb', LoadBalancerName: 'web' }] });
    const lb = await createLoadBalancer(new ElasticLoadBalancingV2Client({}), { Name: 'web' }, noSleep);
    expect(lb.LoadBalancerArn).toBe('arn:lb');
    expect(elbv2.commandCalls(CreateLoadBalancerCommand)).toHaveLength(2);
  });

  test('ModifyTargetGroupAttributes retries a target group created a moment ago', async () => {
    elbv2
      .on(ModifyTargetGroupAttributesCommand)
      .rejectsOnce(
        new TargetGroupNotFoundException({ message: 'One or more target groups not found', ...meta }),
      )
      .resolves({});
    await modifyTargetGroupAttributes(
      new ElasticLoadBalancingV2Client({}),
      'arn:tg',
      { 'deregistration_delay.timeout_seconds': '30' },
      noSleep,
    );
    expect(elbv2.commandCalls(ModifyTargetGroupAttributesCommand)).toHaveLength(2);
  });
});

describe('ECS CreateService', () => {
  const api = () => createEcsApi(new ECSClient({}), noSleep);
  const input = { cluster: 'c', serviceName: 'web', taskDefinition: 'web:1', clientToken: 't' };

  test('retries a target group whose new listener ECS does not see yet', async () => {
    ecs
      .on(CreateServiceCommand)
      .rejectsOnce(
        new InvalidParameterException({
          message:
            'The target group with targetGroupArn arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/abc does not have an associated load balancer.',
          ...meta,
        }),
      )
      .resolves({ service: { serviceName: 'web', deployments: [{ id: 'ecs-svc/1', status: 'PRIMARY' }] } });
    const service = await api().createService(input);
    expect(service.serviceName).toBe('web');
    expect(ecs.commandCalls(CreateServiceCommand)).toHaveLength(2);
    // The same idempotency token on every try.
    expect(ecs.commandCalls(CreateServiceCommand).map((c) => c.args[0].input.clientToken)).toEqual([
      't',
      't',
    ]);
  });

  test('does not retry another invalid parameter', async () => {
    ecs
      .on(CreateServiceCommand)
      .rejects(
        new InvalidParameterException({ message: 'Creation of service was not idempotent.', ...meta }),
      );
    await expect(api().createService(input)).rejects.toThrow('not idempotent');
    expect(ecs.commandCalls(CreateServiceCommand)).toHaveLength(1);
  });
});

describe('Application Auto Scaling', () => {
  const client = () => new ApplicationAutoScalingClient({});

  test('RegisterScalableTarget retries a service ECS created a moment ago', async () => {
    aas
      .on(RegisterScalableTargetCommand)
      .rejectsOnce(new ValidationException({ message: "ECS service doesn't exist: service/c/web", ...meta }))
      .resolves({});
    await registerScalableTarget(
      client(),
      { resourceId: 'service/c/web', minCapacity: 1, maxCapacity: 3 },
      noSleep,
    );
    expect(aas.commandCalls(RegisterScalableTargetCommand)).toHaveLength(2);
  });

  test('RegisterScalableTarget does not retry another validation error', async () => {
    aas
      .on(RegisterScalableTargetCommand)
      .rejects(
        new ValidationException({ message: 'Minimum capacity cannot be greater than maximum', ...meta }),
      );
    await expect(
      registerScalableTarget(
        client(),
        { resourceId: 'service/c/web', minCapacity: 3, maxCapacity: 1 },
        noSleep,
      ),
    ).rejects.toThrow('Minimum capacity');
    expect(aas.commandCalls(RegisterScalableTargetCommand)).toHaveLength(1);
  });

  test('PutScalingPolicy retries a target just registered and the role not yet usable', async () => {
    aas
      .on(PutScalingPolicyCommand)
      .rejectsOnce(
        new ObjectNotFoundException({
          message:
            'No scalable target registered for service namespace: ecs, resource ID: service/c/web, scalable dimension: ecs:service:DesiredCount',
          ...meta,
        }),
      )
      .rejectsOnce(
        new FailedResourceAccessException({
          message: 'is not authorized to perform: cloudwatch:DescribeAlarms',
          ...meta,
        }),
      )
      .resolves({ PolicyARN: 'arn:policy' });
    await putTargetTrackingPolicy(
      client(),
      {
        resourceId: 'service/c/web',
        policyName: 'cpu',
        metric: 'ECSServiceAverageCPUUtilization',
        targetValue: 60,
        scaleInCooldown: 300,
        scaleOutCooldown: 60,
      },
      noSleep,
    );
    expect(aas.commandCalls(PutScalingPolicyCommand)).toHaveLength(3);
  });
});

describe('EC2 CreateSecurityGroup', () => {
  test('keeps the description within the 255 characters EC2 accepts', async () => {
    const { CreateSecurityGroupCommand } = await import('@aws-sdk/client-ec2');
    const { createSecurityGroup } = await import('../../src/aws/ec2');
    ec2.on(CreateSecurityGroupCommand).resolves({ GroupId: 'sg-1' });
    await createSecurityGroup(new EC2Client({}), {
      vpcId: 'vpc-1',
      groupName: 'web-tasks',
      description: `Tasks of ECS service ${'s'.repeat(255)}`,
      tags: {},
    });
    const description = ec2.commandCalls(CreateSecurityGroupCommand)[0].args[0].input.Description ?? '';
    expect(description.length).toBe(255);
  });
});
