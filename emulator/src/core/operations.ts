/**
 * Which AWS operations change something. One list for everything that counts changes: the e2e
 * tests ("a bad input changes nothing"), the unit fakes ("a second run sends no mutating call") and
 * the API-call benchmark. Every operation of the services the action uses that does not only read
 * starts with one of these verbs (IAM's "Write" and "Tagging" access levels).
 */
const MUTATING_VERBS =
  /^(Create|Update|Modify|Put|Register|Deregister|Delete|Authorize|Revoke|Set|Add|Remove|Tag|Untag|Run|Stop|Start|Associate|Disassociate|Attach|Detach|Apply|Batch(?:Delete|Put))/;

export function isMutatingOperation(operation: string): boolean {
  return MUTATING_VERBS.test(operation);
}
