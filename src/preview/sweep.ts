import type { AwsClients } from '../aws/clients';
import * as elbv2 from '../aws/elbv2';
import { MANAGED_BY_KEY, MANAGED_BY_VALUE } from '../infra/desired';
import { ecsTags, listServices } from '../aws/ecs';
import { isExpired, PREVIEW_TAGS } from './names';

/** A preview found by its tags, with the latest expiry any of its resources carries. */
export interface FoundPreview {
  pullRequest: number;
  expiresAt?: string;
  /** Where it was seen: listener-rule, target-group, ecs-service. */
  seenOn: string[];
}

export interface SweepScope {
  /** The service whose previews are swept (tag preview-of). */
  service: string;
  /** owner/name; resources tagged with another repository are left alone. */
  repository: string;
}

/** Whether a resource's tags mark it as a preview of this scope; the pull request number when so. */
export function previewOf(tags: Record<string, string> | undefined, scope: SweepScope): number | undefined {
  if (!tags || tags[MANAGED_BY_KEY] !== MANAGED_BY_VALUE) return undefined;
  if (tags[PREVIEW_TAGS.previewOf] !== scope.service) return undefined;
  const repo = tags[PREVIEW_TAGS.repository];
  if (repo && scope.repository && repo.toLowerCase() !== scope.repository.toLowerCase()) return undefined;
  const n = Number(tags[PREVIEW_TAGS.pullRequest]);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

/** Merges sightings of previews: one entry per pull request, with the latest expiry (a push moves it on). */
export function mergeSightings(
  sightings: { pullRequest: number; expiresAt?: string; resource: string }[],
): FoundPreview[] {
  const byPr = new Map<number, FoundPreview>();
  for (const s of sightings) {
    const p = byPr.get(s.pullRequest) ?? { pullRequest: s.pullRequest, seenOn: [] };
    if (!p.seenOn.includes(s.resource)) p.seenOn.push(s.resource);
    if (s.expiresAt && Number.isFinite(Date.parse(s.expiresAt)))
      if (!p.expiresAt || Date.parse(s.expiresAt) > Date.parse(p.expiresAt)) p.expiresAt = s.expiresAt;
    byPr.set(s.pullRequest, p);
  }
  return [...byPr.values()].sort((a, b) => a.pullRequest - b.pullRequest);
}

export type SweepDecision = { remove: true; reason: string } | { remove: false; reason: string };

/** Expired previews go; then those whose pull request is closed; an unknown state keeps the preview. */
export function sweepDecision(
  p: FoundPreview,
  nowMs: number,
  pullRequestState: 'open' | 'closed' | 'unknown',
): SweepDecision {
  if (isExpired(p.expiresAt, nowMs)) return { remove: true, reason: `expired at ${p.expiresAt}` };
  if (pullRequestState === 'closed') return { remove: true, reason: 'pull request closed' };
  if (pullRequestState === 'unknown')
    return {
      remove: false,
      reason: `pull request state unknown; expires ${p.expiresAt ?? 'never (no expiry tag)'}`,
    };
  return { remove: false, reason: `pull request open; expires ${p.expiresAt ?? 'never (no expiry tag)'}` };
}

/**
 * Finds the previews of a service by their tags on the load balancer's rules, on target groups
 * (a half torn-down preview may have lost its rule) and on the cluster's services.
 */
export async function findPreviews(
  clients: AwsClients,
  where: { cluster: string; loadBalancer?: string },
  scope: SweepScope,
): Promise<FoundPreview[]> {
  const sightings: { pullRequest: number; expiresAt?: string; resource: string }[] = [];
  const see = (tags: Record<string, string> | undefined, resource: string) => {
    const n = previewOf(tags, scope);
    if (n !== undefined)
      sightings.push({ pullRequest: n, expiresAt: tags?.[PREVIEW_TAGS.expiresAt], resource });
  };
  if (where.loadBalancer) {
    const lb = await elbv2.findLoadBalancerByName(clients.elbv2, where.loadBalancer);
    if (lb?.LoadBalancerArn) {
      const ruleArns: string[] = [];
      for (const l of await elbv2.describeListeners(clients.elbv2, lb.LoadBalancerArn))
        for (const r of await elbv2.describeRules(clients.elbv2, l.ListenerArn as string))
          if (!r.IsDefault && r.RuleArn) ruleArns.push(r.RuleArn);
      for (const tags of (await elbv2.describeTags(clients.elbv2, ruleArns)).values())
        see(tags, 'listener-rule');
    }
  }
  const tgArns = (await elbv2.listTargetGroups(clients.elbv2))
    .map((t) => t.TargetGroupArn)
    .filter((a): a is string => !!a);
  for (const tags of (await elbv2.describeTags(clients.elbv2, tgArns)).values()) see(tags, 'target-group');
  for (const s of await listServices(clients.ecs, where.cluster)) see(ecsTags(s.tags), 'ecs-service');
  return mergeSightings(sightings);
}
