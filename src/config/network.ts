import { SECURITY_GROUP_ID, SUBNET_ID, VPC_ID } from './aws-limits';
import { check, InputReader } from './reader';
import type { NetworkConfig } from './types';

/** Where the tasks run: VPC, subnets, extra security groups, public IP. */
export function readNetwork(r: InputReader): NetworkConfig {
  const network: NetworkConfig = {
    vpcId: r.optional('vpc-id'),
    subnets: r.list('subnets'),
    securityGroups: r.list('security-groups'),
    assignPublicIp: r.bool('assign-public-ip', true),
  };
  if (network.vpcId)
    check('vpc-id', VPC_ID.test(network.vpcId), "be a VPC id such as 'vpc-0abc1234'", network.vpcId);
  for (const s of network.subnets)
    check('subnets', SUBNET_ID.test(s), "list subnet ids such as 'subnet-0abc1234'", s);
  for (const g of network.securityGroups)
    check('security-groups', SECURITY_GROUP_ID.test(g), "list security group ids such as 'sg-0abc1234'", g);
  return network;
}
