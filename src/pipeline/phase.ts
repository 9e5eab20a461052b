import { createEcsApi } from '../aws/ecs';
import type { DeployConfig } from '../config/types';
import type { PhaseContext } from '../deploy/context';
import { errorMessage as oneLine } from '../util/errors';
import { formatDuration, PhaseTimer, PhaseTiming } from '../util/time';
import type { Deps } from './deps';

/** What the phases run with: their context, and the runner that gives each a log group and a timing. */
export interface Pipeline {
  ctx: PhaseContext;
  /** Runs one phase in its own log group and times it for the summary. */
  phase<T>(name: string, fn: () => Promise<T>): Promise<T>;
  /** The phases run so far, in order, with their times and outcomes. */
  timings(): PhaseTiming[];
  /** The phase running, or the last one started (what a cancel interrupts). */
  current(): string | undefined;
}

export function startPipeline(config: DeployConfig, deps: Deps): Pipeline {
  const { log } = deps;
  const timer = new PhaseTimer(deps);
  const ecs = createEcsApi(deps.clients.ecs, {
    sleep: deps.sleep,
    random: deps.random,
    onRetry: (error, attempt, ms) =>
      log.info(`ECS: ${oneLine(error)}; retry ${attempt} in ${formatDuration(ms)}`),
  });
  const ctx: PhaseContext = {
    config,
    clients: deps.clients,
    ecs,
    log,
    now: () => deps.now(),
    sleep: (ms) => deps.sleep(ms),
    secrets: deps.secrets,
  };
  let current: string | undefined;
  return {
    ctx,
    phase: (name, fn) => {
      current = name;
      return timer.time(name, () => log.group(name, fn));
    },
    timings: () => timer.list(),
    current: () => current,
  };
}
