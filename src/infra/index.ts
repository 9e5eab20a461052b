/** The infrastructure stack the deploy needs, made to exist before the service is deployed. */
export { ensureStack } from './stack';
export type { StackResult, StackOptions } from './context';
export { checkStackReferences, type StackReferences } from './references';
export { ensureScaling } from './scaling';
export type { Change, ChangeAction } from './diff';
export { planLine } from './plan';
export { choosePriority } from './priority';
export { targetGroupName, loadBalancerName, securityGroupName } from './naming';
export { desiredStack, desiredScaling, serviceUrl, MANAGED_BY_KEY, MANAGED_BY_VALUE } from './desired';
