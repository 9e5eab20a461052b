import * as fs from 'fs';
import * as path from 'path';
import { ECR_REPOSITORY, ECR_REPOSITORY_LENGTH, IMAGE_TAG } from './aws-limits';
import { check, InputError, InputReader } from './reader';
import type { DeployConfig, Mode } from './types';

export type ImageSection = Pick<DeployConfig, 'image' | 'build' | 'ecr'>;

/** What the image section needs from the others. */
export interface ImageContext {
  mode: Mode;
  service: string;
  workspace: string;
  commitSha: string;
  /** A registered revision is deployed as it is: nothing is built. */
  taskDefinitionArn?: string;
}

/** The image: an existing one (`image`) or one built from the workspace and pushed to ECR. */
export function readImage(r: InputReader, warnings: string[], ctx: ImageContext): ImageSection {
  const image = r.optional('image');
  const context = r.str('context') || '.';
  const dockerfileInput = r.str('dockerfile');
  const section: ImageSection = {
    image,
    build: {
      context,
      dockerfile: dockerfileInput || path.join(context, 'Dockerfile'),
      buildArgs: r.namedValueLines('build-args').map(({ name, value }) => ({ name, value })),
      platform: r.optional('platform'),
      cacheFrom: r.lines('cache-from'),
      cacheTo: r.lines('cache-to'),
      extraTags: r.list('image-tags'),
      labels: r.keyValues('labels'),
    },
    ecr: {
      repository: r.str('ecr-repository'),
      keepImages: r.int('ecr-keep-images', 30, 1, 10000),
      scanOnPush: r.bool('ecr-scan-on-push', true),
    },
  };
  const repositoryInput = section.ecr.repository;
  if (image) checkImage(image, warnings, repositoryInput, ctx);
  section.ecr.repository = repositoryInput || defaultRepositoryName(ctx.service);
  checkRepository(section.ecr.repository, repositoryInput !== '', ctx.service);
  const building = (ctx.mode === 'deploy' || ctx.mode === 'preview') && !image && !ctx.taskDefinitionArn;
  if (building) checkBuildable(section.build, dockerfileInput !== '', ctx);
  const platform = section.build.platform;
  if (platform)
    check(
      'platform',
      /^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/.test(platform),
      "be one platform such as 'linux/amd64' or 'linux/arm64'",
      platform,
    );
  for (const t of section.build.extraTags)
    check(
      'image-tags',
      IMAGE_TAG.test(t),
      'list Docker tags (letters, digits, _ . -, up to 128, not starting with . or -)',
      t,
    );
  return section;
}

/** ECR names are lowercase with single separators; ECS names allow upper case and runs of - and _. */
export function defaultRepositoryName(service: string): string {
  return service
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function checkImage(image: string, warnings: string[], repositoryInput: string, ctx: ImageContext): void {
  check(
    'image',
    !/\s/.test(image) &&
      /^[a-z0-9]/.test(image) &&
      (!image.includes('@') || /@sha256:[0-9a-f]{64}$/.test(image)),
    "be an image reference such as '123456789012.dkr.ecr.eu-west-1.amazonaws.com/web:1.2.3'",
    image,
  );
  if (repositoryInput) {
    warnings.push(
      `Input 'image' is given, so nothing is built and 'ecr-repository' ('${repositoryInput}') is not used; remove one of the two.`,
    );
  }
  if (ctx.taskDefinitionArn) {
    warnings.push(
      "Input 'task-definition-arn' deploys a registered revision as it is, so 'image' is not used; remove one of the two.",
    );
  }
}

function checkRepository(repository: string, given: boolean, service: string): void {
  const [min, max] = ECR_REPOSITORY_LENGTH;
  if (ECR_REPOSITORY.test(repository) && repository.length >= min && repository.length <= max) return;
  throw new InputError(
    'ecr-repository',
    given
      ? `Input 'ecr-repository' must be ${min} to ${max} lowercase letters, digits and . _ - / separators, starting and ending with a letter or digit; got '${repository}'.`
      : `Input 'ecr-repository' is needed: no valid repository name can be derived from service '${service}'.`,
  );
}

/** A build needs the commit SHA (the image's tag), the context directory and the Dockerfile. */
function checkBuildable(build: DeployConfig['build'], dockerfileGiven: boolean, ctx: ImageContext): void {
  if (!ctx.commitSha) {
    throw new InputError(
      'GITHUB_SHA',
      'GITHUB_SHA is not set: the image is tagged with the commit SHA. Run inside GitHub Actions, set GITHUB_SHA, or give `image:` to deploy an existing image.',
    );
  }
  if (!fs.existsSync(path.resolve(ctx.workspace, build.context))) {
    throw new InputError(
      'context',
      `Input 'context' must be a directory in the workspace; '${build.context}' does not exist in ${ctx.workspace}.`,
    );
  }
  if (!fs.existsSync(path.resolve(ctx.workspace, build.dockerfile))) {
    throw new InputError(
      dockerfileGiven ? 'dockerfile' : 'context',
      `No Dockerfile at '${build.dockerfile}' (in ${ctx.workspace}): add one, set 'dockerfile', or give 'image' to deploy an existing image.`,
    );
  }
}
