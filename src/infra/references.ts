import type { LoadBalancer } from '@aws-sdk/client-elastic-load-balancing-v2';
import * as elbv2 from '../aws/elbv2';
import type { AwsClients } from '../aws/clients';
import type { DeployConfig } from '../config/types';
import { StackContext, StackOptions } from './context';
import { desiredStack, LoadBalancerSpec, MANAGED_BY_KEY, MANAGED_BY_VALUE } from './desired';
import type { Change } from './diff';
import { defaultActionConflict } from './listeners';
import { alternateTargetGroupName } from './naming';
import { Network, resolveNetwork } from './network';
import { findOwnRule, nonDefaultRules } from './rule';
import { checkExtraSecurityGroups } from './security-groups';
import { useExistingTargetGroup } from './target-group';

/** What the reference checks read, handed to ensureStack so that it does not read it again. */
export interface StackReferences {
  network: Network;
  /** What the checks found, as `keep` changes (VPC, subnets, security groups, your target group). */
  changes: Change[];
  /** With target-group-arn: the security groups of the load balancers that forward to it, and the first of them. */
  ownTargetGroup?: { sources: string[]; loadBalancerArn?: string };
  /** The load balancer of that name, when it exists. */
  loadBalancer?: LoadBalancer;
}

/**
 * Every AWS resource the inputs name, read and checked before anything is changed: the VPC and
 * subnets, the extra security groups, your target group, or the load balancer (its VPC, type and
 * scheme), the routing listener's default action and the rule priority. Only Describe calls; a bad
 * reference is an error that names its input.
 */
export async function checkStackReferences(
  config: DeployConfig,
  clients: AwsClients,
  opts: StackOptions,
): Promise<StackReferences> {
  const desired = desiredStack(config);
  const ctx = new StackContext(config, clients, desired, { ...opts, plan: true });
  const network = await resolveNetwork(ctx);
  await checkExtraSecurityGroups(ctx, network.vpcId);
  const refs: StackReferences = { network, changes: ctx.changes };
  if (desired.loadBalancer) refs.loadBalancer = await checkLoadBalancer(ctx, desired.loadBalancer, network);
  else
    refs.ownTargetGroup = await useExistingTargetGroup(ctx, desired.existingTargetGroupArn!, network.vpcId);
  return refs;
}

/** The load balancer the service goes behind, when it exists: in the tasks' VPC, an ALB of the right scheme. */
async function checkLoadBalancer(
  ctx: StackContext,
  spec: LoadBalancerSpec,
  network: Network,
): Promise<LoadBalancer | undefined> {
  const client = ctx.clients.elbv2;
  const lb = await elbv2.findLoadBalancerByName(client, spec.name);
  if (!lb?.LoadBalancerArn) return undefined;
  const input = ctx.config.loadBalancer.name ? "Input 'load-balancer-name'" : 'The load balancer';
  if (lb.Type && lb.Type !== 'application')
    throw new Error(
      `${input}: ${spec.name} exists as a ${lb.Type} load balancer; the action needs an Application Load Balancer. Choose another load-balancer-name.`,
    );
  if (lb.VpcId && lb.VpcId !== network.vpcId)
    throw new Error(
      `${input}: ${spec.name} is in ${lb.VpcId} but the tasks' subnets are in ${network.vpcId}. Give subnets (or vpc-id) of ${lb.VpcId}, or another load-balancer-name.`,
    );
  if (lb.Scheme !== spec.scheme)
    throw new Error(
      `${input}: ${spec.name} exists as ${lb.Scheme}, not ${spec.scheme}; a scheme cannot change. Choose another load-balancer-name or set load-balancer-scheme to ${lb.Scheme}.`,
    );
  await checkRoutingListener(ctx, spec, lb.LoadBalancerArn, input);
  return lb;
}

/**
 * On an existing load balancer, the listener that will carry the service: its default action is not
 * another service's (default routing), and a fixed rule-priority is not taken by another rule.
 */
async function checkRoutingListener(
  ctx: StackContext,
  spec: LoadBalancerSpec,
  lbArn: string,
  input: string,
): Promise<void> {
  const client = ctx.clients.elbv2;
  const port = spec.routingPort;
  const listener = (await elbv2.describeListeners(client, lbArn)).find((l) => l.Port === port);
  if (!listener?.ListenerArn) return;
  const targetGroupArn = (await elbv2.findTargetGroupByName(client, spec.targetGroup.name))?.TargetGroupArn;
  const name = `${spec.name}:${port}`;
  if (spec.routing.kind === 'default') {
    const tags = await elbv2.describeTags(client, [listener.ListenerArn]);
    const managed = tags.get(listener.ListenerArn)?.[MANAGED_BY_KEY] === MANAGED_BY_VALUE;
    const conflict = defaultActionConflict(name, listener, managed, {
      main: targetGroupArn,
      alternateName: alternateTargetGroupName(spec.targetGroup.name),
    });
    if (conflict) throw new Error(`${input}: ${conflict}`);
    return;
  }
  const priority = spec.routing.fixedPriority;
  if (priority === undefined) return;
  const rules = await nonDefaultRules(ctx, listener.ListenerArn);
  const mine = await findOwnRule(ctx, rules, targetGroupArn);
  const other = rules.find((r) => Number(r.Priority) === priority && r.RuleArn !== mine?.RuleArn);
  if (other)
    throw new Error(
      `Input 'rule-priority': priority ${priority} is already used on listener ${name} by a rule this service did not make (forwarding to ${
        elbv2
          .forwardTargetGroupArns(other.Actions)
          .map((arn) => arn.split(':').pop())
          .join(', ') || other.Actions?.[0]?.Type
      }). Choose a free priority, or leave rule-priority empty to get one.`,
    );
}
