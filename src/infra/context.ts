import type { AwsClients } from '../aws/clients';
import type { ConsistencyOptions } from '../aws/consistency';
import type { DeployConfig } from '../config/types';
import { errorMessage } from '../util/errors';
import type { Logger } from '../util/log';
import type { DesiredStack } from './desired';
import type { Change } from './diff';
import { planLine } from './plan';

export interface StackResult {
  cluster: string;
  clusterArn?: string;
  logGroup: string;
  subnets: string[];
  securityGroups: string[];
  assignPublicIp: boolean;
  targetGroupArn?: string;
  loadBalancerArn?: string;
  url?: string;
  /** Blue/green, canary, linear: the second target group (same health check) that ECS swaps with the first. */
  alternateTargetGroupArn?: string;
  /** The listener rule ECS moves production traffic with (the service's own rule). */
  productionRuleArn?: string;
  /**
   * The test rule: a rule on the same listener that matches the service's conditions plus the header
   * `X-Deploy-Test: green` (TEST_TRAFFIC_HEADER), ahead of the production rule; ECS points it at the
   * green revision during TEST_TRAFFIC_SHIFT. `url` with that header reaches the green tasks.
   */
  testRuleArn?: string;
  /** rollback-on-errors: the alarm wired to deploymentConfiguration.alarms. */
  errorAlarm?: { name: string; thresholdPercent: number; minRequests: number };
  changes: Change[];
}

/** The header (name and value) that sends a request to the green revision through the test rule. */
export { TEST_TRAFFIC_HEADER } from '../config/strategy';

export interface StackOptions {
  plan: boolean;
  log: Logger;
  /**
   * How to wait between tries of a call that real AWS answers with "not found" for a moment after
   * the resource was created (eventual consistency); a real timer when absent.
   */
  sleep?: (ms: number) => Promise<void>;
}

/**
 * What every part of the stack works with: the inputs, the desired state, the clients, plan mode,
 * and the list of changes, each one logged as it is recorded.
 */
export class StackContext {
  readonly changes: Change[] = [];
  constructor(
    readonly config: DeployConfig,
    readonly clients: AwsClients,
    readonly desired: DesiredStack,
    readonly opts: StackOptions,
  ) {}

  get plan(): boolean {
    return this.opts.plan;
  }

  get log(): Logger {
    return this.opts.log;
  }

  /** How calls that depend on a resource created a moment before wait for it (see untilVisible). */
  get consistency(): ConsistencyOptions {
    return {
      sleep: this.opts.sleep,
      onRetry: (error, attempt) =>
        this.opts.log.info(
          `AWS does not see a resource created a moment ago yet (${errorMessage(error)}); try ${attempt + 1}`,
        ),
    };
  }

  record(change: Change): void {
    this.changes.push(change);
    this.opts.log.info(`${this.plan && change.action !== 'keep' ? 'would ' : ''}${planLine(change)}`);
  }
}
