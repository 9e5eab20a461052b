import { AWS_RESERVED_TAG_PREFIX, TAG_LIMITS } from './aws-limits';
import { InputError, InputReader } from './reader';
import type { DeployConfig, KeyValue } from './types';

/** The tag that marks what the action made, and so what it may later change or delete. */
export const MANAGED_BY_KEY = 'managed-by';
export const MANAGED_BY_VALUE = 'ecs-fargate-deploy';

/** Tag keys a preview carries besides the action's own managed-by, service and environment. */
export const PREVIEW_TAGS = {
  pullRequest: 'pull-request',
  repository: 'repository',
  expiresAt: 'expires-at',
  previewOf: 'preview-of',
} as const;

/**
 * The keys the action sets itself. A user's tag with one of them could make the action, or its
 * preview sweep, take a resource for another (or for a preview and delete it), so `tags` refuses them.
 */
export const RESERVED_TAG_KEYS: readonly string[] = [
  MANAGED_BY_KEY,
  'service',
  'environment',
  ...Object.values(PREVIEW_TAGS),
];

/** Room left for the action's own tags within AWS's 50 per resource. */
const MAX_USER_TAGS = TAG_LIMITS.perResource - 10;

/** The `tags` input: KEY=VALUE lines, none with a reserved key or an `aws:` key. */
export function readTags(r: InputReader): KeyValue[] {
  const tags = r.keyValues('tags');
  if (tags.length > MAX_USER_TAGS) {
    throw new InputError(
      'tags',
      `Input 'tags' may hold at most ${MAX_USER_TAGS} tags (AWS allows ${TAG_LIMITS.perResource} per resource and the action adds its own); got ${tags.length}.`,
    );
  }
  for (const t of tags) {
    if (RESERVED_TAG_KEYS.includes(t.name)) {
      throw new InputError(
        'tags',
        `Input 'tags' may not set the key '${t.name}': the action sets ${RESERVED_TAG_KEYS.map((k) => `'${k}'`).join(', ')} itself (service and environment come from the inputs of those names). Remove that line or use another key.`,
      );
    }
    if (
      t.name.length > TAG_LIMITS.keyMax ||
      t.value.length > TAG_LIMITS.valueMax ||
      AWS_RESERVED_TAG_PREFIX.test(t.name)
    ) {
      throw new InputError(
        'tags',
        `Input 'tags' must hold KEY=VALUE lines with keys up to ${TAG_LIMITS.keyMax} characters not starting with 'aws:' and values up to ${TAG_LIMITS.valueMax}; got key '${t.name}'.`,
      );
    }
  }
  return tags;
}

/**
 * The tags on everything the action creates: who manages it, for which service and environment, then
 * the config's own tags (the user's, and a preview's). The action's keys always win, so that a config
 * built in code cannot hide a resource from the action either.
 */
export function resourceTags(config: Pick<DeployConfig, 'service' | 'environment' | 'tags'>): KeyValue[] {
  const own = new Map<string, string>([
    [MANAGED_BY_KEY, MANAGED_BY_VALUE],
    ['service', config.service],
    ['environment', config.environment],
  ]);
  const tags = new Map(own);
  for (const t of config.tags) if (!own.has(t.name)) tags.set(t.name, t.value);
  return [...tags].map(([name, value]) => ({ name, value }));
}

/** `resourceTags` as a map, the form CloudWatch Logs, Application Auto Scaling and the stack use. */
export function resourceTagMap(
  config: Pick<DeployConfig, 'service' | 'environment' | 'tags'>,
): Record<string, string> {
  return Object.fromEntries(resourceTags(config).map((t) => [t.name, t.value]));
}
