import type { RegisterTaskDefinitionCommandInput, TaskDefinition } from '@aws-sdk/client-ecs';
import { canonicalJson, normalizeTaskDefinition } from './compare';

// Fields whose values are safe and useful to print; anything else (command, dockerLabels, ...) may carry
// a credential someone put there, so only its name is printed.
const SHOWN_TASK_FIELDS = [
  'family',
  'cpu',
  'memory',
  'networkMode',
  'taskRoleArn',
  'executionRoleArn',
  'pidMode',
  'ipcMode',
];
const SHOWN_CONTAINER_FIELDS = [
  'image',
  'cpu',
  'memory',
  'memoryReservation',
  'essential',
  'stopTimeout',
  'startTimeout',
];

type Container = Record<string, unknown> & { name?: string };

/**
 * What changes between the running revision and the one about to be registered, one line per change,
 * for the log and the plan. Environment variables and secrets appear by name only, never by value.
 */
export function describeTaskDefinitionChanges(
  current: TaskDefinition | undefined,
  desired: RegisterTaskDefinitionCommandInput,
): string[] {
  const next = normalizeTaskDefinition(desired);
  if (!current) {
    const names = ((next.containerDefinitions as Container[]) ?? []).map((c) => c.name).join(', ');
    return [
      `new task definition family ${String(next.family)} (containers: ${names}); nothing runs yet to compare with`,
    ];
  }
  const prev = normalizeTaskDefinition(current);
  const lines: string[] = [];
  const keys = new Set([...Object.keys(prev), ...Object.keys(next)]);
  keys.delete('containerDefinitions');
  for (const k of [...keys].sort()) {
    if (canonicalJson(prev[k]) === canonicalJson(next[k])) continue;
    lines.push(SHOWN_TASK_FIELDS.includes(k) ? `${k}: ${show(prev[k])} → ${show(next[k])}` : `${k} changed`);
  }
  const before = new Map(((prev.containerDefinitions as Container[]) ?? []).map((c) => [String(c.name), c]));
  const after = new Map(((next.containerDefinitions as Container[]) ?? []).map((c) => [String(c.name), c]));
  for (const name of before.keys()) if (!after.has(name)) lines.push(`container ${name} removed`);
  for (const [name, c] of after) {
    const old = before.get(name);
    if (!old) {
      lines.push(`container ${name} added (image ${show(c.image)})`);
      continue;
    }
    lines.push(...containerChanges(name, old, c));
  }
  return lines;
}

function containerChanges(name: string, old: Container, next: Container): string[] {
  const lines: string[] = [];
  const keys = [...new Set([...Object.keys(old), ...Object.keys(next)])].sort();
  for (const k of keys) {
    if (k === 'name' || canonicalJson(old[k]) === canonicalJson(next[k])) continue;
    if (k === 'environment' || k === 'secrets') {
      lines.push(
        `container ${name}: ${k === 'environment' ? 'environment' : 'secrets'} ${namedChanges(old[k], next[k])}`,
      );
    } else if (k === 'portMappings') {
      lines.push(`container ${name}: ports ${ports(old[k])} → ${ports(next[k])}`);
    } else if (SHOWN_CONTAINER_FIELDS.includes(k)) {
      lines.push(`container ${name}: ${k} ${show(old[k])} → ${show(next[k])}`);
    } else {
      lines.push(`container ${name}: ${k} changed`);
    }
  }
  return lines;
}

/** "added A, B; removed C; changed D" from two lists of {name, value|valueFrom}, names only. */
function namedChanges(before: unknown, after: unknown): string {
  const toMap = (v: unknown) =>
    new Map(((v as { name?: string }[]) ?? []).map((e) => [String(e.name), canonicalJson(e)]));
  const a = toMap(before);
  const b = toMap(after);
  const added = [...b.keys()].filter((k) => !a.has(k));
  const removed = [...a.keys()].filter((k) => !b.has(k));
  const changed = [...b.keys()].filter((k) => a.has(k) && a.get(k) !== b.get(k));
  const parts: string[] = [];
  if (added.length) parts.push(`added ${added.join(', ')}`);
  if (removed.length) parts.push(`removed ${removed.join(', ')}`);
  if (changed.length) parts.push(`changed ${changed.join(', ')}`);
  return parts.join('; ') || 'reordered';
}

function ports(v: unknown): string {
  const list = (v as { containerPort?: number; protocol?: string }[] | undefined) ?? [];
  return list.map((p) => `${p.containerPort}/${p.protocol ?? 'tcp'}`).join(', ') || 'none';
}

function show(v: unknown): string {
  return v === undefined ? '(none)' : typeof v === 'string' ? v : JSON.stringify(v);
}
