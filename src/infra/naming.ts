import { createHash } from 'crypto';
import { ALARM_NAME_MAX, ELB_NAME_MAX, elbNameProblem, SECURITY_GROUP_NAME_MAX } from '../config/aws-limits';

/**
 * Names of the resources the action creates. Pure and deterministic: the same inputs give the same
 * names on every run, which is how a later run finds what an earlier one made.
 */

const HASH_LENGTH = 7;

/** A short stable hash: the first characters of the SHA-256 hex digest. */
export function shortHash(text: string, length = HASH_LENGTH): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}

/** Lower-cases, turns every run of invalid characters into one hyphen, trims hyphens at both ends. */
function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Fits `parts` into an ELB name. When the joined slug is too long, a hash of the original parts
 * keeps two long names that share a prefix apart: `<prefix>-<hash>`. Short names stay readable.
 */
function fitElbName(parts: string[], kind: 'load balancer' | 'target group'): string {
  const joined = slug(parts.join('-'));
  let name = joined;
  if (name.length > ELB_NAME_MAX || name.length === 0) {
    const hash = shortHash(parts.join('/'));
    const room = ELB_NAME_MAX - hash.length - 1;
    const prefix = joined.slice(0, room).replace(/-+$/, '');
    name = prefix ? `${prefix}-${hash}` : hash;
  }
  if (kind === 'load balancer' && name.startsWith('internal-'))
    name = `lb-${name}`.slice(0, ELB_NAME_MAX).replace(/-+$/, '');
  const problem = elbNameProblem(name, kind);
  if (problem) throw new Error(`Cannot derive a valid ${kind} name from '${parts.join('/')}': ${problem}.`);
  return name;
}

/** The target group of one service of one environment: `<cluster>-<service>-<environment>`, hashed when too long. */
export function targetGroupName(cluster: string, service: string, environment: string): string {
  return fitElbName([cluster, service, environment], 'target group');
}

/**
 * The load balancer: the name given (checked by the config, never rewritten, since it may name a
 * load balancer that already exists) or one derived from the cluster, so the services of a cluster share it.
 */
export function loadBalancerName(cluster: string, given?: string): string {
  return given || fitElbName([cluster], 'load balancer');
}

/**
 * Security group names (up to 255 characters, never starting with `sg-`).
 * `load-balancer`: the group of a load balancer (shared by the services behind it), named after it.
 * `tasks`: the group of one service's tasks.
 */
export function securityGroupName(
  kind: 'load-balancer' | 'tasks',
  ids: { loadBalancer?: string; cluster?: string; service?: string },
): string {
  const base =
    kind === 'load-balancer'
      ? `${ids.loadBalancer ?? ''}-alb`
      : `${ids.cluster ?? ''}-${ids.service ?? ''}-tasks`;
  let name = base.replace(/[^A-Za-z0-9 ._\-:/()#,@[\]+=&;{}!$*]/g, '-');
  if (name.toLowerCase().startsWith('sg-')) name = `ecs-${name}`;
  if (name.length > SECURITY_GROUP_NAME_MAX)
    name = `${name.slice(0, SECURITY_GROUP_NAME_MAX - HASH_LENGTH - 1)}-${shortHash(base)}`;
  return name;
}

/** Scaling policy names the action owns; only these are ever deleted. */
export const SCALING_POLICY_NAMES = {
  cpu: 'ecs-fargate-deploy-cpu',
  memory: 'ecs-fargate-deploy-memory',
  requests: 'ecs-fargate-deploy-requests',
} as const;

/**
 * The alternate target group of blue/green, canary and linear deployments: the main group's name
 * and `-alt`, hashed when that would pass 32 characters. ECS swaps the two groups' roles from one
 * deployment to the next, so neither name says blue or green.
 */
export function alternateTargetGroupName(mainName: string): string {
  return fitElbName([mainName, 'alt'], 'target group');
}

/** The start of every alarm name the action owns (the IAM policies scope CloudWatch to it). */
export const ALARM_NAME_PREFIX = 'ecs-fargate-deploy-';

/**
 * The service's error alarm: `ecs-fargate-deploy-<cluster>-<service>-<environment>-5xx`, the three
 * names hashed into the end when the whole would pass CloudWatch's 255 characters.
 */
export function errorAlarmName(cluster: string, service: string, environment: string): string {
  const name = `${ALARM_NAME_PREFIX}${cluster}-${service}-${environment}-5xx`;
  if (name.length <= ALARM_NAME_MAX) return name;
  const hash = shortHash([cluster, service, environment].join('/'));
  return `${name.slice(0, ALARM_NAME_MAX - hash.length - 5)}-${hash}-5xx`;
}
