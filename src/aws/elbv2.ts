import {
  AddTagsCommand,
  CreateListenerCommand,
  DeleteRuleCommand,
  DeleteTargetGroupCommand,
  CreateListenerCommandInput,
  CreateLoadBalancerCommand,
  CreateLoadBalancerCommandInput,
  CreateRuleCommand,
  CreateRuleCommandInput,
  CreateTargetGroupCommand,
  CreateTargetGroupCommandInput,
  DescribeListenersCommand,
  DescribeLoadBalancersCommand,
  DescribeRulesCommand,
  DescribeTagsCommand,
  DescribeTargetGroupAttributesCommand,
  DescribeTargetGroupsCommand,
  DescribeTargetHealthCommand,
  ElasticLoadBalancingV2Client,
  Listener,
  LoadBalancer,
  ModifyListenerCommand,
  ModifyListenerCommandInput,
  ModifyRuleCommand,
  ModifyRuleCommandInput,
  ModifyTargetGroupAttributesCommand,
  ModifyTargetGroupCommand,
  ModifyTargetGroupCommandInput,
  Rule,
  SetRulePrioritiesCommand,
  Tag,
  TargetDescription,
  TargetGroup,
  TargetHealthDescription,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { ConsistencyOptions, untilVisible } from './consistency';
import { errorName, isAwsError } from './errors';
import { allPages } from './paging';

/**
 * ELBv2: load balancers, listeners, rules, target groups and their tags. Like every module of
 * src/aws, free functions whose first argument is the SDK client; retries are the client's own, and
 * the calls made right after a create wait for visibility through `untilVisible`.
 */

export function toTagList(tags: Record<string, string>): Tag[] {
  return Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
}

export async function findLoadBalancerByName(
  client: ElasticLoadBalancingV2Client,
  name: string,
): Promise<LoadBalancer | undefined> {
  try {
    const out = await client.send(new DescribeLoadBalancersCommand({ Names: [name] }));
    return out.LoadBalancers?.[0];
  } catch (err) {
    if (isAwsError(err, 'LoadBalancerNotFound')) return undefined;
    throw err;
  }
}

export async function describeLoadBalancerByArn(
  client: ElasticLoadBalancingV2Client,
  arn: string,
): Promise<LoadBalancer | undefined> {
  try {
    const out = await client.send(new DescribeLoadBalancersCommand({ LoadBalancerArns: [arn] }));
    return out.LoadBalancers?.[0];
  } catch (err) {
    if (isAwsError(err, 'LoadBalancerNotFound')) return undefined;
    throw err;
  }
}

/**
 * The load balancer's security group is usually created a moment before, and EC2 is eventually
 * consistent: ELBv2 may not see it yet (InvalidSecurityGroup). CreateLoadBalancer is idempotent for
 * the same name and settings, so trying again is safe.
 */
export async function createLoadBalancer(
  client: ElasticLoadBalancingV2Client,
  input: CreateLoadBalancerCommandInput,
  consistency?: ConsistencyOptions,
): Promise<LoadBalancer> {
  const out = await untilVisible(
    () => client.send(new CreateLoadBalancerCommand(input)),
    (error) => isAwsError(error, 'InvalidSecurityGroup'),
    consistency,
  );
  const lb = out.LoadBalancers?.[0];
  if (!lb?.LoadBalancerArn) throw new Error(`CreateLoadBalancer ${input.Name} returned no load balancer.`);
  return lb;
}

export function describeListeners(
  client: ElasticLoadBalancingV2Client,
  loadBalancerArn: string,
): Promise<Listener[]> {
  return allPages(async (marker) => {
    const out = await client.send(
      new DescribeListenersCommand({ LoadBalancerArn: loadBalancerArn, Marker: marker }),
    );
    return { items: out.Listeners, next: out.NextMarker };
  });
}

export async function createListener(
  client: ElasticLoadBalancingV2Client,
  input: CreateListenerCommandInput,
): Promise<Listener> {
  const out = await client.send(new CreateListenerCommand(input));
  const listener = out.Listeners?.[0];
  if (!listener?.ListenerArn) throw new Error(`CreateListener on port ${input.Port} returned no listener.`);
  return listener;
}

export async function modifyListener(
  client: ElasticLoadBalancingV2Client,
  input: ModifyListenerCommandInput,
): Promise<void> {
  await client.send(new ModifyListenerCommand(input));
}

export function describeRules(client: ElasticLoadBalancingV2Client, listenerArn: string): Promise<Rule[]> {
  return allPages(async (marker) => {
    const out = await client.send(new DescribeRulesCommand({ ListenerArn: listenerArn, Marker: marker }));
    return { items: out.Rules, next: out.NextMarker };
  });
}

export async function createRule(
  client: ElasticLoadBalancingV2Client,
  input: CreateRuleCommandInput,
): Promise<Rule> {
  const out = await client.send(new CreateRuleCommand(input));
  const rule = out.Rules?.[0];
  if (!rule?.RuleArn) throw new Error(`CreateRule at priority ${input.Priority} returned no rule.`);
  return rule;
}

export async function modifyRule(
  client: ElasticLoadBalancingV2Client,
  input: ModifyRuleCommandInput,
): Promise<void> {
  await client.send(new ModifyRuleCommand(input));
}

export async function setRulePriority(
  client: ElasticLoadBalancingV2Client,
  ruleArn: string,
  priority: number,
): Promise<void> {
  await client.send(
    new SetRulePrioritiesCommand({ RulePriorities: [{ RuleArn: ruleArn, Priority: priority }] }),
  );
}

export async function findTargetGroupByName(
  client: ElasticLoadBalancingV2Client,
  name: string,
): Promise<TargetGroup | undefined> {
  try {
    const out = await client.send(new DescribeTargetGroupsCommand({ Names: [name] }));
    return out.TargetGroups?.[0];
  } catch (err) {
    if (isAwsError(err, 'TargetGroupNotFound')) return undefined;
    throw err;
  }
}

export async function describeTargetGroup(
  client: ElasticLoadBalancingV2Client,
  arn: string,
): Promise<TargetGroup | undefined> {
  try {
    const out = await client.send(new DescribeTargetGroupsCommand({ TargetGroupArns: [arn] }));
    return out.TargetGroups?.[0];
  } catch (err) {
    if (isAwsError(err, 'TargetGroupNotFound')) return undefined;
    throw err;
  }
}

export async function createTargetGroup(
  client: ElasticLoadBalancingV2Client,
  input: CreateTargetGroupCommandInput,
): Promise<TargetGroup> {
  const out = await client.send(new CreateTargetGroupCommand(input));
  const tg = out.TargetGroups?.[0];
  if (!tg?.TargetGroupArn) throw new Error(`CreateTargetGroup ${input.Name} returned no target group.`);
  return tg;
}

export async function modifyTargetGroup(
  client: ElasticLoadBalancingV2Client,
  input: ModifyTargetGroupCommandInput,
): Promise<void> {
  await client.send(new ModifyTargetGroupCommand(input));
}

export async function describeTargetGroupAttributes(
  client: ElasticLoadBalancingV2Client,
  arn: string,
): Promise<Record<string, string>> {
  const out = await client.send(new DescribeTargetGroupAttributesCommand({ TargetGroupArn: arn }));
  const attrs: Record<string, string> = {};
  for (const a of out.Attributes ?? []) if (a.Key) attrs[a.Key] = a.Value ?? '';
  return attrs;
}

/** Called right after CreateTargetGroup too, when the new group may not be visible yet (TargetGroupNotFound). */
export async function modifyTargetGroupAttributes(
  client: ElasticLoadBalancingV2Client,
  arn: string,
  attributes: Record<string, string>,
  consistency?: ConsistencyOptions,
): Promise<void> {
  await untilVisible(
    () =>
      client.send(
        new ModifyTargetGroupAttributesCommand({
          TargetGroupArn: arn,
          Attributes: Object.entries(attributes).map(([Key, Value]) => ({ Key, Value })),
        }),
      ),
    (error) => isAwsError(error, 'TargetGroupNotFound'),
    consistency,
  );
}

/** Tags by resource ARN; DescribeTags takes at most 20 ARNs a call. */
export async function describeTags(
  client: ElasticLoadBalancingV2Client,
  arns: string[],
): Promise<Map<string, Record<string, string>>> {
  const result = new Map<string, Record<string, string>>();
  for (let i = 0; i < arns.length; i += 20) {
    const out = await client.send(new DescribeTagsCommand({ ResourceArns: arns.slice(i, i + 20) }));
    for (const d of out.TagDescriptions ?? []) {
      if (!d.ResourceArn) continue;
      const tags: Record<string, string> = {};
      for (const t of d.Tags ?? []) if (t.Key) tags[t.Key] = t.Value ?? '';
      result.set(d.ResourceArn, tags);
    }
  }
  return result;
}

/** Target health for the watch phase; `targets` narrows it to the new tasks' IPs. */
export async function describeTargetHealth(
  client: ElasticLoadBalancingV2Client,
  targetGroupArn: string,
  targets?: TargetDescription[],
): Promise<TargetHealthDescription[]> {
  const out = await client.send(
    new DescribeTargetHealthCommand({
      TargetGroupArn: targetGroupArn,
      ...(targets && targets.length > 0 ? { Targets: targets } : {}),
    }),
  );
  return out.TargetHealthDescriptions ?? [];
}

/** The target group ARNs an action forwards to, whether in the simple or the weighted form. */
export function forwardTargetGroupArns(
  actions:
    | {
        Type?: string;
        TargetGroupArn?: string;
        ForwardConfig?: { TargetGroups?: { TargetGroupArn?: string }[] };
      }[]
    | undefined,
): string[] {
  const arns: string[] = [];
  for (const a of actions ?? []) {
    if (a.Type !== 'forward') continue;
    if (a.TargetGroupArn) arns.push(a.TargetGroupArn);
    for (const tg of a.ForwardConfig?.TargetGroups ?? []) if (tg.TargetGroupArn) arns.push(tg.TargetGroupArn);
  }
  return [...new Set(arns)];
}

export async function deleteRule(client: ElasticLoadBalancingV2Client, ruleArn: string): Promise<void> {
  await client.send(new DeleteRuleCommand({ RuleArn: ruleArn }));
}

/**
 * ELBv2 may still count the group in use (ResourceInUse) for a moment after the rule that forwarded
 * to it was deleted: that is waited out like any other not-yet-visible change.
 */
export async function deleteTargetGroup(
  client: ElasticLoadBalancingV2Client,
  arn: string,
  consistency?: ConsistencyOptions,
): Promise<void> {
  await untilVisible(
    () => client.send(new DeleteTargetGroupCommand({ TargetGroupArn: arn })),
    (error) => isAwsError(error, 'ResourceInUse'),
    consistency,
  );
}

/** Every target group of the account and region, or those a load balancer forwards to. */
export function listTargetGroups(
  client: ElasticLoadBalancingV2Client,
  loadBalancerArn?: string,
): Promise<TargetGroup[]> {
  return allPages(async (marker) => {
    const out = await client.send(
      new DescribeTargetGroupsCommand({
        ...(loadBalancerArn ? { LoadBalancerArn: loadBalancerArn } : {}),
        Marker: marker,
        PageSize: 400,
      }),
    );
    return { items: out.TargetGroups, next: out.NextMarker };
  });
}

/** AddTags overwrites the values of keys that exist (how a preview's expiry moves on with every push). */
export async function addTags(
  client: ElasticLoadBalancingV2Client,
  arns: string[],
  tags: Record<string, string>,
): Promise<void> {
  if (arns.length === 0) return;
  await client.send(new AddTagsCommand({ ResourceArns: arns, Tags: toTagList(tags) }));
}

/** One rule by its ARN; undefined when it does not exist. */
export async function describeRuleByArn(
  client: ElasticLoadBalancingV2Client,
  ruleArn: string,
): Promise<Rule | undefined> {
  try {
    const out = await client.send(new DescribeRulesCommand({ RuleArns: [ruleArn] }));
    return out.Rules?.[0];
  } catch (error) {
    if (errorName(error) === 'RuleNotFoundException') return undefined;
    throw error;
  }
}
