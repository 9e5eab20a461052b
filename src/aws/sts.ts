import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';

/** The account the credentials belong to (for ${AWS_ACCOUNT_ID} and role ARNs in the task definition). */
export async function getAccountId(sts: STSClient): Promise<string> {
  const out = await sts.send(new GetCallerIdentityCommand({}));
  if (!out.Account) throw new Error('STS GetCallerIdentity returned no account id');
  return out.Account;
}
