import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { BUILT_IN_TEMPLATE } from '../../src/taskdef/default-template';
import { formatJsonPath, lineOfPath } from '../../src/taskdef/json-location';
import {
  checkTaskDefinitionShape,
  DESCRIBE_ONLY_FIELDS,
  editDistance,
  formatShapeProblems,
  type ShapeProblem,
  suggestName,
} from '../../src/taskdef/shape';
import {
  REGISTER_TASK_DEFINITION_INPUT,
  TASK_DEFINITION_MEMBERS,
  TASK_DEFINITION_STRUCTURES,
} from '../../src/taskdef/shape.generated';
import {
  parseTaskDefinition,
  PLACEHOLDER_NAMES,
  type PlaceholderName,
  type PlaceholderValue,
  REGISTER_FIELDS,
  substitutePlaceholders,
} from '../../src/taskdef/template';

const root = path.join(__dirname, '../..');

/** Checks `text` the way the renderer would: parsed, with lines found in the text itself. */
function check(text: string): ShapeProblem[] {
  return checkTaskDefinitionShape(JSON.parse(text), (p) => lineOfPath(text, p));
}

/** The line of the first occurrence of `needle` (for expectations only; `needle` is unique in the text). */
function lineOf(text: string, needle: string): number {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`${needle} is not in the text`);
  return text.slice(0, i).split('\n').length;
}

const container = (extra: Record<string, unknown> = {}) => ({
  name: 'app',
  image: '123456789012.dkr.ecr.eu-west-1.amazonaws.com/hello:abc',
  essential: true,
  portMappings: [{ containerPort: 8080, protocol: 'tcp' }],
  environment: [{ name: 'ENVIRONMENT', value: 'production' }],
  logConfiguration: {
    logDriver: 'awslogs',
    options: {
      'awslogs-group': '/ecs/web/hello',
      'awslogs-region': 'eu-west-1',
      'awslogs-stream-prefix': 'hello',
    },
  },
  ...extra,
});

const taskDefinition = (c: Record<string, unknown> = container(), top: Record<string, unknown> = {}) =>
  JSON.stringify(
    {
      family: 'hello',
      networkMode: 'awsvpc',
      requiresCompatibilities: ['FARGATE'],
      cpu: '256',
      memory: '512',
      executionRoleArn: 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole',
      containerDefinitions: [c],
      ...top,
    },
    null,
    2,
  );

function only(problems: ShapeProblem[]): ShapeProblem {
  expect(problems.map((p) => p.message)).toHaveLength(1);
  return problems[0];
}

describe('checkTaskDefinitionShape: unknown members', () => {
  it('reports "enviroment" in a container with its path, its line and "did you mean environment?"', () => {
    const { environment, ...rest } = container();
    const text = taskDefinition({ ...rest, enviroment: environment });
    const p = only(check(text));
    expect(p).toMatchObject({
      kind: 'unknown-member',
      path: ['containerDefinitions', 0, 'enviroment'],
      where: 'containerDefinitions[0].enviroment',
      line: lineOf(text, '"enviroment"'),
      suggestion: 'environment',
    });
    expect(p.message).toMatch(/^containerDefinitions\[0\]\.enviroment: .*did you mean environment\?$/);
    expect(formatShapeProblems('templates/task-definition.json', [p])).toBe(
      `templates/task-definition.json:${lineOf(text, '"enviroment"')}: ${p.message}`,
    );
  });

  it.each([
    ['healthcheck', 'healthCheck', { command: ['CMD', 'true'] }],
    ['HealthCheck', 'healthCheck', { command: ['CMD', 'true'] }],
    ['Environment', 'environment', []],
    ['portMapping', 'portMappings', []],
    ['secret', 'secrets', []],
    ['imgae', 'image', 'nginx'],
  ])('suggests %s -> %s in a container', (typo, meant, value) => {
    const text = taskDefinition(container({ [typo]: value }));
    const p = only(check(text));
    expect([p.where, p.suggestion, p.line]).toEqual([
      `containerDefinitions[0].${typo}`,
      meant,
      lineOf(text, `"${typo}"`),
    ]);
    expect(p.message).toContain(`did you mean ${meant}?`);
  });

  it('finds unknown members at any depth', () => {
    const c = container({
      portMappings: [{ containerport: 8080 }],
      logConfiguration: { logDriver: 'awslogs', optionz: { 'awslogs-group': 'g' } },
      healthCheck: { command: ['CMD', 'true'], intervall: 10 },
      linuxParameters: { capabilities: { ad: ['SYS_PTRACE'] } },
    });
    const text = taskDefinition(c, {
      volumes: [
        {
          name: 'data',
          efsVolumeConfiguration: { fileSystemID: 'fs-1', authorizationConfig: { IAM: 'ENABLED' } },
        },
      ],
      runtimePlatform: { cpuArchitecture: 'ARM64', operatingSystem: 'LINUX' },
    });
    const problems = check(text);
    expect(problems.map((p) => [p.where, p.suggestion, p.line])).toEqual([
      [
        'containerDefinitions[0].portMappings[0].containerport',
        'containerPort',
        lineOf(text, '"containerport"'),
      ],
      ['containerDefinitions[0].logConfiguration.optionz', 'options', lineOf(text, '"optionz"')],
      ['containerDefinitions[0].healthCheck.intervall', 'interval', lineOf(text, '"intervall"')],
      ['containerDefinitions[0].linuxParameters.capabilities.ad', 'add', lineOf(text, '"ad"')],
      ['volumes[0].efsVolumeConfiguration.fileSystemID', 'fileSystemId', lineOf(text, '"fileSystemID"')],
      ['volumes[0].efsVolumeConfiguration.authorizationConfig.IAM', 'iam', lineOf(text, '"IAM"')],
      ['runtimePlatform.operatingSystem', undefined, lineOf(text, '"operatingSystem"')],
    ]);
    // Too far from operatingSystemFamily to guess; the message lists what RuntimePlatform takes instead.
    expect(problems[6].message).toContain('its members are cpuArchitecture, operatingSystemFamily.');
  });

  it('reports an unknown top-level member, and a member put at the wrong level', () => {
    const text = taskDefinition(container(), {
      familly: 'x',
      networkmode: 'awsvpc',
      healthCheck: {},
      foo: 1,
      hostPath: '/x',
      name: 'n',
    });
    const problems = check(text);
    expect(problems.map((p) => [p.where, p.suggestion, p.line])).toEqual([
      ['familly', 'family', lineOf(text, '"familly"')],
      ['networkmode', 'networkMode', lineOf(text, '"networkmode"')],
      ['healthCheck', undefined, lineOf(text, '"healthCheck"')],
      ['foo', undefined, lineOf(text, '"foo"')],
      ['hostPath', undefined, lineOf(text, '"hostPath"')],
      ['name', undefined, lineOf(text, '"name": "n"')],
    ]);
    expect(problems[0].message).toBe(
      "familly: the task definition has no member 'familly', so it would not be sent to ECS; did you mean family?",
    );
    expect(problems[2].message).toContain(
      'healthCheck is a member of ContainerDefinition, not of the task definition.',
    );
    expect(problems[3].message).toContain('its members are family, containerDefinitions,');
    expect(problems[4].message).toContain('hostPath is a member of Device, not of the task definition.');
    expect(problems[5].message).toContain(
      'name is a member of ContainerDefinition, PortMapping, KeyValuePair and 3 more, not of the task definition.',
    );
  });

  it('accepts any key in a map member (dockerLabels, log options, driverOpts, firelens options)', () => {
    const text = taskDefinition(
      container({
        dockerLabels: { 'com.example/team': 'web', 'Weird Key!': '' },
        firelensConfiguration: { type: 'fluentbit', options: { 'enable-ecs-log-metadata': 'true' } },
      }),
      {
        volumes: [
          {
            name: 'v',
            dockerVolumeConfiguration: { driver: 'local', driverOpts: { 'o-pt': 'x' }, labels: { a: 'b' } },
          },
        ],
      },
    );
    expect(check(text)).toEqual([]);
    // ...but the values of a map of strings are still strings.
    const wrong = taskDefinition(container({ dockerLabels: { 'com.example/team': { nested: true } } }));
    expect(only(check(wrong)).where).toBe('containerDefinitions[0].dockerLabels["com.example/team"]');
  });
});

describe('checkTaskDefinitionShape: JSON types', () => {
  it('reports an object where the list of containers is expected, with its line', () => {
    const text = JSON.stringify({ family: 'hello', containerDefinitions: container() }, null, 2);
    const p = only(check(text));
    expect(p).toMatchObject({
      kind: 'wrong-type',
      where: 'containerDefinitions',
      line: lineOf(text, '"containerDefinitions"'),
    });
    expect(p.message).toBe(
      'containerDefinitions: must be a list of objects (ContainerDefinition), not an object.',
    );
  });

  it('reports lists, objects and scalars in the wrong place', () => {
    const text = taskDefinition(
      container({
        healthCheck: [{ command: ['CMD', 'true'] }],
        environment: [{ name: 'A', value: { nested: 1 } }, 'B=1'],
        command: 'npm start',
        essential: 'true',
        secrets: [{ name: 'S', valueFrom: ['arn'] }],
      }),
      { requiresCompatibilities: 'FARGATE', ephemeralStorage: 30 },
    );
    // In the order of the document.
    expect(check(text).map((p) => [p.where, p.message.slice(p.where.length + 2)])).toEqual([
      ['requiresCompatibilities', 'must be a list, not the string "FARGATE".'],
      ['containerDefinitions[0].essential', 'must be true or false, not the string "true".'],
      ['containerDefinitions[0].environment[0].value', 'must be a string, not an object.'],
      ['containerDefinitions[0].environment[1]', 'must be an object (KeyValuePair), not the string "B=1".'],
      ['containerDefinitions[0].healthCheck', 'must be an object (HealthCheck), not a list.'],
      ['containerDefinitions[0].command', 'must be a list, not the string "npm start".'],
      ['containerDefinitions[0].secrets[0].valueFrom', 'must be a string, not a list.'],
      ['ephemeralStorage', 'must be an object (EphemeralStorage), not number 30.'],
    ]);
  });

  it('accepts numbers as strings of digits exactly where the renderer converts them', () => {
    const lenient = taskDefinition(
      container({
        cpu: '128',
        memory: '256',
        memoryReservation: '128',
        startTimeout: '30',
        stopTimeout: '30',
        portMappings: [{ containerPort: '8080', hostPort: '8080' }],
      }),
      { cpu: 256, memory: 512, ephemeralStorage: { sizeInGiB: '30' } },
    );
    expect(check(lenient)).toEqual([]);
    // The renderer really converts each of them, so ECS gets numbers (and task-level strings).
    const td = parseTaskDefinition(lenient, 'task-definition.json');
    const c = td.containerDefinitions![0];
    expect([c.cpu, c.memory, c.memoryReservation, c.startTimeout, c.stopTimeout]).toEqual([
      128, 256, 128, 30, 30,
    ]);
    expect(c.portMappings![0]).toMatchObject({ containerPort: 8080, hostPort: 8080 });
    expect([td.cpu, td.memory, td.ephemeralStorage!.sizeInGiB]).toEqual(['256', '512', 30]);

    // Elsewhere, and for anything but digits, a number must be a number.
    const strict = taskDefinition(
      container({
        portMappings: [{ containerPort: '80a' }],
        healthCheck: { command: ['CMD', 'true'], retries: '3' },
      }),
      { family: 7 },
    );
    expect(check(strict).map((p) => p.where)).toEqual([
      'family',
      'containerDefinitions[0].portMappings[0].containerPort',
      'containerDefinitions[0].healthCheck.retries',
    ]);
  });

  it('takes null as absent, as the SDK does', () => {
    expect(check(taskDefinition(container({ healthCheck: null, user: null }), { volumes: null }))).toEqual(
      [],
    );
  });

  it('reports a document that is not an object', () => {
    expect(only(check('[]'))).toMatchObject({ where: '(top level)', line: 1, kind: 'wrong-type' });
  });
});

describe('checkTaskDefinitionShape: describe-task-definition output', () => {
  const described = {
    taskDefinitionArn: 'arn:aws:ecs:eu-west-1:123456789012:task-definition/hello:7',
    containerDefinitions: [{ ...container(), cpu: 0, mountPoints: [], volumesFrom: [], systemControls: [] }],
    family: 'hello',
    executionRoleArn: 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole',
    networkMode: 'awsvpc',
    revision: 7,
    volumes: [],
    status: 'ACTIVE',
    requiresAttributes: [
      { name: 'com.amazonaws.ecs.capability.logging-driver.awslogs' },
      { name: 'ecs.capability.execution-role-awslogs' },
      { name: 'com.amazonaws.ecs.capability.ecr-auth', targetType: 'container' },
    ],
    placementConstraints: [],
    compatibilities: ['EC2', 'FARGATE'],
    requiresCompatibilities: ['FARGATE'],
    cpu: '256',
    memory: '512',
    registeredAt: '2026-01-02T10:00:00.000000+00:00',
    registeredBy: 'arn:aws:sts::123456789012:assumed-role/deploy/github',
    deregisteredAt: '2026-01-03T10:00:00.000000+00:00',
    deleteRequestedAt: '2026-01-04T10:00:00.000000+00:00',
    enableFaultInjection: false,
  };

  it('accepts the whole output (wrapper, read-only members, tags) and the inner object alone', () => {
    const whole = JSON.stringify(
      { taskDefinition: described, tags: [{ key: 'team', value: 'web' }] },
      null,
      4,
    );
    expect(check(whole)).toEqual([]);
    expect(check(JSON.stringify(described))).toEqual([]);
    // The renderer takes both as well.
    expect(() => parseTaskDefinition(whole, 'td.json')).not.toThrow();
  });

  it('reports typos inside the wrapper under taskDefinition, and unknown members next to it', () => {
    const { environment, ...rest } = described.containerDefinitions[0];
    const text = JSON.stringify(
      {
        taskDefinition: { ...described, containerDefinitions: [{ ...rest, enviroment: environment }] },
        tags: [{ key: 'a', vaule: 'b' }],
        ResponseMetadata: {},
      },
      null,
      2,
    );
    expect(check(text).map((p) => [p.where, p.suggestion, p.line])).toEqual([
      ['taskDefinition.containerDefinitions[0].enviroment', 'environment', lineOf(text, '"enviroment"')],
      ['tags[0].vaule', 'value', lineOf(text, '"vaule"')],
      ['ResponseMetadata', undefined, lineOf(text, '"ResponseMetadata"')],
    ]);
  });

  it('accepts exactly the read-only members the renderer drops: the SDK TaskDefinition members less the input ones', () => {
    const input = Object.keys(TASK_DEFINITION_STRUCTURES[REGISTER_TASK_DEFINITION_INPUT]);
    expect([...DESCRIBE_ONLY_FIELDS].sort()).toEqual(
      TASK_DEFINITION_MEMBERS.filter((m) => !input.includes(m)).sort(),
    );
    // The renderer's hand-written list of input members is the SDK's.
    expect([...REGISTER_FIELDS].sort()).toEqual([...input].sort());
    // The renderer drops each read-only member (it would reject one it did not know).
    const td = parseTaskDefinition(JSON.stringify(described), 'td.json') as unknown as Record<
      string,
      unknown
    >;
    for (const f of DESCRIBE_ONLY_FIELDS) expect([f, td[f]]).toEqual([f, undefined]);
    // Elsewhere they are not accepted.
    expect(only(check(taskDefinition(container({ revision: 1 })))).where).toBe(
      'containerDefinitions[0].revision',
    );
  });
});

describe("the repository's own templates", () => {
  const values = Object.fromEntries(
    PLACEHOLDER_NAMES.map((n) => [
      n,
      { value: n === 'CONTAINER_PORT' ? '8080' : n === 'CPU' ? '256' : n === 'MEMORY' ? '512' : `x-${n}` },
    ]),
  ) as Record<PlaceholderName, PlaceholderValue>;
  const render = (text: string, file: string) =>
    substitutePlaceholders(text, file, values, new Proxy({}, { get: () => 'v' }));

  function templates(dir: string): string[] {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const p = path.join(dir, e.name);
      if (e.isDirectory())
        return ['node_modules', 'dist', '.git', 'coverage'].includes(e.name) ? [] : templates(p);
      return e.name.endsWith('.json') && fs.readFileSync(p, 'utf8').includes('"containerDefinitions"')
        ? [p]
        : [];
    });
  }

  it('finds every *.json task definition in the repository and each passes once rendered', () => {
    const files = templates(root).map((f) => path.relative(root, f));
    expect(files).toContain(path.join('templates', 'task-definition.json'));
    for (const f of files) {
      const text = render(fs.readFileSync(path.join(root, f), 'utf8'), f);
      expect([f, check(text)]).toEqual([f, []]);
    }
  });

  it('passes the built-in template', () => {
    expect(check(render(BUILT_IN_TEMPLATE, 'built-in'))).toEqual([]);
  });
});

describe('lineOfPath', () => {
  const pretty = JSON.stringify(
    {
      family: 'f',
      containerDefinitions: [
        { name: 'a', image: 'x' },
        { name: 'b', image: 'y', command: ['a', 'b'] },
      ],
    },
    null,
    2,
  );

  it('finds members and list items in pretty-printed JSON, by path and not by name', () => {
    expect(lineOfPath(pretty, [])).toBe(1);
    expect(lineOfPath(pretty, ['family'])).toBe(2);
    expect(lineOfPath(pretty, ['containerDefinitions'])).toBe(3);
    expect(lineOfPath(pretty, ['containerDefinitions', 1])).toBe(lineOf(pretty, '"b"') - 1);
    expect(lineOfPath(pretty, ['containerDefinitions', 1, 'name'])).toBe(lineOf(pretty, '"b"'));
    expect(lineOfPath(pretty, ['containerDefinitions', 1, 'command', 1])).toBe(lineOf(pretty, '"b"\n'));
    expect(lineOfPath(pretty, ['containerDefinitions', 2])).toBeUndefined();
    expect(lineOfPath(pretty, ['nope'])).toBeUndefined();
  });

  it('works on one-line JSON and on JSON after blank lines', () => {
    const one = JSON.stringify(JSON.parse(pretty));
    expect(lineOfPath(one, ['containerDefinitions', 1, 'image'])).toBe(1);
    expect(lineOfPath(`\n\n${one}`, ['containerDefinitions', 1, 'image'])).toBe(3);
  });

  it('is not fooled by names and brackets inside strings, escapes, or repeated names', () => {
    const text = [
      '{',
      '  "a": "{\\"b\\": [1, 2]} \\\\",',
      '  "x\\u0079": {"b": ["]", "}"],',
      '    "c": 1},',
      '  "d": 1,',
      '  "d": 2',
      '}',
    ].join('\n');
    expect(JSON.parse(text).xy.c).toBe(1);
    expect(lineOfPath(text, ['a'])).toBe(2);
    expect(lineOfPath(text, ['xy', 'b', 1])).toBe(3);
    expect(lineOfPath(text, ['xy', 'c'])).toBe(4);
    expect(lineOfPath(text, ['b'])).toBeUndefined();
    // JSON.parse keeps the last of two equal names.
    expect(lineOfPath(text, ['d'])).toBe(6);
  });

  it('gives what it found before malformed text, and nothing after', () => {
    const text = '{\n  "a": 1,\n  "b": [1,,\n  "c": 2\n}';
    expect(lineOfPath(text, ['a'])).toBe(2);
    expect(lineOfPath(text, ['c'])).toBeUndefined();
  });

  it('formats paths as JavaScript would read them', () => {
    expect(formatJsonPath(['containerDefinitions', 0, 'logConfiguration', 'options', 'awslogs-group'])).toBe(
      'containerDefinitions[0].logConfiguration.options["awslogs-group"]',
    );
    expect(formatJsonPath([])).toBe('(top level)');
  });
});

describe('suggestName', () => {
  it('suggests when only the case differs or the edit distance is small for the length', () => {
    const known = ['name', 'image', 'environment', 'healthCheck', 'cpu', 'memory'];
    expect(suggestName('HEALTHCHECK', known)).toBe('healthCheck');
    expect(suggestName('enviroment', known)).toBe('environment');
    expect(suggestName('enviornment', known)).toBe('environment');
    expect(suggestName('memroy', known)).toBe('memory');
    expect(suggestName('cpus', known)).toBe('cpu');
    expect(suggestName('nmae', known)).toBe('name');
    expect(suggestName('img', known)).toBeUndefined();
    expect(suggestName('mem', known)).toBeUndefined();
    expect(suggestName('x', known)).toBeUndefined();
    expect(suggestName('environmentVariables', known)).toBeUndefined();
  });

  it('counts a swap of adjacent letters as one edit', () => {
    expect(editDistance('ab', 'ba')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', '')).toBe(3);
  });
});

describe('src/taskdef/shape.generated.ts', () => {
  it('describes every structure the input reaches', () => {
    for (const s of [
      'RegisterTaskDefinitionRequest',
      'ContainerDefinition',
      'PortMapping',
      'HealthCheck',
      'LogConfiguration',
      'Secret',
      'KeyValuePair',
      'Volume',
      'EFSVolumeConfiguration',
      'RuntimePlatform',
      'ProxyConfiguration',
      'LinuxParameters',
      'Ulimit',
      'FirelensConfiguration',
      'RepositoryCredentials',
      'ResourceRequirement',
      'SystemControl',
      'ContainerDependency',
      'MountPoint',
      'VolumeFrom',
      'EphemeralStorage',
      'Tag',
      'InferenceAccelerator',
      'TaskDefinitionPlacementConstraint',
      'ContainerRestartPolicy',
    ])
      expect([s, s in TASK_DEFINITION_STRUCTURES]).toEqual([s, true]);
    const kinds = JSON.stringify(TASK_DEFINITION_STRUCTURES);
    for (const [, name] of kinds.matchAll(/"structure":"(\w+)"/g))
      expect([name, name in TASK_DEFINITION_STRUCTURES]).toEqual([name, true]);
    expect(TASK_DEFINITION_STRUCTURES.ContainerDefinition.dockerLabels).toEqual({ map: 'string' });
    expect(TASK_DEFINITION_STRUCTURES.ContainerDefinition.portMappings).toEqual({
      list: { structure: 'PortMapping' },
    });
  });

  const generator = path.join(root, 'scripts', 'gen-taskdef-shape.ts');
  const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
  const run = (...args: string[]) => {
    try {
      return {
        code: 0,
        out: execFileSync(tsx, [generator, ...args], { cwd: root, encoding: 'utf8', stdio: 'pipe' }),
      };
    } catch (err) {
      const e = err as { status: number; stderr: string };
      return { code: e.status, out: e.stderr };
    }
  };

  it('is what the installed SDK gives (npm run taskdef:shape -- --check), and --check fails when it is not', () => {
    expect(run('--check')).toMatchObject({ code: 0 });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shape-'));
    try {
      const stale = path.join(dir, 'shape.generated.ts');
      const committed = fs.readFileSync(path.join(root, 'src', 'taskdef', 'shape.generated.ts'), 'utf8');
      const withoutHealthCheck = committed.replace("    healthCheck: { structure: 'HealthCheck' },\n", '');
      expect(withoutHealthCheck).not.toBe(committed);
      fs.writeFileSync(stale, withoutHealthCheck);
      expect(run('--check', '--file', stale)).toMatchObject({
        code: 1,
        out: expect.stringContaining('npm run taskdef:shape'),
      });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
