/**
 * On-Demand prices in USD, for the cost line of the job summary. Prices change: the table says when
 * it was read and from where, and a region that is not in it gets "price unknown" rather than a
 * guess. Only figures confirmed against the source are listed; add a region by reading its row on
 * the pages below.
 *
 * Fargate: https://aws.amazon.com/fargate/pricing/ (Linux/X86 and Linux/ARM, per vCPU-hour and per
 * GB-hour of memory; billed per second, one-minute minimum; 20 GB of ephemeral storage included).
 * Application Load Balancer: https://aws.amazon.com/elasticloadbalancing/pricing/ (per hour, plus
 * LCU-hours that depend on traffic and are not estimated here).
 */
export const PRICES_READ_ON = '2026-12-02';

export interface FargateRates {
  vcpuHour: number;
  gbHour: number;
}

export interface RegionPrices {
  fargate: { X86_64: FargateRates; ARM64: FargateRates };
  /** An Application Load Balancer's hour, without LCUs. */
  albHour: number;
}

export const PRICES: Readonly<Record<string, RegionPrices>> = {
  'us-east-1': {
    fargate: {
      X86_64: { vcpuHour: 0.04048, gbHour: 0.004445 },
      ARM64: { vcpuHour: 0.03238, gbHour: 0.00356 },
    },
    albHour: 0.0225,
  },
};

/** AWS's pricing calculator counts a month as 730 hours. */
export const HOURS_PER_MONTH = 730;
