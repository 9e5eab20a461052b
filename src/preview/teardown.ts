import type { AwsClients } from '../aws/clients';
import * as cloudwatch from '../aws/cloudwatch';
import * as ecs from '../aws/ecs';
import * as elbv2 from '../aws/elbv2';
import { isAwsError } from '../aws/errors';
import { deleteLogGroup, findLogGroup, logGroupTags } from '../aws/log-groups';
import { MANAGED_BY_KEY, MANAGED_BY_VALUE } from '../infra/desired';
import { errorAlarmName } from '../infra/naming';
import { errorMessage } from '../util/errors';
import type { Logger } from '../util/log';
import { findPreview, PreviewResources } from './find';
import { PREVIEW_TAGS, PreviewNames } from './names';

/** One step of a teardown: what it did to one resource. */
export interface TeardownStep {
  resource: 'listener-rule' | 'ecs-service' | 'alarm' | 'target-group' | 'task-definition' | 'log-group';
  name: string;
  action: 'deleted' | 'absent' | 'kept';
  detail?: string;
}

export interface TeardownOptions {
  log: Logger;
  sleep(ms: number): Promise<void>;
  random?: () => number;
  /** Attempts at deleting the target group while ELBv2 still sees it in use; bounded by untilVisible. */
  targetGroupAttempts?: number;
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
  const steps: TeardownStep[] = [];
  const record = (s: TeardownStep) => {
    steps.push(s);
    opts.log.info(`${s.resource} ${s.name}: ${s.action}${s.detail ? ` (${s.detail})` : ''}`);
  };
  const found = await findPreview(clients, names);
  record(await removeRule(clients, names, found));
  record(await removeService(clients, names, found));
  record(await removeErrorAlarm(clients, names));
  record(await removeTargetGroup(clients, names, found, opts));
  record(await removeTaskDefinitions(clients, names));
  record(await removeLogGroup(clients, names, opts.log));
  return steps;
}

async function removeRule(
  clients: AwsClients,
  names: PreviewNames,
  found: PreviewResources,
): Promise<TeardownStep> {
  const absent: TeardownStep = { resource: 'listener-rule', name: names.targetGroup, action: 'absent' };
  if (!found.rule?.RuleArn) return absent;
  try {
    await elbv2.deleteRule(clients.elbv2, found.rule.RuleArn);
  } catch (err) {
    if (!isAwsError(err, 'RuleNotFound')) throw err;
    return absent;
  }
  return { ...absent, action: 'deleted', detail: `priority ${found.rule.Priority}` };
}

/** Scaled to zero first so that ECS stops the tasks, then deleted. */
async function removeService(
  clients: AwsClients,
  names: PreviewNames,
  found: PreviewResources,
): Promise<TeardownStep> {
  const absent: TeardownStep = { resource: 'ecs-service', name: names.service, action: 'absent' };
  const service = found.service;
  if (!service || service.status !== 'ACTIVE')
    return { ...absent, detail: service ? `already ${service.status?.toLowerCase()}` : undefined };
  if ((service.desiredCount ?? 0) > 0)
    await ecs.scaleServiceToZero(clients.ecs, names.cluster, names.service);
  try {
    await ecs.deleteService(clients.ecs, names.cluster, names.service);
  } catch (err) {
    if (!isAwsError(err, 'ServiceNotFoundException', 'ServiceNotActiveException')) throw err;
    return absent;
  }
  return { ...absent, action: 'deleted', detail: 'scaled to 0, tasks stopping' };
}

/** The preview's error alarm (rollback-on-errors), by its name. */
async function removeErrorAlarm(clients: AwsClients, names: PreviewNames): Promise<TeardownStep> {
  const name = errorAlarmName(names.cluster, names.service, names.environment);
  const absent: TeardownStep = { resource: 'alarm', name, action: 'absent' };
  if (!(await cloudwatch.findMetricAlarm(clients.cloudwatch, name))) return absent;
  await cloudwatch.deleteAlarms(clients.cloudwatch, [name]);
  return { ...absent, action: 'deleted' };
}

/** ELBv2 may still count the target group in use for a moment after the rule went (see deleteTargetGroup). */
async function removeTargetGroup(
  clients: AwsClients,
  names: PreviewNames,
  found: PreviewResources,
  opts: TeardownOptions,
): Promise<TeardownStep> {
  const absent: TeardownStep = { resource: 'target-group', name: names.targetGroup, action: 'absent' };
  const tgArn = found.targetGroup?.TargetGroupArn;
  if (!tgArn) return absent;
  if (!found.targetGroupManaged)
    return { ...absent, action: 'kept', detail: `not tagged ${MANAGED_BY_KEY}=${MANAGED_BY_VALUE}` };
  let tries = 1;
  try {
    await elbv2.deleteTargetGroup(clients.elbv2, tgArn, {
      sleep: opts.sleep,
      random: opts.random,
      attempts: opts.targetGroupAttempts,
      onRetry: (_err, attempt) => {
        tries = attempt + 1;
        opts.log.info(`Target group ${names.targetGroup} is still in use (attempt ${attempt}); retrying.`);
      },
    });
  } catch (err) {
    if (isAwsError(err, 'TargetGroupNotFound')) return absent;
    throw new Error(
      `Could not delete target group ${names.targetGroup} after ${tries} attempt(s): ${errorMessage(err)}. ` +
        'Run the teardown again in a few minutes (it skips what is already gone).',
    );
  }
  return { ...absent, action: 'deleted' };
}

async function removeTaskDefinitions(clients: AwsClients, names: PreviewNames): Promise<TeardownStep> {
  const revisions = await ecs.listActiveRevisions(clients.ecs, names.family);
  for (const arn of revisions) await ecs.deregisterTaskDefinition(clients.ecs, arn);
  return {
    resource: 'task-definition',
    name: names.family,
    action: revisions.length > 0 ? 'deleted' : 'absent',
    detail: revisions.length > 0 ? `${revisions.length} revision(s) deregistered` : undefined,
  };
}

/** Only when the action created it for this very preview. */
async function removeLogGroup(clients: AwsClients, names: PreviewNames, log: Logger): Promise<TeardownStep> {
  const step: TeardownStep = { resource: 'log-group', name: names.logGroup, action: 'absent' };
  const group = await findLogGroup(clients.logs, names.logGroup);
  if (!group) return step;
  let tags: Record<string, string> | undefined;
  try {
    tags = await logGroupTags(clients.logs, group.logGroupArn ?? group.arn ?? '');
  } catch (err) {
    log.warning(
      `Could not read the tags of log group ${names.logGroup} (${errorMessage(err)}); it is kept. Delete it by hand if it is the preview's.`,
    );
  }
  if (
    tags &&
    tags[MANAGED_BY_KEY] === MANAGED_BY_VALUE &&
    tags[PREVIEW_TAGS.pullRequest] === String(names.pullRequest)
  ) {
    await deleteLogGroup(clients.logs, names.logGroup);
    return { ...step, action: 'deleted' };
  }
  return { ...step, action: 'kept', detail: tags ? 'not created by this preview' : 'tags unreadable' };
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
