import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { TaskDefinition } from '@aws-sdk/client-ecs';
import { readConfig } from '../../src/config/inputs';
import type { DeployConfig } from '../../src/config/types';
import { BUILT_IN_TEMPLATE } from '../../src/taskdef/default-template';
import {
  preflightTaskDefinition,
  renderTaskDefinition,
  TaskDefinitionError,
} from '../../src/pipeline/render';

let workspace: string;
beforeAll(() => {
  workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'render-'));
  fs.writeFileSync(path.join(workspace, 'Dockerfile'), 'FROM scratch\n');
});
afterAll(() => fs.rmSync(workspace, { recursive: true, force: true }));

const ctx = {
  imageUri: '123456789012.dkr.ecr.eu-west-1.amazonaws.com/hello:abc',
  accountId: '123456789012',
  logGroup: '/ecs/web/hello',
  env: { API_URL: 'https://api.example.com' },
};

function config(inputs: Record<string, string> = {}, file?: { name: string; text: string }): DeployConfig {
  if (file) fs.writeFileSync(path.join(workspace, file.name), file.text);
  const all: Record<string, string> = {
    cluster: 'web',
    service: 'hello',
    ...(file ? { 'task-definition': file.name } : {}),
    ...inputs,
  };
  return readConfig((n) => all[n] ?? '', {
    GITHUB_WORKSPACE: workspace,
    GITHUB_SHA: 'abc1234',
    AWS_REGION: 'eu-west-1',
  });
}

function renderError(c: DeployConfig): TaskDefinitionError {
  try {
    renderTaskDefinition(c, ctx);
  } catch (err) {
    expect(err).toBeInstanceOf(TaskDefinitionError);
    return err as TaskDefinitionError;
  }
  throw new Error('expected a TaskDefinitionError');
}

const minimal = (container: Record<string, unknown>, top: Record<string, unknown> = {}) =>
  JSON.stringify(
    {
      family: 'hello',
      networkMode: 'awsvpc',
      requiresCompatibilities: ['FARGATE'],
      cpu: '256',
      memory: '512',
      executionRoleArn: 'arn:aws:iam::123456789012:role/exec',
      containerDefinitions: [
        { name: 'hello', image: 'x', portMappings: [{ containerPort: 3000 }], ...container },
      ],
      ...top,
    },
    null,
    2,
  );

describe('renderTaskDefinition', () => {
  it('renders the shipped template with every placeholder resolved', () => {
    const td = renderTaskDefinition(config(), ctx);
    expect(td).toEqual({
      family: 'web-hello',
      networkMode: 'awsvpc',
      requiresCompatibilities: ['FARGATE'],
      cpu: '256',
      memory: '512',
      executionRoleArn: 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole',
      containerDefinitions: [
        {
          name: 'hello',
          image: ctx.imageUri,
          essential: true,
          portMappings: [{ containerPort: 3000, protocol: 'tcp' }],
          environment: [{ name: 'ENVIRONMENT', value: 'production' }],
          logConfiguration: {
            logDriver: 'awslogs',
            options: {
              'awslogs-group': '/ecs/web/hello',
              'awslogs-region': 'eu-west-1',
              'awslogs-stream-prefix': 'hello',
            },
          },
        },
      ],
      tags: [
        { key: 'managed-by', value: 'ecs-fargate-deploy' },
        { key: 'service', value: 'hello' },
        { key: 'environment', value: 'production' },
      ],
    });
  });

  it('ships templates/task-definition.json identical to the built-in template', () => {
    const shipped = fs.readFileSync(path.join(__dirname, '../../templates/task-definition.json'), 'utf8');
    expect(shipped).toBe(BUILT_IN_TEMPLATE);
  });

  it('resolves ${env.X}, escapes values inside strings and inserts bare numbers', () => {
    const text = minimal({
      environment: [
        { name: 'API', value: '${env.API_URL}' },
        { name: 'NAME', value: 'say "${SERVICE}"' },
      ],
      portMappings: [{ containerPort: '__PORT__' }],
    }).replace('"__PORT__"', '${CONTAINER_PORT}');
    const td = renderTaskDefinition(config({ 'container-port': '8080' }, { name: 'env.json', text }), ctx);
    const c = td.containerDefinitions![0];
    expect(c.environment).toEqual([
      { name: 'API', value: 'https://api.example.com' },
      { name: 'NAME', value: 'say "hello"' },
    ]);
    expect(c.portMappings).toEqual([{ containerPort: 8080 }]);
  });

  it('writes $${X} as a literal ${X}', () => {
    const text = minimal({ command: ['sh', '-c', 'echo $${HOME}'] });
    const td = renderTaskDefinition(config({}, { name: 'literal.json', text }), ctx);
    expect(td.containerDefinitions![0].command).toEqual(['sh', '-c', 'echo ${HOME}']);
  });

  it('names file, line and placeholder for an unknown placeholder', () => {
    const text = minimal({ environment: [{ name: 'X', value: '${IMAGE_TAG}' }] });
    const line = text.split('\n').findIndex((l) => l.includes('IMAGE_TAG')) + 1;
    const err = renderError(config({}, { name: 'unknown.json', text }));
    expect(err.message).toContain(
      `unknown.json:${line}: unknown placeholder \${IMAGE_TAG}; known placeholders are \${IMAGE}`,
    );
    expect(err.line).toBe(line);
  });

  it('names file, line and variable for an unset ${env.X}', () => {
    const text = minimal({ environment: [{ name: 'X', value: '${env.NOT_SET_ANYWHERE}' }] });
    const err = renderError(config({}, { name: 'unset.json', text }));
    expect(err.message).toMatch(
      /^unset\.json:\d+: placeholder \$\{env\.NOT_SET_ANYWHERE\} has no value: the environment variable NOT_SET_ANYWHERE is not set/,
    );
  });

  it('says which input resolves ${CPU} when it is used without one', () => {
    const text = minimal({}, { cpu: '${CPU}' });
    expect(renderError(config({}, { name: 'cpu.json', text })).message).toContain(
      "${CPU} has no value: the 'cpu' input is not set",
    );
    expect(
      renderTaskDefinition(config({ cpu: '512', memory: '1024' }, { name: 'cpu.json', text }), ctx).cpu,
    ).toBe('512');
  });

  it('reports JSON syntax errors with their line', () => {
    const text = '{\n  "family": "x",\n  "cpu": 256,,\n}';
    const err = renderError(config({}, { name: 'broken.json', text }));
    expect(err.message).toContain('broken.json:3: not valid JSON');
  });

  it('accepts describe-task-definition output and drops the read-only fields', () => {
    const described = {
      taskDefinition: {
        ...JSON.parse(minimal({ image: 'old:1' })),
        taskDefinitionArn: 'arn:aws:ecs:eu-west-1:123456789012:task-definition/hello:4',
        revision: 4,
        status: 'ACTIVE',
        requiresAttributes: [{ name: 'com.amazonaws.ecs.capability.logging-driver.awslogs' }],
        compatibilities: ['EC2', 'FARGATE'],
        registeredAt: '2024-05-01T10:00:00.000Z',
        registeredBy: 'arn:aws:sts::123456789012:assumed-role/deploy/x',
        deregisteredAt: '2024-05-02T10:00:00.000Z',
      },
      tags: [{ key: 'team', value: 'web' }],
    };
    const td = renderTaskDefinition(
      config({}, { name: 'described.json', text: JSON.stringify(described) }),
      ctx,
    );
    for (const f of [
      'taskDefinitionArn',
      'revision',
      'status',
      'requiresAttributes',
      'compatibilities',
      'registeredAt',
      'registeredBy',
      'deregisteredAt',
    ]) {
      expect(td).not.toHaveProperty(f);
    }
    expect(td.family).toBe('hello');
    expect(td.containerDefinitions![0].image).toBe(ctx.imageUri);
    expect(td.tags).toContainEqual({ key: 'team', value: 'web' });
  });

  it('rejects an unknown top-level field with its line', () => {
    const text = minimal({}, { familly: 'typo' });
    const line = text.split('\n').findIndex((l) => l.includes('familly')) + 1;
    expect(renderError(config({}, { name: 'typo.json', text })).message).toBe(
      `typo.json:${line}: familly: the task definition has no member 'familly', so it would not be sent to ECS; did you mean family?`,
    );
  });

  it('rejects an unknown member at any depth, before the renderer drops it, with its line and the nearest name', () => {
    const text = minimal({
      enviroment: [{ name: 'A', value: 'b' }],
      healthcheck: { command: ['CMD', 'true'] },
      logConfiguration: { logDriver: 'awslogs', option: {} },
    });
    const lines = text.split('\n');
    const lineOf = (needle: string) => lines.findIndex((l) => l.includes(needle)) + 1;
    const err = renderError(config({}, { name: 'deep.json', text }));
    expect(err.line).toBe(lineOf('"enviroment"'));
    expect(err.message.split('\n')).toEqual([
      expect.stringMatching(
        new RegExp(
          `^deep\\.json:${lineOf('"enviroment"')}: containerDefinitions\\[0\\]\\.enviroment: .*did you mean environment\\?$`,
        ),
      ),
      expect.stringMatching(
        new RegExp(`^deep\\.json:${lineOf('"healthcheck"')}: .*did you mean healthCheck\\?$`),
      ),
      expect.stringMatching(
        new RegExp(
          `^deep\\.json:${lineOf('"option"')}: containerDefinitions\\[0\\]\\.logConfiguration\\.option: .*did you mean options\\?$`,
        ),
      ),
    ]);
  });

  it('applies input overrides: environment, secrets, size, roles; keeps the file logging', () => {
    const text = minimal({
      environment: [
        { name: 'A', value: 'file' },
        { name: 'B', value: 'file' },
      ],
      logConfiguration: { logDriver: 'awsfirelens' },
    });
    const td = renderTaskDefinition(
      config(
        {
          'environment-variables': 'B=input\nC=new',
          secrets: 'TOKEN=arn:aws:ssm:eu-west-1:123456789012:parameter/token',
          cpu: '1024',
          memory: '3072',
          'task-role-arn': 'arn:aws:iam::123456789012:role/app',
          'execution-role-arn': 'arn:aws:iam::123456789012:role/exec2',
        },
        { name: 'overrides.json', text },
      ),
      ctx,
    );
    const c = td.containerDefinitions![0];
    expect(c.environment).toEqual([
      { name: 'A', value: 'file' },
      { name: 'B', value: 'input' },
      { name: 'C', value: 'new' },
    ]);
    expect(c.secrets).toEqual([
      { name: 'TOKEN', valueFrom: 'arn:aws:ssm:eu-west-1:123456789012:parameter/token' },
    ]);
    expect([td.cpu, td.memory, td.taskRoleArn, td.executionRoleArn]).toEqual([
      '1024',
      '3072',
      'arn:aws:iam::123456789012:role/app',
      'arn:aws:iam::123456789012:role/exec2',
    ]);
    expect(c.logConfiguration).toEqual({ logDriver: 'awsfirelens' });
  });

  it('sends logs to the service log group when the file has no logging, and fills awsvpc/FARGATE', () => {
    const doc = JSON.parse(minimal({}));
    delete doc.networkMode;
    delete doc.requiresCompatibilities;
    const td = renderTaskDefinition(config({}, { name: 'nolog.json', text: JSON.stringify(doc) }), ctx);
    expect(td.networkMode).toBe('awsvpc');
    expect(td.requiresCompatibilities).toEqual(['FARGATE']);
    expect(td.containerDefinitions![0].logConfiguration).toEqual({
      logDriver: 'awslogs',
      options: {
        'awslogs-group': '/ecs/web/hello',
        'awslogs-region': 'eu-west-1',
        'awslogs-stream-prefix': 'hello',
      },
    });
  });

  it('picks the container named like the service among several, or the one named by container-name', () => {
    const doc = JSON.parse(minimal({}));
    doc.containerDefinitions.push({ name: 'sidecar', image: 'envoy', essential: false });
    const td = renderTaskDefinition(config({}, { name: 'two.json', text: JSON.stringify(doc) }), ctx);
    expect(td.containerDefinitions!.map((c) => c.image)).toEqual([ctx.imageUri, 'envoy']);
    doc.containerDefinitions[0].name = 'app';
    const err = renderError(config({}, { name: 'two.json', text: JSON.stringify(doc) }));
    expect(err.message).toContain("none is named like the service 'hello': set 'container-name'");
    const named = renderTaskDefinition(
      config({ 'container-name': 'app' }, { name: 'two.json', text: JSON.stringify(doc) }),
      ctx,
    );
    expect(named.containerDefinitions![0].image).toBe(ctx.imageUri);
  });
});

describe('Fargate rules', () => {
  const cases: [string, Record<string, unknown>, Record<string, unknown>, Record<string, string>, string][] =
    [
      ['bridge networking', {}, { networkMode: 'bridge' }, {}, 'networkMode must be "awsvpc" on Fargate'],
      [
        'EC2 only',
        {},
        { requiresCompatibilities: ['EC2'] },
        {},
        'requiresCompatibilities must include "FARGATE"',
      ],
      [
        'a bad cpu/memory pair',
        {},
        { cpu: '256', memory: '4096' },
        {},
        'memory 4096 does not go with cpu 256 on Fargate; with cpu 256 use 512, 1024 or 2048',
      ],
      ['a cpu Fargate lacks', {}, { cpu: '384' }, {}, 'cpu 384 is not a Fargate size'],
      ['no task size', {}, { cpu: undefined }, {}, 'Fargate needs task-level cpu and memory'],
      [
        'a non-essential main container',
        { essential: false },
        {},
        {},
        "container 'hello' serves traffic, so it must be essential",
      ],
      [
        'the port not mapped',
        { portMappings: [{ containerPort: 8080 }] },
        {},
        {},
        "does not map the container port 3000 (input 'container-port'); it maps 8080",
      ],
      [
        'hostPort differing',
        { portMappings: [{ containerPort: 3000, hostPort: 80 }] },
        {},
        {},
        'maps hostPort 80 to containerPort 3000',
      ],
      ['a missing container-name', {}, {}, { 'container-name': 'api' }, "has no container named 'api'"],
      [
        'no execution role for awslogs',
        {},
        { executionRoleArn: undefined },
        {},
        "executionRoleArn is needed because 'hello' logs with awslogs",
      ],
      [
        'container memory above the task',
        { memory: 1024 },
        {},
        {},
        "the containers reserve 1024 MiB in all, more than the task's 512",
      ],
      [
        'ephemeral storage out of range',
        {},
        { ephemeralStorage: { sizeInGiB: 10 } },
        {},
        'ephemeralStorage.sizeInGiB must be from 21 to 200',
      ],
    ];
  it.each(cases)('rejects %s', (_name, container, top, inputs, message) => {
    const err = renderError(config(inputs, { name: 'rule.json', text: minimal(container, top) }));
    expect(err.message).toContain(message);
    expect(err.file).toBe('rule.json');
  });

  it('lists every problem at once', () => {
    const err = renderError(
      config(
        {},
        { name: 'many.json', text: minimal({ essential: false }, { networkMode: 'host', cpu: '333' }) },
      ),
    );
    expect(err.message).toContain("breaks Fargate's rules:");
    expect(err.message.split('\n  - ')).toHaveLength(4);
  });
});

describe('preflightTaskDefinition', () => {
  it('surfaces template errors with provisional values', () => {
    const c = config(
      {},
      { name: 'pre.json', text: minimal({ environment: [{ name: 'X', value: '${NOPE}' }] }) },
    );
    expect(() => preflightTaskDefinition(c)).toThrow(/pre\.json:\d+: unknown placeholder \$\{NOPE\}/);
  });

  it('passes a good template and skips when a registered revision is deployed', () => {
    expect(() => preflightTaskDefinition(config())).not.toThrow();
    const byArn = config({ 'task-definition-arn': 'web-hello:3' });
    expect(byArn.taskDefinition.arn).toBe('web-hello:3');
    fs.writeFileSync(path.join(workspace, 'bad.json'), 'not json');
    expect(() =>
      preflightTaskDefinition({ ...byArn, taskDefinition: { ...byArn.taskDefinition, path: 'bad.json' } }),
    ).not.toThrow();
  });

  it('uses the given image when there is one', () => {
    const c = config(
      { image: 'nginx:1.27' },
      {
        name: 'img.json',
        text: minimal(
          {},
          {
            executionRoleArn: undefined,
            containerDefinitions: [
              {
                name: 'hello',
                image: 'x',
                portMappings: [{ containerPort: 3000 }],
                logConfiguration: { logDriver: 'json-file' },
              },
            ],
          },
        ),
      },
    );
    expect(() => preflightTaskDefinition(c)).not.toThrow();
    const ecr = { ...c, image: '123456789012.dkr.ecr.eu-west-1.amazonaws.com/hello:1' };
    expect(() => preflightTaskDefinition(ecr)).toThrow(/'hello' pulls from ECR/);
  });
});

export type { TaskDefinition };
