import type { World } from '../../core/world';
import type { LogsContract } from '../../core/contracts';
import { ownState } from '../../core/own-state';
import { AwsError } from '../../core/errors';

export interface LogEvent {
  timestamp: number;
  message: string;
  ingestionTime: number;
  eventId: string;
}

export interface LogStream {
  logStreamName: string;
  creationTime: number;
  firstEventTimestamp?: number;
  lastEventTimestamp?: number;
  lastIngestionTime?: number;
  storedBytes: number;
  events: LogEvent[];
}

export interface LogGroup {
  logGroupName: string;
  creationTime: number;
  retentionInDays?: number;
  logGroupClass: string;
  kmsKeyId?: string;
  tags: Record<string, string>;
  streams: Map<string, LogStream>;
}

/** Each stream keeps its newest events only, so a chatty task cannot exhaust memory. */
const MAX_EVENTS_PER_STREAM = 100000;

export const notFoundGroup = () =>
  new AwsError('ResourceNotFoundException', 'The specified log group does not exist.');
export const notFoundStream = () =>
  new AwsError('ResourceNotFoundException', 'The specified log stream does not exist.');

const own = ownState<LogsState>('CloudWatch Logs');

export class LogsState implements LogsContract {
  /** This world's CloudWatch Logs state, as the service's own operations need it. */
  static of(world: World): LogsState {
    return own.of(world);
  }

  groups = new Map<string, LogGroup>();
  private eventCounter = 0;

  constructor(readonly world: World) {
    own.register(world, this);
  }

  requireGroup(name: string): LogGroup {
    const g = this.groups.get(name);
    if (!g) throw notFoundGroup();
    return g;
  }

  requireStream(group: string, stream: string): LogStream {
    const s = this.requireGroup(group).streams.get(stream);
    if (!s) throw notFoundStream();
    return s;
  }

  createGroup(
    name: string,
    opts: { tags?: Record<string, string>; kmsKeyId?: string; logGroupClass?: string } = {},
  ): LogGroup {
    if (this.groups.has(name))
      throw new AwsError('ResourceAlreadyExistsException', 'The specified log group already exists');
    const g: LogGroup = {
      logGroupName: name,
      creationTime: this.world.clock.nowMs(),
      logGroupClass: opts.logGroupClass ?? 'STANDARD',
      kmsKeyId: opts.kmsKeyId,
      tags: { ...(opts.tags ?? {}) },
      streams: new Map(),
    };
    this.groups.set(name, g);
    return g;
  }

  createStream(group: LogGroup, name: string): LogStream {
    if (group.streams.has(name))
      throw new AwsError('ResourceAlreadyExistsException', 'The specified log stream already exists');
    const s: LogStream = {
      logStreamName: name,
      creationTime: this.world.clock.nowMs(),
      storedBytes: 0,
      events: [],
    };
    group.streams.set(name, s);
    return s;
  }

  /** Stores events in timestamp order (a stream is read back sorted, as CloudWatch does). */
  addEvents(stream: LogStream, events: { timestamp: number; message: string }[]): void {
    const now = this.world.clock.nowMs();
    for (const e of events) {
      const event: LogEvent = {
        timestamp: e.timestamp,
        message: e.message,
        ingestionTime: now,
        eventId: String(++this.eventCounter).padStart(56, '0'),
      };
      let i = stream.events.length;
      while (i > 0 && stream.events[i - 1].timestamp > e.timestamp) i--;
      stream.events.splice(i, 0, event);
      stream.storedBytes += Buffer.byteLength(e.message);
      stream.firstEventTimestamp = Math.min(stream.firstEventTimestamp ?? e.timestamp, e.timestamp);
      stream.lastEventTimestamp = Math.max(stream.lastEventTimestamp ?? e.timestamp, e.timestamp);
    }
    if (events.length) stream.lastIngestionTime = now;
    if (stream.events.length > MAX_EVENTS_PER_STREAM)
      stream.events.splice(0, stream.events.length - MAX_EVENTS_PER_STREAM);
  }

  /** Cross-service: container output from the task runtime. Creates the stream; false when the group does not exist. */
  append(group: string, stream: string, events: { timestamp: number; message: string }[]): boolean {
    const g = this.groups.get(group);
    if (!g) return false;
    const s = g.streams.get(stream) ?? this.createStream(g, stream);
    this.addEvents(s, events);
    return true;
  }

  snapshot(): unknown {
    return {
      eventCounter: this.eventCounter,
      groups: [...this.groups.values()].map((g) => ({ ...g, streams: [...g.streams.values()] })),
    };
  }

  restore(data: unknown): void {
    const d = data as
      | { eventCounter?: number; groups?: (Omit<LogGroup, 'streams'> & { streams: LogStream[] })[] }
      | undefined;
    if (!d?.groups) return;
    this.eventCounter = d.eventCounter ?? 0;
    this.groups = new Map(
      d.groups.map((g) => [
        g.logGroupName,
        { ...g, streams: new Map(g.streams.map((s) => [s.logStreamName, s])) },
      ]),
    );
  }

  stop(): void {}
}
