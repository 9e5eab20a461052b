import type { ServiceDefinition, RequestContext } from '../../core/service';
import { decodePageToken, pageFrom } from '../../core/paging';
import { AwsError } from '../../core/errors';
import { list, optInt } from '../../core/params';
import {
  Ec2State,
  type RuleSpec,
  type SecurityGroup,
  type SecurityGroupRule,
  type Subnet,
  type Tag,
  type Vpc,
} from './state';

type Input = Record<string, unknown>;
type Filter = { Name?: string; Value?: string[] };

const ec2 = (ctx: RequestContext): Ec2State => Ec2State.of(ctx.world);

/** EC2 filter values accept * and ? wildcards. */
function wildcard(pattern: string): RegExp {
  return new RegExp(
    `^${pattern
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`,
  );
}

/**
 * Applies EC2 filters: every filter must match, any of a filter's values may. `fields` gives a
 * resource's values for each supported filter name; `tag:<key>` and `tag-key` work on every resource.
 */
function applyFilters<T extends { tags: Tag[] }>(
  items: T[],
  filters: Filter[],
  fields: Record<string, (t: T) => string | string[] | undefined>,
): T[] {
  for (const f of filters) {
    const name = f.Name ?? '';
    if (!name.startsWith('tag:') && name !== 'tag-key' && !fields[name]) {
      throw new AwsError('InvalidParameterValue', `The filter '${name}' is invalid`);
    }
  }
  return items.filter((item) =>
    filters.every((f) => {
      const name = f.Name ?? '';
      const patterns = list<string>(f.Value).map(wildcard);
      let values: string[];
      if (name.startsWith('tag:'))
        values = item.tags.filter((t) => t.Key === name.slice(4)).map((t) => t.Value);
      else if (name === 'tag-key') values = item.tags.map((t) => t.Key);
      else {
        const v = fields[name](item);
        values = v === undefined ? [] : Array.isArray(v) ? v : [v];
      }
      return values.some((v) => patterns.some((p) => p.test(v)));
    }),
  );
}

/** Offset tokens: enough for the SDK paginators, which only echo NextToken back. */
function paginate<T>(items: T[], input: Input): { page: T[]; nextToken?: string } {
  const max = optInt(input.MaxResults, 'MaxResults', 'InvalidParameterValue');
  const start = decodePageToken(input.NextToken);
  if (start === undefined)
    throw new AwsError('InvalidPaginationToken', `Invalid pagination token: ${String(input.NextToken)}`);
  if (max === undefined) return { page: items.slice(start) };
  if (max < 5 || max > 1000)
    throw new AwsError(
      'InvalidParameterValue',
      `Value ( ${max} ) for parameter maxResults is invalid. Expecting a value between 5 and 1000.`,
    );
  const { items: page, nextToken } = pageFrom(items, start, max);
  return { page, nextToken };
}

const tagSet = (tags: Tag[]) => tags.map((t) => ({ key: t.Key, value: t.Value }));

function tagsFromSpecifications(input: Input, resourceType: string): Tag[] {
  const specs = list<{ ResourceType?: string; Tag?: Tag[] }>(input.TagSpecification);
  return specs
    .filter((s) => !s.ResourceType || s.ResourceType === resourceType)
    .flatMap((s) => list<Tag>(s.Tag).map((t) => ({ Key: t.Key, Value: t.Value ?? '' })));
}

function vpcXml(v: Vpc, owner: string) {
  return {
    vpcId: v.vpcId,
    ownerId: owner,
    state: 'available',
    cidrBlock: v.cidrBlock,
    cidrBlockAssociationSet: [
      {
        associationId: `vpc-cidr-assoc-${v.vpcId.slice(4)}`,
        cidrBlock: v.cidrBlock,
        cidrBlockState: { state: 'associated' },
      },
    ],
    dhcpOptionsId: v.dhcpOptionsId,
    instanceTenancy: 'default',
    isDefault: v.isDefault,
    tagSet: tagSet(v.tags),
  };
}

function subnetXml(s: Subnet, ctx: RequestContext) {
  const size = 2 ** (32 - Number(s.cidrBlock.split('/')[1]));
  return {
    subnetId: s.subnetId,
    subnetArn: `arn:aws:ec2:${ctx.region}:${ctx.accountId}:subnet/${s.subnetId}`,
    state: 'available',
    vpcId: s.vpcId,
    cidrBlock: s.cidrBlock,
    availableIpAddressCount: size - 5, // AWS reserves five addresses in every subnet
    availabilityZone: s.availabilityZone,
    availabilityZoneId: s.availabilityZoneId,
    defaultForAz: s.defaultForAz,
    mapPublicIpOnLaunch: s.mapPublicIpOnLaunch,
    ownerId: ctx.accountId,
    assignIpv6AddressOnCreation: false,
    ipv6CidrBlockAssociationSet: [],
    tagSet: tagSet(s.tags),
  };
}

/** AWS groups a security group's rules back into IpPermissions by protocol and port range. */
function ipPermissions(rules: SecurityGroupRule[]) {
  const byKey = new Map<
    string,
    {
      ipProtocol: string;
      fromPort?: number;
      toPort?: number;
      groups: unknown[];
      ipRanges: unknown[];
      ipv6Ranges: unknown[];
      prefixListIds: unknown[];
    }
  >();
  for (const r of rules) {
    const key = `${r.ipProtocol}/${r.fromPort}/${r.toPort}`;
    let p = byKey.get(key);
    if (!p) {
      p = { ipProtocol: r.ipProtocol, groups: [], ipRanges: [], ipv6Ranges: [], prefixListIds: [] };
      if (r.ipProtocol !== '-1') {
        p.fromPort = r.fromPort;
        p.toPort = r.toPort;
      }
      byKey.set(key, p);
    }
    if (r.cidrIpv4) p.ipRanges.push({ cidrIp: r.cidrIpv4, description: r.description });
    if (r.cidrIpv6) p.ipv6Ranges.push({ cidrIpv6: r.cidrIpv6, description: r.description });
    if (r.referencedGroupId)
      p.groups.push({ groupId: r.referencedGroupId, userId: r.referencedUserId, description: r.description });
  }
  return [...byKey.values()];
}

function groupXml(g: SecurityGroup, state: Ec2State, ctx: RequestContext) {
  return {
    ownerId: ctx.accountId,
    groupId: g.groupId,
    groupName: g.groupName,
    groupDescription: g.description,
    vpcId: g.vpcId,
    securityGroupArn: `arn:aws:ec2:${ctx.region}:${ctx.accountId}:security-group/${g.groupId}`,
    ipPermissions: ipPermissions(state.rulesOf(g.groupId, false)),
    ipPermissionsEgress: ipPermissions(state.rulesOf(g.groupId, true)),
    tagSet: tagSet(g.tags),
  };
}

function ruleXml(r: SecurityGroupRule, ctx: RequestContext) {
  return {
    securityGroupRuleId: r.ruleId,
    groupId: r.groupId,
    groupOwnerId: ctx.accountId,
    isEgress: r.isEgress,
    ipProtocol: r.ipProtocol,
    fromPort: r.fromPort,
    toPort: r.toPort,
    cidrIpv4: r.cidrIpv4,
    cidrIpv6: r.cidrIpv6,
    referencedGroupInfo: r.referencedGroupId
      ? { groupId: r.referencedGroupId, userId: r.referencedUserId }
      : undefined,
    description: r.description,
    securityGroupRuleArn: `arn:aws:ec2:${ctx.region}:${ctx.accountId}:security-group-rule/${r.ruleId}`,
    tagSet: tagSet(r.tags),
  };
}

const PROTOCOL_NAMES: Record<string, string> = {
  '6': 'tcp',
  '17': 'udp',
  '1': 'icmp',
  '58': 'icmpv6',
  all: '-1',
};

function isCidr(v: string, ipv6: boolean): boolean {
  if (ipv6) return /^[0-9a-fA-F:]+\/(\d|[1-9]\d|1[01]\d|12[0-8])$/.test(v) && v.includes(':');
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(v);
  return !!m && m.slice(1, 5).every((o) => Number(o) <= 255) && Number(m[5]) <= 32;
}

/** IpPermissions (and the legacy top-level CidrIp/IpProtocol/FromPort/ToPort) to one spec per source. */
function ruleSpecs(input: Input): RuleSpec[] {
  type Perm = {
    IpProtocol?: string;
    FromPort?: string;
    ToPort?: string;
    IpRanges?: unknown;
    Ipv6Ranges?: unknown;
    Groups?: unknown;
    PrefixListIds?: unknown;
  };
  const perms = list<Perm>(input.IpPermissions);
  if (input.CidrIp || input.IpProtocol || input.SourceSecurityGroupName) {
    perms.push({
      IpProtocol: input.IpProtocol as string,
      FromPort: input.FromPort as string,
      ToPort: input.ToPort as string,
      IpRanges: input.CidrIp ? [{ CidrIp: input.CidrIp }] : [],
    });
  }
  const specs: RuleSpec[] = [];
  for (const p of perms) {
    if (!p.IpProtocol)
      throw new AwsError('MissingParameter', 'The request must contain the parameter ipProtocol');
    const raw = String(p.IpProtocol).toLowerCase();
    const ipProtocol = PROTOCOL_NAMES[raw] ?? raw;
    if (!['tcp', 'udp', 'icmp', 'icmpv6', '-1'].includes(ipProtocol) && !/^\d+$/.test(ipProtocol)) {
      throw new AwsError(
        'InvalidParameterValue',
        `Invalid value '${p.IpProtocol}' for IP protocol. Unknown protocol.`,
      );
    }
    let fromPort = optInt(p.FromPort, 'FromPort', 'InvalidParameterValue');
    let toPort = optInt(p.ToPort, 'ToPort', 'InvalidParameterValue');
    if (ipProtocol === '-1') {
      fromPort = -1;
      toPort = -1;
    } else if (ipProtocol === 'tcp' || ipProtocol === 'udp') {
      if (fromPort === undefined || toPort === undefined)
        throw new AwsError(
          'InvalidParameterValue',
          `Invalid value 'Must specify both from and to ports with TCP/UDP.' for portRange.`,
        );
      if (fromPort < 0 || toPort > 65535 || fromPort > toPort)
        throw new AwsError(
          'InvalidParameterValue',
          `Invalid value '${fromPort}-${toPort}' for portRange. Ports must be in the range 0-65535 and from port not greater than to port.`,
        );
    } else {
      fromPort ??= -1;
      toPort ??= -1;
    }
    const base = { ipProtocol, fromPort, toPort };
    const sources = specs.length;
    for (const r of list<{ CidrIp?: string; Description?: string }>(p.IpRanges)) {
      if (!r.CidrIp || !isCidr(r.CidrIp, false))
        throw new AwsError('InvalidParameterValue', `CIDR block ${r.CidrIp ?? ''} is malformed`);
      specs.push({ ...base, cidrIpv4: r.CidrIp, description: r.Description });
    }
    for (const r of list<{ CidrIpv6?: string; Description?: string }>(p.Ipv6Ranges)) {
      if (!r.CidrIpv6 || !isCidr(r.CidrIpv6, true))
        throw new AwsError('InvalidParameterValue', `CIDR block ${r.CidrIpv6 ?? ''} is malformed`);
      specs.push({ ...base, cidrIpv6: r.CidrIpv6, description: r.Description });
    }
    for (const g of list<{ GroupId?: string; Description?: string }>(p.Groups)) {
      if (!g.GroupId)
        throw new AwsError(
          'MissingParameter',
          'The request must contain the parameter groupId for a user id group pair',
        );
      specs.push({ ...base, referencedGroupId: g.GroupId, description: g.Description });
    }
    if (specs.length === sources) {
      throw new AwsError(
        'MissingParameter',
        'No source specified: give IpRanges, Ipv6Ranges or UserIdGroupPairs.',
      );
    }
  }
  return specs;
}

function authorize(isEgress: boolean) {
  return (input: Input, ctx: RequestContext) => {
    const state = ec2(ctx);
    const group = state.findGroup(input.GroupId as string, input.GroupName as string);
    const specs = ruleSpecs(input);
    if (specs.length === 0)
      throw new AwsError('MissingParameter', 'The request must contain the parameter ipPermissions');
    const added = state.authorize(
      group,
      isEgress,
      specs,
      tagsFromSpecifications(input, 'security-group-rule'),
    );
    return { return: true, securityGroupRuleSet: added.map((r) => ruleXml(r, ctx)) };
  };
}

function revoke(isEgress: boolean) {
  return (input: Input, ctx: RequestContext) => {
    const state = ec2(ctx);
    const group = state.findGroup(input.GroupId as string, input.GroupName as string);
    const ruleIds = list<string>(input.SecurityGroupRuleId);
    const specs = ruleSpecs(input);
    if (specs.length === 0 && ruleIds.length === 0)
      throw new AwsError('MissingParameter', 'The request must contain the parameter ipPermissions');
    const revoked = state.revoke(group, isEgress, specs, ruleIds);
    return {
      return: true,
      revokedSecurityGroupRuleSet: revoked.map((r) => ({
        securityGroupRuleId: r.ruleId,
        groupId: r.groupId,
        isEgress: r.isEgress,
        ipProtocol: r.ipProtocol,
        fromPort: r.fromPort,
        toPort: r.toPort,
        cidrIpv4: r.cidrIpv4,
        cidrIpv6: r.cidrIpv6,
        referencedGroupId: r.referencedGroupId,
        description: r.description,
      })),
    };
  };
}

/** The items of these ids (an unknown id is an error, as in EC2), or every item when no id is given. */
function byIds<T>(ids: string[], all: Map<string, T>, notFound: (id: string) => AwsError): T[] {
  if (ids.length === 0) return [...all.values()];
  return ids.map((id) => {
    const item = all.get(id);
    if (!item) throw notFound(id);
    return item;
  });
}

export const definition: ServiceDefinition = {
  signingName: 'ec2',
  protocol: 'ec2',
  version: '2016-11-15',
  xmlns: 'http://ec2.amazonaws.com/doc/2016-11-15/',
  operations: {
    DescribeVpcs(input: Input, ctx) {
      const state = ec2(ctx);
      const ids = list<string>(input.VpcId);
      const vpcs = byIds(
        ids,
        state.vpcs,
        (id) => new AwsError('InvalidVpcID.NotFound', `The vpc ID '${id}' does not exist`),
      );
      const filtered = applyFilters(vpcs, list<Filter>(input.Filter), {
        'vpc-id': (v) => v.vpcId,
        'is-default': (v) => String(v.isDefault),
        cidr: (v) => v.cidrBlock,
        'cidr-block-association.cidr-block': (v) => v.cidrBlock,
        state: () => 'available',
        'owner-id': () => ctx.accountId,
        'dhcp-options-id': (v) => v.dhcpOptionsId,
      });
      const { page, nextToken } = paginate(filtered, input);
      return { vpcSet: page.map((v) => vpcXml(v, ctx.accountId)), nextToken };
    },

    DescribeSubnets(input: Input, ctx) {
      const state = ec2(ctx);
      const ids = list<string>(input.SubnetId);
      const subnets = byIds(
        ids,
        state.subnets,
        (id) => new AwsError('InvalidSubnetID.NotFound', `The subnet ID '${id}' does not exist`),
      );
      const filtered = applyFilters(subnets, list<Filter>(input.Filter), {
        'vpc-id': (s) => s.vpcId,
        'subnet-id': (s) => s.subnetId,
        'availability-zone': (s) => s.availabilityZone,
        availabilityZone: (s) => s.availabilityZone,
        'availability-zone-id': (s) => s.availabilityZoneId,
        'default-for-az': (s) => String(s.defaultForAz),
        defaultForAz: (s) => String(s.defaultForAz),
        'cidr-block': (s) => s.cidrBlock,
        'map-public-ip-on-launch': (s) => String(s.mapPublicIpOnLaunch),
        state: () => 'available',
        'owner-id': () => ctx.accountId,
      });
      const { page, nextToken } = paginate(filtered, input);
      return { subnetSet: page.map((s) => subnetXml(s, ctx)), nextToken };
    },

    DescribeSecurityGroups(input: Input, ctx) {
      const state = ec2(ctx);
      const ids = list<string>(input.GroupId);
      const names = list<string>(input.GroupName);
      let groups = byIds(
        ids,
        state.groups,
        (id) => new AwsError('InvalidGroup.NotFound', `The security group '${id}' does not exist`),
      );
      if (names.length) groups = names.map((n) => state.findGroup(undefined, n));
      const filtered = applyFilters(groups, list<Filter>(input.Filter), {
        'vpc-id': (g) => g.vpcId,
        'group-name': (g) => g.groupName,
        'group-id': (g) => g.groupId,
        description: (g) => g.description,
        'owner-id': () => ctx.accountId,
      });
      const { page, nextToken } = paginate(filtered, input);
      return { securityGroupInfo: page.map((g) => groupXml(g, state, ctx)), nextToken };
    },

    CreateSecurityGroup(input: Input, ctx) {
      const tags = tagsFromSpecifications(input, 'security-group');
      const g = ec2(ctx).createSecurityGroup(
        String(input.GroupName ?? ''),
        String(input.GroupDescription ?? ''),
        input.VpcId as string | undefined,
        tags,
      );
      return {
        return: true,
        groupId: g.groupId,
        securityGroupArn: `arn:aws:ec2:${ctx.region}:${ctx.accountId}:security-group/${g.groupId}`,
        tagSet: tagSet(g.tags),
      };
    },

    DeleteSecurityGroup(input: Input, ctx) {
      const state = ec2(ctx);
      const group = state.findGroup(input.GroupId as string, input.GroupName as string);
      state.deleteSecurityGroup(group);
      return { return: true, groupId: group.groupId };
    },

    AuthorizeSecurityGroupIngress: authorize(false),
    AuthorizeSecurityGroupEgress: authorize(true),
    RevokeSecurityGroupIngress: revoke(false),
    RevokeSecurityGroupEgress: revoke(true),

    DescribeSecurityGroupRules(input: Input, ctx) {
      const state = ec2(ctx);
      const ids = list<string>(input.SecurityGroupRuleId);
      const rules = byIds(
        ids,
        state.rules,
        (id) =>
          new AwsError(
            'InvalidSecurityGroupRuleId.NotFound',
            `The security group rule ID '${id}' does not exist`,
          ),
      );
      const filtered = applyFilters(rules, list<Filter>(input.Filter), {
        'group-id': (r) => r.groupId,
        'security-group-rule-id': (r) => r.ruleId,
      });
      const { page, nextToken } = paginate(filtered, input);
      return { securityGroupRuleSet: page.map((r) => ruleXml(r, ctx)), nextToken };
    },

    CreateTags(input: Input, ctx) {
      const state = ec2(ctx);
      const ids = list<string>(input.ResourceId);
      const tags = list<Tag>(input.Tag);
      if (!ids.length)
        throw new AwsError('MissingParameter', 'The request must contain the parameter resourceIdSet');
      if (!tags.length)
        throw new AwsError('MissingParameter', 'The request must contain the parameter tagSet');
      for (const t of tags) {
        if (!t.Key)
          throw new AwsError('InvalidParameterValue', 'Tag keys must be between 1 and 127 characters');
        if (t.Key.toLowerCase().startsWith('aws:'))
          throw new AwsError(
            'InvalidParameterValue',
            `Value ( ${t.Key} ) for parameter key is invalid. Tag keys starting with 'aws:' are reserved for internal use`,
          );
      }
      const targets = ids.map((id) => state.taggable(id));
      for (const target of targets) {
        for (const t of tags) {
          const existing = target.tags.find((x) => x.Key === t.Key);
          if (existing) existing.Value = t.Value ?? '';
          else target.tags.push({ Key: t.Key, Value: t.Value ?? '' });
        }
        if (target.tags.length > 50)
          throw new AwsError(
            'TagLimitExceeded',
            'The maximum number of Tags for a resource has been reached.',
          );
      }
      return { return: true };
    },

    DeleteTags(input: Input, ctx) {
      const state = ec2(ctx);
      const ids = list<string>(input.ResourceId);
      if (!ids.length)
        throw new AwsError('MissingParameter', 'The request must contain the parameter resourceIdSet');
      const tags = list<{ Key: string; Value?: string }>(input.Tag);
      for (const id of ids) {
        const target = state.taggable(id);
        // No tags given deletes them all; a tag given with a value deletes it only when the value matches.
        const keep = target.tags.filter(
          (t) =>
            tags.length > 0 &&
            !tags.some((d) => d.Key === t.Key && (d.Value === undefined || d.Value === t.Value)),
        );
        target.tags.splice(0, target.tags.length, ...keep);
      }
      return { return: true };
    },

    DescribeTags(input: Input, ctx) {
      const state = ec2(ctx);
      type Row = { resourceId: string; resourceType: string; key: string; value: string; tags: Tag[] };
      const rows: Row[] = [];
      const add = (id: string, type: string, tags: Tag[]) =>
        tags.forEach((t) =>
          rows.push({ resourceId: id, resourceType: type, key: t.Key, value: t.Value, tags: [] }),
        );
      for (const v of state.vpcs.values()) add(v.vpcId, 'vpc', v.tags);
      for (const s of state.subnets.values()) add(s.subnetId, 'subnet', s.tags);
      for (const g of state.groups.values()) add(g.groupId, 'security-group', g.tags);
      for (const r of state.rules.values()) add(r.ruleId, 'security-group-rule', r.tags);
      const filtered = applyFilters(rows, list<Filter>(input.Filter), {
        'resource-id': (r) => r.resourceId,
        'resource-type': (r) => r.resourceType,
        key: (r) => r.key,
        value: (r) => r.value,
      });
      const { page, nextToken } = paginate(filtered, input);
      return {
        tagSet: page.map((r) => ({
          resourceId: r.resourceId,
          resourceType: r.resourceType,
          key: r.key,
          value: r.value,
        })),
        nextToken,
      };
    },

    DescribeAvailabilityZones(input: Input, ctx) {
      type Zone = { name: string; id: string; tags: Tag[] };
      let zones: Zone[] = ec2(ctx)
        .availabilityZones()
        .map((z) => ({ ...z, tags: [] }));
      const names = list<string>(input.ZoneName);
      const ids = list<string>(input.ZoneId);
      for (const n of names)
        if (!zones.some((z) => z.name === n))
          throw new AwsError('InvalidParameterValue', `The zone '${n}' does not exist.`);
      if (names.length) zones = zones.filter((z) => names.includes(z.name));
      if (ids.length) zones = zones.filter((z) => ids.includes(z.id));
      zones = applyFilters(zones, list<Filter>(input.Filter), {
        'zone-name': (z) => z.name,
        'zone-id': (z) => z.id,
        'region-name': () => ctx.region,
        state: () => 'available',
        'zone-type': () => 'availability-zone',
        'opt-in-status': () => 'opt-in-not-required',
      });
      return {
        availabilityZoneInfo: zones.map((z) => ({
          zoneName: z.name,
          zoneId: z.id,
          zoneState: 'available',
          regionName: ctx.region,
          groupName: ctx.region,
          networkBorderGroup: ctx.region,
          optInStatus: 'opt-in-not-required',
          zoneType: 'availability-zone',
          messageSet: [],
        })),
      };
    },

    DescribeAccountAttributes(input: Input, ctx) {
      const all: Record<string, string[]> = {
        'supported-platforms': ['VPC'],
        'default-vpc': [ec2(ctx).defaultVpcId()],
        'max-instances': ['20'],
        'vpc-max-security-groups-per-interface': ['5'],
        'max-elastic-ips': ['5'],
        'vpc-max-elastic-ips': ['5'],
      };
      const wanted = list<string>(input.AttributeName);
      const names = wanted.length ? wanted : Object.keys(all);
      return {
        accountAttributeSet: names
          .filter((n) => all[n])
          .map((n) => ({ attributeName: n, attributeValueSet: all[n].map((v) => ({ attributeValue: v })) })),
      };
    },
  },
};
