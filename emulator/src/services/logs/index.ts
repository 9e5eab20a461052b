import type { ServiceDefinition, RequestContext } from '../../core/service';
import { tagEntries, validTagKey, validTagValue } from '../../core/tags';
import { decodePageToken, encodePageToken } from '../../core/paging';
import { AwsError } from '../../core/errors';
import { LogsState, type LogGroup, type LogStream } from './state';

type Input = Record<string, any>;

const logs = (ctx: RequestContext): LogsState => LogsState.of(ctx.world);
const invalid = (message: string) => new AwsError('InvalidParameterException', message);

/** The only retention periods CloudWatch Logs accepts. */
export const RETENTION_DAYS = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
];

function groupName(input: Input, field = 'logGroupName'): string {
  // logGroupIdentifier (name or ARN) is accepted where AWS accepts it instead of the name.
  let name = input[field] ?? input.logGroupIdentifier;
  if (typeof name === 'string' && name.startsWith('arn:'))
    name = name.replace(/^arn:[^:]+:logs:[^:]*:[^:]*:log-group:/, '').replace(/:\*$/, '');
  if (typeof name !== 'string' || name.length === 0) {
    throw invalid(
      `1 validation error detected: Value null at '${field}' failed to satisfy constraint: Member must not be null`,
    );
  }
  if (name.length > 512 || !/^[.\-_/#A-Za-z0-9]+$/.test(name)) {
    throw invalid(
      `1 validation error detected: Value '${name}' at '${field}' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\.\\-_/#A-Za-z0-9]+`,
    );
  }
  return name;
}

function streamName(input: Input): string {
  const name = input.logStreamName;
  if (typeof name !== 'string' || name.length === 0) {
    throw invalid(
      `1 validation error detected: Value null at 'logStreamName' failed to satisfy constraint: Member must not be null`,
    );
  }
  if (name.length > 512 || /[:*]/.test(name)) {
    throw invalid(
      `1 validation error detected: Value '${name}' at 'logStreamName' failed to satisfy constraint: Member must satisfy regular expression pattern: [^:*]*`,
    );
  }
  return name;
}

function limitOf(input: Input, max: number, fallback: number): number {
  if (input.limit === undefined || input.limit === null) return fallback;
  const n = input.limit;
  if (!Number.isInteger(n) || n < 1 || n > max) {
    throw invalid(
      `1 validation error detected: Value '${n}' at 'limit' failed to satisfy constraint: Member must have value ${n < 1 ? 'greater than or equal to 1' : `less than or equal to ${max}`}`,
    );
  }
  return n;
}

const groupArn = (ctx: RequestContext, name: string) =>
  `arn:aws:logs:${ctx.region}:${ctx.accountId}:log-group:${name}`;

function groupFromArn(ctx: RequestContext, arn: unknown): LogGroup {
  if (typeof arn !== 'string')
    throw invalid(
      `1 validation error detected: Value null at 'resourceArn' failed to satisfy constraint: Member must not be null`,
    );
  const m = /^arn:[^:]+:logs:[^:]*:[^:]*:log-group:(.+?)(:\*)?$/.exec(arn);
  const g = m ? logs(ctx).groups.get(m[1]) : undefined;
  if (!g) throw new AwsError('ResourceNotFoundException', `The specified resource does not exist.`);
  return g;
}

function tagMap(v: unknown): Record<string, string> {
  const entries = tagEntries(v, () => invalid('tags must be a map of strings'));
  for (const [k, val] of entries) {
    if (!validTagKey(k) || typeof val !== 'string' || !validTagValue(val))
      throw invalid(`Invalid tag: '${k}'`);
  }
  return Object.fromEntries(entries) as Record<string, string>;
}

/** Tokens encode a position in a sorted list; opaque to callers, as AWS's are. */
const encodeToken = encodePageToken;
function decodeToken(t: unknown): number {
  const start = decodePageToken(t);
  if (start === undefined) throw invalid('The specified nextToken is invalid.');
  return start;
}

function streamOut(ctx: RequestContext, group: string, s: LogStream) {
  return {
    logStreamName: s.logStreamName,
    creationTime: s.creationTime,
    firstEventTimestamp: s.firstEventTimestamp,
    lastEventTimestamp: s.lastEventTimestamp,
    lastIngestionTime: s.lastIngestionTime,
    uploadSequenceToken: String(s.events.length + 1).padStart(56, '0'),
    arn: `arn:aws:logs:${ctx.region}:${ctx.accountId}:log-group:${group}:log-stream:${s.logStreamName}`,
    storedBytes: 0, // AWS has reported 0 here since 2019
  };
}

/**
 * A subset of the filter pattern syntax: space-separated terms that must all appear, "quoted phrases",
 * and `?term` alternatives; JSON and space-delimited patterns match everything (documented).
 */
function matcher(pattern: unknown): (message: string) => boolean {
  const p = typeof pattern === 'string' ? pattern.trim() : '';
  if (!p || p.startsWith('{') || p.startsWith('[')) return () => true;
  const terms = p.match(/"[^"]*"|\S+/g) ?? [];
  const optional = terms.filter((t) => t.startsWith('?')).map((t) => t.slice(1).replace(/^"|"$/g, ''));
  const required = terms.filter((t) => !t.startsWith('?')).map((t) => t.replace(/^"|"$/g, ''));
  return (m) =>
    (optional.length ? optional.some((t) => m.includes(t)) : true) &&
    required.every((t) => (t.startsWith('-') ? !m.includes(t.slice(1)) : m.includes(t)));
}

function inRange(ts: number, input: Input): boolean {
  return (
    (input.startTime === undefined || ts >= input.startTime) &&
    (input.endTime === undefined || ts <= input.endTime)
  );
}

export const definition: ServiceDefinition = {
  signingName: 'logs',
  protocol: 'json',
  targetPrefix: 'Logs_20140328',
  operations: {
    CreateLogGroup(input: Input, ctx) {
      logs(ctx).createGroup(groupName(input), {
        tags: tagMap(input.tags),
        kmsKeyId: input.kmsKeyId,
        logGroupClass: input.logGroupClass,
      });
      return {};
    },

    DeleteLogGroup(input: Input, ctx) {
      const state = logs(ctx);
      state.requireGroup(groupName(input));
      state.groups.delete(groupName(input));
      return {};
    },

    DescribeLogGroups(input: Input, ctx) {
      const limit = limitOf(input, 50, 50);
      if (input.logGroupNamePrefix && input.logGroupNamePattern) {
        throw invalid('LogGroup name prefix and LogGroup name pattern are mutually exclusive parameters.');
      }
      const prefix = input.logGroupNamePrefix ?? '';
      const pattern = typeof input.logGroupNamePattern === 'string' ? input.logGroupNamePattern : '';
      const all = [...logs(ctx).groups.values()]
        .filter((g) => g.logGroupName.startsWith(prefix) && g.logGroupName.includes(pattern))
        .sort((a, b) => a.logGroupName.localeCompare(b.logGroupName));
      const start = decodeToken(input.nextToken);
      const page = all.slice(start, start + limit);
      return {
        logGroups: page.map((g) => ({
          logGroupName: g.logGroupName,
          creationTime: g.creationTime,
          retentionInDays: g.retentionInDays,
          metricFilterCount: 0,
          arn: `${groupArn(ctx, g.logGroupName)}:*`,
          logGroupArn: groupArn(ctx, g.logGroupName),
          storedBytes: [...g.streams.values()].reduce((n, s) => n + s.storedBytes, 0),
          logGroupClass: g.logGroupClass,
          kmsKeyId: g.kmsKeyId,
        })),
        nextToken: start + limit < all.length ? encodeToken(start + limit) : undefined,
      };
    },

    PutRetentionPolicy(input: Input, ctx) {
      const g = logs(ctx).requireGroup(groupName(input));
      if (!RETENTION_DAYS.includes(input.retentionInDays)) {
        throw invalid(
          `1 validation error detected: Value '${input.retentionInDays}' at 'retentionInDays' failed to satisfy constraint: Member must satisfy enum value set: [${RETENTION_DAYS.join(', ')}]`,
        );
      }
      g.retentionInDays = input.retentionInDays;
      return {};
    },

    DeleteRetentionPolicy(input: Input, ctx) {
      delete logs(ctx).requireGroup(groupName(input)).retentionInDays;
      return {};
    },

    CreateLogStream(input: Input, ctx) {
      const state = logs(ctx);
      const g = state.requireGroup(groupName(input));
      state.createStream(g, streamName(input));
      return {};
    },

    DeleteLogStream(input: Input, ctx) {
      const g = logs(ctx).requireGroup(groupName(input));
      if (!g.streams.delete(streamName(input)))
        throw new AwsError('ResourceNotFoundException', 'The specified log stream does not exist.');
      return {};
    },

    DescribeLogStreams(input: Input, ctx) {
      const name = groupName(input);
      const g = logs(ctx).requireGroup(name);
      const limit = limitOf(input, 50, 50);
      const orderBy = input.orderBy ?? 'LogStreamName';
      if (orderBy !== 'LogStreamName' && orderBy !== 'LastEventTime') {
        throw invalid(
          `1 validation error detected: Value '${orderBy}' at 'orderBy' failed to satisfy constraint: Member must satisfy enum value set: [LogStreamName, LastEventTime]`,
        );
      }
      if (orderBy === 'LastEventTime' && input.logStreamNamePrefix)
        throw invalid('Cannot order by LastEventTime with a logStreamNamePrefix.');
      let streams = [...g.streams.values()].filter((s) =>
        s.logStreamName.startsWith(input.logStreamNamePrefix ?? ''),
      );
      streams.sort((a, b) =>
        orderBy === 'LastEventTime'
          ? (a.lastEventTimestamp ?? 0) - (b.lastEventTimestamp ?? 0) ||
            a.logStreamName.localeCompare(b.logStreamName)
          : a.logStreamName.localeCompare(b.logStreamName),
      );
      if (input.descending) streams = streams.reverse();
      const start = decodeToken(input.nextToken);
      const page = streams.slice(start, start + limit);
      return {
        logStreams: page.map((s) => streamOut(ctx, name, s)),
        nextToken: start + limit < streams.length ? encodeToken(start + limit) : undefined,
      };
    },

    PutLogEvents(input: Input, ctx) {
      const state = logs(ctx);
      const stream = state.requireStream(groupName(input), streamName(input));
      const events = Array.isArray(input.logEvents)
        ? (input.logEvents as { timestamp: number; message: string }[])
        : [];
      if (events.length < 1 || events.length > 10000) {
        throw invalid(
          `1 validation error detected: Value at 'logEvents' failed to satisfy constraint: Member must have length ${events.length < 1 ? 'greater than or equal to 1' : 'less than or equal to 10000'}`,
        );
      }
      for (let i = 1; i < events.length; i++) {
        if (events[i].timestamp < events[i - 1].timestamp)
          throw invalid('Log events in a single PutLogEvents request must be in chronological order.');
      }
      // AWS accepts the batch but rejects events more than 14 days old or more than 2 hours ahead.
      const now = ctx.world.clock.nowMs();
      let tooOld = -1;
      events.forEach((e, i) => {
        if (e.timestamp < now - 14 * 86400_000) tooOld = i;
      });
      const tooNew = events.findIndex((e) => e.timestamp > now + 2 * 3600_000);
      const accepted = events.filter((e, i) => i > tooOld && (tooNew < 0 || i < tooNew));
      state.addEvents(
        stream,
        accepted.map((e) => ({ timestamp: e.timestamp, message: String(e.message) })),
      );
      const rejected =
        tooOld >= 0 || tooNew >= 0
          ? {
              tooOldLogEventEndIndex: tooOld >= 0 ? tooOld : undefined,
              tooNewLogEventStartIndex: tooNew >= 0 ? tooNew : undefined,
            }
          : undefined;
      return {
        nextSequenceToken: String(stream.events.length + 1).padStart(56, '0'),
        rejectedLogEventsInfo: rejected,
      };
    },

    GetLogEvents(input: Input, ctx) {
      const stream = logs(ctx).requireStream(groupName(input), streamName(input));
      const limit = limitOf(input, 10000, 10000);
      const events = stream.events.filter((e) => inRange(e.timestamp, input));
      // Forward tokens point at the next event to read; backward tokens at the event after the page.
      // Reading past the end returns the same forward token, which is how callers know to stop.
      const token = typeof input.nextToken === 'string' ? /^([fb])\/(\d+)$/.exec(input.nextToken) : null;
      if (input.nextToken !== undefined && !token) throw invalid('The specified nextToken is invalid.');
      const forward = token ? token[1] === 'f' : !!input.startFromHead;
      const at = token ? Math.min(Number(token[2]), events.length) : forward ? 0 : events.length;
      const from = forward ? at : Math.max(0, at - limit);
      const to = forward ? Math.min(events.length, at + limit) : at;
      const fmt = (kind: string, n: number) => `${kind}/${String(n).padStart(56, '0')}`;
      return {
        events: events
          .slice(from, to)
          .map((e) => ({ timestamp: e.timestamp, message: e.message, ingestionTime: e.ingestionTime })),
        nextForwardToken: fmt('f', to),
        nextBackwardToken: fmt('b', from),
      };
    },

    FilterLogEvents(input: Input, ctx) {
      const name = groupName(input);
      const g = logs(ctx).requireGroup(name);
      const limit = limitOf(input, 10000, 10000);
      const names: string[] | undefined = Array.isArray(input.logStreamNames)
        ? input.logStreamNames
        : undefined;
      if (names && input.logStreamNamePrefix)
        throw invalid('You cannot specify both logStreamNames and logStreamNamePrefix.');
      const streams = [...g.streams.values()].filter((s) =>
        names ? names.includes(s.logStreamName) : s.logStreamName.startsWith(input.logStreamNamePrefix ?? ''),
      );
      const matches = matcher(input.filterPattern);
      const all = streams
        .flatMap((s) =>
          s.events.filter((e) => inRange(e.timestamp, input) && matches(e.message)).map((e) => ({ s, e })),
        )
        .sort((a, b) => a.e.timestamp - b.e.timestamp || a.e.eventId.localeCompare(b.e.eventId));
      const start = decodeToken(input.nextToken);
      const page = all.slice(start, start + limit);
      return {
        events: page.map(({ s, e }) => ({
          logStreamName: s.logStreamName,
          timestamp: e.timestamp,
          message: e.message,
          ingestionTime: e.ingestionTime,
          eventId: e.eventId,
        })),
        searchedLogStreams: streams.map((s) => ({
          logStreamName: s.logStreamName,
          searchedCompletely: true,
        })),
        nextToken: start + limit < all.length ? encodeToken(start + limit) : undefined,
      };
    },

    TagResource(input: Input, ctx) {
      Object.assign(groupFromArn(ctx, input.resourceArn).tags, tagMap(input.tags));
      return {};
    },

    UntagResource(input: Input, ctx) {
      const g = groupFromArn(ctx, input.resourceArn);
      for (const k of Array.isArray(input.tagKeys) ? input.tagKeys : []) delete g.tags[k];
      return {};
    },

    ListTagsForResource(input: Input, ctx) {
      return { tags: { ...groupFromArn(ctx, input.resourceArn).tags } };
    },

    TagLogGroup(input: Input, ctx) {
      Object.assign(logs(ctx).requireGroup(groupName(input)).tags, tagMap(input.tags));
      return {};
    },

    UntagLogGroup(input: Input, ctx) {
      const g = logs(ctx).requireGroup(groupName(input));
      for (const k of Array.isArray(input.tags) ? input.tags : []) delete g.tags[k];
      return {};
    },

    ListTagsLogGroup(input: Input, ctx) {
      return { tags: { ...logs(ctx).requireGroup(groupName(input)).tags } };
    },
  },
};
