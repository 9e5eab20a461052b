import type { ServiceDefinition } from '../core/service';
import { definition as ec2 } from '../services/ec2';
import { definition as logs } from '../services/logs';
import { definition as ecr } from '../services/ecr';
import { definition as sts } from '../services/sts';

/**
 * Services written in parallel by other modules are loaded lazily, so the emulator still serves the
 * others when one of them is not there yet; any other load failure is a real bug and is rethrown.
 */
function optional(dir: 'ecs' | 'elbv2' | 'autoscaling'): ServiceDefinition | undefined {
  const path = `../services/${dir}`;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return (require(path) as { definition?: ServiceDefinition }).definition;
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'MODULE_NOT_FOUND' && String(err.message).includes(`services/${dir}'`)) return undefined;
    throw e;
  }
}

export function loadDefinitions(): ServiceDefinition[] {
  const all = [optional('ecs'), ecr, optional('elbv2'), ec2, logs, optional('autoscaling'), sts];
  return all.filter((d): d is ServiceDefinition => d !== undefined);
}
