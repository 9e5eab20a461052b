import type { World } from '../../core/world';
import type { TargetGroupInfo, TargetHealthListener, TargetHealthState } from '../elbv2/state';

/**
 * The cross-service methods ECS calls on other services' states (docs/architecture.md). They are
 * typed here rather than taken from the other states' classes so ECS depends on the contract only,
 * not on whatever else those classes grow.
 */
export interface SubnetInfo {
  subnetId: string;
  vpcId: string;
  cidrBlock: string;
  availabilityZone: string;
}

export interface Ec2Peer {
  getSubnet(id: string): SubnetInfo | undefined;
  getSecurityGroup(id: string): { groupId: string; vpcId: string; groupName: string } | undefined;
  defaultVpcId(): string;
}

export interface LogsPeer {
  append(group: string, stream: string, events: { timestamp: number; message: string }[]): boolean;
}

// The target-group view, health states and listener are the contract types ELBv2 declares
// (docs/architecture.md); a type-only import keeps ECS free of ELBv2's runtime code.
export type { TargetGroupInfo, TargetHealthListener, TargetHealthState } from '../elbv2/state';

export interface Elbv2Peer {
  getTargetGroup(arn: string): TargetGroupInfo | undefined;
  registerTargets(tgArn: string, targets: { id: string; port: number }[]): void;
  deregisterTargets(tgArn: string, targets: { id: string; port: number }[]): void;
  targetState(
    tgArn: string,
    id: string,
    port: number,
  ): { state: TargetHealthState; reason?: string } | undefined;
  onTargetHealthChange(fn: TargetHealthListener): void;
}

export function ec2Of(world: World): Ec2Peer | undefined {
  return world.ec2 as unknown as Ec2Peer | undefined;
}

export function logsOf(world: World): LogsPeer | undefined {
  return world.logs as unknown as LogsPeer | undefined;
}

export function elbv2Of(world: World): Elbv2Peer | undefined {
  return world.elbv2 as unknown as Elbv2Peer | undefined;
}
