import { familyOf, shortTaskDefinition } from '../aws/ecs';
import type { PhaseContext } from '../deploy/context';

/**
 * Deregisters ACTIVE revisions of the family beyond the newest `keep`, never one in `protect`
 * (what runs now and what ran before). Revisions pile up forever otherwise: every register adds one.
 * Returns the deregistered ARNs; failures only warn, the deployment itself succeeded.
 */
export async function pruneOldRevisions(
  ctx: PhaseContext,
  family: string,
  keep: number,
  protect: Set<string>,
): Promise<string[]> {
  if (keep <= 0) return [];
  const removed: string[] = [];
  try {
    const active = await ctx.ecs.listActiveRevisions(family);
    for (const arn of active.slice(keep)) {
      if (protect.has(arn)) continue;
      await ctx.ecs.deregisterTaskDefinition(arn);
      removed.push(arn);
    }
    if (removed.length > 0)
      ctx.log.info(
        `Deregistered ${removed.length} revision(s) of ${family} older than the newest ${keep} (keep-revisions): ${removed.map(shortTaskDefinition).join(', ')}`,
      );
  } catch (error) {
    ctx.log.warning(
      `Could not prune old revisions of ${family}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return removed;
}

/** After a healthy deploy: prunes the family, keeping what runs now and what ran before. */
export async function pruneAfterDeploy(
  ctx: PhaseContext,
  taskDefinitionArn: string,
  previousTaskDefinitionArn: string | undefined,
): Promise<string[]> {
  const protect = new Set([taskDefinitionArn, previousTaskDefinitionArn].filter((a): a is string => !!a));
  return pruneOldRevisions(
    ctx,
    familyOf(taskDefinitionArn),
    ctx.config.taskDefinition.keepRevisions,
    protect,
  );
}
