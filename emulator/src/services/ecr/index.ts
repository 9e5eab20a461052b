import { createHash } from 'node:crypto';
import { validTagKey } from '../../core/tags';
import { decodePageToken, pageFrom } from '../../core/paging';
import type { ServiceDefinition, RequestContext } from '../../core/service';
import { AwsError } from '../../core/errors';
import { EcrState, type EcrImage, type Repository } from './state';

type Input = Record<string, any>;
type ImageId = { imageDigest?: string; imageTag?: string };

const ecr = (ctx: RequestContext): EcrState => EcrState.of(ctx.world);
const invalid = (message: string) => new AwsError('InvalidParameterException', message);

const NAME_PATTERN = /^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/;

function repositoryName(input: Input): string {
  const name = input.repositoryName;
  if (typeof name !== 'string' || !name)
    throw invalid(
      `1 validation error detected: Value null at 'repositoryName' failed to satisfy constraint: Member must not be null`,
    );
  if (name.length < 2 || name.length > 256 || !NAME_PATTERN.test(name)) {
    throw invalid(
      `Invalid parameter at 'repositoryName' failed to satisfy constraint: 'must satisfy regular expression '(?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*''`,
    );
  }
  return name;
}

function checkRegistryId(input: Input, ctx: RequestContext): void {
  if (input.registryId !== undefined && input.registryId !== ctx.accountId) {
    throw invalid(
      `Invalid parameter at 'registryId' failed to satisfy constraint: 'must be the account id ${ctx.accountId}'`,
    );
  }
}

function mutability(v: unknown): string {
  const allowed = ['MUTABLE', 'IMMUTABLE', 'MUTABLE_WITH_EXCLUSION', 'IMMUTABLE_WITH_EXCLUSION'];
  if (v === undefined) return 'MUTABLE';
  if (typeof v !== 'string' || !allowed.includes(v)) {
    throw invalid(
      `1 validation error detected: Value '${String(v)}' at 'imageTagMutability' failed to satisfy constraint: Member must satisfy enum value set: [${allowed.join(', ')}]`,
    );
  }
  return v;
}

function repositoryOut(r: Repository, ctx: RequestContext) {
  return {
    repositoryArn: `arn:aws:ecr:${ctx.region}:${ctx.accountId}:repository/${r.repositoryName}`,
    registryId: ctx.accountId,
    repositoryName: r.repositoryName,
    repositoryUri: ecr(ctx).repositoryUri(r.repositoryName),
    createdAt: new Date(r.createdAt),
    imageTagMutability: r.imageTagMutability,
    imageScanningConfiguration: { scanOnPush: r.scanOnPush },
    encryptionConfiguration: { encryptionType: r.encryptionType },
  };
}

/**
 * Lifecycle policies are checked for the structure ECR requires; ECR's own messages for each case
 * are long and varied, so one message names what is wrong after the fixed prefix ECR uses.
 */
function validateLifecyclePolicy(text: unknown): string {
  const fail = (why: string) =>
    invalid(
      `Invalid parameter at 'LifecyclePolicyText' failed to satisfy constraint: 'Lifecycle policy validation failure: ${why}'`,
    );
  if (typeof text !== 'string' || text.trim().length === 0) throw fail('the policy text is empty');
  if (text.length > 30720) throw fail('the policy text is longer than 30720 characters');
  let doc: any;
  try {
    doc = JSON.parse(text);
  } catch {
    throw fail('the policy text is not valid JSON');
  }
  if (!doc || !Array.isArray(doc.rules) || doc.rules.length === 0)
    throw fail('object has missing required properties (["rules"])');
  const priorities = new Set<number>();
  for (const rule of doc.rules) {
    if (!Number.isInteger(rule?.rulePriority) || rule.rulePriority < 1)
      throw fail('rulePriority must be a positive integer');
    if (priorities.has(rule.rulePriority))
      throw fail(`rulePriority ${rule.rulePriority} is used more than once`);
    priorities.add(rule.rulePriority);
    const sel = rule.selection;
    if (!sel || !['tagged', 'untagged', 'any'].includes(sel.tagStatus))
      throw fail('selection.tagStatus must be one of tagged, untagged, any');
    if (
      sel.tagStatus === 'tagged' &&
      !(Array.isArray(sel.tagPrefixList) && sel.tagPrefixList.length) &&
      !(Array.isArray(sel.tagPatternList) && sel.tagPatternList.length)
    ) {
      throw fail('tagPrefixList or tagPatternList is required when tagStatus is tagged');
    }
    if (!['imageCountMoreThan', 'sinceImagePushed'].includes(sel.countType))
      throw fail('selection.countType must be imageCountMoreThan or sinceImagePushed');
    if (sel.countType === 'sinceImagePushed' && sel.countUnit !== 'days')
      throw fail('countUnit must be days when countType is sinceImagePushed');
    if (!Number.isInteger(sel.countNumber) || sel.countNumber < 1)
      throw fail('selection.countNumber must be a positive integer');
    if (rule.action?.type !== 'expire') throw fail('action.type must be expire');
  }
  return text;
}

const matchesId = (img: EcrImage, id: ImageId): boolean =>
  (id.imageDigest === undefined || img.digest === id.imageDigest) &&
  (id.imageTag === undefined || img.tags.includes(id.imageTag));

const describeId = (id: ImageId) =>
  `{imageDigest:'${id.imageDigest ?? 'null'}', imageTag:'${id.imageTag ?? 'null'}'}`;

function imageIds(input: Input): ImageId[] | undefined {
  if (input.imageIds === undefined) return undefined;
  if (!Array.isArray(input.imageIds)) throw invalid('imageIds must be a list');
  for (const id of input.imageIds as ImageId[]) {
    if (!id || (id.imageDigest === undefined && id.imageTag === undefined))
      throw invalid(
        "Invalid parameter at 'imageIds' failed to satisfy constraint: 'imageId must have either imageTag or imageDigest'",
      );
  }
  return input.imageIds;
}

const PASSWORD_BYTES = 'emulator-ecr-token';

export const definition: ServiceDefinition = {
  signingName: 'ecr',
  protocol: 'json',
  targetPrefix: 'AmazonEC2ContainerRegistry_V20150921',
  operations: {
    GetAuthorizationToken(_input: Input, ctx) {
      const reg = ctx.world.registry;
      // ECR's password is a long signed blob; any stable string does for a registry that checks nothing.
      const password = createHash('sha256').update(`${PASSWORD_BYTES}:${ctx.accountId}`).digest('base64');
      const token = reg
        ? Buffer.from(`${reg.username}:${reg.password}`).toString('base64')
        : Buffer.from(`AWS:${password}`).toString('base64');
      return {
        authorizationData: [
          {
            authorizationToken: token,
            expiresAt: new Date(ctx.world.clock.nowMs() + 12 * 3600_000),
            proxyEndpoint: reg
              ? `http://${reg.host}`
              : `https://${ctx.accountId}.dkr.ecr.${ctx.region}.amazonaws.com`,
          },
        ],
      };
    },

    CreateRepository(input: Input, ctx) {
      checkRegistryId(input, ctx);
      const state = ecr(ctx);
      const name = repositoryName(input);
      const tagMutability = mutability(input.imageTagMutability);
      const tags = Array.isArray(input.tags) ? (input.tags as { Key: string; Value: string }[]) : [];
      for (const t of tags)
        if (!t.Key || !validTagKey(t.Key)) throw invalid(`Invalid tag key '${t.Key ?? ''}'`);
      const encryptionType = input.encryptionConfiguration?.encryptionType ?? 'AES256';
      if (!['AES256', 'KMS', 'KMS_DSSE'].includes(encryptionType))
        throw invalid(`Invalid encryptionType '${encryptionType}'`);
      if (state.repositories.has(name)) {
        throw new AwsError(
          'RepositoryAlreadyExistsException',
          `The repository with name '${name}' already exists in the registry with id '${ctx.accountId}'`,
        );
      }
      const repo: Repository = {
        repositoryName: name,
        createdAt: ctx.world.clock.now().toISOString(),
        imageTagMutability: tagMutability,
        scanOnPush: !!input.imageScanningConfiguration?.scanOnPush,
        encryptionType,
        tags: tags.map((t) => ({ Key: t.Key, Value: t.Value ?? '' })),
      };
      state.repositories.set(name, repo);
      return { repository: repositoryOut(repo, ctx) };
    },

    DescribeRepositories(input: Input, ctx) {
      checkRegistryId(input, ctx);
      const state = ecr(ctx);
      const names: string[] | undefined = Array.isArray(input.repositoryNames)
        ? input.repositoryNames
        : undefined;
      if (names && input.nextToken) throw invalid('Cannot specify nextToken together with repositoryNames');
      const repos = names
        ? names.map((n) => state.requireRepository(n))
        : [...state.repositories.values()].sort((a, b) => a.repositoryName.localeCompare(b.repositoryName));
      const max = input.maxResults ?? 100;
      if (!Number.isInteger(max) || max < 1 || max > 1000)
        throw invalid(
          `1 validation error detected: Value '${max}' at 'maxResults' failed to satisfy constraint: Member must have value between 1 and 1000`,
        );
      const page = pageFrom(repos, decodePageToken(input.nextToken) ?? 0, max);
      return { repositories: page.items.map((r) => repositoryOut(r, ctx)), nextToken: page.nextToken };
    },

    async DeleteRepository(input: Input, ctx) {
      checkRegistryId(input, ctx);
      const state = ecr(ctx);
      const repo = state.requireRepository(repositoryName(input));
      if (!input.force && (await state.images(repo.repositoryName)).length > 0) {
        throw new AwsError(
          'RepositoryNotEmptyException',
          `The repository with name '${repo.repositoryName}' in registry with id '${ctx.accountId}' cannot be deleted because it still contains images`,
        );
      }
      state.repositories.delete(repo.repositoryName);
      state.recorded.delete(repo.repositoryName);
      return { repository: repositoryOut(repo, ctx) };
    },

    PutLifecyclePolicy(input: Input, ctx) {
      checkRegistryId(input, ctx);
      const repo = ecr(ctx).requireRepository(repositoryName(input));
      repo.lifecyclePolicyText = validateLifecyclePolicy(input.lifecyclePolicyText);
      return {
        registryId: ctx.accountId,
        repositoryName: repo.repositoryName,
        lifecyclePolicyText: repo.lifecyclePolicyText,
      };
    },

    GetLifecyclePolicy(input: Input, ctx) {
      checkRegistryId(input, ctx);
      const repo = ecr(ctx).requireRepository(repositoryName(input));
      if (repo.lifecyclePolicyText === undefined) {
        throw new AwsError(
          'LifecyclePolicyNotFoundException',
          `Lifecycle policy does not exist for the repository with name '${repo.repositoryName}' in the registry with id '${ctx.accountId}'`,
        );
      }
      return {
        registryId: ctx.accountId,
        repositoryName: repo.repositoryName,
        lifecyclePolicyText: repo.lifecyclePolicyText,
        lastEvaluatedAt: new Date(repo.createdAt),
      };
    },

    DeleteLifecyclePolicy(input: Input, ctx) {
      const repo = ecr(ctx).requireRepository(repositoryName(input));
      const text = repo.lifecyclePolicyText;
      if (text === undefined) {
        throw new AwsError(
          'LifecyclePolicyNotFoundException',
          `Lifecycle policy does not exist for the repository with name '${repo.repositoryName}' in the registry with id '${ctx.accountId}'`,
        );
      }
      delete repo.lifecyclePolicyText;
      return { registryId: ctx.accountId, repositoryName: repo.repositoryName, lifecyclePolicyText: text };
    },

    PutImageScanningConfiguration(input: Input, ctx) {
      checkRegistryId(input, ctx);
      const repo = ecr(ctx).requireRepository(repositoryName(input));
      if (!input.imageScanningConfiguration || typeof input.imageScanningConfiguration !== 'object') {
        throw invalid(
          `1 validation error detected: Value null at 'imageScanningConfiguration' failed to satisfy constraint: Member must not be null`,
        );
      }
      repo.scanOnPush = !!input.imageScanningConfiguration.scanOnPush;
      return {
        registryId: ctx.accountId,
        repositoryName: repo.repositoryName,
        imageScanningConfiguration: { scanOnPush: repo.scanOnPush },
      };
    },

    PutImageTagMutability(input: Input, ctx) {
      checkRegistryId(input, ctx);
      const repo = ecr(ctx).requireRepository(repositoryName(input));
      if (input.imageTagMutability === undefined) {
        throw invalid(
          `1 validation error detected: Value null at 'imageTagMutability' failed to satisfy constraint: Member must not be null`,
        );
      }
      repo.imageTagMutability = mutability(input.imageTagMutability);
      return {
        registryId: ctx.accountId,
        repositoryName: repo.repositoryName,
        imageTagMutability: repo.imageTagMutability,
      };
    },

    ListTagsForResource(input: Input, ctx) {
      const m = /^arn:aws:ecr:[^:]+:\d+:repository\/(.+)$/.exec(String(input.resourceArn ?? ''));
      if (!m) throw invalid(`Invalid parameter at 'resourceArn' failed to satisfy constraint: 'Invalid ARN'`);
      return { tags: ecr(ctx).requireRepository(m[1]).tags };
    },

    async DescribeImages(input: Input, ctx) {
      checkRegistryId(input, ctx);
      const state = ecr(ctx);
      const repo = state.requireRepository(repositoryName(input));
      const all = await state.images(repo.repositoryName);
      const ids = imageIds(input);
      let images: EcrImage[];
      if (ids) {
        images = ids.map((id) => {
          const img = all.find((i) => matchesId(i, id));
          if (!img) {
            throw new AwsError(
              'ImageNotFoundException',
              `The image with imageId ${describeId(id)} does not exist within the repository with name '${repo.repositoryName}' in the registry with id '${ctx.accountId}'`,
            );
          }
          return img;
        });
      } else {
        const status = input.filter?.tagStatus ?? 'ANY';
        images = all.filter(
          (i) => status === 'ANY' || (status === 'TAGGED' ? i.tags.length > 0 : i.tags.length === 0),
        );
      }
      const max = input.maxResults ?? 100;
      const page = pageFrom(images, decodePageToken(input.nextToken) ?? 0, max);
      return {
        imageDetails: page.items.map((i) => ({
          registryId: ctx.accountId,
          repositoryName: repo.repositoryName,
          imageDigest: i.digest,
          imageTags: i.tags.length ? [...i.tags] : undefined,
          imageSizeInBytes: i.sizeBytes,
          imagePushedAt: new Date(i.pushedAt),
          imageManifestMediaType: i.mediaType,
          artifactMediaType: 'application/vnd.docker.container.image.v1+json',
        })),
        nextToken: ids ? undefined : page.nextToken,
      };
    },

    async ListImages(input: Input, ctx) {
      const state = ecr(ctx);
      const repo = state.requireRepository(repositoryName(input));
      const all = await state.images(repo.repositoryName);
      const status = input.filter?.tagStatus ?? 'ANY';
      return {
        imageIds: all.flatMap((i) =>
          i.tags.length
            ? status === 'UNTAGGED'
              ? []
              : i.tags.map((t) => ({ imageDigest: i.digest, imageTag: t }))
            : status === 'TAGGED'
              ? []
              : [{ imageDigest: i.digest }],
        ),
      };
    },

    async BatchGetImage(input: Input, ctx) {
      checkRegistryId(input, ctx);
      const state = ecr(ctx);
      const repo = state.requireRepository(repositoryName(input));
      const ids = imageIds(input);
      if (!ids || ids.length === 0)
        throw invalid(
          `1 validation error detected: Value '[]' at 'imageIds' failed to satisfy constraint: Member must have length greater than or equal to 1`,
        );
      const all = await state.images(repo.repositoryName);
      const accepted: string[] | undefined = Array.isArray(input.acceptedMediaTypes)
        ? input.acceptedMediaTypes
        : undefined;
      const images: unknown[] = [];
      const failures: unknown[] = [];
      for (const id of ids) {
        const img = all.find((i) => matchesId(i, id));
        if (!img) {
          const digestExists = id.imageDigest !== undefined && all.some((i) => i.digest === id.imageDigest);
          failures.push(
            digestExists
              ? {
                  imageId: id,
                  failureCode: 'ImageTagDoesNotMatchDigest',
                  failureReason: 'Invalid image tag for image digest',
                }
              : { imageId: id, failureCode: 'ImageNotFound', failureReason: 'Requested image not found' },
          );
          continue;
        }
        if (accepted && !accepted.includes(img.mediaType)) {
          failures.push({
            imageId: id,
            failureCode: 'UnsupportedImageType',
            failureReason: 'The requested image manifest media type is not in the accepted media types',
          });
          continue;
        }
        images.push({
          registryId: ctx.accountId,
          repositoryName: repo.repositoryName,
          imageId: { imageDigest: img.digest, imageTag: id.imageTag },
          imageManifest: img.manifest,
          imageManifestMediaType: img.mediaType,
        });
      }
      return { images, failures };
    },
  },
};
