import type { AwsClients } from '../aws/clients';
import type { EcsApi } from '../aws/ecs';
import type { DeployConfig } from '../config/types';
import type { Logger } from '../util/log';
import type { SecretMasker } from '../util/mask';

/** What every deploy phase works with: the config, the AWS surfaces, the log and the clock. */
export interface PhaseContext {
  config: DeployConfig;
  clients: AwsClients;
  ecs: EcsApi;
  log: Logger;
  now(): number;
  sleep(ms: number): Promise<void>;
  /** The values that must not be written out (the digest masks the task's log lines with it). */
  secrets?: SecretMasker;
}

/** A failure the user can act on: its message is the one line the step fails with. */
export class DeployError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DeployError';
  }
}
