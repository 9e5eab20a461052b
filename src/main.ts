import type { RegisterTaskDefinitionCommandInput, Service, TaskDefinition } from '@aws-sdk/client-ecs';
import type { AwsClients } from './aws/clients';
import { errorMessage as oneLine } from './util/errors';
import { createEcsApi, familyOf, shortTaskDefinition } from './aws/ecs';
import type { getAccountId } from './aws/sts';
import type { DeployConfig } from './config/types';
import { DeployError, PhaseContext } from './deploy/context';
import { digestLines } from './deploy/digest';
import type { Docker } from './docker/docker';
import type { ensureScaling, ensureStack, StackResult } from './infra/index';
import type { buildAndPush } from './pipeline/build';
import { report } from './pipeline/report';
import { handleFailedDeployment } from './pipeline/rollback';
import { deployService, planService, pruneOldRevisions, ServicePlacement } from './pipeline/service';
import { watchDeployment } from './pipeline/watch';
import type { RunResult } from './report/model';
import { planLines } from './report/summary';
import { trafficContainer } from './taskdef/container';
import type { Logger } from './util/log';
import { formatDuration, PhaseTimer } from './util/time';

export type { RunResult } from './report/model';

/** The render module's functions (src/pipeline/render.ts), injected so that tests can use fakes. */
export interface RenderFunctions {
  preflightTaskDefinition(config: DeployConfig): void;
  renderTaskDefinition(
    config: DeployConfig,
    ctx: { imageUri: string; accountId: string; logGroup: string },
  ): RegisterTaskDefinitionCommandInput;
  isSameTaskDefinition(
    desired: RegisterTaskDefinitionCommandInput,
    current: TaskDefinition | undefined,
  ): boolean;
  describeTaskDefinitionChanges(
    current: TaskDefinition | undefined,
    desired: RegisterTaskDefinitionCommandInput,
  ): string[];
}

/** Everything run() touches outside itself, so every phase is tested without @actions/core and without a daemon. */
export interface Deps {
  clients: AwsClients;
  docker: Docker;
  log: Logger;
  now(): number;
  sleep(ms: number): Promise<void>;
  setOutput(name: string, value: string): void;
  setSecret(s: string): void;
  writeSummary(markdown: string): Promise<void>;
  stack: { ensureStack: typeof ensureStack; ensureScaling: typeof ensureScaling };
  build: typeof buildAndPush;
  render: RenderFunctions;
  getAccountId: typeof getAccountId;
  /** For the retry jitter; Math.random by default. */
  random?(): number;
}

/** The run failed; `result` is what it did, already reported in the outputs and the summary. */
export class RunFailedError extends Error {
  constructor(
    message: string,
    readonly result: RunResult,
  ) {
    super(message);
    this.name = 'RunFailedError';
  }
}

/**
 * The pipeline: preflight, identity, build & push, infrastructure, task definition, service,
 * autoscaling, watch, rollback on failure, report. One log group per phase. In plan mode every
 * phase only describes. The outputs and the job summary are written in a finally, so a failed
 * run still says what it did and why it failed.
 */
export async function run(config: DeployConfig, deps: Deps): Promise<RunResult> {
  const { log } = deps;
  const started = deps.now();
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
  };
  const plan = config.plan;
  const phase = <T>(name: string, fn: () => Promise<T>) => timer.time(name, () => log.group(name, fn));

  const result: RunResult = {
    outcome: plan ? 'planned' : 'failed',
    region: config.region,
    cluster: config.cluster,
    service: config.service,
    environment: config.environment,
    registered: false,
    taskDefinitionChanges: [],
    serviceChanges: [],
    rolledBack: false,
    durationSeconds: 0,
    phases: [],
    stackChanges: [],
    scalingChanges: [],
  };

  let failure: unknown;
  try {
    if (config.mode === 'teardown' || config.mode === 'sweep') {
      throw new DeployError(
        `mode '${config.mode}' is not a deployment; the deploy pipeline runs modes 'deploy' and 'preview'.`,
      );
    }
    const givenArn = config.taskDefinition.arn;

    await phase('Preflight', async () => {
      if (givenArn) {
        log.info(
          `Deploying the registered task definition ${givenArn} as it is: nothing to render or build.`,
        );
        return;
      }
      deps.render.preflightTaskDefinition(config);
      log.info('Task definition checked against the Fargate rules.');
    });

    const accountId = await phase('Identity', async () => {
      const id = await deps.getAccountId(deps.clients.sts);
      log.info(`AWS account ${id}, region ${config.region}`);
      return id;
    });

    await phase('Build and push', async () => {
      if (givenArn) {
        log.info('Skipped: task-definition-arn is given.');
        return;
      }
      if (plan) {
        result.imageUri =
          config.image ??
          `${accountId}.dkr.ecr.${config.region}.amazonaws.com/${config.ecr.repository}:${config.commitSha}`;
        result.imageBuilt = !config.image;
        log.info(
          config.image
            ? `Would deploy the given image ${config.image}`
            : `Would build and push ${result.imageUri}`,
        );
        return;
      }
      const built = await deps.build(config, {
        clients: deps.clients,
        docker: deps.docker,
        log,
        setSecret: deps.setSecret,
      });
      result.imageUri = built.imageUri;
      result.imageBuilt = built.built;
      // The build phase names every tag it pushed; an existing image is named here.
      if (!built.built) log.info(`Using ${built.imageUri}${built.digest ? ` (${built.digest})` : ''}`);
    });

    const stack: StackResult = await phase('Infrastructure', async () => {
      const s = await deps.stack.ensureStack(config, deps.clients, { plan, log, sleep: deps.sleep });
      result.stackChanges = s.changes;
      result.url = s.url;
      return s;
    });

    let existing: Service | undefined;
    const td = await phase('Task definition', async () => {
      existing = await ecs.describeService(stack.cluster, config.service);
      const running = existing?.taskDefinition;
      result.previousTaskDefinitionArn = running;
      if (givenArn) {
        const found = await ecs.describeTaskDefinition(givenArn);
        if (!found)
          throw new DeployError(
            `The task definition ${givenArn} (input 'task-definition-arn') does not exist or is not ACTIVE.`,
          );
        const container = trafficContainer(found.taskDefinition.containerDefinitions, config);
        result.imageUri = container?.image;
        result.taskDefinitionArn = found.taskDefinition.taskDefinitionArn ?? givenArn;
        result.taskDefinitionChanges =
          running === result.taskDefinitionArn
            ? []
            : [`${shortTaskDefinition(running)} -> ${shortTaskDefinition(result.taskDefinitionArn)}`];
        return {
          arn: result.taskDefinitionArn,
          definition: found.taskDefinition,
          containers: found.taskDefinition.containerDefinitions,
          registered: false,
        };
      }
      const desired = deps.render.renderTaskDefinition(config, {
        imageUri: result.imageUri!,
        accountId,
        logGroup: stack.logGroup,
      });
      // Compare with what the service runs; before the service exists, with the family's latest
      // revision, so that a re-run after a failed first deploy does not add another identical one.
      const current = await ecs.describeTaskDefinition(running ?? desired.family!);
      result.taskDefinitionChanges = deps.render.describeTaskDefinitionChanges(
        current?.taskDefinition,
        desired,
      );
      if (current && deps.render.isSameTaskDefinition(desired, current.taskDefinition)) {
        const arn = current.taskDefinition.taskDefinitionArn!;
        result.taskDefinitionChanges = [];
        result.taskDefinitionArn = arn;
        log.info(
          `Unchanged: ${shortTaskDefinition(arn)} already has this definition; no new revision registered.`,
        );
        return {
          arn,
          definition: current.taskDefinition,
          containers: current.taskDefinition.containerDefinitions,
          registered: false,
        };
      }
      for (const line of result.taskDefinitionChanges) log.info(`  ${line}`);
      result.registered = true;
      if (plan) {
        log.info(`Would register a new revision of ${desired.family}`);
        return {
          arn: undefined,
          definition: undefined,
          containers: desired.containerDefinitions,
          registered: true,
        };
      }
      const registered = await ecs.registerTaskDefinition(desired);
      result.taskDefinitionArn = registered.taskDefinitionArn;
      log.info(`Registered ${registered.taskDefinitionArn}`);
      return {
        arn: registered.taskDefinitionArn!,
        definition: registered,
        containers: registered.containerDefinitions,
        registered: true,
      };
    });

    const container = trafficContainer(td.containers, config);
    if (!container?.name)
      throw new DeployError(`No container in the task definition serves traffic (set 'container-name').`);
    const placement: ServicePlacement = {
      cluster: stack.cluster,
      subnets: stack.subnets,
      securityGroups: stack.securityGroups,
      assignPublicIp: stack.assignPublicIp,
      targetGroupArn: stack.targetGroupArn,
      containerName: container.name,
      containerPort: config.taskDefinition.containerPort,
    };

    const deploySince = deps.now();
    const deadline = deploySince + config.waitForMinutes * 60_000;
    const deployment = await phase('Service', async () => {
      if (plan) {
        result.serviceArn = existing?.serviceArn;
        result.serviceChanges = planService(ctx, placement, td.arn, existing);
        for (const l of result.serviceChanges) log.info(`Would ${l}`);
        return undefined;
      }
      const d = await deployService(ctx, placement, td.arn!, existing, deadline);
      result.serviceArn = d.service.serviceArn;
      result.serviceCreated = d.created;
      result.deploymentId = d.deploymentId;
      result.previousTaskDefinitionArn = d.previousTaskDefinitionArn;
      result.serviceChanges = d.drift;
      return d;
    });

    await phase('Autoscaling', async () => {
      const target = {
        cluster: stack.cluster,
        service: config.service,
        targetGroupArn: stack.targetGroupArn,
        loadBalancerArn: stack.loadBalancerArn,
      };
      result.scalingChanges = await deps.stack.ensureScaling(config, deps.clients, target, {
        plan,
        log,
        sleep: deps.sleep,
      });
    });

    if (plan || !deployment) {
      result.outcome = 'planned';
      for (const line of planLines(result)) log.info(line);
      return result;
    }

    const watch = await phase('Watch', () =>
      watchDeployment(ctx, {
        cluster: stack.cluster,
        service: config.service,
        deploymentId: deployment.deploymentId,
        targetGroupArn: stack.targetGroupArn,
        containerPort: config.taskDefinition.containerPort,
        deadline,
        completion: config.waitUntil,
        failureThreshold: config.failureThreshold,
        // A little before: ECS stamps events with its own clock.
        since: deploySince - 5_000,
      }),
    );

    if (watch.verdict.state === 'healthy') {
      result.outcome = deployment.updated ? 'deployed' : 'unchanged';
      const protect = new Set([td.arn!, result.previousTaskDefinitionArn].filter((a): a is string => !!a));
      await pruneOldRevisions(ctx, familyOf(td.arn!), config.taskDefinition.keepRevisions, protect);
      return result;
    }

    result.failure = watch.verdict.reasons.map(withoutFinalStop).join('; ');
    const outcome = await phase('Rollback', async () => {
      const o = await handleFailedDeployment(ctx, {
        cluster: stack.cluster,
        service: config.service,
        deploymentId: deployment.deploymentId,
        taskDefinitionArn: td.arn!,
        taskDefinition: td.definition,
        registeredByThisRun: td.registered,
        previousTaskDefinitionArn: deployment.created ? undefined : result.previousTaskDefinitionArn,
        containerName: container.name!,
        containerPort: config.taskDefinition.containerPort,
        targetGroupArn: stack.targetGroupArn,
        since: deploySince - 5_000,
        watch,
      });
      for (const line of digestLines(o.digest)) log.info(line);
      log.info(o.note);
      return o;
    });
    result.rolledBack = outcome.rolledBack;
    result.rollbackNote = outcome.note;
    result.digest = outcome.digest;
    result.outcome = outcome.rolledBack ? 'rolled-back' : 'failed';
    // One line for the step's failure; the full reasons and the digest are in the log and the summary.
    throw new DeployError(
      `Deployment of ${shortTaskDefinition(td.arn)} to ${config.service} failed: ${withoutFinalStop(watch.verdict.reasons[0])}. ${capitalize(outcome.note)}.`,
    );
  } catch (error) {
    failure = error;
    if (result.outcome === 'planned' || result.outcome === 'deployed' || result.outcome === 'unchanged')
      result.outcome = 'failed';
    result.failure ??= oneLine(error);
  } finally {
    result.phases = timer.list();
    result.durationSeconds = Math.round((deps.now() - started) / 1000);
    await report(result, plan, deps);
  }
  throw new RunFailedError(failure instanceof DeployError ? failure.message : oneLine(failure), result);
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** ECS ends some reasons with a full stop; sentences built around them add their own. */
function withoutFinalStop(text: string): string {
  return text.replace(/\.+$/, '');
}
