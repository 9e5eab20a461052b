/**
 * The shipped IAM policies (docs/iam/*.json) as the tests read them: which mode uses which document,
 * and whether a policy allows an action. Conditions are not evaluated: the action always sends the
 * tags they ask for, and what they restrict is the account's business; the tests check the actions.
 */
import * as fs from 'fs';
import * as path from 'path';

export type PolicyMode = 'deploy' | 'preview';
interface Statement {
  Sid: string;
  Effect: 'Allow' | 'Deny';
  Action: string | string[];
}

const ROOT = path.resolve(__dirname, '../..');

/** deploy.json serves `mode: deploy` (and plan); preview.json the preview, teardown and sweep modes. */
export function policyFor(mode: string): PolicyMode {
  return mode === 'deploy' ? 'deploy' : 'preview';
}

export function policyActions(policy: PolicyMode): string[] {
  const doc = JSON.parse(fs.readFileSync(path.join(ROOT, 'docs', 'iam', `${policy}.json`), 'utf8')) as {
    Statement: Statement[];
  };
  return doc.Statement.filter((s) => s.Effect === 'Allow').flatMap((s) =>
    Array.isArray(s.Action) ? s.Action : [s.Action],
  );
}

/** Calls that need no permission (AWS documents GetCallerIdentity as always allowed). */
export const NEEDS_NO_PERMISSION = new Set(['sts:GetCallerIdentity']);

/** Signing names that differ from the service's IAM prefix (CloudWatch signs as `monitoring`). */
const IAM_PREFIX: Record<string, string> = { monitoring: 'cloudwatch' };

/** The AWS calls in an emulator call log (by signing name, mapped to the IAM prefix) that `policy` does not allow. */
export function disallowedCalls(
  policy: PolicyMode,
  calls: { service: string; operation: string }[],
): string[] {
  const allowed = new Set(policyActions(policy));
  const actions = new Set(calls.map((c) => `${IAM_PREFIX[c.service] ?? c.service}:${c.operation}`));
  return [...actions].filter((a) => !allowed.has(a) && !NEEDS_NO_PERMISSION.has(a)).sort();
}
