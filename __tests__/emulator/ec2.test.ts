import {
  EC2Client,
  DescribeVpcsCommand,
  DescribeSubnetsCommand,
  DescribeSecurityGroupsCommand,
  CreateSecurityGroupCommand,
  DeleteSecurityGroupCommand,
  AuthorizeSecurityGroupIngressCommand,
  RevokeSecurityGroupIngressCommand,
  DescribeSecurityGroupRulesCommand,
  CreateTagsCommand,
  DeleteTagsCommand,
  DescribeTagsCommand,
  DescribeAvailabilityZonesCommand,
  DescribeAccountAttributesCommand,
} from '@aws-sdk/client-ec2';
import { startTestEmulator, clientConfig, admin } from './core/fake-runtime';

describe('EC2', () => {
  let emu: Awaited<ReturnType<typeof startTestEmulator>>;
  let ec2: EC2Client;
  beforeAll(async () => {
    emu = await startTestEmulator();
    ec2 = new EC2Client(clientConfig(emu.url, { maxAttempts: 1 }));
  });
  afterAll(() => emu.stop());
  beforeEach(() => admin(emu.url, 'POST', 'reset'));

  const defaultVpcId = async () =>
    (await ec2.send(new DescribeVpcsCommand({ Filters: [{ Name: 'is-default', Values: ['true'] }] })))
      .Vpcs![0].VpcId!;

  it('starts with a default VPC, three default public subnets and a default security group', async () => {
    const vpcs = (await ec2.send(new DescribeVpcsCommand({}))).Vpcs!;
    expect(vpcs).toHaveLength(1);
    expect(vpcs[0]).toMatchObject({ CidrBlock: '172.31.0.0/16', IsDefault: true, State: 'available' });
    expect(vpcs[0].VpcId).toMatch(/^vpc-[0-9a-f]{17}$/);
    const subnets = (
      await ec2.send(new DescribeSubnetsCommand({ Filters: [{ Name: 'default-for-az', Values: ['true'] }] }))
    ).Subnets!;
    expect(
      subnets.map((s) => [s.AvailabilityZone, s.CidrBlock, s.MapPublicIpOnLaunch, s.VpcId]).sort(),
    ).toEqual([
      ['us-east-1a', '172.31.0.0/20', true, vpcs[0].VpcId],
      ['us-east-1b', '172.31.16.0/20', true, vpcs[0].VpcId],
      ['us-east-1c', '172.31.32.0/20', true, vpcs[0].VpcId],
    ]);
    expect(subnets[0].SubnetId).toMatch(/^subnet-[0-9a-f]{17}$/);
    const groups = (
      await ec2.send(
        new DescribeSecurityGroupsCommand({ Filters: [{ Name: 'group-name', Values: ['default'] }] }),
      )
    ).SecurityGroups!;
    expect(groups).toHaveLength(1);
    expect(groups[0].GroupId).toMatch(/^sg-[0-9a-f]{17}$/);
    expect(groups[0].IpPermissionsEgress).toEqual([
      expect.objectContaining({
        IpProtocol: '-1',
        IpRanges: [expect.objectContaining({ CidrIp: '0.0.0.0/0' })],
      }),
    ]);
  });

  it('finds subnets and VPCs by id, and refuses unknown ids', async () => {
    const subnet = (await ec2.send(new DescribeSubnetsCommand({}))).Subnets![0];
    const byId = await ec2.send(new DescribeSubnetsCommand({ SubnetIds: [subnet.SubnetId!] }));
    expect(byId.Subnets!.map((s) => s.SubnetId)).toEqual([subnet.SubnetId]);
    await expect(
      ec2.send(new DescribeSubnetsCommand({ SubnetIds: ['subnet-00000000000000000'] })),
    ).rejects.toMatchObject({ name: 'InvalidSubnetID.NotFound' });
    await expect(
      ec2.send(new DescribeVpcsCommand({ VpcIds: ['vpc-00000000000000000'] })),
    ).rejects.toMatchObject({ name: 'InvalidVpcID.NotFound' });
    await expect(
      ec2.send(new DescribeVpcsCommand({ Filters: [{ Name: 'no-such-filter', Values: ['x'] }] })),
    ).rejects.toMatchObject({ name: 'InvalidParameterValue' });
  });

  it('creates a security group with tags, refuses a duplicate name in the VPC, and filters by vpc, tag and id', async () => {
    const vpcId = await defaultVpcId();
    const created = await ec2.send(
      new CreateSecurityGroupCommand({
        GroupName: 'web',
        Description: 'web tier',
        VpcId: vpcId,
        TagSpecifications: [{ ResourceType: 'security-group', Tags: [{ Key: 'app', Value: 'shop' }] }],
      }),
    );
    expect(created.GroupId).toMatch(/^sg-[0-9a-f]{17}$/);
    await expect(
      ec2.send(new CreateSecurityGroupCommand({ GroupName: 'web', Description: 'again', VpcId: vpcId })),
    ).rejects.toMatchObject({
      name: 'InvalidGroup.Duplicate',
      message: `The security group 'web' already exists for VPC '${vpcId}'`,
    });
    await expect(
      ec2.send(
        new CreateSecurityGroupCommand({ GroupName: 'x', Description: 'x', VpcId: 'vpc-00000000000000000' }),
      ),
    ).rejects.toMatchObject({ name: 'InvalidVpcID.NotFound' });
    const byTag = await ec2.send(
      new DescribeSecurityGroupsCommand({
        Filters: [
          { Name: 'tag:app', Values: ['shop'] },
          { Name: 'vpc-id', Values: [vpcId] },
        ],
      }),
    );
    expect(byTag.SecurityGroups!.map((g) => [g.GroupId, g.GroupName, g.Description, g.Tags])).toEqual([
      [created.GroupId, 'web', 'web tier', [{ Key: 'app', Value: 'shop' }]],
    ]);
    const byId = await ec2.send(new DescribeSecurityGroupsCommand({ GroupIds: [created.GroupId!] }));
    expect(byId.SecurityGroups).toHaveLength(1);
    const byIdFilter = await ec2.send(
      new DescribeSecurityGroupsCommand({ Filters: [{ Name: 'group-id', Values: [created.GroupId!] }] }),
    );
    expect(byIdFilter.SecurityGroups).toHaveLength(1);
    await expect(
      ec2.send(new DescribeSecurityGroupsCommand({ GroupIds: ['sg-00000000000000000'] })),
    ).rejects.toMatchObject({ name: 'InvalidGroup.NotFound' });
  });

  it('authorizes ingress from CIDRs, IPv6 ranges and groups, refuses duplicates, lists and revokes rules', async () => {
    const vpcId = await defaultVpcId();
    const alb = (
      await ec2.send(new CreateSecurityGroupCommand({ GroupName: 'alb', Description: 'alb', VpcId: vpcId }))
    ).GroupId!;
    const svc = (
      await ec2.send(new CreateSecurityGroupCommand({ GroupName: 'svc', Description: 'svc', VpcId: vpcId }))
    ).GroupId!;
    const added = await ec2.send(
      new AuthorizeSecurityGroupIngressCommand({
        GroupId: alb,
        IpPermissions: [
          {
            IpProtocol: 'tcp',
            FromPort: 80,
            ToPort: 80,
            IpRanges: [{ CidrIp: '0.0.0.0/0', Description: 'http' }],
            Ipv6Ranges: [{ CidrIpv6: '::/0' }],
          },
        ],
      }),
    );
    expect(added.Return).toBe(true);
    expect(added.SecurityGroupRules!.map((r) => [r.CidrIpv4 ?? r.CidrIpv6, r.FromPort, r.IsEgress])).toEqual([
      ['0.0.0.0/0', 80, false],
      ['::/0', 80, false],
    ]);
    expect(added.SecurityGroupRules![0].SecurityGroupRuleId).toMatch(/^sgr-[0-9a-f]{17}$/);
    await ec2.send(
      new AuthorizeSecurityGroupIngressCommand({
        GroupId: svc,
        IpPermissions: [
          { IpProtocol: 'tcp', FromPort: 3000, ToPort: 3000, UserIdGroupPairs: [{ GroupId: alb }] },
        ],
      }),
    );

    await expect(
      ec2.send(
        new AuthorizeSecurityGroupIngressCommand({
          GroupId: alb,
          IpPermissions: [
            { IpProtocol: 'tcp', FromPort: 80, ToPort: 80, IpRanges: [{ CidrIp: '0.0.0.0/0' }] },
          ],
        }),
      ),
    ).rejects.toMatchObject({ name: 'InvalidPermission.Duplicate' });
    await expect(
      ec2.send(
        new AuthorizeSecurityGroupIngressCommand({
          GroupId: alb,
          IpPermissions: [{ IpProtocol: 'tcp', FromPort: 1, ToPort: 2, IpRanges: [{ CidrIp: '10.0.0/8' }] }],
        }),
      ),
    ).rejects.toMatchObject({ name: 'InvalidParameterValue' });
    await expect(
      ec2.send(
        new AuthorizeSecurityGroupIngressCommand({
          GroupId: alb,
          IpPermissions: [
            {
              IpProtocol: 'tcp',
              FromPort: 1,
              ToPort: 2,
              UserIdGroupPairs: [{ GroupId: 'sg-00000000000000000' }],
            },
          ],
        }),
      ),
    ).rejects.toMatchObject({ name: 'InvalidGroup.NotFound' });

    const svcGroup = (await ec2.send(new DescribeSecurityGroupsCommand({ GroupIds: [svc] })))
      .SecurityGroups![0];
    expect(svcGroup.IpPermissions).toEqual([
      expect.objectContaining({
        IpProtocol: 'tcp',
        FromPort: 3000,
        ToPort: 3000,
        UserIdGroupPairs: [expect.objectContaining({ GroupId: alb })],
      }),
    ]);

    const rules = (
      await ec2.send(
        new DescribeSecurityGroupRulesCommand({ Filters: [{ Name: 'group-id', Values: [alb] }] }),
      )
    ).SecurityGroupRules!;
    expect(rules.filter((r) => !r.IsEgress)).toHaveLength(2);
    expect(rules.filter((r) => r.IsEgress)).toHaveLength(1);

    const revoked = await ec2.send(
      new RevokeSecurityGroupIngressCommand({
        GroupId: alb,
        IpPermissions: [{ IpProtocol: 'tcp', FromPort: 80, ToPort: 80, Ipv6Ranges: [{ CidrIpv6: '::/0' }] }],
      }),
    );
    expect(revoked.Return).toBe(true);
    await expect(
      ec2.send(
        new RevokeSecurityGroupIngressCommand({
          GroupId: alb,
          IpPermissions: [
            { IpProtocol: 'tcp', FromPort: 80, ToPort: 80, Ipv6Ranges: [{ CidrIpv6: '::/0' }] },
          ],
        }),
      ),
    ).rejects.toMatchObject({ name: 'InvalidPermission.NotFound' });
    const v4 = rules.find((r) => r.CidrIpv4 === '0.0.0.0/0' && !r.IsEgress)!;
    await ec2.send(
      new RevokeSecurityGroupIngressCommand({
        GroupId: alb,
        SecurityGroupRuleIds: [v4.SecurityGroupRuleId!],
      }),
    );
    const left = (await ec2.send(new DescribeSecurityGroupsCommand({ GroupIds: [alb] }))).SecurityGroups![0];
    expect(left.IpPermissions).toEqual([]);
  });

  it('refuses to delete a group another group references, and the default group', async () => {
    const vpcId = await defaultVpcId();
    const alb = (
      await ec2.send(new CreateSecurityGroupCommand({ GroupName: 'alb', Description: 'alb', VpcId: vpcId }))
    ).GroupId!;
    const svc = (
      await ec2.send(new CreateSecurityGroupCommand({ GroupName: 'svc', Description: 'svc', VpcId: vpcId }))
    ).GroupId!;
    await ec2.send(
      new AuthorizeSecurityGroupIngressCommand({
        GroupId: svc,
        IpPermissions: [
          { IpProtocol: 'tcp', FromPort: 80, ToPort: 80, UserIdGroupPairs: [{ GroupId: alb }] },
        ],
      }),
    );
    await expect(ec2.send(new DeleteSecurityGroupCommand({ GroupId: alb }))).rejects.toMatchObject({
      name: 'DependencyViolation',
      message: `resource ${alb} has a dependent object`,
    });
    await ec2.send(new DeleteSecurityGroupCommand({ GroupId: svc }));
    await ec2.send(new DeleteSecurityGroupCommand({ GroupId: alb }));
    await expect(ec2.send(new DeleteSecurityGroupCommand({ GroupId: alb }))).rejects.toMatchObject({
      name: 'InvalidGroup.NotFound',
    });
    const def = (await ec2.send(new DescribeSecurityGroupsCommand({ GroupNames: ['default'] })))
      .SecurityGroups![0];
    await expect(ec2.send(new DeleteSecurityGroupCommand({ GroupId: def.GroupId }))).rejects.toMatchObject({
      name: 'CannotDelete',
    });
  });

  it('creates, describes and deletes tags, and refuses tags on unknown resources', async () => {
    const vpcId = await defaultVpcId();
    await ec2.send(
      new CreateTagsCommand({
        Resources: [vpcId],
        Tags: [
          { Key: 'Name', Value: 'main' },
          { Key: 'env', Value: 'dev' },
        ],
      }),
    );
    const tags = await ec2.send(
      new DescribeTagsCommand({ Filters: [{ Name: 'resource-id', Values: [vpcId] }] }),
    );
    expect(tags.Tags!.map((t) => [t.Key, t.Value, t.ResourceType]).sort()).toEqual([
      ['Name', 'main', 'vpc'],
      ['env', 'dev', 'vpc'],
    ]);
    const byTag = await ec2.send(
      new DescribeVpcsCommand({ Filters: [{ Name: 'tag:Name', Values: ['ma*'] }] }),
    );
    expect(byTag.Vpcs).toHaveLength(1);
    await ec2.send(new DeleteTagsCommand({ Resources: [vpcId], Tags: [{ Key: 'env' }] }));
    const after = await ec2.send(
      new DescribeTagsCommand({ Filters: [{ Name: 'resource-id', Values: [vpcId] }] }),
    );
    expect(after.Tags!.map((t) => t.Key)).toEqual(['Name']);
    await expect(
      ec2.send(
        new CreateTagsCommand({ Resources: ['sg-00000000000000000'], Tags: [{ Key: 'a', Value: 'b' }] }),
      ),
    ).rejects.toMatchObject({ name: 'InvalidGroup.NotFound' });
    await expect(
      ec2.send(new CreateTagsCommand({ Resources: ['banana'], Tags: [{ Key: 'a', Value: 'b' }] })),
    ).rejects.toMatchObject({ name: 'InvalidID' });
  });

  it('describes three availability zones of the region and the account attributes', async () => {
    const zones = (await ec2.send(new DescribeAvailabilityZonesCommand({}))).AvailabilityZones!;
    expect(zones.map((z) => [z.ZoneName, z.State, z.RegionName])).toEqual([
      ['us-east-1a', 'available', 'us-east-1'],
      ['us-east-1b', 'available', 'us-east-1'],
      ['us-east-1c', 'available', 'us-east-1'],
    ]);
    const attrs = await ec2.send(new DescribeAccountAttributesCommand({ AttributeNames: ['default-vpc'] }));
    expect(attrs.AccountAttributes).toEqual([
      { AttributeName: 'default-vpc', AttributeValues: [{ AttributeValue: await defaultVpcId() }] },
    ]);
  });

  it('offers the cross-service lookups other services use', async () => {
    const vpcId = await defaultVpcId();
    const subnet = (await ec2.send(new DescribeSubnetsCommand({}))).Subnets![0];
    expect(emu.world.ec2.defaultVpcId()).toBe(vpcId);
    expect(emu.world.ec2.getSubnet(subnet.SubnetId!)).toEqual({
      subnetId: subnet.SubnetId,
      vpcId,
      cidrBlock: subnet.CidrBlock,
      availabilityZone: subnet.AvailabilityZone,
    });
    expect(emu.world.ec2.getSubnet('subnet-nope')).toBeUndefined();
    const sg = (await ec2.send(new CreateSecurityGroupCommand({ GroupName: 'x', Description: 'x' })))
      .GroupId!;
    expect(emu.world.ec2.getSecurityGroup(sg)).toEqual({ groupId: sg, vpcId, groupName: 'x' });
  });
});
