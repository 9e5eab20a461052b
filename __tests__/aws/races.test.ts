import { mockClient } from 'aws-sdk-client-mock';
import {
  AuthorizeSecurityGroupIngressCommand,
  CreateSecurityGroupCommand,
  DescribeSecurityGroupsCommand,
  EC2Client,
  EC2ServiceException,
} from '@aws-sdk/client-ec2';
import {
  CloudWatchLogsClient,
  CreateLogGroupCommand,
  ResourceAlreadyExistsException,
  InvalidParameterException,
} from '@aws-sdk/client-cloudwatch-logs';
import { authorizeIngress, createSecurityGroup } from '../../src/aws/ec2';
import { createLogGroup } from '../../src/aws/log-groups';

/**
 * Two first runs at once (two services of one cluster deploying together) both see a shared
 * resource missing and both create it: the one that loses the race takes what the other made.
 */

const meta = { $metadata: {} };
const ec2 = mockClient(EC2Client);
const logs = mockClient(CloudWatchLogsClient);

beforeEach(() => {
  ec2.reset();
  logs.reset();
});

const ec2Error = (code: string) =>
  new EC2ServiceException({ name: code, $fault: 'client', message: code, ...meta });

test('a security group made meanwhile by another run is used instead of failing', async () => {
  ec2.on(CreateSecurityGroupCommand).rejects(ec2Error('InvalidGroup.Duplicate'));
  ec2.on(DescribeSecurityGroupsCommand).resolves({
    SecurityGroups: [{ GroupId: 'sg-0123456789abcdef0', GroupName: 'web-alb', VpcId: 'vpc-1' }],
  });
  const id = await createSecurityGroup(new EC2Client({}), {
    vpcId: 'vpc-1',
    groupName: 'web-alb',
    description: 'load balancer of web',
    tags: {},
  });
  expect(id).toBe('sg-0123456789abcdef0');
});

test('other CreateSecurityGroup errors still fail', async () => {
  ec2.on(CreateSecurityGroupCommand).rejects(ec2Error('InvalidVpcID.NotFound'));
  await expect(
    createSecurityGroup(new EC2Client({}), { vpcId: 'vpc-1', groupName: 'x', description: 'x', tags: {} }),
  ).rejects.toThrow('InvalidVpcID.NotFound');
});

test('an ingress rule already added by another run counts as done; other errors fail', async () => {
  const perms = [{ port: 80, cidr: '0.0.0.0/0' }] as any;
  ec2.on(AuthorizeSecurityGroupIngressCommand).rejects(ec2Error('InvalidPermission.Duplicate'));
  await expect(authorizeIngress(new EC2Client({}), 'sg-1', perms)).resolves.toBeUndefined();
  ec2.on(AuthorizeSecurityGroupIngressCommand).rejects(ec2Error('InvalidPermission.Malformed'));
  await expect(authorizeIngress(new EC2Client({}), 'sg-1', perms)).rejects.toThrow(
    'InvalidPermission.Malformed',
  );
});

test('a log group made meanwhile by another run is fine; other errors fail', async () => {
  logs.on(CreateLogGroupCommand).rejects(new ResourceAlreadyExistsException({ message: 'exists', ...meta }));
  await expect(createLogGroup(new CloudWatchLogsClient({}), '/ecs/web/hello', {})).resolves.toBeUndefined();
  logs.on(CreateLogGroupCommand).rejects(new InvalidParameterException({ message: 'bad name', ...meta }));
  await expect(createLogGroup(new CloudWatchLogsClient({}), '/ecs/web/hello', {})).rejects.toThrow(
    'bad name',
  );
});
