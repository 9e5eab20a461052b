/**
 * A scripted ECS for orchestration tests: aws-sdk-client-mock answers the ECS, ELBv2, Logs and STS
 * calls from a small in-memory model whose deployments advance one step per DescribeServices call,
 * following a behaviour chosen per task definition (healthy, crashing, rolled back by ECS, stuck).
 */
import { mockClient } from 'aws-sdk-client-mock';
import {
  CreateServiceCommand,
  CreateServiceCommandInput,
  DeregisterTaskDefinitionCommand,
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  DescribeTasksCommand,
  ECSServiceException,
  ListTaskDefinitionsCommand,
  ListTasksCommand,
  RegisterTaskDefinitionCommand,
  RegisterTaskDefinitionCommandInput,
  Service,
  Task,
  TaskDefinition,
  UpdateServiceCommand,
  UpdateServiceCommandInput,
  Deployment,
} from '@aws-sdk/client-ecs';
import { DescribeTargetHealthCommand } from '@aws-sdk/client-elastic-load-balancing-v2';
import { GetLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { createClients } from '../../src/aws/clients';
import { getAccountId } from '../../src/aws/sts';
import type { DeployConfig } from '../../src/config/types';
import type { Deps } from '../../src/pipeline/deps';
import { MemoryLogger } from '../helpers/memory-logger';
import { testConfig } from '../fixtures/config';

export type Behaviour = 'healthy' | 'crash' | 'ecs-rollback' | 'stuck';

export const ACCOUNT = '123456789012';
export const TG = 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web-hello/abc';
const PREFIX = 'arn:aws:ecs:eu-west-1:123456789012';

export function baseConfig(over: Partial<DeployConfig> = {}): DeployConfig {
  return testConfig({
    taskDefinition: { environment: [{ name: 'API_KEY', value: 'super-secret-value' }] },
    commitSha: 'c0ffee',
    repository: 'acme/hello',
    workspace: '/tmp/ws',
    ...over,
  });
}

interface SimDeployment extends Deployment {
  step: number;
}

export class FakeAws {
  readonly clients = createClients('eu-west-1', 1);
  readonly ecs = mockClient(this.clients.ecs);
  readonly elbv2 = mockClient(this.clients.elbv2);
  readonly logs = mockClient(this.clients.logs);
  readonly sts = mockClient(this.clients.sts);
  readonly log = new MemoryLogger();
  now = 1_700_000_000_000;
  slept: number[] = [];
  outputs: Record<string, string> = {};
  summary = '';
  summaryFails = false;
  secrets: string[] = [];
  buildCalls = 0;
  behaviour: Record<string, Behaviour> = {};
  defaultBehaviour: Behaviour = 'healthy';
  throttleDescribeServices = 0;
  service?: Service & { deployments: SimDeployment[] };
  taskDefs = new Map<string, TaskDefinition & { status: string }>();
  tasks: Task[] = [];
  targets = new Map<string, { state: string; reason?: string }>();
  private ipSeq = 10;
  private depSeq = 0;
  private eventSeq = 0;
  readonly calls: string[] = [];

  constructor() {
    this.sts.on(GetCallerIdentityCommand).resolves({ Account: ACCOUNT });
    this.ecs.on(DescribeServicesCommand).callsFake(() => {
      this.calls.push('DescribeServices');
      if (this.throttleDescribeServices > 0) {
        this.throttleDescribeServices--;
        throw Object.assign(
          new ECSServiceException({
            name: 'ThrottlingException',
            $fault: 'client',
            $metadata: { httpStatusCode: 400 },
            message: 'Rate exceeded',
          }),
        );
      }
      this.advance();
      return this.service
        ? { services: [structuredClone(this.service)], failures: [] }
        : { services: [], failures: [{ reason: 'MISSING' }] };
    });
    this.ecs.on(CreateServiceCommand).callsFake((input: CreateServiceCommandInput) => {
      this.calls.push('CreateService');
      this.service = {
        serviceArn: `${PREFIX}:service/web/${input.serviceName}`,
        serviceName: input.serviceName,
        status: 'ACTIVE',
        desiredCount: input.desiredCount,
        taskDefinition: input.taskDefinition,
        networkConfiguration: input.networkConfiguration,
        loadBalancers: input.loadBalancers,
        healthCheckGracePeriodSeconds: input.healthCheckGracePeriodSeconds,
        deploymentConfiguration: input.deploymentConfiguration,
        deployments: [this.newDeployment(input.taskDefinition!, input.desiredCount ?? 1)],
        events: [],
      };
      return { service: structuredClone(this.service) };
    });
    this.ecs.on(UpdateServiceCommand).callsFake((input: UpdateServiceCommandInput) => {
      this.calls.push('UpdateService');
      const s = this.service!;
      if (input.desiredCount !== undefined) s.desiredCount = input.desiredCount;
      if (input.networkConfiguration) s.networkConfiguration = input.networkConfiguration;
      if (input.healthCheckGracePeriodSeconds !== undefined)
        s.healthCheckGracePeriodSeconds = input.healthCheckGracePeriodSeconds;
      if (input.deploymentConfiguration) s.deploymentConfiguration = input.deploymentConfiguration;
      if (input.taskDefinition && (input.taskDefinition !== s.taskDefinition || input.forceNewDeployment)) {
        for (const d of s.deployments) if (d.status === 'PRIMARY') d.status = 'ACTIVE';
        s.taskDefinition = input.taskDefinition;
        s.deployments.unshift(this.newDeployment(input.taskDefinition, s.desiredCount ?? 1));
      }
      return { service: structuredClone(s) };
    });
    this.ecs.on(RegisterTaskDefinitionCommand).callsFake((input: RegisterTaskDefinitionCommandInput) => {
      this.calls.push('RegisterTaskDefinition');
      return { taskDefinition: this.addRevision(input) };
    });
    this.ecs.on(DescribeTaskDefinitionCommand).callsFake(({ taskDefinition }: { taskDefinition: string }) => {
      const found = this.taskDefs.get(taskDefinition) ?? this.latest(taskDefinition);
      if (!found)
        throw new ECSServiceException({
          name: 'ClientException',
          $fault: 'client',
          $metadata: {},
          message: 'Unable to describe task definition.',
        });
      return { taskDefinition: structuredClone(found), tags: [] };
    });
    this.ecs
      .on(DeregisterTaskDefinitionCommand)
      .callsFake(({ taskDefinition }: { taskDefinition: string }) => {
        this.calls.push('DeregisterTaskDefinition');
        const td = this.taskDefs.get(taskDefinition)!;
        td.status = 'INACTIVE';
        return { taskDefinition: td };
      });
    this.ecs.on(ListTaskDefinitionsCommand).callsFake(({ familyPrefix }: { familyPrefix: string }) => ({
      taskDefinitionArns: [...this.taskDefs.values()]
        .filter((t) => t.family === familyPrefix && t.status === 'ACTIVE')
        .sort((a, b) => b.revision! - a.revision!)
        .map((t) => t.taskDefinitionArn!),
    }));
    this.ecs
      .on(ListTasksCommand)
      .callsFake(
        ({
          startedBy,
          serviceName,
          desiredStatus = 'RUNNING',
        }: {
          startedBy?: string;
          serviceName?: string;
          desiredStatus?: string;
        }) => {
          // As ECS documents it: startedBy is used alone (with the default RUNNING status).
          if (startedBy && (serviceName || desiredStatus !== 'RUNNING'))
            throw new Error('startedBy must be the only filter');
          return {
            taskArns: this.tasks
              .filter((t) => (startedBy ? t.startedBy === startedBy : t.group === `service:${serviceName}`))
              .filter((t) => t.desiredStatus === desiredStatus)
              .map((t) => t.taskArn!),
          };
        },
      );
    this.ecs.on(DescribeTasksCommand).callsFake(({ tasks }: { tasks: string[] }) => ({
      tasks: this.tasks.filter((t) => tasks.includes(t.taskArn!)).map((t) => structuredClone(t)),
    }));
    this.elbv2.on(DescribeTargetHealthCommand).callsFake(() => ({
      TargetHealthDescriptions: [...this.targets].map(([id, h]) => ({
        Target: { Id: id, Port: 3000 },
        TargetHealth: { State: h.state, Reason: h.reason },
      })),
    }));
    this.logs.on(GetLogEventsCommand).resolves({
      events: [
        { timestamp: 1, message: 'starting server\n' },
        { timestamp: 2, message: 'Error: connect ECONNREFUSED db:5432\n' },
      ],
    });
  }

  deps(over: Partial<Deps> = {}): Deps {
    return {
      clients: this.clients,
      docker: {
        login: async () => undefined,
        build: async () => undefined,
        push: async () => ({}),
        imageExists: async () => true,
      },
      log: this.log,
      now: () => this.now,
      sleep: async (ms) => {
        this.slept.push(ms);
        this.now += ms;
      },
      setOutput: (name, value) => void (this.outputs[name] = value),
      setSecret: (s) => void this.secrets.push(s),
      writeSummary: async (md) => {
        if (this.summaryFails) throw new Error('summary file not writable');
        this.summary = md;
      },
      stack: {
        checkStackReferences: async () => ({
          network: { vpcId: 'vpc-1', taskSubnets: ['subnet-1'], loadBalancerSubnets: ['subnet-1'] },
          changes: [],
        }),
        ensureStack: async (config, _clients, opts) => ({
          cluster: config.cluster,
          logGroup: config.taskDefinition.logGroup,
          subnets: ['subnet-a', 'subnet-b'],
          securityGroups: ['sg-tasks'],
          assignPublicIp: true,
          targetGroupArn: TG,
          loadBalancerArn: 'arn:lb',
          url: 'http://web-123.eu-west-1.elb.amazonaws.com',
          changes: [{ action: opts.plan ? 'create' : 'keep', resource: 'target group', name: 'web-hello' }],
        }),
        ensureScaling: async () => [],
      },
      build: async (config, d) => {
        this.buildCalls++;
        d.setSecret('ecr-password');
        return config.image
          ? { imageUri: config.image, built: false }
          : {
              imageUri: `${ACCOUNT}.dkr.ecr.eu-west-1.amazonaws.com/hello:${config.commitSha}`,
              digest: 'sha256:abc',
              built: true,
            };
      },
      render: {
        preflightTaskDefinition: () => undefined,
        renderTaskDefinition: (config, ctx) => ({
          family: `${config.cluster}-${config.service}`,
          networkMode: 'awsvpc',
          requiresCompatibilities: ['FARGATE'],
          cpu: '256',
          memory: '512',
          containerDefinitions: [
            {
              name: config.service,
              image: ctx.imageUri,
              essential: true,
              portMappings: [{ containerPort: 3000 }],
              environment: config.taskDefinition.environment,
              logConfiguration: {
                logDriver: 'awslogs',
                options: {
                  'awslogs-group': ctx.logGroup,
                  'awslogs-region': 'eu-west-1',
                  'awslogs-stream-prefix': 'ecs',
                },
              },
            },
          ],
        }),
        isSameTaskDefinition: (desired, current) =>
          current?.containerDefinitions?.[0]?.image === desired.containerDefinitions?.[0]?.image,
        describeTaskDefinitionChanges: (current, desired) => [
          `image: ${current?.containerDefinitions?.[0]?.image ?? '(none)'} -> ${desired.containerDefinitions?.[0]?.image}`,
        ],
      },
      getAccountId,
      random: () => 0.5,
      ...over,
    };
  }

  addRevision(input: RegisterTaskDefinitionCommandInput): TaskDefinition & { status: string } {
    const revision = [...this.taskDefs.values()].filter((t) => t.family === input.family).length + 1;
    const arn = `${PREFIX}:task-definition/${input.family}:${revision}`;
    const td = {
      ...structuredClone(input),
      taskDefinitionArn: arn,
      revision,
      status: 'ACTIVE',
    } as TaskDefinition & { status: string };
    this.taskDefs.set(arn, td);
    return structuredClone(td);
  }

  private latest(family: string) {
    return [...this.taskDefs.values()]
      .filter((t) => t.family === family && t.status === 'ACTIVE')
      .sort((a, b) => b.revision! - a.revision!)[0];
  }

  /** An existing service running `image` healthy, with its deployment COMPLETED. */
  existingService(image: string, extra: Partial<Deployment> = {}): string {
    const td = this.addRevision({
      family: 'web-hello',
      containerDefinitions: [{ name: 'hello', image, portMappings: [{ containerPort: 3000 }] }],
    });
    const dep = {
      ...this.newDeployment(td.taskDefinitionArn!, 1),
      rolloutState: 'COMPLETED',
      runningCount: 1,
      pendingCount: 0,
      step: 99,
      ...extra,
    } as SimDeployment;
    this.service = {
      serviceArn: `${PREFIX}:service/web/hello`,
      serviceName: 'hello',
      status: 'ACTIVE',
      desiredCount: 1,
      taskDefinition: td.taskDefinitionArn,
      networkConfiguration: {
        awsvpcConfiguration: {
          subnets: ['subnet-a', 'subnet-b'],
          securityGroups: ['sg-tasks'],
          assignPublicIp: 'ENABLED',
        },
      },
      loadBalancers: [{ targetGroupArn: TG, containerName: 'hello', containerPort: 3000 }],
      healthCheckGracePeriodSeconds: 30,
      deploymentConfiguration: {
        minimumHealthyPercent: 100,
        maximumPercent: 200,
        deploymentCircuitBreaker: { enable: true, rollback: true },
      },
      deployments: [dep],
      events: [],
    };
    if (dep.rolloutState === 'COMPLETED') {
      const t = this.startTask(dep, 'RUNNING');
      this.targets.set(this.ipOf(t), { state: 'healthy' });
    }
    return td.taskDefinitionArn!;
  }

  private newDeployment(taskDefinition: string, desiredCount: number, reason?: string): SimDeployment {
    return {
      id: `ecs-svc/${1000 + ++this.depSeq}`,
      status: 'PRIMARY',
      taskDefinition,
      desiredCount,
      runningCount: 0,
      pendingCount: 0,
      failedTasks: 0,
      rolloutState: 'IN_PROGRESS',
      rolloutStateReason: reason,
      createdAt: new Date(this.now),
      step: 0,
    };
  }

  private ipOf(t: Task): string {
    return t.attachments![0].details![0].value!;
  }

  private startTask(d: SimDeployment, lastStatus: string): Task {
    const id = `task${this.tasks.length + 1}`.padEnd(12, '0');
    const t: Task = {
      taskArn: `${PREFIX}:task/web/${id}`,
      startedBy: d.id,
      group: `service:hello`,
      taskDefinitionArn: d.taskDefinition,
      lastStatus,
      desiredStatus: 'RUNNING',
      attachments: [
        {
          type: 'ElasticNetworkInterface',
          details: [{ name: 'privateIPv4Address', value: `10.0.1.${this.ipSeq++}` }],
        },
      ],
      containers: [{ name: 'hello', lastStatus }],
      startedAt: new Date(this.now),
    };
    this.tasks.push(t);
    return t;
  }

  private event(message: string): void {
    this.service!.events!.unshift({ id: `ev-${++this.eventSeq}`, createdAt: new Date(this.now), message });
  }

  /** One step of every deployment still rolling out. */
  private advance(): void {
    const s = this.service;
    if (!s) return;
    for (const d of [...s.deployments]) {
      if (d.rolloutState !== 'IN_PROGRESS') continue;
      const behaviour = this.behaviour[d.taskDefinition!] ?? this.defaultBehaviour;
      d.step++;
      const mine = this.tasks.filter((t) => t.startedBy === d.id);
      if (behaviour === 'healthy') {
        if (d.step === 1) {
          for (let i = 0; i < d.desiredCount!; i++) this.startTask(d, 'PENDING');
          d.pendingCount = d.desiredCount;
          this.event(`(service hello) has started ${d.desiredCount} tasks.`);
        } else if (d.step === 2) {
          for (const t of mine) {
            t.lastStatus = 'RUNNING';
            this.targets.set(this.ipOf(t), { state: 'initial', reason: 'Elb.InitialHealthChecking' });
          }
          d.runningCount = mine.length;
          d.pendingCount = 0;
        } else if (d.step === 3) {
          for (const t of mine) this.targets.set(this.ipOf(t), { state: 'healthy' });
          for (const old of s.deployments.filter((x) => x !== d)) {
            for (const t of this.tasks.filter(
              (x) => x.startedBy === old.id && x.desiredStatus === 'RUNNING',
            )) {
              t.desiredStatus = 'STOPPED';
              t.lastStatus = 'STOPPED';
              t.stoppedReason = 'Scaling activity initiated by (deployment ' + d.id + ')';
              this.targets.set(this.ipOf(t), {
                state: 'draining',
                reason: 'Target.DeregistrationInProgress',
              });
            }
          }
          d.rolloutState = 'COMPLETED';
          s.deployments = [d];
          this.event('(service hello) has reached a steady state.');
        }
      } else if (behaviour === 'crash') {
        const t = this.startTask(d, 'STOPPED');
        t.desiredStatus = 'STOPPED';
        t.stopCode = 'EssentialContainerExited';
        t.stoppedReason = 'Essential container in task exited';
        t.stoppedAt = new Date(this.now);
        t.containers = [{ name: 'hello', lastStatus: 'STOPPED', exitCode: 1, reason: 'Error' }];
        d.failedTasks = (d.failedTasks ?? 0) + 1;
        this.event(`(service hello) has started 1 tasks: (task ${t.taskArn!.split('/').pop()}).`);
      } else if (behaviour === 'ecs-rollback') {
        const t = this.startTask(d, 'STOPPED');
        t.desiredStatus = 'STOPPED';
        t.stoppedReason = 'Task failed ELB health checks in (target-group ' + TG + ')';
        t.stoppedAt = new Date(this.now);
        d.rolloutState = 'FAILED';
        d.rolloutStateReason = 'ECS deployment circuit breaker: tasks failed to start.';
        d.status = 'ACTIVE';
        const previous = s.deployments.find((x) => x !== d)?.taskDefinition ?? d.taskDefinition!;
        const rb = this.newDeployment(
          previous,
          d.desiredCount!,
          `ECS deployment circuit breaker: rolling back to deploymentId ${d.id}`,
        );
        s.deployments = [rb, d];
        s.taskDefinition = previous;
        this.event(`(service hello) deployment ${d.id} deployment failed: tasks failed to start.`);
      } else if (behaviour === 'stuck') {
        if (d.step === 1) {
          for (let i = 0; i < d.desiredCount!; i++) {
            const t = this.startTask(d, 'RUNNING');
            this.targets.set(this.ipOf(t), { state: 'unhealthy', reason: 'Target.Timeout' });
          }
          d.runningCount = d.desiredCount;
        }
      }
    }
  }

  /** Names of the ECS commands that change something. */
  mutatingCalls(): string[] {
    const names = this.ecs
      .calls()
      .map((c) => (c.args[0] as { constructor: { name: string } }).constructor.name);
    return names.filter((n) => /^(Create|Update|Register|Deregister|Delete)/.test(n));
  }
}
