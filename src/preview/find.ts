import type { Listener, Rule, TargetGroup } from '@aws-sdk/client-elastic-load-balancing-v2';
import type { Service } from '@aws-sdk/client-ecs';
import type { AwsClients } from '../aws/clients';
import * as elbv2 from '../aws/elbv2';
import { MANAGED_BY_KEY, MANAGED_BY_VALUE } from '../infra/desired';
import { describeService } from '../aws/ecs';
import { PREVIEW_TAGS, PreviewNames } from './names';

/** What exists of one preview; each part is absent when it does not exist (half-created previews are normal). */
export interface PreviewResources {
  loadBalancerArn?: string;
  listeners: Listener[];
  /** Every non-default rule of every listener, with the listener it belongs to. */
  rules: { rule: Rule; listenerArn: string }[];
  rule?: Rule;
  targetGroup?: TargetGroup;
  targetGroupManaged: boolean;
  service?: Service;
}

export function isPreviewTagged(tags: Record<string, string> | undefined, names: PreviewNames): boolean {
  return (
    tags?.[MANAGED_BY_KEY] === MANAGED_BY_VALUE &&
    tags[PREVIEW_TAGS.pullRequest] === String(names.pullRequest)
  );
}

/** Reads (never changes) the preview's rule, target group and service, and the load balancer around them. */
export async function findPreview(clients: AwsClients, names: PreviewNames): Promise<PreviewResources> {
  const found: PreviewResources = { listeners: [], rules: [], targetGroupManaged: false };
  const tg = await elbv2.findTargetGroupByName(clients.elbv2, names.targetGroup);
  if (tg?.TargetGroupArn) {
    found.targetGroup = tg;
    const tags = (await elbv2.describeTags(clients.elbv2, [tg.TargetGroupArn])).get(tg.TargetGroupArn);
    found.targetGroupManaged = tags?.[MANAGED_BY_KEY] === MANAGED_BY_VALUE;
  }
  const lb = names.loadBalancer
    ? await elbv2.findLoadBalancerByName(clients.elbv2, names.loadBalancer)
    : undefined;
  if (lb?.LoadBalancerArn) {
    found.loadBalancerArn = lb.LoadBalancerArn;
    found.listeners = await elbv2.describeListeners(clients.elbv2, lb.LoadBalancerArn);
    for (const l of found.listeners) {
      const rules = (await elbv2.describeRules(clients.elbv2, l.ListenerArn as string)).filter(
        (r) => !r.IsDefault,
      );
      found.rules.push(...rules.map((rule) => ({ rule, listenerArn: l.ListenerArn as string })));
    }
    const tgArn = found.targetGroup?.TargetGroupArn;
    found.rule = tgArn
      ? found.rules.find((r) => elbv2.forwardTargetGroupArns(r.rule.Actions).includes(tgArn))?.rule
      : undefined;
    if (!found.rule && found.rules.length > 0) {
      // The target group may be gone already (a teardown stopped half-way): find the rule by its tags.
      const tags = await elbv2.describeTags(
        clients.elbv2,
        found.rules.map((r) => r.rule.RuleArn as string),
      );
      found.rule = found.rules.find(
        (r) =>
          isPreviewTagged(tags.get(r.rule.RuleArn as string), names) &&
          tags.get(r.rule.RuleArn as string)?.service === names.service,
      )?.rule;
    }
  }
  found.service = await describeService(clients.ecs, names.cluster, names.service);
  return found;
}
