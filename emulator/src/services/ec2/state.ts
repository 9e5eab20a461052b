import { randomBytes } from 'node:crypto';
import type { World } from '../../core/world';
import type { Ec2Contract } from '../../core/contracts';
import { ownState } from '../../core/own-state';
import { AwsError } from '../../core/errors';

export interface Tag {
  Key: string;
  Value: string;
}

export interface Vpc {
  vpcId: string;
  cidrBlock: string;
  isDefault: boolean;
  dhcpOptionsId: string;
  tags: Tag[];
}

export interface Subnet {
  subnetId: string;
  vpcId: string;
  cidrBlock: string;
  availabilityZone: string;
  availabilityZoneId: string;
  defaultForAz: boolean;
  mapPublicIpOnLaunch: boolean;
  tags: Tag[];
}

/** One security group rule, as AWS stores them since security group rule ids exist: one source each. */
export interface SecurityGroupRule {
  ruleId: string;
  groupId: string;
  isEgress: boolean;
  ipProtocol: string; // tcp, udp, icmp, icmpv6, -1, or a protocol number
  fromPort: number;
  toPort: number;
  cidrIpv4?: string;
  cidrIpv6?: string;
  referencedGroupId?: string;
  referencedUserId?: string;
  description?: string;
  tags: Tag[];
}

export interface SecurityGroup {
  groupId: string;
  groupName: string;
  description: string;
  vpcId: string;
  tags: Tag[];
}

/** What a caller asks for in one rule: protocol, ports and exactly one source or destination. */
export interface RuleSpec {
  ipProtocol: string;
  fromPort: number;
  toPort: number;
  cidrIpv4?: string;
  cidrIpv6?: string;
  referencedGroupId?: string;
  description?: string;
}

export const newId = (prefix: string): string => `${prefix}-${randomBytes(9).toString('hex').slice(0, 17)}`;

/** Zone ids like use1-az1: AWS maps names to ids per account; a fixed mapping is enough here. */
export function zoneIdOf(region: string, index: number): string {
  const [geo, dir, num] = region.split('-');
  return `${geo}${(dir ?? '').charAt(0)}${num ?? ''}-az${index + 1}`;
}

const own = ownState<Ec2State>('EC2');

export class Ec2State implements Ec2Contract {
  /** This world's EC2 state, as the service's own operations need it. */
  static of(world: World): Ec2State {
    return own.of(world);
  }

  vpcs = new Map<string, Vpc>();
  subnets = new Map<string, Subnet>();
  groups = new Map<string, SecurityGroup>();
  rules = new Map<string, SecurityGroupRule>();

  constructor(readonly world: World) {
    own.register(world, this);
    this.createDefaultNetwork();
  }

  /** A fresh account has a default VPC with a default public subnet per zone and a default security group. */
  private createDefaultNetwork(): void {
    const vpc: Vpc = {
      vpcId: newId('vpc'),
      cidrBlock: '172.31.0.0/16',
      isDefault: true,
      dhcpOptionsId: newId('dopt'),
      tags: [],
    };
    this.vpcs.set(vpc.vpcId, vpc);
    this.availabilityZones().forEach((zone, i) => {
      const subnet: Subnet = {
        subnetId: newId('subnet'),
        vpcId: vpc.vpcId,
        cidrBlock: `172.31.${i * 16}.0/20`,
        availabilityZone: zone.name,
        availabilityZoneId: zone.id,
        defaultForAz: true,
        mapPublicIpOnLaunch: true,
        tags: [],
      };
      this.subnets.set(subnet.subnetId, subnet);
    });
    this.createDefaultGroup(vpc.vpcId);
  }

  private createDefaultGroup(vpcId: string): SecurityGroup {
    const group: SecurityGroup = {
      groupId: newId('sg'),
      groupName: 'default',
      description: 'default VPC security group',
      vpcId,
      tags: [],
    };
    this.groups.set(group.groupId, group);
    // Members of the default group can reach each other; everything may go out.
    this.addRule(group.groupId, false, {
      ipProtocol: '-1',
      fromPort: -1,
      toPort: -1,
      referencedGroupId: group.groupId,
    });
    this.addRule(group.groupId, true, { ipProtocol: '-1', fromPort: -1, toPort: -1, cidrIpv4: '0.0.0.0/0' });
    return group;
  }

  availabilityZones(): { name: string; id: string }[] {
    return ['a', 'b', 'c'].map((letter, i) => ({
      name: `${this.world.region}${letter}`,
      id: zoneIdOf(this.world.region, i),
    }));
  }

  // Cross-service methods (docs/architecture.md)
  getSubnet(
    id: string,
  ): { subnetId: string; vpcId: string; cidrBlock: string; availabilityZone: string } | undefined {
    const s = this.subnets.get(id);
    return (
      s && {
        subnetId: s.subnetId,
        vpcId: s.vpcId,
        cidrBlock: s.cidrBlock,
        availabilityZone: s.availabilityZone,
      }
    );
  }

  getSecurityGroup(id: string): { groupId: string; vpcId: string; groupName: string } | undefined {
    const g = this.groups.get(id);
    return g && { groupId: g.groupId, vpcId: g.vpcId, groupName: g.groupName };
  }

  defaultVpcId(): string {
    for (const v of this.vpcs.values()) if (v.isDefault) return v.vpcId;
    throw new AwsError('VPCIdNotSpecified', 'No default VPC for this user');
  }

  // Operations' domain logic
  requireVpc(vpcId: string): Vpc {
    const vpc = this.vpcs.get(vpcId);
    if (!vpc) throw new AwsError('InvalidVpcID.NotFound', `The vpc ID '${vpcId}' does not exist`);
    return vpc;
  }

  requireGroup(groupId: string): SecurityGroup {
    const g = this.groups.get(groupId);
    if (!g) throw new AwsError('InvalidGroup.NotFound', `The security group '${groupId}' does not exist`);
    return g;
  }

  /** GroupName alone addresses a group of the default VPC, as in AWS. */
  findGroup(groupId: string | undefined, groupName: string | undefined): SecurityGroup {
    if (groupId) return this.requireGroup(groupId);
    if (groupName) {
      const vpcId = this.defaultVpcId();
      for (const g of this.groups.values()) if (g.vpcId === vpcId && g.groupName === groupName) return g;
      throw new AwsError(
        'InvalidGroup.NotFound',
        `The security group '${groupName}' does not exist in default VPC '${vpcId}'`,
      );
    }
    throw new AwsError('MissingParameter', 'Either GroupId or GroupName must be specified');
  }

  createSecurityGroup(
    name: string,
    description: string,
    vpcId: string | undefined,
    tags: Tag[],
  ): SecurityGroup {
    if (!name) throw new AwsError('MissingParameter', 'The request must contain the parameter groupName');
    if (!description)
      throw new AwsError('MissingParameter', 'The request must contain the parameter groupDescription');
    if (name.length > 255)
      throw new AwsError(
        'InvalidParameterValue',
        `Value (${name}) for parameter GroupName is invalid. Value exceeds the maximum length of 255`,
      );
    if (description.length > 255)
      throw new AwsError(
        'InvalidParameterValue',
        'Value for parameter GroupDescription is invalid. Value exceeds the maximum length of 255',
      );
    if (/^sg-/i.test(name))
      throw new AwsError(
        'InvalidParameterValue',
        `Value (${name}) for parameter GroupName is invalid. Group names may not be in the format sg-*.`,
      );
    const vpc = this.requireVpc(vpcId || this.defaultVpcId());
    for (const g of this.groups.values()) {
      if (g.vpcId === vpc.vpcId && g.groupName === name) {
        throw new AwsError(
          'InvalidGroup.Duplicate',
          `The security group '${name}' already exists for VPC '${vpc.vpcId}'`,
        );
      }
    }
    const group: SecurityGroup = {
      groupId: newId('sg'),
      groupName: name,
      description,
      vpcId: vpc.vpcId,
      tags: [...tags],
    };
    this.groups.set(group.groupId, group);
    this.addRule(group.groupId, true, { ipProtocol: '-1', fromPort: -1, toPort: -1, cidrIpv4: '0.0.0.0/0' });
    return group;
  }

  deleteSecurityGroup(group: SecurityGroup): void {
    if (group.groupName === 'default') {
      throw new AwsError(
        'CannotDelete',
        `the specified group: "${group.groupId}" name: "default" cannot be deleted by a user`,
      );
    }
    for (const r of this.rules.values()) {
      if (r.referencedGroupId === group.groupId && r.groupId !== group.groupId) {
        throw new AwsError('DependencyViolation', `resource ${group.groupId} has a dependent object`);
      }
    }
    for (const r of [...this.rules.values()]) if (r.groupId === group.groupId) this.rules.delete(r.ruleId);
    this.groups.delete(group.groupId);
  }

  rulesOf(groupId: string, isEgress?: boolean): SecurityGroupRule[] {
    return [...this.rules.values()].filter(
      (r) => r.groupId === groupId && (isEgress === undefined || r.isEgress === isEgress),
    );
  }

  private sameRule(r: SecurityGroupRule, spec: RuleSpec): boolean {
    return (
      r.ipProtocol === spec.ipProtocol &&
      r.fromPort === spec.fromPort &&
      r.toPort === spec.toPort &&
      r.cidrIpv4 === spec.cidrIpv4 &&
      r.cidrIpv6 === spec.cidrIpv6 &&
      r.referencedGroupId === spec.referencedGroupId
    );
  }

  private addRule(groupId: string, isEgress: boolean, spec: RuleSpec, tags: Tag[] = []): SecurityGroupRule {
    const rule: SecurityGroupRule = {
      ruleId: newId('sgr'),
      groupId,
      isEgress,
      ...spec,
      referencedUserId: spec.referencedGroupId ? this.world.accountId : undefined,
      tags: [...tags],
    };
    this.rules.set(rule.ruleId, rule);
    return rule;
  }

  /** All or nothing, as AWS: one duplicate or unknown group refuses the whole call. */
  authorize(group: SecurityGroup, isEgress: boolean, specs: RuleSpec[], tags: Tag[]): SecurityGroupRule[] {
    const existing = this.rulesOf(group.groupId, isEgress);
    specs.forEach((spec, i) => {
      if (spec.referencedGroupId) this.requireGroup(spec.referencedGroupId);
      const clash =
        existing.some((r) => this.sameRule(r, spec)) ||
        specs.slice(0, i).some((s) => JSON.stringify(s) === JSON.stringify(spec));
      if (clash) {
        throw new AwsError(
          'InvalidPermission.Duplicate',
          `the specified rule "peer: ${peerOf(spec)}, ${protocolLabel(spec)}, ALLOW" already exists`,
        );
      }
    });
    return specs.map((spec) => this.addRule(group.groupId, isEgress, spec, tags));
  }

  revoke(group: SecurityGroup, isEgress: boolean, specs: RuleSpec[], ruleIds: string[]): SecurityGroupRule[] {
    const existing = this.rulesOf(group.groupId, isEgress);
    const doomed: SecurityGroupRule[] = [];
    for (const id of ruleIds) {
      const r = existing.find((x) => x.ruleId === id);
      if (!r)
        throw new AwsError(
          'InvalidSecurityGroupRuleId.NotFound',
          `The security group rule ID '${id}' does not exist`,
        );
      doomed.push(r);
    }
    for (const spec of specs) {
      const r = existing.find((x) => this.sameRule(x, spec));
      if (!r)
        throw new AwsError(
          'InvalidPermission.NotFound',
          'The specified rule does not exist in this security group.',
        );
      doomed.push(r);
    }
    for (const r of doomed) this.rules.delete(r.ruleId);
    return doomed;
  }

  /** The resource a tag operation addresses; AWS checks that each id exists. */
  taggable(id: string): { tags: Tag[]; type: string } {
    const found = this.vpcs.get(id) ?? this.subnets.get(id) ?? this.groups.get(id) ?? this.rules.get(id);
    if (found) {
      const type = id.startsWith('vpc-')
        ? 'vpc'
        : id.startsWith('subnet-')
          ? 'subnet'
          : id.startsWith('sgr-')
            ? 'security-group-rule'
            : 'security-group';
      return { tags: found.tags, type };
    }
    if (id.startsWith('vpc-'))
      throw new AwsError('InvalidVpcID.NotFound', `The vpc ID '${id}' does not exist`);
    if (id.startsWith('subnet-'))
      throw new AwsError('InvalidSubnetID.NotFound', `The subnet ID '${id}' does not exist`);
    if (id.startsWith('sgr-'))
      throw new AwsError(
        'InvalidSecurityGroupRuleId.NotFound',
        `The security group rule ID '${id}' does not exist`,
      );
    if (id.startsWith('sg-'))
      throw new AwsError('InvalidGroup.NotFound', `The security group '${id}' does not exist`);
    throw new AwsError('InvalidID', `The ID '${id}' is not valid`);
  }

  snapshot(): unknown {
    return {
      vpcs: [...this.vpcs.values()],
      subnets: [...this.subnets.values()],
      groups: [...this.groups.values()],
      rules: [...this.rules.values()],
    };
  }

  restore(data: unknown): void {
    const d = data as
      { vpcs?: Vpc[]; subnets?: Subnet[]; groups?: SecurityGroup[]; rules?: SecurityGroupRule[] } | undefined;
    if (!d?.vpcs) return;
    this.vpcs = new Map(d.vpcs.map((v) => [v.vpcId, v]));
    this.subnets = new Map((d.subnets ?? []).map((s) => [s.subnetId, s]));
    this.groups = new Map((d.groups ?? []).map((g) => [g.groupId, g]));
    this.rules = new Map((d.rules ?? []).map((r) => [r.ruleId, r]));
  }

  stop(): void {}
}

function peerOf(spec: RuleSpec): string {
  return spec.cidrIpv4 ?? spec.cidrIpv6 ?? spec.referencedGroupId ?? '';
}

function protocolLabel(spec: RuleSpec): string {
  if (spec.ipProtocol === '-1') return 'ALL';
  return `${spec.ipProtocol.toUpperCase()}, from port: ${spec.fromPort}, to port: ${spec.toPort}`;
}
