import type { World } from '../core/world';
import type { ServiceDefinition } from '../core/service';
import type { Faults } from './faults';

/** What the HTTP server and the admin API share: the account, the injected faults and the lifecycle. */
export interface EmulatorContext {
  readonly world: World;
  readonly faults: Faults;
  readonly definitions: ServiceDefinition[];
  /** Where state is saved and loaded when no path is given (the CLI's --state-file). */
  readonly stateFile?: string;
  /** A fresh account on the same server: every state new, records and faults cleared, tasks stopped. */
  reset(): Promise<void>;
  saveState(path?: string): Promise<string>;
  loadState(path?: string): Promise<string>;
}
