/**
 * Fargate task sizes: the only cpu/memory pairs Fargate accepts (AWS docs, "Task CPU and memory").
 * ECS also accepts "1 vCPU" and "2 GB" spellings and stores them as units, so both are normalized here.
 */
const SIZES: { cpu: number; memory: number[] }[] = [
  { cpu: 256, memory: [512, 1024, 2048] },
  { cpu: 512, memory: range(1024, 4096, 1024) },
  { cpu: 1024, memory: range(2048, 8192, 1024) },
  { cpu: 2048, memory: range(4096, 16384, 1024) },
  { cpu: 4096, memory: range(8192, 30720, 1024) },
  { cpu: 8192, memory: range(16384, 61440, 4096) },
  { cpu: 16384, memory: range(32768, 122880, 8192) },
];

function range(from: number, to: number, step: number): number[] {
  const out: number[] = [];
  for (let v = from; v <= to; v += step) out.push(v);
  return out;
}

export const FARGATE_CPU_VALUES: number[] = SIZES.map((s) => s.cpu);

/** CPU units from '256', '1024', '0.25 vCPU', '1 vcpu'; undefined when not a number of either form. */
export function parseCpuUnits(value: string): number | undefined {
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v);
  const m = /^(\d+(?:\.\d+)?)\s*vcpu$/i.exec(v);
  return m ? Math.round(Number(m[1]) * 1024) : undefined;
}

/** Memory MiB from '512', '2 GB', '0.5GB'; undefined when not a number of either form. */
export function parseMemoryMiB(value: string): number | undefined {
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v);
  const m = /^(\d+(?:\.\d+)?)\s*gb$/i.exec(v);
  return m ? Math.round(Number(m[1]) * 1024) : undefined;
}

export function validMemoryFor(cpu: number): number[] | undefined {
  return SIZES.find((s) => s.cpu === cpu)?.memory;
}

export function isValidMemoryAnyCpu(memory: number): boolean {
  return SIZES.some((s) => s.memory.includes(memory));
}

/** Human list of the memory values allowed with a cpu, e.g. "1024, 2048, 3072 or 4096". */
export function describeMemoryChoices(cpu: number): string {
  const mem = validMemoryFor(cpu) ?? [];
  if (mem.length <= 6) return joinOr(mem.map(String));
  const step = mem[1] - mem[0];
  return `${mem[0]} to ${mem[mem.length - 1]} in steps of ${step}`;
}

export function joinOr(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
