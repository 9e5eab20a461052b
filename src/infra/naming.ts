import { createHash } from 'crypto';

/**
 * Names of the resources the action creates. Pure and deterministic: the same inputs give the same
 * names on every run, which is how a later run finds what an earlier one made.
 */

/** ELBv2 names (load balancers, target groups): at most 32 letters, digits and hyphens. */
export const ELB_NAME_MAX = 32;
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

/** Why `name` is not a valid load balancer or target group name, or undefined when it is. */
export function elbNameProblem(name: string, kind: 'load balancer' | 'target group'): string | undefined {
  if (name.length === 0) return `the ${kind} name is empty`;
  if (name.length > ELB_NAME_MAX)
    return `the ${kind} name '${name}' has ${name.length} characters (at most ${ELB_NAME_MAX})`;
  if (!/^[A-Za-z0-9-]+$/.test(name))
    return `the ${kind} name '${name}' may contain only letters, digits and hyphens`;
  if (name.startsWith('-') || name.endsWith('-'))
    return `the ${kind} name '${name}' may not start or end with a hyphen`;
  if (kind === 'load balancer' && name.toLowerCase().startsWith('internal-'))
    return `the load balancer name '${name}' may not start with 'internal-' (AWS reserves it for internal load balancers' DNS names)`;
  return undefined;
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
 * The load balancer: the name given (checked, never rewritten, since it may name a load balancer
 * that already exists) or one derived from the cluster, so the services of a cluster share it.
 */
export function loadBalancerName(cluster: string, given?: string): string {
  if (given !== undefined && given !== '') {
    const problem = elbNameProblem(given, 'load balancer');
    if (problem) throw new Error(`Invalid load-balancer-name: ${problem}.`);
    return given;
  }
  return fitElbName([cluster], 'load balancer');
}

/** Checks a target group name given as input (never rewritten: it may name an existing group). */
export function checkTargetGroupName(given: string): string {
  const problem = elbNameProblem(given, 'target group');
  if (problem) throw new Error(`Invalid target-group-name: ${problem}.`);
  return given;
}

/** Security group names: up to 255 characters, may not start with `sg-`. */
const SG_NAME_MAX = 255;

/**
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
  if (name.length > SG_NAME_MAX) name = `${name.slice(0, SG_NAME_MAX - HASH_LENGTH - 1)}-${shortHash(base)}`;
  return name;
}

/** Scaling policy names the action owns; only these are ever deleted. */
export const SCALING_POLICY_NAMES = {
  cpu: 'ecs-fargate-deploy-cpu',
  memory: 'ecs-fargate-deploy-memory',
  requests: 'ecs-fargate-deploy-requests',
} as const;
