import type { AwsClients } from '../aws/clients';
import * as elbv2 from '../aws/elbv2';
import { findLogGroup } from '../aws/log-groups';
import { MANAGED_BY_KEY, MANAGED_BY_VALUE } from '../infra/desired';
import type { Logger } from '../util/log';
import * as aws from './aws';
import { findPreview } from './find';
import { PREVIEW_TAGS, PreviewNames } from './names';

/** One step of a teardown: what it did to one resource. */
export interface TeardownStep {
  resource: 'listener-rule' | 'ecs-service' | 'target-group' | 'task-definition' | 'log-group';
  name: string;
  action: 'deleted' | 'absent' | 'kept';
  detail?: string;
}

export interface TeardownOptions {
  log: Logger;
  sleep(ms: number): Promise<void>;
  /** Attempts at deleting the target group while ELBv2 still sees it in use; bounded. */
  targetGroupAttempts?: number;
  targetGroupRetryMs?: number;
}

/**
 * Removes one preview, in the order AWS requires: the rule first (a target group a rule forwards to
 * cannot be deleted), the service scaled to zero then deleted, the target group, the task definition
 * revisions, and the log group only when the action created it for this preview. Each step skips what
 * is missing, so a half-created preview is removed and a second teardown changes nothing.
 */
export async function teardownPreview(
  clients: AwsClients,
  names: PreviewNames,
  opts: TeardownOptions,
): Promise<TeardownStep[]> {
  const { log } = opts;
  const steps: TeardownStep[] = [];
  const record = (s: TeardownStep) => {
    steps.push(s);
    log.info(`${s.resource} ${s.name}: ${s.action}${s.detail ? ` (${s.detail})` : ''}`);
  };
  const found = await findPreview(clients, names);

  // 1. The listener rule.
  if (found.rule?.RuleArn) {
    try {
      await aws.deleteRule(clients.elbv2, found.rule.RuleArn);
      record({
        resource: 'listener-rule',
        name: names.targetGroup,
        action: 'deleted',
        detail: `priority ${found.rule.Priority}`,
      });
    } catch (err) {
      if (!elbv2.isAwsError(err, 'RuleNotFound')) throw err;
      record({ resource: 'listener-rule', name: names.targetGroup, action: 'absent' });
    }
  } else record({ resource: 'listener-rule', name: names.targetGroup, action: 'absent' });

  // 2. The service: scaled to zero first so that ECS stops the tasks, then deleted.
  const service = found.service;
  if (service && service.status === 'ACTIVE') {
    if ((service.desiredCount ?? 0) > 0)
      await aws.scaleServiceToZero(clients.ecs, names.cluster, names.service);
    try {
      await aws.deleteService(clients.ecs, names.cluster, names.service);
      record({
        resource: 'ecs-service',
        name: names.service,
        action: 'deleted',
        detail: 'scaled to 0, tasks stopping',
      });
    } catch (err) {
      const name = (err as { name?: string }).name ?? '';
      if (name !== 'ServiceNotFoundException' && name !== 'ServiceNotActiveException') throw err;
      record({ resource: 'ecs-service', name: names.service, action: 'absent' });
    }
  } else
    record({
      resource: 'ecs-service',
      name: names.service,
      action: 'absent',
      detail: service ? `already ${service.status?.toLowerCase()}` : undefined,
    });

  // 3. The target group: ELBv2 may still count it in use for a moment after the rule went.
  const tgArn = found.targetGroup?.TargetGroupArn;
  if (tgArn && !found.targetGroupManaged) {
    record({
      resource: 'target-group',
      name: names.targetGroup,
      action: 'kept',
      detail: `not tagged ${MANAGED_BY_KEY}=${MANAGED_BY_VALUE}`,
    });
  } else if (tgArn) {
    const attempts = opts.targetGroupAttempts ?? 6;
    const waitMs = opts.targetGroupRetryMs ?? 5_000;
    for (let attempt = 1; ; attempt++) {
      try {
        await aws.deleteTargetGroup(clients.elbv2, tgArn);
        record({ resource: 'target-group', name: names.targetGroup, action: 'deleted' });
        break;
      } catch (err) {
        if (elbv2.isAwsError(err, 'TargetGroupNotFound')) {
          record({ resource: 'target-group', name: names.targetGroup, action: 'absent' });
          break;
        }
        if (!elbv2.isAwsError(err, 'ResourceInUse') || attempt >= attempts)
          throw new Error(
            `Could not delete target group ${names.targetGroup} after ${attempt} attempt(s): ${err instanceof Error ? err.message : String(err)}. ` +
              'Run the teardown again in a few minutes (it skips what is already gone).',
          );
        log.info(
          `Target group ${names.targetGroup} is still in use (attempt ${attempt} of ${attempts}); retrying.`,
        );
        await opts.sleep(waitMs);
      }
    }
  } else record({ resource: 'target-group', name: names.targetGroup, action: 'absent' });

  // 4. The task definition revisions of the preview's family.
  const revisions = await aws.listActiveRevisions(clients.ecs, names.family);
  for (const arn of revisions) await aws.deregisterTaskDefinition(clients.ecs, arn);
  record({
    resource: 'task-definition',
    name: names.family,
    action: revisions.length > 0 ? 'deleted' : 'absent',
    detail: revisions.length > 0 ? `${revisions.length} revision(s) deregistered` : undefined,
  });

  // 5. The log group, only when the action created it for this very preview.
  const group = await findLogGroup(clients.logs, names.logGroup);
  if (!group) record({ resource: 'log-group', name: names.logGroup, action: 'absent' });
  else {
    let tags: Record<string, string> | undefined;
    try {
      tags = await aws.logGroupTags(clients.logs, group.logGroupArn ?? group.arn ?? '');
    } catch (err) {
      log.warning(
        `Could not read the tags of log group ${names.logGroup} (${err instanceof Error ? err.message : String(err)}); it is kept. Delete it by hand if it is the preview's.`,
      );
    }
    if (
      tags &&
      tags[MANAGED_BY_KEY] === MANAGED_BY_VALUE &&
      tags[PREVIEW_TAGS.pullRequest] === String(names.pullRequest)
    ) {
      await aws.deleteLogGroup(clients.logs, names.logGroup);
      record({ resource: 'log-group', name: names.logGroup, action: 'deleted' });
    } else
      record({
        resource: 'log-group',
        name: names.logGroup,
        action: 'kept',
        detail: tags ? 'not created by this preview' : 'tags unreadable',
      });
  }
  return steps;
}

export function teardownMarkdown(pullRequest: number, steps: TeardownStep[]): string {
  const lines = [
    `### Preview of #${pullRequest} torn down`,
    '',
    '| Resource | Name | Result |',
    '|---|---|---|',
  ];
  for (const s of steps)
    lines.push(
      `| ${s.resource} | \`${s.name.replace(/\|/g, '\\|')}\` | ${s.action}${s.detail ? ` (${s.detail.replace(/\|/g, '\\|')})` : ''} |`,
    );
  return lines.join('\n') + '\n';
}
