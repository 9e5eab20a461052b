import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { mockClient } from 'aws-sdk-client-mock';
import {
  CreateRepositoryCommand,
  DescribeImagesCommand,
  DescribeRepositoriesCommand,
  ECRClient,
  GetAuthorizationTokenCommand,
  GetLifecyclePolicyCommand,
  ImageNotFoundException,
  LifecyclePolicyNotFoundException,
  PutImageScanningConfigurationCommand,
  PutImageTagMutabilityCommand,
  PutLifecyclePolicyCommand,
  RepositoryNotFoundException,
} from '@aws-sdk/client-ecr';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import type { AwsClients } from '../../src/aws/clients';
import {
  ensureRepository,
  getLoginCredentials,
  imageExists,
  lifecyclePolicyText,
  parseImageRef,
} from '../../src/aws/ecr';
import { getAccountId } from '../../src/aws/sts';
import { readConfig } from '../../src/config/inputs';
import type { DeployConfig } from '../../src/config/types';
import type { BuildOptions, Docker } from '../../src/docker/docker';
import { buildAndPush } from '../../src/pipeline/build';
import { MemoryLogger } from '../helpers/memory-logger';

const ecrMock = mockClient(ECRClient);
const stsMock = mockClient(STSClient);
const ecr = new ECRClient({ region: 'eu-west-1' });
const clients = { ecr, sts: new STSClient({ region: 'eu-west-1' }) } as unknown as AwsClients;
const URI = '123456789012.dkr.ecr.eu-west-1.amazonaws.com/hello';
const SHA = 'c'.repeat(40);
const TOKEN = Buffer.from('AWS:s3cr3t-password').toString('base64');

const notFound = (
  E:
    | typeof RepositoryNotFoundException
    | typeof ImageNotFoundException
    | typeof LifecyclePolicyNotFoundException,
) => new E({ message: 'not found', $metadata: {} });

class FakeDocker implements Docker {
  calls: string[] = [];
  builds: BuildOptions[] = [];
  existing = new Set<string>();
  async login(registry: string, username: string): Promise<void> {
    this.calls.push(`login ${registry} ${username}`);
  }
  async build(opts: BuildOptions): Promise<void> {
    this.calls.push(`build ${opts.tags.join(',')}`);
    this.builds.push(opts);
  }
  async push(ref: string): Promise<{ digest?: string }> {
    this.calls.push(`push ${ref}`);
    return { digest: `sha256:${'d'.repeat(64)}` };
  }
  async imageExists(ref: string): Promise<boolean> {
    this.calls.push(`exists ${ref}`);
    return this.existing.has(ref);
  }
}

let workspace: string;
beforeAll(() => {
  workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'build-'));
  fs.writeFileSync(path.join(workspace, 'Dockerfile'), 'FROM scratch\n');
});
afterAll(() => fs.rmSync(workspace, { recursive: true, force: true }));
beforeEach(() => {
  ecrMock.reset();
  stsMock.reset();
});

function config(inputs: Record<string, string> = {}): DeployConfig {
  const all: Record<string, string> = { cluster: 'web', service: 'hello', ...inputs };
  return readConfig((n) => all[n] ?? '', {
    GITHUB_WORKSPACE: workspace,
    GITHUB_SHA: SHA,
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REPOSITORY: 'acme/hello',
    AWS_REGION: 'eu-west-1',
  });
}

function existingRepository(over: Record<string, unknown> = {}) {
  ecrMock.on(DescribeRepositoriesCommand).resolves({
    repositories: [
      {
        repositoryName: 'hello',
        repositoryUri: URI,
        imageTagMutability: 'IMMUTABLE',
        imageScanningConfiguration: { scanOnPush: true },
        ...over,
      },
    ],
  });
}

describe('ECR module', () => {
  it('creates a missing repository with immutable tags, scan on push and a lifecycle policy', async () => {
    ecrMock.on(DescribeRepositoriesCommand).rejects(notFound(RepositoryNotFoundException));
    ecrMock
      .on(CreateRepositoryCommand)
      .resolves({ repository: { repositoryName: 'hello', repositoryUri: URI } });
    ecrMock.on(PutLifecyclePolicyCommand).resolves({});
    const r = await ensureRepository(ecr, 'hello', {
      keepImages: 5,
      scanOnPush: true,
      tags: [{ Key: 'service', Value: 'hello' }],
    });
    expect(r).toEqual({ repositoryUri: URI, created: true });
    expect(ecrMock.commandCalls(CreateRepositoryCommand)[0].args[0].input).toEqual({
      repositoryName: 'hello',
      imageTagMutability: 'IMMUTABLE',
      imageScanningConfiguration: { scanOnPush: true },
      tags: [{ Key: 'service', Value: 'hello' }],
    });
    const policy = JSON.parse(
      ecrMock.commandCalls(PutLifecyclePolicyCommand)[0].args[0].input.lifecyclePolicyText!,
    );
    expect(policy.rules[0].selection).toEqual({
      tagStatus: 'any',
      countType: 'imageCountMoreThan',
      countNumber: 5,
    });
  });

  it('leaves a repository that matches alone', async () => {
    existingRepository();
    ecrMock.on(GetLifecyclePolicyCommand).resolves({ lifecyclePolicyText: lifecyclePolicyText(30) });
    const changes: string[] = [];
    expect(
      await ensureRepository(ecr, 'hello', {
        keepImages: 30,
        scanOnPush: true,
        tags: [],
        onChange: (m) => changes.push(m),
      }),
    ).toEqual({
      repositoryUri: URI,
      created: false,
    });
    expect(changes).toEqual([]);
    expect(ecrMock.commandCalls(PutLifecyclePolicyCommand)).toHaveLength(0);
  });

  it('corrects drift of mutability, scanning and its own lifecycle policy', async () => {
    existingRepository({ imageTagMutability: 'MUTABLE', imageScanningConfiguration: { scanOnPush: false } });
    ecrMock.on(GetLifecyclePolicyCommand).resolves({ lifecyclePolicyText: lifecyclePolicyText(10) });
    const changes: string[] = [];
    await ensureRepository(ecr, 'hello', {
      keepImages: 30,
      scanOnPush: true,
      tags: [],
      onChange: (m) => changes.push(m),
    });
    expect(ecrMock.commandCalls(PutImageTagMutabilityCommand)[0].args[0].input.imageTagMutability).toBe(
      'IMMUTABLE',
    );
    expect(
      ecrMock.commandCalls(PutImageScanningConfigurationCommand)[0].args[0].input.imageScanningConfiguration,
    ).toEqual({ scanOnPush: true });
    expect(ecrMock.commandCalls(PutLifecyclePolicyCommand)[0].args[0].input.lifecyclePolicyText).toBe(
      lifecyclePolicyText(30),
    );
    expect(changes).toHaveLength(3);
  });

  it('never replaces a lifecycle policy someone else wrote', async () => {
    existingRepository();
    ecrMock.on(GetLifecyclePolicyCommand).resolves({ lifecyclePolicyText: '{"rules":[{"rulePriority":1}]}' });
    const changes: string[] = [];
    await ensureRepository(ecr, 'hello', {
      keepImages: 30,
      scanOnPush: true,
      tags: [],
      onChange: (m) => changes.push(m),
    });
    expect(ecrMock.commandCalls(PutLifecyclePolicyCommand)).toHaveLength(0);
    expect(changes[0]).toContain('has its own lifecycle policy, left as it is');
  });

  it('adds a lifecycle policy to an existing repository without one', async () => {
    existingRepository();
    ecrMock.on(GetLifecyclePolicyCommand).rejects(notFound(LifecyclePolicyNotFoundException));
    await ensureRepository(ecr, 'hello', { keepImages: 30, scanOnPush: true, tags: [] });
    expect(ecrMock.commandCalls(PutLifecyclePolicyCommand)).toHaveLength(1);
  });

  it('decodes login credentials and hands each secret to onSecret first', async () => {
    ecrMock.on(GetAuthorizationTokenCommand).resolves({
      authorizationData: [
        { authorizationToken: TOKEN, proxyEndpoint: 'https://123456789012.dkr.ecr.eu-west-1.amazonaws.com' },
      ],
    });
    const secrets: string[] = [];
    const creds = await getLoginCredentials(ecr, (s) => secrets.push(s));
    expect(creds).toEqual({
      registry: '123456789012.dkr.ecr.eu-west-1.amazonaws.com',
      username: 'AWS',
      password: 's3cr3t-password',
    });
    expect(secrets).toEqual([TOKEN, 's3cr3t-password']);
  });

  it('says whether an image tag exists; a missing repository holds none', async () => {
    ecrMock
      .on(DescribeImagesCommand, { imageIds: [{ imageTag: 'yes' }] })
      .resolves({ imageDetails: [{ imageDigest: 'sha256:1' }] });
    ecrMock
      .on(DescribeImagesCommand, { imageIds: [{ imageTag: 'no' }] })
      .rejects(notFound(ImageNotFoundException));
    ecrMock
      .on(DescribeImagesCommand, { repositoryName: 'gone' })
      .rejects(notFound(RepositoryNotFoundException));
    expect(await imageExists(ecr, 'hello', 'yes')).toBe(true);
    expect(await imageExists(ecr, 'hello', 'no')).toBe(false);
    expect(await imageExists(ecr, 'gone', 'yes')).toBe(false);
  });

  it('parses image references like Docker does', () => {
    expect(parseImageRef(`${URI}:abc`)).toEqual({
      registry: '123456789012.dkr.ecr.eu-west-1.amazonaws.com',
      repository: 'hello',
      tag: 'abc',
      digest: undefined,
    });
    expect(parseImageRef('127.0.0.1:5000/team/app:v1')).toMatchObject({
      registry: '127.0.0.1:5000',
      repository: 'team/app',
      tag: 'v1',
    });
    expect(parseImageRef('nginx')).toMatchObject({
      registry: 'docker.io',
      repository: 'nginx',
      tag: 'latest',
    });
  });

  it('reads the account id from STS', async () => {
    stsMock.on(GetCallerIdentityCommand).resolves({ Account: '123456789012' });
    expect(await getAccountId(clients.sts)).toBe('123456789012');
  });
});

describe('buildAndPush', () => {
  function missingImagesExcept(tags: string[]) {
    ecrMock.on(DescribeImagesCommand).rejects(notFound(ImageNotFoundException));
    for (const t of tags)
      ecrMock
        .on(DescribeImagesCommand, { imageIds: [{ imageTag: t }] })
        .resolves({ imageDetails: [{ imageDigest: `sha256:${t}` }] });
  }
  function deps(docker: Docker) {
    const secrets: string[] = [];
    const log = new MemoryLogger();
    return {
      d: {
        clients,
        docker,
        log,
        setSecret: (s: string) => secrets.push(s),
        now: () => new Date('2024-06-01T12:00:00Z'),
      },
      secrets,
      log,
    };
  }

  it('creates the repository, logs in with masked secrets, builds with OCI labels and pushes the SHA tag plus extra tags', async () => {
    ecrMock.on(DescribeRepositoriesCommand).rejects(notFound(RepositoryNotFoundException));
    ecrMock
      .on(CreateRepositoryCommand)
      .resolves({ repository: { repositoryName: 'hello', repositoryUri: URI } });
    ecrMock.on(GetAuthorizationTokenCommand).resolves({
      authorizationData: [
        { authorizationToken: TOKEN, proxyEndpoint: 'https://123456789012.dkr.ecr.eu-west-1.amazonaws.com' },
      ],
    });
    missingImagesExcept(['latest']);
    const docker = new FakeDocker();
    const { d, secrets, log } = deps(docker);
    const r = await buildAndPush(
      config({ 'image-tags': 'v1.2.0, latest', labels: 'team=web', 'build-args': 'A=1' }),
      d,
    );
    expect(r).toEqual({ imageUri: `${URI}:${SHA}`, digest: `sha256:${'d'.repeat(64)}`, built: true });
    expect(secrets).toEqual([TOKEN, 's3cr3t-password']);
    expect(docker.calls).toEqual([
      'login 123456789012.dkr.ecr.eu-west-1.amazonaws.com AWS',
      `build ${URI}:${SHA},${URI}:v1.2.0`,
      `push ${URI}:${SHA}`,
      `push ${URI}:v1.2.0`,
    ]);
    expect(docker.builds[0]).toMatchObject({
      context: workspace,
      dockerfile: path.join(workspace, 'Dockerfile'),
      buildArgs: [{ name: 'A', value: '1' }],
    });
    expect(docker.builds[0].labels).toEqual([
      { name: 'org.opencontainers.image.revision', value: SHA },
      { name: 'org.opencontainers.image.created', value: '2024-06-01T12:00:00.000Z' },
      { name: 'org.opencontainers.image.source', value: 'https://github.com/acme/hello' },
      { name: 'org.opencontainers.image.ref.name', value: 'refs/heads/main' },
      { name: 'team', value: 'web' },
    ]);
    expect(log.text()).toContain(
      "Tag 'latest' already exists in hello and tags are immutable there: not pushing it.",
    );
    expect(log.text()).not.toContain('s3cr3t');
  });

  it('uses the image a concurrent run pushed under the commit tag when ECR refuses the push (immutable tag)', async () => {
    existingRepository();
    ecrMock.on(GetLifecyclePolicyCommand).resolves({ lifecyclePolicyText: lifecyclePolicyText(30) });
    ecrMock.on(GetAuthorizationTokenCommand).resolves({
      authorizationData: [
        { authorizationToken: TOKEN, proxyEndpoint: 'https://123456789012.dkr.ecr.eu-west-1.amazonaws.com' },
      ],
    });
    // Absent when checked before the build, present once the other run's push landed.
    ecrMock
      .on(DescribeImagesCommand)
      .rejectsOnce(notFound(ImageNotFoundException))
      .resolves({ imageDetails: [{ imageDigest: 'sha256:other' }] });
    const docker = new FakeDocker();
    docker.push = async (ref: string) => {
      docker.calls.push(`push ${ref}`);
      throw new Error(
        `tag invalid: The image tag '${SHA}' already exists in the 'hello' repository and cannot be overwritten because the repository is immutable.`,
      );
    };
    const { d, log } = deps(docker);
    expect(await buildAndPush(config(), d)).toEqual({
      imageUri: `${URI}:${SHA}`,
      digest: 'sha256:other',
      built: true,
    });
    expect(log.text()).toContain(`Tag '${SHA}' appeared in hello while this run was building`);
  });

  it('still fails a push that ECR refuses for another reason', async () => {
    existingRepository();
    ecrMock.on(GetLifecyclePolicyCommand).resolves({ lifecyclePolicyText: lifecyclePolicyText(30) });
    ecrMock.on(GetAuthorizationTokenCommand).resolves({
      authorizationData: [
        { authorizationToken: TOKEN, proxyEndpoint: 'https://123456789012.dkr.ecr.eu-west-1.amazonaws.com' },
      ],
    });
    missingImagesExcept([]);
    const docker = new FakeDocker();
    docker.push = async () => {
      throw new Error('denied: not authorized');
    };
    await expect(buildAndPush(config(), deps(docker).d)).rejects.toThrow('denied: not authorized');
  });

  it('skips build and push when the commit tag is already in ECR (a re-run)', async () => {
    existingRepository();
    ecrMock.on(GetLifecyclePolicyCommand).resolves({ lifecyclePolicyText: lifecyclePolicyText(30) });
    missingImagesExcept([SHA]);
    const docker = new FakeDocker();
    const { d, log } = deps(docker);
    expect(await buildAndPush(config(), d)).toEqual({
      imageUri: `${URI}:${SHA}`,
      digest: `sha256:${SHA}`,
      built: false,
    });
    expect(docker.calls).toEqual([]);
    expect(log.text()).toContain('is already in ECR (tags are immutable): not building or pushing it again');
  });

  it('checks a given ECR image with DescribeImages and builds nothing', async () => {
    missingImagesExcept(['1.0']);
    const docker = new FakeDocker();
    const { d } = deps(docker);
    expect(await buildAndPush(config({ image: `${URI}:1.0` }), d)).toEqual({
      imageUri: `${URI}:1.0`,
      digest: 'sha256:1.0',
      built: false,
    });
    expect(docker.calls).toEqual([]);
    expect(ecrMock.commandCalls(CreateRepositoryCommand)).toHaveLength(0);
    await expect(buildAndPush(config({ image: `${URI}:2.0` }), d)).rejects.toThrow(
      `Image ${URI}:2.0 was not found in ECR repository 'hello': check the 'image' input`,
    );
  });

  it('checks an image in the registry ECR reports (local emulator) through ECR, others through docker', async () => {
    ecrMock.on(GetAuthorizationTokenCommand).resolves({
      authorizationData: [{ authorizationToken: TOKEN, proxyEndpoint: 'http://127.0.0.1:5000' }],
    });
    missingImagesExcept(['7']);
    const docker = new FakeDocker();
    docker.existing.add('ghcr.io/acme/app:3');
    const { d } = deps(docker);
    expect((await buildAndPush(config({ image: '127.0.0.1:5000/hello:7' }), d)).built).toBe(false);
    expect(docker.calls).toEqual([]);
    expect(await buildAndPush(config({ image: 'ghcr.io/acme/app:3' }), d)).toMatchObject({
      imageUri: 'ghcr.io/acme/app:3',
      built: false,
    });
    await expect(buildAndPush(config({ image: 'ghcr.io/acme/app:4' }), d)).rejects.toThrow(
      'Image ghcr.io/acme/app:4 was not found: check',
    );
    expect(docker.calls).toEqual(['exists ghcr.io/acme/app:3', 'exists ghcr.io/acme/app:4']);
  });
});
