import * as path from 'path';
import type { AwsClients } from '../aws/clients';
import { ensureRepository, getLoginCredentials, imageDigest, isEcrImage, parseImageRef } from '../aws/ecr';
import { resourceTags } from '../config/tags';
import type { DeployConfig, KeyValue } from '../config/types';
import type { Docker } from '../docker/docker';
import type { Logger } from '../util/log';

export interface BuildDeps {
  clients: AwsClients;
  docker: Docker;
  log: Logger;
  setSecret(s: string): void;
  /** For the OCI created label; injectable so that tests are deterministic. */
  now?: () => Date;
}

export interface BuildResult {
  imageUri: string;
  digest?: string;
  built: boolean;
}

/**
 * The image to deploy: the given one after checking that it exists, or one built from the workspace
 * and pushed to ECR tagged with the commit SHA. Tags are immutable, so when the commit's tag is already
 * in the repository (a re-run) the existing image is used and nothing is built.
 */
export async function buildAndPush(config: DeployConfig, deps: BuildDeps): Promise<BuildResult> {
  const { clients, docker, log } = deps;
  if (config.image) return checkGivenImage(config.image, deps);

  const name = config.ecr.repository;
  const { repositoryUri, created } = await ensureRepository(clients.ecr, name, {
    keepImages: config.ecr.keepImages,
    scanOnPush: config.ecr.scanOnPush,
    tags: resourceTags(config).map((t) => ({ Key: t.name, Value: t.value })),
    onChange: (m) => log.info(m),
  });
  log.info(created ? `Created ECR repository ${repositoryUri}` : `ECR repository ${repositoryUri}`);

  const tag = config.commitSha;
  const imageUri = `${repositoryUri}:${tag}`;
  const existing = await imageDigest(clients.ecr, name, tag);
  if (existing !== null) {
    log.info(`Image ${imageUri} is already in ECR (tags are immutable): not building or pushing it again.`);
    return { imageUri, digest: existing || undefined, built: false };
  }

  const extraTags: string[] = [];
  for (const t of config.build.extraTags) {
    if (t === tag) continue;
    if ((await imageDigest(clients.ecr, name, t)) !== null) {
      log.warning(
        `Tag '${t}' already exists in ${name} and tags are immutable there: not pushing it. Use a tag that is new for each build.`,
      );
    } else {
      extraTags.push(t);
    }
  }

  const creds = await getLoginCredentials(clients.ecr, (s) => deps.setSecret(s));
  await docker.login(creds.registry, creds.username, creds.password);

  const refs = [imageUri, ...extraTags.map((t) => `${repositoryUri}:${t}`)];
  const context = path.resolve(config.workspace, config.build.context);
  const dockerfile = path.resolve(config.workspace, config.build.dockerfile);
  log.info(`Building ${refs.join(', ')} from ${path.relative(config.workspace, context) || '.'}`);
  await docker.build({
    context,
    dockerfile,
    tags: refs,
    buildArgs: config.build.buildArgs,
    labels: ociLabels(config, (deps.now ?? (() => new Date()))()),
    platform: config.build.platform,
    cacheFrom: config.build.cacheFrom,
    cacheTo: config.build.cacheTo,
  });

  let digest: string | undefined;
  for (const [i, ref] of refs.entries()) {
    let pushed: { digest?: string };
    try {
      pushed = await docker.push(ref);
    } catch (err) {
      // Another run of the same commit (a re-run, a second workflow) may have pushed the tag since
      // it was checked: ECR then refuses the push (ImageTagAlreadyExistsException, "tag invalid ...
      // cannot be overwritten because the repository is immutable"). The image it holds is fine to use.
      const t = i === 0 ? tag : (extraTags[i - 1] as string);
      const there = await imageDigest(clients.ecr, name, t);
      if (there === null) throw err;
      log.warning(
        `Tag '${t}' appeared in ${name} while this run was building (tags are immutable there): using the image it holds${there ? ` (${there})` : ''}.`,
      );
      digest = digest ?? (there || undefined);
      continue;
    }
    digest = digest ?? pushed.digest;
    log.info(`Pushed ${ref}${pushed.digest ? ` (${pushed.digest})` : ''}`);
  }
  return { imageUri, digest, built: true };
}

/**
 * An image in ECR is checked with DescribeImages. So is one in the registry ECR itself reports
 * (a private endpoint or a local emulator), found by comparing hosts. Any other image is checked
 * with `docker manifest inspect`, which sees whatever registries the runner is logged in to.
 */
async function checkGivenImage(image: string, deps: BuildDeps): Promise<BuildResult> {
  const { clients, docker, log } = deps;
  const ref = parseImageRef(image);
  let inEcr = isEcrImage(image);
  if (!inEcr) {
    try {
      const creds = await getLoginCredentials(clients.ecr, (s) => deps.setSecret(s));
      inEcr = creds.registry === ref.registry;
    } catch (err) {
      log.debug(`No ECR registry to compare with: ${(err as Error).message}`);
    }
  }
  let found: boolean;
  let digest: string | undefined;
  if (inEcr && ref.tag) {
    const d = await imageDigest(clients.ecr, ref.repository, ref.tag);
    found = d !== null;
    digest = d || undefined;
  } else {
    found = await docker.imageExists(image);
    digest = ref.digest;
  }
  if (!found) {
    throw new Error(
      `Image ${image} was not found${inEcr ? ` in ECR repository '${ref.repository}'` : ''}: check the 'image' input (repository and tag), or leave it empty to build from the Dockerfile.`,
    );
  }
  log.info(`Deploying the existing image ${image}; nothing is built.`);
  return { imageUri: image, digest, built: false };
}

/** OCI annotations that tie the image to its commit, so `docker inspect` on any running task says where it came from. */
export function ociLabels(config: DeployConfig, now: Date): KeyValue[] {
  const labels = new Map<string, string>([
    ['org.opencontainers.image.revision', config.commitSha],
    ['org.opencontainers.image.created', now.toISOString()],
  ]);
  if (config.repository)
    labels.set('org.opencontainers.image.source', `${config.serverUrl}/${config.repository}`);
  if (config.ref) labels.set('org.opencontainers.image.ref.name', config.ref);
  for (const l of config.build.labels) labels.set(l.name, l.value);
  return [...labels].map(([name, value]) => ({ name, value }));
}
