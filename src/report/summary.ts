import { formatDuration } from '../util/time';
import type { FailureDigest } from '../deploy/digest';
import { maskedNote } from '../util/mask';
import type { ResourceChange, RunResult } from './model';
import { costLines } from './cost';
import { timelineMermaid } from './timeline';
import { smokeLines } from '../deploy/smoke';

/** Pure markdown builders: the job summary is written once, in a finally, from a RunResult. */

const short = (arn: string | undefined) => (arn ? (arn.split('/').pop() ?? arn) : '–');
/** Table cells cannot hold pipes or newlines. */
const cell = (s: string | undefined) => (s ?? '–').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

const HEADLINE: Record<RunResult['outcome'], string> = {
  deployed: '✅ Deployed',
  unchanged: '✅ Already up to date',
  planned: '📝 Plan (nothing was changed)',
  'rolled-back': '↩️ Deployment failed and was rolled back',
  failed: '❌ Deployment failed',
  cancelled: '⏹️ Cancelled',
};

export function summaryMarkdown(r: RunResult): string {
  const out: string[] = [];
  out.push(`## ${HEADLINE[r.outcome]}: ${r.service}`);
  out.push('');
  if (r.failure)
    out.push(`**Why:** ${r.failure}${r.rollbackNote ? `  \n**Then:** ${r.rollbackNote}` : ''}`, '');
  out.push('| | |', '|---|---|');
  out.push(
    `| Service | \`${cell(r.cluster)}/${cell(r.service)}\` (${cell(r.environment)}, ${cell(r.region)}) |`,
  );
  if (r.url) out.push(`| URL | ${r.url} |`);
  if (r.imageUri)
    out.push(
      `| Image | \`${cell(r.imageUri)}\`${r.imageBuilt === undefined ? '' : r.imageBuilt ? ' (built)' : ' (given)'} |`,
    );
  out.push(
    `| Task definition | \`${short(r.taskDefinitionArn)}\`${r.taskDefinitionArn ? (r.registered ? ' (new revision)' : ' (unchanged, reused)') : ''} |`,
  );
  if (r.previousTaskDefinitionArn) out.push(`| Previous | \`${short(r.previousTaskDefinitionArn)}\` |`);
  if (r.deploymentId) out.push(`| Deployment | \`${cell(r.deploymentId)}\` |`);
  if (r.strategy && r.outcome !== 'planned') out.push(`| Strategy | ${cell(r.strategy)} |`);
  if (r.trafficShift) out.push(`| Traffic | ${cell(r.trafficShift)} |`);
  if (r.bothVersionsSeconds !== undefined)
    out.push(`| Both versions up | ${formatDuration(r.bothVersionsSeconds * 1000)} |`);
  if (r.outcome !== 'planned') out.push(`| Rolled back | ${r.rolledBack ? 'yes' : 'no'} |`);
  out.push(`| Duration | ${formatDuration(r.durationSeconds * 1000)} |`);
  out.push('');
  const cost = r.footprint ? costLines(r.region, r.footprint) : [];
  if (cost.length > 0) out.push(cost.join('  \n'), '');
  const chart = timelineMermaid(r);
  if (chart.length > 0) out.push(...chart, '');
  if (r.phases.length > 0) {
    out.push('<details><summary>Phases</summary>', '', '| Phase | Time | |', '|---|---|---|');
    for (const p of r.phases)
      out.push(`| ${cell(p.name)} | ${formatDuration(p.ms)} | ${p.outcome === 'ok' ? '✓' : '✗'} |`);
    out.push('', '</details>', '');
  }
  const changed = [...r.stackChanges, ...r.scalingChanges].filter((c) => c.action !== 'keep');
  if (r.outcome !== 'planned' && changed.length > 0) {
    // A first run builds a whole stack: say what now exists that did not, collapsed.
    out.push(
      `<details><summary>Infrastructure: ${changed.length} resource(s) created or changed</summary>`,
      '',
      ...changesTable(changed),
      '</details>',
      '',
    );
  }
  if (r.digest) out.push(digestMarkdown(r.digest), '');
  return out.join('\n');
}

export function digestMarkdown(d: FailureDigest): string {
  const out: string[] = ['### Why the deployment failed', ''];
  for (const reason of d.reasons) out.push(`- ${reason}`);
  out.push('');
  if (d.alarm) {
    out.push(`**Alarm** \`${cell(d.alarm.name)}\`: ${cell(d.alarm.threshold)}`, '');
    if (d.alarm.reason) out.push(`> ${cell(d.alarm.reason)}`, '');
    if (d.alarm.values) out.push(`Values: ${cell(d.alarm.values)}`, '');
  }
  if (d.smokeTest) {
    const [head, ...rows] = smokeLines(d.smokeTest);
    out.push(`**${cell(head.replace(/:$/, ''))}**`, '', '```', ...rows.map((l) => l.trim()), '```', '');
  }
  if (d.stoppedTasks.length > 0) {
    out.push(
      '**Stopped tasks**',
      '',
      '| Task | Stopped reason | Container | Exit code |',
      '|---|---|---|---|',
    );
    for (const t of d.stoppedTasks) {
      const containers = t.containers.filter((c) => c.exitCode !== undefined || c.reason);
      const first = containers[0];
      out.push(
        `| \`${cell(t.taskId.slice(0, 12))}\` | ${cell(t.stoppedReason)} | ${cell(first?.name)} | ${first?.exitCode ?? '–'}${first?.reason ? ` (${cell(first.reason)})` : ''} |`,
      );
      for (const c of containers.slice(1))
        out.push(`| | | ${cell(c.name)} | ${c.exitCode ?? '–'}${c.reason ? ` (${cell(c.reason)})` : ''} |`);
    }
    out.push('');
  }
  if (d.targets.length > 0) {
    out.push('**Target health**', '', '| Target | State | Reason |', '|---|---|---|');
    for (const x of d.targets)
      out.push(
        `| ${cell(x.id)}${x.port ? `:${x.port}` : ''} | ${cell(x.state)} | ${cell([x.reason, x.description].filter(Boolean).join(': ') || undefined)} |`,
      );
    out.push('');
  }
  if (d.events.length > 0) {
    out.push(
      '<details><summary>Service events</summary>',
      '',
      '```',
      ...d.events,
      '```',
      '',
      '</details>',
      '',
    );
  }
  if (d.logs) {
    const masked = d.logs.masked ? ` (${maskedNote(d.logs.masked)}: they held a secret value)` : '';
    out.push(
      `**Last log lines** of task \`${d.logs.taskId.slice(0, 12)}\` (\`${d.logs.group}\`)${masked}`,
      '',
    );
    if (d.logs.error) out.push(`_Could not read them: ${d.logs.error}_`);
    else
      out.push(
        '```',
        ...(d.logs.lines.length > 0 ? d.logs.lines.map((l) => l.replace(/```/g, "'''")) : ['(no log lines)']),
        '```',
      );
    out.push('');
  }
  return out.join('\n');
}

function changesTable(changes: ResourceChange[]): string[] {
  if (changes.length === 0) return ['_No resources._', ''];
  const out = ['| Action | Resource | Name | Detail |', '|---|---|---|---|'];
  for (const c of changes)
    out.push(`| ${c.action} | ${cell(c.resource)} | \`${cell(c.name)}\` | ${cell(c.detail)} |`);
  out.push('');
  return out;
}

/** The plan: what a run would create, change and leave alone. Also the `plan-markdown` output, for PR comments. */
export function planMarkdown(r: RunResult): string {
  const out: string[] = [
    `## 📝 Plan for ${r.service} in ${r.cluster} (${r.environment}, ${r.region})`,
    '',
    'Nothing was changed.',
    '',
  ];
  const counts = (cs: ResourceChange[]) => cs.filter((c) => c.action !== 'keep').length;
  out.push(`### Infrastructure (${counts(r.stackChanges)} change(s))`, '', ...changesTable(r.stackChanges));
  out.push('### Task definition', '');
  if (r.registered) out.push(`A new revision would be registered (image \`${cell(r.imageUri)}\`):`, '');
  else out.push(`Unchanged: \`${short(r.taskDefinitionArn)}\` would be reused.`, '');
  if (r.taskDefinitionChanges.length > 0) out.push('```diff', ...r.taskDefinitionChanges, '```', '');
  out.push('### Service', '');
  for (const l of r.serviceChanges) out.push(`- ${l}`);
  out.push('');
  const cost = r.footprint ? costLines(r.region, r.footprint) : [];
  if (cost.length > 0) out.push(cost.join('  \n'), '');
  out.push(`### Autoscaling (${counts(r.scalingChanges)} change(s))`, '', ...changesTable(r.scalingChanges));
  return out.join('\n');
}

/** The plan as plain log lines. */
export function planLines(r: RunResult): string[] {
  const out: string[] = [];
  const line = (c: ResourceChange) =>
    `  ${c.action.padEnd(6)} ${c.resource} ${c.name}${c.detail ? ` (${c.detail})` : ''}`;
  out.push('Infrastructure:', ...(r.stackChanges.length ? r.stackChanges.map(line) : ['  (none)']));
  out.push(
    `Task definition: ${r.registered ? 'register a new revision' : `reuse ${short(r.taskDefinitionArn)}`}`,
  );
  for (const c of r.taskDefinitionChanges) out.push(`  ${c}`);
  out.push('Service:', ...r.serviceChanges.map((l) => `  ${l}`));
  out.push('Autoscaling:', ...(r.scalingChanges.length ? r.scalingChanges.map(line) : ['  (none)']));
  return out;
}
