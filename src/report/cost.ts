import { HOURS_PER_MONTH, PRICES, PRICES_READ_ON, RegionPrices } from './prices';

/** What a task costs by: its size as registered (cpu units, MiB) and its CPU architecture. */
export interface TaskSize {
  /** CPU units: 1024 = 1 vCPU. */
  cpu: number;
  memoryMiB: number;
  architecture: 'X86_64' | 'ARM64';
}

/** What the service costs by, before and after this run, as the run's result carries it. */
export interface Footprint {
  size?: TaskSize;
  desiredCount?: number;
  /** The revision and count the service had before this run (undefined: a new service, or not known). */
  previousSize?: TaskSize;
  previousDesiredCount?: number;
  /** The service is behind an Application Load Balancer. */
  loadBalancer: boolean;
}

/** The task-level size of a task definition; undefined without a task-level cpu and memory. */
export function taskSizeOf(
  def: { cpu?: string; memory?: string; runtimePlatform?: { cpuArchitecture?: string } } | undefined,
): TaskSize | undefined {
  const cpu = Number(def?.cpu);
  const memoryMiB = Number(def?.memory);
  if (!def?.cpu || !def.memory || !Number.isFinite(cpu) || !Number.isFinite(memoryMiB)) return undefined;
  // ECS's default platform is Linux on X86_64.
  const architecture = def.runtimePlatform?.cpuArchitecture === 'ARM64' ? 'ARM64' : 'X86_64';
  return { cpu, memoryMiB, architecture };
}

/** USD per month of one task running all month. */
export function taskMonthly(prices: RegionPrices, size: TaskSize): number {
  const rates = prices.fargate[size.architecture];
  return ((size.cpu / 1024) * rates.vcpuHour + (size.memoryMiB / 1024) * rates.gbHour) * HOURS_PER_MONTH;
}

const dollars = (n: number) => `$${n.toFixed(2)}`;
const signed = (n: number) => `${n < 0 ? '-' : '+'}${dollars(Math.abs(n))}`;
const vcpu = (cpu: number) => `${+(cpu / 1024).toFixed(3)} vCPU`;
const gb = (mib: number) => `${+(mib / 1024).toFixed(3)} GB`;
const platform = (s: TaskSize) => (s.architecture === 'ARM64' ? 'Linux/ARM' : 'Linux/x86');

/** What changed between two sizes and counts, e.g. "cpu 256→512, tasks 1→2"; empty when nothing did. */
function sizeChange(f: Footprint): string[] {
  const out: string[] = [];
  const before = f.previousSize;
  const after = f.size;
  if (before && after) {
    if (before.cpu !== after.cpu) out.push(`cpu ${before.cpu}→${after.cpu}`);
    if (before.memoryMiB !== after.memoryMiB) out.push(`memory ${before.memoryMiB}→${after.memoryMiB} MiB`);
    if (before.architecture !== after.architecture) out.push(`${platform(before)}→${platform(after)}`);
  }
  const countBefore = f.previousDesiredCount;
  if (countBefore !== undefined && f.desiredCount !== undefined && countBefore !== f.desiredCount)
    out.push(`tasks ${countBefore}→${f.desiredCount}`);
  return out;
}

/**
 * The cost lines of the job summary: the service's monthly Fargate cost at its desired count and
 * task size, the load balancer's hours, and what this run changed. Estimates from the dated table
 * in prices.ts, On-Demand, without LCUs, data transfer, logs or savings plans.
 */
export function costLines(region: string, f: Footprint): string[] {
  if (!f.size) return [];
  const prices = PRICES[region];
  if (!prices) return [`Cost: price unknown for region ${region} (src/report/prices.ts has no row for it).`];
  const perTask = taskMonthly(prices, f.size);
  const count = f.desiredCount;
  const what = `${vcpu(f.size.cpu)}, ${gb(f.size.memoryMiB)}, ${platform(f.size)}`;
  const tasks =
    count === undefined
      ? `${dollars(perTask)}/month per task (${what})`
      : `${dollars(perTask * count)}/month for ${count} task${count === 1 ? '' : 's'} of ${what}`;
  const out = [
    `Cost: about ${tasks} on Fargate in ${region}` +
      (f.loadBalancer
        ? `, plus ${dollars(prices.albHour * HOURS_PER_MONTH)}/month for the load balancer's hours (LCUs not included; shared by the services behind it)`
        : '') +
      `. On-Demand prices read on ${PRICES_READ_ON}.`,
  ];
  const changes = sizeChange(f);
  if (changes.length > 0 && f.previousSize && count !== undefined) {
    const before = taskMonthly(prices, f.previousSize) * (f.previousDesiredCount ?? count);
    out.push(`This deploy: ${changes.join(', ')}: ${signed(perTask * count - before)}/month.`);
  }
  return out;
}
