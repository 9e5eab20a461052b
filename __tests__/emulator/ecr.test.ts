import * as http from 'node:http';
import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import {
  ECRClient,
  GetAuthorizationTokenCommand,
  CreateRepositoryCommand,
  DescribeRepositoriesCommand,
  DeleteRepositoryCommand,
  PutLifecyclePolicyCommand,
  GetLifecyclePolicyCommand,
  PutImageScanningConfigurationCommand,
  PutImageTagMutabilityCommand,
  DescribeImagesCommand,
  BatchGetImageCommand,
} from '@aws-sdk/client-ecr';
import { startTestEmulator, clientConfig, admin } from './core/fake-runtime';

const POLICY = JSON.stringify({
  rules: [
    {
      rulePriority: 1,
      description: 'keep 10',
      selection: { tagStatus: 'any', countType: 'imageCountMoreThan', countNumber: 10 },
      action: { type: 'expire' },
    },
  ],
});

describe('ECR without a registry (images declared through the admin API)', () => {
  let emu: Awaited<ReturnType<typeof startTestEmulator>>;
  let ecr: ECRClient;
  beforeAll(async () => {
    emu = await startTestEmulator();
    ecr = new ECRClient(clientConfig(emu.url, { maxAttempts: 1 }));
  });
  afterAll(() => emu.stop());
  beforeEach(() => admin(emu.url, 'POST', 'reset'));

  it('gives an AWS-shaped authorization token for the account registry', async () => {
    const data = (await ecr.send(new GetAuthorizationTokenCommand({}))).authorizationData![0];
    expect(Buffer.from(data.authorizationToken!, 'base64').toString()).toMatch(/^AWS:.+/);
    expect(data.proxyEndpoint).toBe('https://000000000000.dkr.ecr.us-east-1.amazonaws.com');
    expect(data.expiresAt!.getTime()).toBeGreaterThan(emu.world.clock.nowMs());
  });

  it('creates, describes and deletes repositories with AWS errors', async () => {
    const created = await ecr.send(
      new CreateRepositoryCommand({
        repositoryName: 'shop/web',
        imageTagMutability: 'IMMUTABLE',
        imageScanningConfiguration: { scanOnPush: true },
        tags: [{ Key: 'app', Value: 'shop' }],
      }),
    );
    expect(created.repository).toMatchObject({
      repositoryName: 'shop/web',
      repositoryUri: '000000000000.dkr.ecr.us-east-1.amazonaws.com/shop/web',
      repositoryArn: 'arn:aws:ecr:us-east-1:000000000000:repository/shop/web',
      imageTagMutability: 'IMMUTABLE',
      imageScanningConfiguration: { scanOnPush: true },
    });
    await expect(ecr.send(new CreateRepositoryCommand({ repositoryName: 'shop/web' }))).rejects.toMatchObject(
      {
        name: 'RepositoryAlreadyExistsException',
        message: "The repository with name 'shop/web' already exists in the registry with id '000000000000'",
      },
    );
    await expect(ecr.send(new CreateRepositoryCommand({ repositoryName: 'Bad_Name' }))).rejects.toMatchObject(
      { name: 'InvalidParameterException' },
    );
    await expect(
      ecr.send(
        new CreateRepositoryCommand({ repositoryName: 'x1', imageTagMutability: 'SOMETIMES' as never }),
      ),
    ).rejects.toMatchObject({ name: 'InvalidParameterException' });
    expect(
      (await ecr.send(new DescribeRepositoriesCommand({}))).repositories!.map((r) => r.repositoryName),
    ).toEqual(['shop/web']);
    await expect(
      ecr.send(new DescribeRepositoriesCommand({ repositoryNames: ['nope'] })),
    ).rejects.toMatchObject({ name: 'RepositoryNotFoundException' });

    await ecr.send(
      new PutImageTagMutabilityCommand({ repositoryName: 'shop/web', imageTagMutability: 'MUTABLE' }),
    );
    await ecr.send(
      new PutImageScanningConfigurationCommand({
        repositoryName: 'shop/web',
        imageScanningConfiguration: { scanOnPush: false },
      }),
    );
    const after = (await ecr.send(new DescribeRepositoriesCommand({ repositoryNames: ['shop/web'] })))
      .repositories![0];
    expect([after.imageTagMutability, after.imageScanningConfiguration?.scanOnPush]).toEqual([
      'MUTABLE',
      false,
    ]);

    await admin(emu.url, 'PUT', 'ecr/images', { repository: 'shop/web', tag: 'v1' });
    await expect(ecr.send(new DeleteRepositoryCommand({ repositoryName: 'shop/web' }))).rejects.toMatchObject(
      { name: 'RepositoryNotEmptyException' },
    );
    await ecr.send(new DeleteRepositoryCommand({ repositoryName: 'shop/web', force: true }));
    await expect(ecr.send(new DeleteRepositoryCommand({ repositoryName: 'shop/web' }))).rejects.toMatchObject(
      { name: 'RepositoryNotFoundException' },
    );
  });

  it('stores a valid lifecycle policy and refuses an invalid one', async () => {
    await ecr.send(new CreateRepositoryCommand({ repositoryName: 'app' }));
    await expect(ecr.send(new GetLifecyclePolicyCommand({ repositoryName: 'app' }))).rejects.toMatchObject({
      name: 'LifecyclePolicyNotFoundException',
    });
    await expect(
      ecr.send(new PutLifecyclePolicyCommand({ repositoryName: 'app', lifecyclePolicyText: '{not json' })),
    ).rejects.toMatchObject({ name: 'InvalidParameterException' });
    await expect(
      ecr.send(
        new PutLifecyclePolicyCommand({
          repositoryName: 'app',
          lifecyclePolicyText: JSON.stringify({ rules: [{ rulePriority: 1 }] }),
        }),
      ),
    ).rejects.toMatchObject({
      name: 'InvalidParameterException',
    });
    await ecr.send(new PutLifecyclePolicyCommand({ repositoryName: 'app', lifecyclePolicyText: POLICY }));
    expect(
      (await ecr.send(new GetLifecyclePolicyCommand({ repositoryName: 'app' }))).lifecyclePolicyText,
    ).toBe(POLICY);
    await expect(
      ecr.send(new PutLifecyclePolicyCommand({ repositoryName: 'nope', lifecyclePolicyText: POLICY })),
    ).rejects.toMatchObject({ name: 'RepositoryNotFoundException' });
  });

  it('describes and gets images declared through the admin API, by tag and by digest', async () => {
    await ecr.send(new CreateRepositoryCommand({ repositoryName: 'app' }));
    const declared = await admin(emu.url, 'PUT', 'ecr/images', { repository: 'app', tag: 'v1' });
    expect(declared.status).toBe(200);
    const digest: string = declared.json.digest;
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    const described = await ecr.send(
      new DescribeImagesCommand({ repositoryName: 'app', imageIds: [{ imageTag: 'v1' }] }),
    );
    expect(described.imageDetails!.map((d) => [d.imageDigest, d.imageTags])).toEqual([[digest, ['v1']]]);
    expect(described.imageDetails![0].imagePushedAt).toBeInstanceOf(Date);
    await expect(
      ecr.send(new DescribeImagesCommand({ repositoryName: 'app', imageIds: [{ imageTag: 'v2' }] })),
    ).rejects.toMatchObject({ name: 'ImageNotFoundException' });
    const got = await ecr.send(
      new BatchGetImageCommand({
        repositoryName: 'app',
        imageIds: [{ imageDigest: digest }, { imageTag: 'v9' }],
      }),
    );
    expect(got.images!.map((i) => i.imageId?.imageDigest)).toEqual([digest]);
    expect(JSON.parse(got.images![0].imageManifest!).schemaVersion).toBe(2);
    expect(got.failures!.map((f) => f.failureCode)).toEqual(['ImageNotFound']);
    expect(
      (await admin(emu.url, 'PUT', 'ecr/images', { repository: 'app', tag: 'v1', digest: 'sha1:x' })).status,
    ).toBe(400);
  });
});

describe('ECR backed by a local registry', () => {
  const manifest = JSON.stringify({
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    config: {
      mediaType: 'application/vnd.oci.image.config.v1+json',
      size: 100,
      digest: 'sha256:' + 'a'.repeat(64),
    },
    layers: [
      {
        mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip',
        size: 2000,
        digest: 'sha256:' + 'b'.repeat(64),
      },
    ],
  });
  const digest = 'sha256:' + createHash('sha256').update(manifest).digest('hex');
  let registry: http.Server;
  let host: string;
  const seenAccept: string[] = [];

  beforeAll(async () => {
    // The distribution registry's HTTP API v2, as much of it as ECR reads, behind basic auth.
    registry = http.createServer((req, res) => {
      if (req.headers.authorization !== `Basic ${Buffer.from('reg-user:reg-pass').toString('base64')}`) {
        res.writeHead(401).end();
        return;
      }
      if (req.url === '/v2/app/tags/list') {
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ name: 'app', tags: ['v1', 'latest'] }));
      } else if (req.url === '/v2/app/manifests/v1' || req.url === '/v2/app/manifests/latest') {
        seenAccept.push(String(req.headers.accept));
        res
          .writeHead(200, {
            'content-type': 'application/vnd.oci.image.manifest.v1+json',
            'docker-content-digest': digest,
          })
          .end(manifest);
      } else {
        res
          .writeHead(404, { 'content-type': 'application/json' })
          .end(JSON.stringify({ errors: [{ code: 'NAME_UNKNOWN' }] }));
      }
    });
    await new Promise<void>((r) => registry.listen(0, '127.0.0.1', r));
    host = `127.0.0.1:${(registry.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => registry.close(() => r())));

  it('returns the registry as proxy endpoint and repository host, and reads images from it', async () => {
    const emu = await startTestEmulator({ registry: { host, username: 'reg-user', password: 'reg-pass' } });
    try {
      const ecr = new ECRClient(clientConfig(emu.url, { maxAttempts: 1 }));
      const auth = (await ecr.send(new GetAuthorizationTokenCommand({}))).authorizationData![0];
      expect(auth.proxyEndpoint).toBe(`http://${host}`);
      expect(Buffer.from(auth.authorizationToken!, 'base64').toString()).toBe('reg-user:reg-pass');
      const repo = (await ecr.send(new CreateRepositoryCommand({ repositoryName: 'app' }))).repository!;
      expect(repo.repositoryUri).toBe(`${host}/app`);
      const images = await ecr.send(new DescribeImagesCommand({ repositoryName: 'app' }));
      expect(
        images.imageDetails!.map((d) => [
          d.imageDigest,
          d.imageTags,
          d.imageSizeInBytes,
          d.imageManifestMediaType,
        ]),
      ).toEqual([[digest, ['v1', 'latest'], 2100, 'application/vnd.oci.image.manifest.v1+json']]);
      expect(seenAccept[0]).toContain('application/vnd.oci.image.manifest.v1+json');
      expect(seenAccept[0]).toContain('application/vnd.docker.distribution.manifest.v2+json');
      await ecr.send(new CreateRepositoryCommand({ repositoryName: 'empty' }));
      expect((await ecr.send(new DescribeImagesCommand({ repositoryName: 'empty' }))).imageDetails).toEqual(
        [],
      );
    } finally {
      await emu.stop();
    }
  });
});
