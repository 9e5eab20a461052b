import {
  CloudWatchLogsClient,
  CreateLogGroupCommand,
  DeleteLogGroupCommand,
  ListTagsForResourceCommand,
  DeleteRetentionPolicyCommand,
  DescribeLogGroupsCommand,
  LogGroup,
  PutRetentionPolicyCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import { errorName } from './errors';
import { findInPages } from './paging';

/** The CloudWatch log groups the stack makes sure of (reading log events is in logs.ts). */

/** The log group of exactly this name (DescribeLogGroups matches by prefix, so it pages and filters). */
export function findLogGroup(client: CloudWatchLogsClient, name: string): Promise<LogGroup | undefined> {
  return findInPages(
    async (token) => {
      const out = await client.send(
        new DescribeLogGroupsCommand({ logGroupNamePrefix: name, nextToken: token }),
      );
      return { items: out.logGroups, next: out.nextToken };
    },
    (g) => g.logGroupName === name,
  );
}

export async function createLogGroup(
  client: CloudWatchLogsClient,
  name: string,
  tags: Record<string, string>,
): Promise<void> {
  try {
    await client.send(new CreateLogGroupCommand({ logGroupName: name, tags }));
  } catch (error) {
    // Another run (a second service deploying at once) made it between our look and our create.
    if (errorName(error) !== 'ResourceAlreadyExistsException') throw error;
  }
}

export async function setRetention(client: CloudWatchLogsClient, name: string, days: number): Promise<void> {
  if (days === 0) await client.send(new DeleteRetentionPolicyCommand({ logGroupName: name }));
  else await client.send(new PutRetentionPolicyCommand({ logGroupName: name, retentionInDays: days }));
}

/** ListTagsForResource wants the log group ARN without the `:*` DescribeLogGroups appends. */
export async function logGroupTags(
  client: CloudWatchLogsClient,
  arn: string,
): Promise<Record<string, string>> {
  const out = await client.send(new ListTagsForResourceCommand({ resourceArn: arn.replace(/:\*$/, '') }));
  return out.tags ?? {};
}

export async function deleteLogGroup(client: CloudWatchLogsClient, name: string): Promise<void> {
  await client.send(new DeleteLogGroupCommand({ logGroupName: name }));
}
