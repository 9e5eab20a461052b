import {
  CloudWatchLogsClient,
  CreateLogGroupCommand,
  DeleteRetentionPolicyCommand,
  DescribeLogGroupsCommand,
  LogGroup,
  PutRetentionPolicyCommand,
} from '@aws-sdk/client-cloudwatch-logs';

/** The CloudWatch log groups the stack makes sure of (reading log events is in logs.ts). */

const MAX_PAGES = 1000;

/** The log group of exactly this name (DescribeLogGroups matches by prefix, so it pages and filters). */
export async function findLogGroup(
  client: CloudWatchLogsClient,
  name: string,
): Promise<LogGroup | undefined> {
  let token: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const out = await client.send(
      new DescribeLogGroupsCommand({ logGroupNamePrefix: name, nextToken: token }),
    );
    const found = (out.logGroups ?? []).find((g) => g.logGroupName === name);
    if (found) return found;
    token = out.nextToken;
    if (!token) break;
  }
  return undefined;
}

export async function createLogGroup(
  client: CloudWatchLogsClient,
  name: string,
  tags: Record<string, string>,
): Promise<void> {
  await client.send(new CreateLogGroupCommand({ logGroupName: name, tags }));
}

export async function setRetention(client: CloudWatchLogsClient, name: string, days: number): Promise<void> {
  if (days === 0) await client.send(new DeleteRetentionPolicyCommand({ logGroupName: name }));
  else await client.send(new PutRetentionPolicyCommand({ logGroupName: name, retentionInDays: days }));
}
