import {
  AuthorizeSecurityGroupIngressCommand,
  CreateSecurityGroupCommand,
  DescribeSecurityGroupsCommand,
  DescribeSubnetsCommand,
  DescribeVpcsCommand,
  EC2Client,
  Filter,
  IpPermission,
  RevokeSecurityGroupIngressCommand,
  SecurityGroup,
  Subnet,
  Vpc,
} from '@aws-sdk/client-ec2';
import { ConsistencyOptions, untilVisible } from './consistency';
import { isAwsError } from './errors';
import { allPages } from './paging';

/** The tcp permissions of a group flattened to one source each, the way the infra diff compares them. */
export interface FlatPermission {
  port: number;
  cidr?: string;
  ipv6Cidr?: string;
  sourceGroupId?: string;
}

export async function findDefaultVpc(client: EC2Client): Promise<Vpc | undefined> {
  const vpcs = await describeVpcs(client, [{ Name: 'is-default', Values: ['true'] }]);
  return vpcs[0];
}

export async function describeVpc(client: EC2Client, vpcId: string): Promise<Vpc | undefined> {
  const vpcs = await describeVpcs(client, [{ Name: 'vpc-id', Values: [vpcId] }]);
  return vpcs[0];
}

function describeVpcs(client: EC2Client, filters: Filter[]): Promise<Vpc[]> {
  return allPages(async (token) => {
    const out = await client.send(new DescribeVpcsCommand({ Filters: filters, NextToken: token }));
    return { items: out.Vpcs, next: out.NextToken };
  });
}

/** Subnets by id, or every subnet of a VPC. */
export function describeSubnets(
  client: EC2Client,
  by: { subnetIds?: string[]; vpcId?: string },
): Promise<Subnet[]> {
  return allPages(async (token) => {
    const out = await client.send(
      new DescribeSubnetsCommand({
        ...(by.subnetIds ? { SubnetIds: by.subnetIds } : {}),
        ...(by.vpcId ? { Filters: [{ Name: 'vpc-id', Values: [by.vpcId] }] } : {}),
        NextToken: token,
      }),
    );
    return { items: out.Subnets, next: out.NextToken };
  });
}

export async function findSecurityGroupByName(
  client: EC2Client,
  vpcId: string,
  groupName: string,
): Promise<SecurityGroup | undefined> {
  const groups = await describeSecurityGroups(client, {
    Filters: [
      { Name: 'vpc-id', Values: [vpcId] },
      { Name: 'group-name', Values: [groupName] },
    ],
  });
  return groups[0];
}

export async function describeSecurityGroupsById(
  client: EC2Client,
  groupIds: string[],
): Promise<SecurityGroup[]> {
  if (groupIds.length === 0) return [];
  return describeSecurityGroups(client, { GroupIds: groupIds });
}

function describeSecurityGroups(
  client: EC2Client,
  input: { Filters?: Filter[]; GroupIds?: string[] },
): Promise<SecurityGroup[]> {
  return allPages(async (token) => {
    const out = await client.send(new DescribeSecurityGroupsCommand({ ...input, NextToken: token }));
    return { items: out.SecurityGroups, next: out.NextToken };
  });
}

export async function createSecurityGroup(
  client: EC2Client,
  input: { vpcId: string; groupName: string; description: string; tags: Record<string, string> },
): Promise<string> {
  let out;
  try {
    out = await client.send(
      new CreateSecurityGroupCommand({
        VpcId: input.vpcId,
        GroupName: input.groupName,
        // EC2 limits a group description to 255 characters; long service and cluster names reach it.
        Description: input.description.slice(0, 255),
        TagSpecifications: [
          {
            ResourceType: 'security-group',
            Tags: Object.entries({ Name: input.groupName, ...input.tags }).map(([Key, Value]) => ({
              Key,
              Value,
            })),
          },
        ],
      }),
    );
  } catch (error) {
    // Two first runs racing (two services sharing the load balancer's group): the other one made it.
    if (!isAwsError(error, 'InvalidGroup.Duplicate')) throw error;
    const made = await findSecurityGroupByName(client, input.vpcId, input.groupName);
    if (!made?.GroupId) throw error;
    return made.GroupId;
  }
  if (!out.GroupId) throw new Error(`CreateSecurityGroup ${input.groupName} returned no group id.`);
  return out.GroupId;
}

function toIpPermissions(perms: FlatPermission[]): IpPermission[] {
  return perms.map((p) => ({
    IpProtocol: 'tcp',
    FromPort: p.port,
    ToPort: p.port,
    ...(p.cidr ? { IpRanges: [{ CidrIp: p.cidr }] } : {}),
    ...(p.ipv6Cidr ? { Ipv6Ranges: [{ CidrIpv6: p.ipv6Cidr }] } : {}),
    ...(p.sourceGroupId ? { UserIdGroupPairs: [{ GroupId: p.sourceGroupId }] } : {}),
  }));
}

/**
 * EC2 is eventually consistent: a group made a moment ago (this one, or the load balancer's group a
 * grant refers to) can be unknown for a few seconds and the call fails with InvalidGroup.NotFound.
 */
export async function authorizeIngress(
  client: EC2Client,
  groupId: string,
  perms: FlatPermission[],
  consistency?: ConsistencyOptions,
): Promise<void> {
  if (perms.length === 0) return;
  try {
    await untilVisible(
      () =>
        client.send(
          new AuthorizeSecurityGroupIngressCommand({
            GroupId: groupId,
            IpPermissions: toIpPermissions(perms),
          }),
        ),
      (error) => isAwsError(error, 'InvalidGroup.NotFound'),
      consistency,
    );
  } catch (error) {
    // The rule is there already (a racing run added it): what was wanted holds.
    if (!isAwsError(error, 'InvalidPermission.Duplicate')) throw error;
  }
}

export async function revokeIngress(
  client: EC2Client,
  groupId: string,
  perms: FlatPermission[],
): Promise<void> {
  if (perms.length === 0) return;
  await client.send(
    new RevokeSecurityGroupIngressCommand({ GroupId: groupId, IpPermissions: toIpPermissions(perms) }),
  );
}

/**
 * The group's single-port tcp ingress, one entry per source. Ranges and other protocols are not
 * something the action grants, so they are left out (and therefore never revoked).
 */
export function flatIngress(group: SecurityGroup): FlatPermission[] {
  const out: FlatPermission[] = [];
  for (const p of group.IpPermissions ?? []) {
    if (p.IpProtocol !== 'tcp' || p.FromPort === undefined || p.FromPort !== p.ToPort) continue;
    const port = p.FromPort;
    for (const r of p.IpRanges ?? []) if (r.CidrIp) out.push({ port, cidr: r.CidrIp });
    for (const r of p.Ipv6Ranges ?? []) if (r.CidrIpv6) out.push({ port, ipv6Cidr: r.CidrIpv6 });
    for (const g of p.UserIdGroupPairs ?? []) if (g.GroupId) out.push({ port, sourceGroupId: g.GroupId });
  }
  return out;
}

export function ec2Tags(tags: { Key?: string; Value?: string }[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of tags ?? []) if (t.Key) out[t.Key] = t.Value ?? '';
  return out;
}
