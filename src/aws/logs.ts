import { CloudWatchLogsClient, GetLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';

/**
 * The last lines a container wrote, read back for the failure digest: the single most useful
 * thing when a task dies at start, and what users of other deploy tools have to go and find by hand.
 * Read-only; the log group itself belongs to the infrastructure stack.
 */
export async function lastLogLines(
  client: CloudWatchLogsClient,
  group: string,
  stream: string,
  n = 20,
): Promise<string[]> {
  // startFromHead false with a limit returns the newest events, still in chronological order.
  const out = await client.send(
    new GetLogEventsCommand({ logGroupName: group, logStreamName: stream, limit: n, startFromHead: false }),
  );
  return (out.events ?? []).map((e) => (e.message ?? '').replace(/\s+$/, '')).slice(-n);
}
