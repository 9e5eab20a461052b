import type { RegisterTaskDefinitionCommandInput, TaskDefinition } from '@aws-sdk/client-ecs';
import { parseCpuUnits, parseMemoryMiB } from '../config/aws-limits';
import { isObject, REGISTER_FIELDS } from './template';

// The part of a task definition that decides what runs; tags are not returned by DescribeTaskDefinition
// unless asked for, and a changed tag is no reason for a new revision.
const COMPARED_FIELDS = REGISTER_FIELDS.filter((f) => f !== 'tags');

// Booleans whose absence means false; ECS may return them either way.
const FALSE_BY_DEFAULT = [
  'interactive',
  'pseudoTerminal',
  'disableNetworking',
  'readonlyRootFilesystem',
  'privileged',
  'enableFaultInjection',
];

export type NormalizedTaskDefinition = Record<string, unknown>;

/**
 * A canonical form in which what we register and what ECS returns for it compare equal: ECS fills in
 * defaults (container cpu 0, essential true, protocol tcp, hostPort = containerPort under awsvpc, empty
 * lists) and may reorder environment entries.
 */
export function normalizeTaskDefinition(
  td: RegisterTaskDefinitionCommandInput | TaskDefinition,
): NormalizedTaskDefinition {
  const out: Record<string, unknown> = {};
  const src = td as Record<string, unknown>;
  for (const f of COMPARED_FIELDS) if (src[f] !== undefined) out[f] = structuredClone(src[f]);
  if (out.cpu !== undefined) out.cpu = String(parseCpuUnits(String(out.cpu)) ?? out.cpu);
  if (out.memory !== undefined) out.memory = String(parseMemoryMiB(String(out.memory)) ?? out.memory);
  if (Array.isArray(out.requiresCompatibilities))
    out.requiresCompatibilities = [...(out.requiresCompatibilities as string[])].sort();
  const rp = out.runtimePlatform as { operatingSystemFamily?: string; cpuArchitecture?: string } | undefined;
  if (
    rp &&
    (rp.operatingSystemFamily ?? 'LINUX') === 'LINUX' &&
    (rp.cpuArchitecture ?? 'X86_64') === 'X86_64'
  )
    delete out.runtimePlatform;
  const awsvpc = (out.networkMode ?? 'awsvpc') === 'awsvpc';
  if (Array.isArray(out.containerDefinitions)) {
    out.containerDefinitions = (out.containerDefinitions as Record<string, unknown>[])
      .map((c) => normalizeContainer(c, awsvpc))
      .sort((a, b) => String(a.name).localeCompare(String(b.name)));
  }
  return pruneEmpty(out) as NormalizedTaskDefinition;
}

function normalizeContainer(c: Record<string, unknown>, awsvpc: boolean): Record<string, unknown> {
  const n = { ...c };
  if (n.cpu === 0) delete n.cpu;
  if (n.essential === undefined) n.essential = true;
  if (n.versionConsistency === 'enabled') delete n.versionConsistency;
  for (const k of FALSE_BY_DEFAULT) if (n[k] === false) delete n[k];
  if (Array.isArray(n.portMappings)) {
    n.portMappings = (n.portMappings as Record<string, unknown>[]).map((p) => {
      const m: Record<string, unknown> = { ...p, protocol: p.protocol ?? 'tcp' };
      if (awsvpc && m.hostPort === undefined) m.hostPort = m.containerPort;
      return m;
    });
  }
  for (const k of ['environment', 'secrets']) {
    if (Array.isArray(n[k])) {
      n[k] = [...(n[k] as { name?: string }[])].sort((a, b) => String(a.name).localeCompare(String(b.name)));
    }
  }
  return n;
}

/** Drops undefined, null, empty lists and empty objects, recursively. */
function pruneEmpty(v: unknown): unknown {
  if (Array.isArray(v)) {
    const items = v.map(pruneEmpty).filter((x) => x !== undefined);
    return items.length ? items : undefined;
  }
  if (isObject(v)) {
    const o: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      const p = pruneEmpty(x);
      if (p !== undefined) o[k] = p;
    }
    return Object.keys(o).length ? o : undefined;
  }
  return v === null ? undefined : v;
}

/** JSON with keys sorted, so that equal content gives equal text. */
export function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (isObject(v)) {
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(v[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

/** True when registering `desired` would add a revision identical to `current` (so don't). */
export function isSameTaskDefinition(
  desired: RegisterTaskDefinitionCommandInput,
  current: TaskDefinition | undefined,
): boolean {
  if (!current) return false;
  return canonicalJson(normalizeTaskDefinition(desired)) === canonicalJson(normalizeTaskDefinition(current));
}
