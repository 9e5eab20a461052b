import { InputError, InputReader } from './reader';
import type { AutoScalingConfig } from './types';

/** Service autoscaling: on when max-capacity is given, with a CPU policy at 60% unless told otherwise. */
export function readAutoScaling(
  r: InputReader,
  warnings: string[],
  desiredCount: number | undefined,
): AutoScalingConfig {
  const minInput = r.optionalInt('min-capacity', 0, 10000);
  const maxInput = r.optionalInt('max-capacity', 0, 10000);
  const cpuInput = r.optionalInt('cpu-target', 0, 100);
  const memoryInput = r.optionalInt('memory-target', 0, 100);
  const requestsInput = r.optionalInt('requests-per-target', 0, 1000000);
  const scaleInCooldown = r.int('scale-in-cooldown', 300, 0, 86400);
  const scaleOutCooldown = r.int('scale-out-cooldown', 60, 0, 86400);

  const enabled = maxInput !== undefined;
  const minCapacity = minInput ?? Math.min(desiredCount ?? 1, maxInput ?? 1);
  const maxCapacity = maxInput ?? minCapacity;
  if (!enabled) {
    const unused = (
      [
        ['min-capacity', minInput],
        ['cpu-target', cpuInput],
        ['memory-target', memoryInput],
        ['requests-per-target', requestsInput],
      ] as const
    ).filter(([, v]) => v !== undefined);
    for (const [name] of unused)
      warnings.push(
        `Input '${name}' is not used without 'max-capacity' (autoscaling is on only when 'max-capacity' is given).`,
      );
  }
  if (enabled && minCapacity > maxCapacity) {
    throw new InputError(
      'min-capacity',
      `Input 'min-capacity' (${minCapacity}) must not be above 'max-capacity' (${maxCapacity}).`,
    );
  }
  if (enabled && maxCapacity < 1) {
    throw new InputError(
      'max-capacity',
      `Input 'max-capacity' must be at least 1 to scale anything; got '${maxCapacity}'.`,
    );
  }
  for (const [name, v] of [
    ['memory-target', memoryInput],
    ['requests-per-target', requestsInput],
  ] as const) {
    if (v === 0)
      throw new InputError(
        name,
        `Input '${name}' must be at least 1 (leave it empty to turn that policy off); got '0'.`,
      );
  }
  return {
    enabled,
    minCapacity,
    maxCapacity,
    // cpu-target 0 turns off the CPU policy that is otherwise on by default with autoscaling.
    cpuTarget: enabled ? (cpuInput === undefined ? 60 : cpuInput || undefined) : undefined,
    memoryTarget: enabled ? memoryInput : undefined,
    requestsPerTarget: enabled ? requestsInput : undefined,
    scaleInCooldown,
    scaleOutCooldown,
  };
}
