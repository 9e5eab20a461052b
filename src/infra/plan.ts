import type { Change } from './diff';

const HEADINGS: Record<Change['action'], string> = {
  create: 'To create',
  update: 'To change',
  delete: 'To delete',
  keep: 'Unchanged',
};

const PAST: Record<Change['action'], string> = {
  create: 'Created',
  update: 'Changed',
  delete: 'Deleted',
  keep: 'Unchanged',
};

const escapeCell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/**
 * The infrastructure part of the job summary: one table per kind of change, the changes first and
 * the unchanged last, so the ten-second reader sees what moved. `applied` words it in the past.
 */
export function planMarkdown(changes: Change[], opts: { applied?: boolean } = {}): string {
  const words = opts.applied ? PAST : HEADINGS;
  const order: Change['action'][] = ['create', 'update', 'delete', 'keep'];
  const counts = order.map(
    (a) => `${changes.filter((c) => c.action === a).length} ${words[a].toLowerCase()}`,
  );
  const lines: string[] = [`**Infrastructure${opts.applied ? '' : ' plan'}:** ${counts.join(', ')}`, ''];
  if (changes.length === 0) return `${lines[0]}\n`;
  for (const action of order) {
    const group = changes.filter((c) => c.action === action);
    if (group.length === 0) continue;
    lines.push(`#### ${words[action]}`, '', '| resource | name | detail |', '| --- | --- | --- |');
    for (const c of group)
      lines.push(`| ${escapeCell(c.resource)} | ${escapeCell(c.name)} | ${escapeCell(c.detail ?? '')} |`);
    lines.push('');
  }
  return lines.join('\n');
}

/** One log line per change, e.g. `+ target-group web-hello-production`. */
export function planLine(change: Change): string {
  const sign = { create: '+', update: '~', delete: '-', keep: '=' }[change.action];
  return `${sign} ${change.resource} ${change.name}${change.detail ? ` (${change.detail})` : ''}`;
}
