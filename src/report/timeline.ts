import type { RunResult } from './model';

/**
 * The run as a Mermaid Gantt chart (GitHub renders ```mermaid blocks in a job summary): the phases
 * as bars, and the deployment's steps and the rollback as the watch saw them. Times are epoch ms
 * (`dateFormat x`); the axis shows the reader's clock time. Pure: built from the RunResult only.
 */

/** Mermaid reads `:` as the start of a task's data, `;` and `#` as syntax, and a newline as a new statement. */
export function mermaidText(s: string): string {
  return s
    .replace(/[:;#\r\n]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const MILESTONES: { key: keyof NonNullable<RunResult['milestones']>; label: string }[] = [
  { key: 'firstTaskStarted', label: 'First new task started' },
  { key: 'tasksRunning', label: 'New tasks running' },
  { key: 'targetsHealthy', label: 'New targets healthy' },
  { key: 'trafficMoved', label: 'Traffic moved' },
];

const bar = (name: string, tags: string[], start: number, end: number) =>
  `  ${mermaidText(name)} :${[...tags, String(Math.round(start)), String(Math.round(Math.max(end, start + 1)))].join(', ')}`;

const milestone = (name: string, at: number) =>
  `  ${mermaidText(name)} :milestone, ${Math.round(at)}, ${Math.round(at)}`;

/** The chart's lines, fenced; empty when the run has no timed phase to draw. */
export function timelineMermaid(r: RunResult): string[] {
  const phases = r.phases.filter((p) => p.startedAt !== undefined);
  if (phases.length === 0) return [];
  const out = [
    '```mermaid',
    'gantt',
    `  title ${mermaidText(`${r.service}: ${r.outcome}`)}`,
    '  dateFormat x',
    '  axisFormat %H:%M:%S',
    '  section Phases',
  ];
  for (const p of phases)
    out.push(bar(p.name, [p.outcome === 'ok' ? 'done' : 'crit'], p.startedAt!, p.startedAt! + p.ms));
  const steps = MILESTONES.flatMap(({ key, label }) => {
    const at = r.milestones?.[key];
    return at === undefined ? [] : [milestone(label, at)];
  });
  // Blue/green, canary, linear: each lifecycle stage and each production traffic move.
  const stages = (r.shift?.stages ?? []).map((s) => milestone(`Stage ${s.stage}`, s.at));
  const moves = (r.shift?.moves ?? [])
    .filter((m, i) => i > 0 || m.percent > 0)
    .map((m) => milestone(`Production traffic ${m.percent}% new`, m.at));
  if (steps.length + stages.length > 0) out.push('  section Deployment', ...steps, ...stages);
  if (moves.length > 0) out.push('  section Traffic', ...moves);
  const rb = r.rollbackTimes;
  if (rb?.startedAt !== undefined) {
    out.push('  section Rollback');
    if (rb.endedAt !== undefined) out.push(bar('Rollback', ['crit'], rb.startedAt, rb.endedAt));
    else out.push(milestone('Rollback began', rb.startedAt));
  }
  out.push('```');
  return out;
}
