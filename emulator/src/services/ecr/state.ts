import { createHash } from 'node:crypto';
import type { World } from '../../core/world';
import type { EcrContract } from '../../core/contracts';
import { ownState } from '../../core/own-state';
import { AwsError } from '../../core/errors';

export interface Repository {
  repositoryName: string;
  createdAt: string; // ISO
  imageTagMutability: string;
  scanOnPush: boolean;
  encryptionType: string;
  tags: { Key: string; Value: string }[];
  lifecyclePolicyText?: string;
}

/** An image as ECR describes it, whichever source it came from (the admin API or a real registry). */
export interface EcrImage {
  digest: string;
  tags: string[];
  pushedAt: string; // ISO
  sizeBytes: number;
  manifest: string;
  mediaType: string;
}

const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const MANIFEST_ACCEPT = [
  DOCKER_MANIFEST,
  OCI_MANIFEST,
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.index.v1+json',
].join(', ');
const REGISTRY_TIMEOUT_MS = 5000;

const own = ownState<EcrState>('ECR');

export class EcrState implements EcrContract {
  /** This world's ECR state, as the service's own operations need it. */
  static of(world: World): EcrState {
    return own.of(world);
  }

  repositories = new Map<string, Repository>();
  /**
   * Images declared through the admin API (simulated path), by repository name. Kept apart from the
   * repositories so a test can declare an image before the action creates its repository.
   */
  recorded = new Map<string, EcrImage[]>();
  /** A real registry does not say when an image was pushed: the first time ECR saw a digest stands in. */
  private firstSeen = new Map<string, string>();

  constructor(readonly world: World) {
    own.register(world, this);
  }

  registryHost(): string {
    return this.world.registry?.host ?? `${this.world.accountId}.dkr.ecr.${this.world.region}.amazonaws.com`;
  }

  repositoryUri(name: string): string {
    return `${this.registryHost()}/${name}`;
  }

  requireRepository(name: string): Repository {
    const r = this.repositories.get(name);
    if (!r) {
      throw new AwsError(
        'RepositoryNotFoundException',
        `The repository with name '${name}' does not exist in the registry with id '${this.world.accountId}'`,
      );
    }
    return r;
  }

  recordImage(
    repository: string,
    tag: string,
    digest?: string,
  ): { repository: string; tag: string; digest: string } {
    if (!repository) throw new Error('repository is required');
    if (!tag) throw new Error('tag is required');
    if (digest !== undefined && !/^sha256:[0-9a-f]{64}$/.test(digest))
      throw new Error(`digest must look like sha256:<64 hex>, got '${digest}'`);
    // An image cannot exist outside a repository: declaring one makes its repository, as someone
    // who pushed it would have made it first (with ECR's defaults).
    if (!this.repositories.has(repository)) {
      this.repositories.set(repository, {
        repositoryName: repository,
        createdAt: this.world.clock.now().toISOString(),
        imageTagMutability: 'MUTABLE',
        scanOnPush: false,
        encryptionType: 'AES256',
        tags: [],
      });
    }
    const images = this.recorded.get(repository) ?? [];
    const config = { repository, tag, recordedAt: this.world.clock.now().toISOString() };
    const manifest = JSON.stringify({
      schemaVersion: 2,
      mediaType: DOCKER_MANIFEST,
      config: {
        mediaType: 'application/vnd.docker.container.image.v1+json',
        size: 0,
        digest: `sha256:${sha256(JSON.stringify(config))}`,
      },
      layers: [],
    });
    const d = digest ?? `sha256:${sha256(manifest)}`;
    // A tag names one image at a time: declaring it again moves it, as a push does.
    for (const img of images) img.tags = img.tags.filter((t) => t !== tag);
    let image = images.find((i) => i.digest === d);
    if (!image) {
      image = {
        digest: d,
        tags: [],
        pushedAt: this.world.clock.now().toISOString(),
        sizeBytes: 1024,
        manifest,
        mediaType: DOCKER_MANIFEST,
      };
      images.push(image);
    }
    image.tags.push(tag);
    this.recorded.set(repository, images);
    return { repository, tag, digest: d };
  }

  listRecordedImages(): { repository: string; digest: string; tags: string[] }[] {
    return [...this.recorded].flatMap(([repository, images]) =>
      images.map((i) => ({ repository, digest: i.digest, tags: [...i.tags] })),
    );
  }

  /** The repository's images: from the real registry when one backs ECR, plus those declared through the admin API. */
  async images(name: string): Promise<EcrImage[]> {
    const recorded = this.recorded.get(name) ?? [];
    if (!this.world.registry) return recorded;
    const fromRegistry = await this.registryImages(name);
    const seen = new Set(fromRegistry.map((i) => i.digest));
    return [...fromRegistry, ...recorded.filter((i) => !seen.has(i.digest))];
  }

  private async registryFetch(path: string, method = 'GET'): Promise<Response> {
    const reg = this.world.registry!;
    const auth = Buffer.from(`${reg.username}:${reg.password}`).toString('base64');
    try {
      return await fetch(`http://${reg.host}${path}`, {
        method,
        headers: { authorization: `Basic ${auth}`, accept: MANIFEST_ACCEPT },
        signal: AbortSignal.timeout(REGISTRY_TIMEOUT_MS),
      });
    } catch (e) {
      throw new AwsError(
        'ServerException',
        `The local registry at ${reg.host} did not answer: ${(e as Error).message}`,
        500,
      );
    }
  }

  private async registryImages(name: string): Promise<EcrImage[]> {
    const res = await this.registryFetch(`/v2/${name}/tags/list`);
    if (res.status === 404) return [];
    if (!res.ok)
      throw new AwsError(
        'ServerException',
        `The local registry answered ${res.status} for the tags of ${name}`,
        500,
      );
    const body = (await res.json()) as { tags?: string[] | null };
    const byDigest = new Map<string, EcrImage>();
    for (const tag of body.tags ?? []) {
      const m = await this.registryFetch(`/v2/${name}/manifests/${encodeURIComponent(tag)}`);
      if (!m.ok) continue;
      const manifest = await m.text();
      const digest = m.headers.get('docker-content-digest') ?? `sha256:${sha256(manifest)}`;
      const existing = byDigest.get(digest);
      if (existing) {
        existing.tags.push(tag);
        continue;
      }
      let sizeBytes = 0;
      let mediaType = m.headers.get('content-type') ?? DOCKER_MANIFEST;
      try {
        const parsed = JSON.parse(manifest) as {
          mediaType?: string;
          config?: { size?: number };
          layers?: { size?: number }[];
        };
        mediaType = parsed.mediaType ?? mediaType;
        sizeBytes = (parsed.config?.size ?? 0) + (parsed.layers ?? []).reduce((n, l) => n + (l.size ?? 0), 0);
      } catch {
        // a manifest we cannot parse still exists; its size is unknown
      }
      if (!this.firstSeen.has(digest)) this.firstSeen.set(digest, this.world.clock.now().toISOString());
      byDigest.set(digest, {
        digest,
        tags: [tag],
        pushedAt: this.firstSeen.get(digest)!,
        sizeBytes,
        manifest,
        mediaType,
      });
    }
    return [...byDigest.values()];
  }

  snapshot(): unknown {
    return {
      repositories: [...this.repositories.values()],
      recorded: Object.fromEntries(this.recorded),
      firstSeen: Object.fromEntries(this.firstSeen),
    };
  }

  restore(data: unknown): void {
    const d = data as
      | {
          repositories?: Repository[];
          recorded?: Record<string, EcrImage[]>;
          firstSeen?: Record<string, string>;
        }
      | undefined;
    if (!d?.repositories) return;
    this.repositories = new Map(d.repositories.map((r) => [r.repositoryName, r]));
    this.recorded = new Map(Object.entries(d.recorded ?? {}));
    this.firstSeen = new Map(Object.entries(d.firstSeen ?? {}));
  }

  stop(): void {}
}

function sha256(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}
