import { AwsError } from '../core/errors';

/** An injected error: matching calls fail with it, with probability `rate`, at most `count` times. */
export interface FaultRule {
  id: string;
  service?: string; // signing name
  operation?: string;
  errorCode: string;
  status: number;
  message?: string;
  rate: number;
  /** Remaining injections; unlimited when absent. */
  count?: number;
  injected: number;
}

/** Added latency (real milliseconds) for matching calls. */
export interface LatencyRule {
  id: string;
  service?: string;
  operation?: string;
  latencyMs: number;
}

/** The messages AWS sends with its throttling codes, so an injected throttle reads like a real one. */
const DEFAULT_MESSAGES: Record<string, string> = {
  Throttling: 'Rate exceeded',
  ThrottlingException: 'Rate exceeded',
  RequestLimitExceeded: 'Request limit exceeded.',
  TooManyRequestsException: 'Too Many Requests',
  ServiceUnavailable: 'Service Unavailable',
  ServiceUnavailableException: 'Service Unavailable',
  InternalFailure: 'An internal error has occurred',
  // ECS (and ECR): "An error occurred (ServerException) when calling the CreateService operation
  // (reached max retries: 2): Service Unavailable. Please try again later." A server fault, so 5xx.
  ServerException: 'Service Unavailable. Please try again later.',
};

const DEFAULT_STATUS: Record<string, number> = {
  RequestLimitExceeded: 503,
  ServiceUnavailable: 503,
  ServiceUnavailableException: 503,
  InternalFailure: 500,
  ServerException: 500,
  InternalServiceException: 500,
  TooManyRequestsException: 429,
};

const matches = (
  rule: { service?: string; operation?: string },
  service: string,
  operation: string,
): boolean =>
  (!rule.service || rule.service === service) && (!rule.operation || rule.operation === operation);

export class Faults {
  private rules: FaultRule[] = [];
  private latencies: LatencyRule[] = [];
  private nextId = 1;

  constructor(private readonly random: () => number = Math.random) {}

  /** Accepts an error rule ({errorCode, ...}) or a latency rule ({latencyMs, ...}) as posted to the admin API. */
  add(body: Record<string, unknown>): FaultRule | LatencyRule {
    const service = optionalString(body.service, 'service');
    const operation = optionalString(body.operation, 'operation');
    const id = `fault-${this.nextId++}`;
    if (body.latencyMs !== undefined && body.errorCode === undefined) {
      const latencyMs = Number(body.latencyMs);
      if (!Number.isFinite(latencyMs) || latencyMs < 0 || latencyMs > 600000)
        throw new Error('latencyMs must be a number of milliseconds between 0 and 600000');
      const rule: LatencyRule = { id, service, operation, latencyMs };
      this.latencies.push(rule);
      return rule;
    }
    const errorCode = optionalString(body.errorCode ?? body.code, 'errorCode');
    if (!errorCode)
      throw new Error('a fault needs errorCode (an AWS error code such as ThrottlingException) or latencyMs');
    const status = body.status === undefined ? (DEFAULT_STATUS[errorCode] ?? 400) : Number(body.status);
    if (!Number.isInteger(status) || status < 400 || status > 599)
      throw new Error('status must be an HTTP error status (400..599)');
    const rate = body.rate === undefined ? 1 : Number(body.rate);
    if (!(rate >= 0 && rate <= 1)) throw new Error('rate must be between 0 and 1');
    const count = body.count === undefined ? undefined : Number(body.count);
    if (count !== undefined && !(Number.isInteger(count) && count >= 1))
      throw new Error('count must be a positive integer');
    const rule: FaultRule = {
      id,
      service,
      operation,
      errorCode,
      status,
      message: optionalString(body.message, 'message'),
      rate,
      count,
      injected: 0,
    };
    this.rules.push(rule);
    return rule;
  }

  remove(id: string): boolean {
    const before = this.rules.length + this.latencies.length;
    this.rules = this.rules.filter((r) => r.id !== id);
    this.latencies = this.latencies.filter((r) => r.id !== id);
    return this.rules.length + this.latencies.length < before;
  }

  clear(): void {
    this.rules = [];
    this.latencies = [];
  }

  list(): { faults: FaultRule[]; latencies: LatencyRule[] } {
    return { faults: this.rules.map((r) => ({ ...r })), latencies: this.latencies.map((r) => ({ ...r })) };
  }

  latencyFor(service: string, operation: string): number {
    return this.latencies
      .filter((r) => matches(r, service, operation))
      .reduce((sum, r) => sum + r.latencyMs, 0);
  }

  /** The error to answer this call with, if a rule fires. A rule whose count is spent is dropped. */
  errorFor(service: string, operation: string): AwsError | undefined {
    for (const rule of this.rules) {
      if (!matches(rule, service, operation)) continue;
      if (rule.rate < 1 && this.random() >= rule.rate) continue;
      rule.injected++;
      if (rule.count !== undefined) {
        rule.count--;
        if (rule.count <= 0) this.rules = this.rules.filter((r) => r !== rule);
      }
      return new AwsError(
        rule.errorCode,
        rule.message ?? DEFAULT_MESSAGES[rule.errorCode] ?? `Injected fault ${rule.errorCode}`,
        rule.status,
      );
    }
    return undefined;
  }
}

function optionalString(v: unknown, name: string): string | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v !== 'string') throw new Error(`${name} must be a string`);
  return v;
}
