import {
  CreateRepositoryCommand,
  DescribeImagesCommand,
  DescribeRepositoriesCommand,
  ECRClient,
  GetAuthorizationTokenCommand,
  GetLifecyclePolicyCommand,
  PutImageScanningConfigurationCommand,
  PutImageTagMutabilityCommand,
  PutLifecyclePolicyCommand,
  type Repository,
  type Tag,
} from '@aws-sdk/client-ecr';
import { errorName } from './errors';

/** Marks the lifecycle policy as the action's own, so a policy written by someone else is never replaced. */
export const LIFECYCLE_POLICY_MARKER = 'managed by ecs-fargate-deploy';

export interface EnsureRepositoryOptions {
  keepImages: number;
  scanOnPush: boolean;
  tags: Tag[];
  /** Told about each correction of an existing repository, and about a foreign lifecycle policy left alone. */
  onChange?: (message: string) => void;
}

export function lifecyclePolicyText(keepImages: number): string {
  return JSON.stringify({
    rules: [
      {
        rulePriority: 1,
        description: `Keep the last ${keepImages} images (${LIFECYCLE_POLICY_MARKER})`,
        selection: { tagStatus: 'any', countType: 'imageCountMoreThan', countNumber: keepImages },
        action: { type: 'expire' },
      },
    ],
  });
}

/**
 * The repository exists with immutable tags (a commit's tag can never point at another image),
 * scan on push as asked, and a lifecycle policy keeping the last N images. Drift is corrected.
 */
export async function ensureRepository(
  ecr: ECRClient,
  name: string,
  opts: EnsureRepositoryOptions,
): Promise<{ repositoryUri: string; created: boolean }> {
  const note = opts.onChange ?? (() => undefined);
  let repo = await describeRepository(ecr, name);
  let created = false;
  if (!repo) {
    try {
      const out = await ecr.send(
        new CreateRepositoryCommand({
          repositoryName: name,
          imageTagMutability: 'IMMUTABLE',
          imageScanningConfiguration: { scanOnPush: opts.scanOnPush },
          tags: opts.tags.length ? opts.tags : undefined,
        }),
      );
      repo = out.repository;
      created = true;
    } catch (err) {
      // Another run of the same workflow may have created it a moment ago.
      if (errorName(err) !== 'RepositoryAlreadyExistsException') throw err;
      repo = await describeRepository(ecr, name);
    }
  }
  if (!repo?.repositoryUri) throw new Error(`ECR repository '${name}' has no URI after creation`);

  if (!created) {
    if (repo.imageTagMutability !== 'IMMUTABLE') {
      await ecr.send(
        new PutImageTagMutabilityCommand({ repositoryName: name, imageTagMutability: 'IMMUTABLE' }),
      );
      note(
        `ECR repository ${name}: image tags made immutable (were ${repo.imageTagMutability ?? 'MUTABLE'})`,
      );
    }
    if ((repo.imageScanningConfiguration?.scanOnPush ?? false) !== opts.scanOnPush) {
      await ecr.send(
        new PutImageScanningConfigurationCommand({
          repositoryName: name,
          imageScanningConfiguration: { scanOnPush: opts.scanOnPush },
        }),
      );
      note(`ECR repository ${name}: scan on push turned ${opts.scanOnPush ? 'on' : 'off'}`);
    }
  }

  const desired = lifecyclePolicyText(opts.keepImages);
  const current = created ? undefined : await getLifecyclePolicy(ecr, name);
  if (current === undefined) {
    await ecr.send(new PutLifecyclePolicyCommand({ repositoryName: name, lifecyclePolicyText: desired }));
    if (!created)
      note(`ECR repository ${name}: lifecycle policy added (keep the last ${opts.keepImages} images)`);
  } else if (!current.includes(LIFECYCLE_POLICY_MARKER)) {
    note(
      `ECR repository ${name}: it has its own lifecycle policy, left as it is (ecr-keep-images not applied)`,
    );
  } else if (!sameJson(current, desired)) {
    await ecr.send(new PutLifecyclePolicyCommand({ repositoryName: name, lifecyclePolicyText: desired }));
    note(`ECR repository ${name}: lifecycle policy now keeps the last ${opts.keepImages} images`);
  }
  return { repositoryUri: repo.repositoryUri, created };
}

/**
 * Registry credentials from GetAuthorizationToken. `onSecret` is called with the token and the password
 * before they are returned, so the caller masks them before anything can print them.
 */
export async function getLoginCredentials(
  ecr: ECRClient,
  onSecret: (secret: string) => void = () => undefined,
): Promise<{ registry: string; username: string; password: string }> {
  const out = await ecr.send(new GetAuthorizationTokenCommand({}));
  const data = out.authorizationData?.[0];
  if (!data?.authorizationToken || !data.proxyEndpoint) {
    throw new Error('ECR GetAuthorizationToken returned no authorization data');
  }
  onSecret(data.authorizationToken);
  const decoded = Buffer.from(data.authorizationToken, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0) throw new Error('ECR authorization token is not in the form user:password');
  const password = decoded.slice(colon + 1);
  onSecret(password);
  return { registry: registryHost(data.proxyEndpoint), username: decoded.slice(0, colon), password };
}

/** Whether the repository holds an image with this tag; a missing repository holds none. */
export async function imageExists(ecr: ECRClient, repositoryName: string, tag: string): Promise<boolean> {
  return (await imageDigest(ecr, repositoryName, tag)) !== null;
}

/** The digest of the image with this tag, or null when there is none. */
export async function imageDigest(
  ecr: ECRClient,
  repositoryName: string,
  tag: string,
): Promise<string | null> {
  try {
    const out = await ecr.send(new DescribeImagesCommand({ repositoryName, imageIds: [{ imageTag: tag }] }));
    const detail = out.imageDetails?.[0];
    return detail ? (detail.imageDigest ?? '') : null;
  } catch (err) {
    if (['ImageNotFoundException', 'RepositoryNotFoundException'].includes(errorName(err))) return null;
    throw err;
  }
}

/** 'https://123.dkr.ecr.eu-west-1.amazonaws.com' -> '123.dkr.ecr.eu-west-1.amazonaws.com'. */
export function registryHost(endpoint: string): string {
  return endpoint.replace(/^[a-z]+:\/\//i, '').replace(/\/+$/, '');
}

const ECR_IMAGE =
  /^(\d{12})\.dkr\.ecr(?:-fips)?\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?\/([^:@]+)(?::([^@]+))?(?:@(sha256:[0-9a-f]{64}))?$/;

/** Splits an image reference into registry host, repository and tag or digest. */
export function parseImageRef(ref: string): {
  registry: string;
  repository: string;
  tag?: string;
  digest?: string;
} {
  let rest = ref;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  const slash = rest.indexOf('/');
  const first = slash >= 0 ? rest.slice(0, slash) : '';
  // Docker's rule: the first component is a registry host when it has a '.' or ':' or is localhost.
  const hasRegistry = slash >= 0 && (/[.:]/.test(first) || first === 'localhost');
  const registry = hasRegistry ? first : 'docker.io';
  const path = hasRegistry ? rest.slice(slash + 1) : rest;
  const colon = path.lastIndexOf(':');
  const tag = colon >= 0 ? path.slice(colon + 1) : undefined;
  const repository = colon >= 0 ? path.slice(0, colon) : path;
  return { registry, repository, tag: tag ?? (digest ? undefined : 'latest'), digest };
}

export function isEcrImage(ref: string): boolean {
  return ECR_IMAGE.test(ref);
}

async function describeRepository(ecr: ECRClient, name: string): Promise<Repository | undefined> {
  try {
    const out = await ecr.send(new DescribeRepositoriesCommand({ repositoryNames: [name] }));
    return out.repositories?.[0];
  } catch (err) {
    if (errorName(err) === 'RepositoryNotFoundException') return undefined;
    throw err;
  }
}

async function getLifecyclePolicy(ecr: ECRClient, name: string): Promise<string | undefined> {
  try {
    const out = await ecr.send(new GetLifecyclePolicyCommand({ repositoryName: name }));
    return out.lifecyclePolicyText;
  } catch (err) {
    if (errorName(err) === 'LifecyclePolicyNotFoundException') return undefined;
    throw err;
  }
}

function sameJson(a: string, b: string): boolean {
  try {
    return JSON.stringify(JSON.parse(a)) === JSON.stringify(JSON.parse(b));
  } catch {
    return false;
  }
}
