import type { Subnet } from '@aws-sdk/client-ec2';
import * as ec2 from '../aws/ec2';
import { isAwsError } from '../aws/errors';
import { errorMessage } from '../util/errors';
import type { StackContext } from './context';

export interface Network {
  vpcId: string;
  taskSubnets: string[];
  loadBalancerSubnets: string[];
}

/**
 * The VPC and subnets: from the subnets input, else the public subnets of the vpc-id input or of
 * the default VPC. The load balancer gets one subnet per availability zone, at least two.
 */
export async function resolveNetwork(ctx: StackContext): Promise<Network> {
  const { vpcId, subnets: chosen } =
    ctx.desired.network.subnets.length > 0 ? await subnetsFromInput(ctx) : await subnetsOfVpc(ctx);
  const subnets = [...chosen].sort(
    (a, b) =>
      (a.AvailabilityZone ?? '').localeCompare(b.AvailabilityZone ?? '') ||
      (a.SubnetId ?? '').localeCompare(b.SubnetId ?? ''),
  );
  // An Application Load Balancer takes at most one subnet per availability zone.
  const perZone = new Map<string, string>();
  for (const s of subnets)
    if (s.AvailabilityZone && s.SubnetId && !perZone.has(s.AvailabilityZone))
      perZone.set(s.AvailabilityZone, s.SubnetId);
  if (ctx.desired.loadBalancer && perZone.size < 2)
    throw new Error(
      `${ctx.desired.network.subnets.length > 0 ? "Input 'subnets': a" : 'A'}n Application Load Balancer needs subnets in at least two availability zones; the subnets chosen (${subnets
        .map((s) => `${s.SubnetId} in ${s.AvailabilityZone}`)
        .join(', ')}) cover ${perZone.size}. Give subnets in two or more zones with the subnets input.`,
    );
  const taskSubnets = subnets.map((s) => s.SubnetId as string);
  ctx.record({
    action: 'keep',
    resource: 'subnets',
    name: taskSubnets.join(','),
    detail: `zones ${[...perZone.keys()].join(', ')}`,
  });
  return { vpcId, taskSubnets, loadBalancerSubnets: [...perZone.values()] };
}

async function subnetsFromInput(ctx: StackContext): Promise<{ vpcId: string; subnets: Subnet[] }> {
  const net = ctx.desired.network;
  const region = ctx.config.region;
  let subnets: Subnet[];
  try {
    subnets = await ec2.describeSubnets(ctx.clients.ec2, { subnetIds: net.subnets });
  } catch (err) {
    // Real EC2 fails the whole call for one unknown id instead of leaving it out.
    if (isAwsError(err, 'InvalidSubnetID.NotFound', 'InvalidSubnetID.Malformed'))
      throw new Error(
        `Input 'subnets': not found (${errorMessage(err)}). Check the subnets input and the region (${region}).`,
      );
    throw err;
  }
  const missing = net.subnets.filter((id) => !subnets.some((s) => s.SubnetId === id));
  if (missing.length > 0)
    throw new Error(
      `Input 'subnets': ${missing.join(', ')} not found. Check the subnets input and the region (${region}).`,
    );
  const vpcs = [...new Set(subnets.map((s) => s.VpcId))];
  if (vpcs.length > 1)
    throw new Error(
      `Input 'subnets': the subnets belong to different VPCs (${vpcs.join(', ')}); give subnets of one VPC.`,
    );
  if (net.vpcId && vpcs[0] !== net.vpcId)
    throw new Error(
      `Inputs 'subnets' and 'vpc-id' contradict: the subnets are in ${vpcs[0]}, not in ${net.vpcId}.`,
    );
  const vpcId = vpcs[0] as string;
  ctx.record({ action: 'keep', resource: 'vpc', name: vpcId, detail: 'from the subnets input' });
  return { vpcId, subnets };
}

async function subnetsOfVpc(ctx: StackContext): Promise<{ vpcId: string; subnets: Subnet[] }> {
  const net = ctx.desired.network;
  const vpcId = await chooseVpc(ctx);
  const all = await ec2.describeSubnets(ctx.clients.ec2, { vpcId });
  // A subnet that gives instances public addresses (or a default subnet) is what the console
  // calls public; checking the route tables for an internet gateway would need more permissions.
  const isPublic = (s: Subnet): boolean => s.MapPublicIpOnLaunch === true || s.DefaultForAz === true;
  const needsPublic = ctx.desired.loadBalancer?.scheme !== 'internal' || net.assignPublicIp;
  let subnets = all.filter(isPublic);
  if (subnets.length === 0 && !needsPublic) subnets = all;
  if (subnets.length === 0)
    throw new Error(
      `${net.vpcId ? "Input 'vpc-id': " : ''}VPC ${vpcId} has no public subnets (MapPublicIpOnLaunch or default for their zone); found ${all.length} subnets. Give the subnets input.`,
    );
  return { vpcId, subnets };
}

/** The vpc-id input, checked, or the account's default VPC. */
async function chooseVpc(ctx: StackContext): Promise<string> {
  const vpcId = ctx.desired.network.vpcId;
  const region = ctx.config.region;
  if (vpcId) {
    if (!(await ec2.describeVpc(ctx.clients.ec2, vpcId)))
      throw new Error(`Input 'vpc-id': ${vpcId} not found in ${region}.`);
    ctx.record({ action: 'keep', resource: 'vpc', name: vpcId, detail: 'from the vpc-id input' });
    return vpcId;
  }
  const vpc = await ec2.findDefaultVpc(ctx.clients.ec2);
  if (!vpc?.VpcId)
    throw new Error(
      `No vpc-id was given and the account has no default VPC in ${region}. Give vpc-id (and subnets) of the VPC to deploy into.`,
    );
  ctx.record({ action: 'keep', resource: 'vpc', name: vpc.VpcId, detail: 'the default VPC' });
  return vpc.VpcId;
}
