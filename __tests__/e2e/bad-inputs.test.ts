/**
 * Bad inputs, table-driven: each case runs the bundled action (dist/index.js) against the emulator
 * (simulated runtime) and must end with a non-zero exit, an error that names the input (or the file
 * and line of the template), and not one mutating call in the emulator's call log.
 *
 * The cases run four at a time. Each of the four lanes has its own emulator, holding the same
 * fixtures, so that every mutating call in a call log belongs to the one case that lane is running
 * (the call log does not say which process called).
 */
import { appendFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateSecurityGroupCommand, EC2Client } from '@aws-sdk/client-ec2';
import {
  DeregisterTaskDefinitionCommand,
  ECSClient,
  RegisterTaskDefinitionCommand,
} from '@aws-sdk/client-ecs';
import {
  CreateListenerCommand,
  CreateLoadBalancerCommand,
  CreateRuleCommand,
  CreateTargetGroupCommand,
  ElasticLoadBalancingV2Client,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { startEmulator } from '../../emulator/src/index';
import { isMutatingOperation } from '../../emulator/src/core/operations';
import type { Ec2State } from '../../emulator/src/services/ec2/state';
import { admin, ecrImage, Emulator, runAction } from './harness';

jest.setTimeout(300_000);

const LANES = 4;
const OTHER_VPC = 'vpc-0e1e2e3e4e5e6e7e8';
const OTHER_SUBNET = 'subnet-0e1e2e3e4e5e6e7e8';
const MISSING_TD = 'arn:aws:ecs:us-east-1:000000000000:task-definition/nope:1';
const MISSING_TG = 'arn:aws:elasticloadbalancing:us-east-1:000000000000:targetgroup/nope/0123456789abcdef';

/** What each lane's emulator holds besides the empty account: the things bad inputs point at. */
interface Fixtures {
  defaultVpc: string;
  defaultSubnets: string[];
  otherGroup: string;
  instanceTargetGroup: string;
  otherVpcTargetGroup: string;
  /** An ACM certificate still waiting for its validation. */
  pendingCertificate: string;
}

interface BadInput {
  name: string;
  inputs: Record<string, string>;
  /** Files written into the workspace. */
  files?: Record<string, string>;
  env?: Record<string, string>;
  /** What the error must say: the input's name, or the file and line. */
  expect: RegExp | ((f: Fixtures) => RegExp);
  /** Inputs that need the fixtures' ids. */
  with?: (f: Fixtures) => Record<string, string>;
}

const base = {
  cluster: 'web',
  service: 'hello',
  image: ecrImage('hello', 'v1'),
  'container-port': '3000',
  'wait-for-minutes': '5',
};

const template = (container: Record<string, unknown>, top: Record<string, unknown> = {}) =>
  JSON.stringify(
    {
      family: 'hello',
      networkMode: 'awsvpc',
      requiresCompatibilities: ['FARGATE'],
      cpu: '256',
      memory: '512',
      executionRoleArn: 'arn:aws:iam::000000000000:role/ecsTaskExecutionRole',
      containerDefinitions: [
        {
          name: 'hello',
          image: '${IMAGE}',
          essential: true,
          portMappings: [{ containerPort: 3000 }],
          ...container,
        },
      ],
      ...top,
    },
    null,
    2,
  );
/** The line of the first line of `text` that holds `needle`. */
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
const templateCase = (
  name: string,
  text: string,
  expect: (line: (s: string) => number) => RegExp,
): BadInput => ({
  name,
  inputs: { 'task-definition': 'td.json' },
  files: { 'td.json': text },
  expect: expect((s) => lineOf(text, s)),
});

const enviroment = template({ enviroment: [{ name: 'A', value: 'b' }] });
const healthcheck = template({ healthcheck: { command: ['CMD', 'true'] } });
const option = template({ logConfiguration: { logDriver: 'awslogs', option: {} } });
const familly = template({}, { familly: 'x' });
const wrongType = template({ portMappings: [{ containerPort: '80a' }] });
const placeholder = template({ command: ['${IMAGES}'] });
const unsetEnv = template({ command: ['${env.NOT_SET_ANYWHERE}'] });
const metadata = JSON.stringify({ taskDefinition: JSON.parse(template({})), ResponseMetadata: {} }, null, 2);
const invalidJson = template({}).replace('"essential": true,', '"essential": true,,');

const CASES: BadInput[] = [
  // The classic ones: names, ranges, formats, contradictions (refused before any AWS call).
  { name: 'cluster missing', inputs: { cluster: '' }, expect: /Input 'cluster'/ },
  { name: 'service missing', inputs: { service: '' }, expect: /Input 'service'/ },
  { name: 'cluster with a space', inputs: { cluster: 'web cluster' }, expect: /Input 'cluster'/ },
  { name: 'service of 256 characters', inputs: { service: 'a'.repeat(256) }, expect: /Input 'service'/ },
  { name: 'container-port 0', inputs: { 'container-port': '0' }, expect: /Input 'container-port'/ },
  { name: 'container-port 70000', inputs: { 'container-port': '70000' }, expect: /Input 'container-port'/ },
  {
    name: 'container-port not a number',
    inputs: { 'container-port': 'http' },
    expect: /Input 'container-port'/,
  },
  { name: 'desired-count negative', inputs: { 'desired-count': '-1' }, expect: /Input 'desired-count'/ },
  { name: 'desired-count a word', inputs: { 'desired-count': 'two' }, expect: /Input 'desired-count'/ },
  { name: 'wait-for-minutes 0', inputs: { 'wait-for-minutes': '0' }, expect: /Input 'wait-for-minutes'/ },
  { name: 'wait-until unknown', inputs: { 'wait-until': 'ready' }, expect: /Input 'wait-until'/ },
  { name: 'mode unknown', inputs: { mode: 'destroy' }, expect: /Input 'mode'/ },
  { name: 'rollback not a boolean', inputs: { rollback: 'yes' }, expect: /Input 'rollback'/ },
  { name: 'plan not a boolean', inputs: { plan: 'maybe' }, expect: /Input 'plan'/ },
  { name: 'cpu Fargate lacks', inputs: { cpu: '300' }, expect: /Input 'cpu'|\bcpu\b/ },
  { name: 'cpu and memory no Fargate size', inputs: { cpu: '1024', memory: '512' }, expect: /\bmemory\b/ },
  {
    name: 'log-retention-days not a CloudWatch period',
    inputs: { 'log-retention-days': '8' },
    expect: /Input 'log-retention-days'/,
  },
  { name: 'keep-revisions negative', inputs: { 'keep-revisions': '-1' }, expect: /Input 'keep-revisions'/ },
  {
    name: 'health-check-path without /',
    inputs: { 'health-check-path': 'health' },
    expect: /Input 'health-check-path'/,
  },
  {
    name: 'health-check-interval 2',
    inputs: { 'health-check-interval': '2' },
    expect: /Input 'health-check-interval'/,
  },
  {
    name: 'health-check-timeout 200',
    inputs: { 'health-check-timeout': '200' },
    expect: /Input 'health-check-timeout'/,
  },
  { name: 'healthy-threshold 1', inputs: { 'healthy-threshold': '1' }, expect: /Input 'healthy-threshold'/ },
  {
    name: 'unhealthy-threshold 11',
    inputs: { 'unhealthy-threshold': '11' },
    expect: /Input 'unhealthy-threshold'/,
  },
  {
    name: 'health-check-matcher 600',
    inputs: { 'health-check-matcher': '600' },
    expect: /Input 'health-check-matcher'/,
  },
  {
    name: 'deregistration-delay 4000',
    inputs: { 'deregistration-delay': '4000' },
    expect: /Input 'deregistration-delay'/,
  },
  {
    name: 'load-balancer-name starting with -',
    inputs: { 'load-balancer-name': '-web' },
    expect: /Input 'load-balancer-name'/,
  },
  {
    name: 'load-balancer-name internal-',
    inputs: { 'load-balancer-name': 'internal-web' },
    expect: /Input 'load-balancer-name'/,
  },
  {
    name: 'load-balancer-name of 33',
    inputs: { 'load-balancer-name': 'a'.repeat(33) },
    expect: /Input 'load-balancer-name'/,
  },
  {
    name: 'target-group-name with _',
    inputs: { 'target-group-name': 'web_hello' },
    expect: /Input 'target-group-name'/,
  },
  {
    name: 'load-balancer-scheme unknown',
    inputs: { 'load-balancer-scheme': 'public' },
    expect: /Input 'load-balancer-scheme'/,
  },
  {
    name: 'certificate-arn not an ARN',
    inputs: { 'certificate-arn': 'my-cert' },
    expect: /Input 'certificate-arn'/,
  },
  { name: 'ssl-policy unknown form', inputs: { 'ssl-policy': 'TLS13' }, expect: /Input 'ssl-policy'/ },
  {
    name: 'host-header without a dot',
    inputs: { 'host-header': 'localhost' },
    expect: /Input 'host-header'/,
  },
  { name: 'path-pattern without /', inputs: { 'path-pattern': 'api/*' }, expect: /Input 'path-pattern'/ },
  {
    name: 'six condition values',
    inputs: { 'host-header': 'a.x\nb.x\nc.x', 'path-pattern': '/a\n/b\n/c' },
    expect: /Inputs 'host-header' and 'path-pattern'/,
  },
  {
    name: 'rule-priority 0',
    inputs: { 'rule-priority': '0', 'path-pattern': '/a' },
    expect: /Input 'rule-priority'/,
  },
  {
    name: 'rule-priority 50001',
    inputs: { 'rule-priority': '50001', 'path-pattern': '/a' },
    expect: /Input 'rule-priority'/,
  },
  {
    name: 'target-group-arn not an ARN',
    inputs: { 'target-group-arn': 'arn:bad' },
    expect: /Input 'target-group-arn'/,
  },
  {
    name: 'target-group-arn with host-header',
    inputs: { 'target-group-arn': MISSING_TG, 'host-header': 'a.example.com' },
    expect: /'target-group-arn'/,
  },
  { name: 'vpc-id malformed', inputs: { 'vpc-id': 'vpc-xyz' }, expect: /Input 'vpc-id'/ },
  { name: 'subnets malformed', inputs: { subnets: 'subnet_1' }, expect: /Input 'subnets'/ },
  {
    name: 'security-groups malformed',
    inputs: { 'security-groups': 'web-sg' },
    expect: /Input 'security-groups'/,
  },
  {
    name: 'min-capacity above max-capacity',
    inputs: { 'min-capacity': '3', 'max-capacity': '2' },
    expect: /'(min|max)-capacity'/,
  },
  {
    name: 'cpu-target 150',
    inputs: { 'max-capacity': '3', 'cpu-target': '150' },
    expect: /Input 'cpu-target'/,
  },
  { name: 'tags with a reserved key', inputs: { tags: 'managed-by=me' }, expect: /Input 'tags'/ },
  {
    name: 'environment-variables line without =',
    inputs: { 'environment-variables': 'NOEQUALS' },
    expect: /Input 'environment-variables'/,
  },
  { name: 'secrets line without =', inputs: { secrets: 'DB_PASSWORD' }, expect: /Input 'secrets'/ },
  {
    name: 'task-definition and task-definition-arn',
    inputs: { 'task-definition': 'td.json', 'task-definition-arn': MISSING_TD },
    expect: /'task-definition(-arn)?'/,
  },
  {
    name: 'task-definition-arn malformed',
    inputs: { 'task-definition-arn': 'not an arn' },
    expect: /Input 'task-definition-arn'/,
  },
  {
    name: 'execution-role-arn not a role ARN',
    inputs: { 'execution-role-arn': 'role/deploy' },
    expect: /Input 'execution-role-arn'/,
  },
  { name: 'ecr-keep-images 0', inputs: { 'ecr-keep-images': '0' }, expect: /Input 'ecr-keep-images'/ },
  {
    name: 'failed-task-threshold 0',
    inputs: { 'failed-task-threshold': '0' },
    expect: /Input 'failed-task-threshold'/,
  },
  { name: 'preview without a pull request', inputs: { mode: 'preview' }, expect: /'pull-request'/ },
  { name: 'image not an image reference', inputs: { image: 'Not An Image!' }, expect: /Input 'image'/ },

  // The template: typos at any depth, placeholders, JSON, Fargate rules (file and line).
  {
    name: 'task-definition file missing',
    inputs: { 'task-definition': 'nope.json' },
    expect: /'task-definition'|nope\.json/,
  },
  templateCase(
    'template not JSON',
    invalidJson,
    (l) => new RegExp(`td\\.json:${l('"essential": true,,')}: not valid JSON`),
  ),
  templateCase(
    'template: enviroment',
    enviroment,
    (l) => new RegExp(`td\\.json:${l('"enviroment"')}: .*did you mean environment\\?`),
  ),
  templateCase(
    'template: healthcheck',
    healthcheck,
    (l) => new RegExp(`td\\.json:${l('"healthcheck"')}: .*did you mean healthCheck\\?`),
  ),
  templateCase(
    'template: logConfiguration.option',
    option,
    (l) => new RegExp(`td\\.json:${l('"option"')}: .*did you mean options\\?`),
  ),
  templateCase(
    'template: familly',
    familly,
    (l) => new RegExp(`td\\.json:${l('"familly"')}: .*did you mean family\\?`),
  ),
  templateCase(
    'template: containerPort "80a"',
    wrongType,
    (l) => new RegExp(`td\\.json:${l('"80a"')}: .*containerPort: must be a number`),
  ),
  templateCase(
    'template: unknown placeholder',
    placeholder,
    (l) => new RegExp(`td\\.json:${l('${IMAGES}')}: unknown placeholder`),
  ),
  templateCase(
    'template: unset ${env.X}',
    unsetEnv,
    (l) => new RegExp(`td\\.json:${l('NOT_SET_ANYWHERE')}: .*NOT_SET_ANYWHERE is not set`),
  ),
  templateCase(
    'template: ResponseMetadata beside taskDefinition',
    metadata,
    (l) => new RegExp(`td\\.json:${l('"ResponseMetadata"')}: ResponseMetadata`),
  ),
  templateCase(
    'template: bridge networking',
    template({}, { networkMode: 'bridge' }),
    () => /td\.json.*awsvpc/,
  ),
  templateCase(
    'template: port not mapped',
    template({ portMappings: [{ containerPort: 8080 }] }),
    () => /td\.json.*3000/,
  ),

  // References: read in the preflight, refused before the first change.
  {
    name: 'task-definition-arn that does not exist',
    inputs: { 'task-definition-arn': MISSING_TD },
    expect: /Input 'task-definition-arn'.*does not exist/,
  },
  {
    name: 'task-definition-arn deregistered',
    inputs: { 'task-definition-arn': 'fixture-old:1' },
    expect: /Input 'task-definition-arn'.*INACTIVE/,
  },
  {
    name: 'task-definition-arn without the container port',
    inputs: { 'task-definition-arn': 'fixture-app:1' },
    expect: /Input 'container-port'.*8080/,
  },
  {
    name: 'task-definition-arn without container-name',
    inputs: { 'task-definition-arn': 'fixture-app:1', 'container-port': '8080', 'container-name': 'web' },
    expect: /Input 'container-name'/,
  },
  { name: 'image tag not in ECR', inputs: { image: ecrImage('hello', 'missing') }, expect: /'image'/ },
  { name: 'image repository not in ECR', inputs: { image: ecrImage('nope', 'v1') }, expect: /'image'/ },
  {
    name: 'subnets that do not exist',
    inputs: { subnets: 'subnet-0123456789abcdef0' },
    expect:
      /Input 'subnets': not found \(EC2 DescribeSubnets: The subnet ID 'subnet-0123456789abcdef0' does not exist\)/,
  },
  {
    name: 'vpc-id that does not exist',
    inputs: { 'vpc-id': 'vpc-0123456789abcdef0' },
    expect: /Input 'vpc-id': vpc-0123456789abcdef0 not found/,
  },
  {
    name: 'vpc-id without public subnets',
    inputs: { 'vpc-id': OTHER_VPC },
    expect: /Input 'vpc-id': VPC vpc-0e1e2e3e4e5e6e7e8 has no public subnets/,
  },
  {
    name: 'subnets outside vpc-id',
    inputs: { subnets: OTHER_SUBNET },
    with: (f) => ({ 'vpc-id': f.defaultVpc }),
    expect: /Inputs 'subnets' and 'vpc-id' contradict/,
  },
  {
    name: 'subnets of two VPCs',
    inputs: {},
    with: (f) => ({ subnets: `${f.defaultSubnets[0]}\n${OTHER_SUBNET}` }),
    expect: /Input 'subnets': the subnets belong to different VPCs/,
  },
  {
    name: 'subnets in one zone',
    inputs: {},
    with: (f) => ({ subnets: f.defaultSubnets[0] }),
    expect: /Input 'subnets': an Application Load Balancer needs subnets in at least two availability zones/,
  },
  {
    name: 'security-groups that do not exist',
    inputs: { 'security-groups': 'sg-0123456789abcdef0' },
    expect: /Input 'security-groups': not found/,
  },
  {
    name: 'security-groups of another VPC',
    inputs: {},
    with: (f) => ({ 'security-groups': f.otherGroup }),
    expect: /Input 'security-groups': sg-[0-9a-f]+ \(in vpc-0e1e2e3e4e5e6e7e8\) are not in the tasks' VPC/,
  },
  {
    name: 'target-group-arn that does not exist',
    inputs: { 'target-group-arn': MISSING_TG },
    expect: /Input 'target-group-arn'.*not found/,
  },
  {
    name: 'target-group-arn of instances',
    inputs: {},
    with: (f) => ({ 'target-group-arn': f.instanceTargetGroup }),
    expect: /Input 'target-group-arn'.*type ip/,
  },
  {
    name: 'target-group-arn in another VPC',
    inputs: {},
    with: (f) => ({ 'target-group-arn': f.otherVpcTargetGroup }),
    expect: /Input 'target-group-arn': the target group is in vpc-0e1e2e3e4e5e6e7e8/,
  },
  {
    name: 'load-balancer-name of an internal load balancer',
    inputs: { 'load-balancer-name': 'inner' },
    expect: /Input 'load-balancer-name'.*internal/,
  },
  {
    name: 'load-balancer-name whose listener serves another service',
    inputs: { 'load-balancer-name': 'shared' },
    expect:
      /Input 'load-balancer-name': Listener shared:80 already forwards by default to another target group/,
  },
  {
    name: 'rule-priority taken by another rule',
    inputs: { 'load-balancer-name': 'shared', 'path-pattern': '/hello/*', 'rule-priority': '7' },
    expect: /Input 'rule-priority': priority 7 is already used/,
  },
  {
    name: 'certificate-arn of another region',
    inputs: {
      'certificate-arn':
        'arn:aws:acm:eu-west-1:000000000000:certificate/0f1e2d3c-aaaa-bbbb-cccc-0123456789ab',
    },
    expect: /Input 'certificate-arn'.*eu-west-1/,
  },
  {
    name: 'certificate-arn that ACM does not have',
    inputs: {
      'certificate-arn':
        'arn:aws:acm:us-east-1:000000000000:certificate/0f1e2d3c-aaaa-bbbb-cccc-0123456789ab',
    },
    expect:
      /Input 'certificate-arn': ACM has no certificate arn:aws:acm:us-east-1:000000000000:certificate\/0f1e2d3c/,
  },
  {
    name: 'certificate-arn still pending validation',
    inputs: {},
    with: (f) => ({ 'certificate-arn': f.pendingCertificate }),
    expect: /Input 'certificate-arn': the certificate \S+ \(app.example.com\) is PENDING_VALIDATION/,
  },
];

/** One lane's emulator with the fixtures. */
async function startLane(): Promise<{ emu: Emulator; fixtures: Fixtures }> {
  const emu = await startEmulator({ port: 0, timeScale: 50, runtime: 'simulated' });
  const api = admin(emu.url);
  await api.declareImage('hello', 'v1');
  const config = {
    endpoint: emu.url,
    region: 'us-east-1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
  };
  // The EC2 state behind the world's contract, to place a second VPC in it.
  const ec2 = emu.world.ec2 as Ec2State;
  const vpc = [...ec2.vpcs.values()].find((v) => v.isDefault)!;
  const defaultSubnets = [...ec2.subnets.values()]
    .filter((s) => s.vpcId === vpc.vpcId)
    .map((s) => s.subnetId);
  // A second VPC with one private subnet: EC2's CreateVpc is not emulated, so it is placed in the state.
  ec2.vpcs.set(OTHER_VPC, {
    vpcId: OTHER_VPC,
    cidrBlock: '10.1.0.0/16',
    isDefault: false,
    dhcpOptionsId: 'dopt-0e1e2e3e',
    tags: [],
  });
  ec2.subnets.set(OTHER_SUBNET, {
    subnetId: OTHER_SUBNET,
    vpcId: OTHER_VPC,
    cidrBlock: '10.1.0.0/24',
    availabilityZone: 'us-east-1a',
    availabilityZoneId: 'use1-az1',
    defaultForAz: false,
    mapPublicIpOnLaunch: false,
    tags: [],
  });
  const otherGroup = (
    await new EC2Client(config).send(
      new CreateSecurityGroupCommand({ GroupName: 'other', Description: 'other VPC', VpcId: OTHER_VPC }),
    )
  ).GroupId!;

  const ecs = new ECSClient(config);
  const container = {
    name: 'app',
    image: ecrImage('hello', 'v1'),
    essential: true,
    portMappings: [{ containerPort: 8080 }],
  };
  const register = (family: string) =>
    ecs.send(
      new RegisterTaskDefinitionCommand({
        family,
        networkMode: 'awsvpc',
        requiresCompatibilities: ['FARGATE'],
        cpu: '256',
        memory: '512',
        containerDefinitions: [container],
      }),
    );
  await register('fixture-app');
  const old = await register('fixture-old');
  await ecs.send(
    new DeregisterTaskDefinitionCommand({ taskDefinition: old.taskDefinition!.taskDefinitionArn }),
  );

  const elbv2 = new ElasticLoadBalancingV2Client(config);
  const tg = async (Name: string, VpcId: string, TargetType: 'ip' | 'instance') =>
    (await elbv2.send(new CreateTargetGroupCommand({ Name, Protocol: 'HTTP', Port: 80, VpcId, TargetType })))
      .TargetGroups![0].TargetGroupArn!;
  const instanceTargetGroup = await tg('instances', vpc.vpcId, 'instance');
  const otherVpcTargetGroup = await tg('elsewhere', OTHER_VPC, 'ip');
  const otherService = await tg('other-service', vpc.vpcId, 'ip');
  const lb = async (Name: string, Scheme: 'internal' | 'internet-facing') =>
    (await elbv2.send(new CreateLoadBalancerCommand({ Name, Scheme, Subnets: defaultSubnets.slice(0, 2) })))
      .LoadBalancers![0].LoadBalancerArn!;
  await lb('inner', 'internal');
  const shared = await lb('shared', 'internet-facing');
  const listener = await elbv2.send(
    new CreateListenerCommand({
      LoadBalancerArn: shared,
      Port: 80,
      Protocol: 'HTTP',
      DefaultActions: [{ Type: 'forward', TargetGroupArn: otherService }],
    }),
  );
  await elbv2.send(
    new CreateRuleCommand({
      ListenerArn: listener.Listeners![0].ListenerArn,
      Priority: 7,
      Conditions: [{ Field: 'path-pattern', PathPatternConfig: { Values: ['/other/*'] } }],
      Actions: [{ Type: 'forward', TargetGroupArn: otherService }],
    }),
  );
  const pending = (await api.call('POST', 'certificates', {
    domainName: 'app.example.com',
    status: 'PENDING_VALIDATION',
  })) as { arn: string };
  await api.clearCalls();
  return {
    emu,
    fixtures: {
      defaultVpc: vpc.vpcId,
      defaultSubnets,
      otherGroup,
      instanceTargetGroup,
      otherVpcTargetGroup,
      pendingCertificate: pending.arn,
    },
  };
}

interface Outcome {
  name: string;
  exitCode: number;
  error: string;
  named: boolean;
  mutating: string[];
  ms: number;
}

async function runCase(lane: { emu: Emulator; fixtures: Fixtures }, c: BadInput): Promise<Outcome> {
  const api = admin(lane.emu.url);
  await api.clearCalls();
  const workspace = mkdtempSync(join(tmpdir(), 'bad-input-'));
  for (const [name, text] of Object.entries(c.files ?? {})) writeFileSync(join(workspace, name), text);
  const inputs = { ...base, ...c.inputs, ...(c.with?.(lane.fixtures) ?? {}) };
  const run = await runAction(inputs, { endpoint: lane.emu.url, workspace, env: c.env, timeoutMs: 60_000 });
  const calls = await api.calls();
  const error = run.log
    .split('\n')
    .filter((l) => l.startsWith('::error::'))
    .join('\n');
  const expected = typeof c.expect === 'function' ? c.expect(lane.fixtures) : c.expect;
  return {
    name: c.name,
    exitCode: run.exitCode,
    error,
    named: expected.test(error),
    mutating: calls.filter((call) => isMutatingOperation(call.operation)).map((call) => call.operation),
    ms: run.durationMs,
  };
}

let lanes: { emu: Emulator; fixtures: Fixtures }[] = [];
const outcomes: Outcome[] = [];

beforeAll(async () => {
  lanes = await Promise.all(Array.from({ length: LANES }, () => startLane()));
  // Each lane takes the next case when it is free: at most LANES actions run at once.
  let next = 0;
  await Promise.all(
    lanes.map(async (lane) => {
      while (next < CASES.length) {
        const c = CASES[next++];
        const o = await runCase(lane, c);
        outcomes.push(o);
        if (process.env.BAD_INPUTS_TRACE)
          appendFileSync(process.env.BAD_INPUTS_TRACE, `${JSON.stringify(o)}\n`);
      }
    }),
  );
}, 900_000);

afterAll(async () => {
  await Promise.all(lanes.map((l) => l.emu.stop()));
});

test(`the table holds at least 60 bad inputs (${CASES.length})`, () => {
  expect(CASES.length).toBeGreaterThanOrEqual(60);
  expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
});

test.each(CASES.map((c) => c.name))('%s: refused with an error naming it, before any change', (name) => {
  const o = outcomes.find((x) => x.name === name)!;
  expect({
    name,
    exitCode: o.exitCode === 0 ? 0 : 'non-zero',
    named: o.named,
    error: o.error,
    mutating: o.mutating,
  }).toEqual({
    name,
    exitCode: 'non-zero',
    named: true,
    error: o.error,
    mutating: [],
  });
});

test('count', () => {
  const clean = outcomes.filter((o) => o.exitCode !== 0 && o.named && o.mutating.length === 0);
  const slowest = Math.max(...outcomes.map((o) => o.ms));
  // The figure the docs quote (docs/reliability.md, "Bad inputs").
  console.log(
    `bad inputs refused cleanly: ${clean.length} of ${outcomes.length}; slowest case ${slowest} ms`,
  );
  expect(outcomes).toHaveLength(CASES.length);
});
