import { AwsError } from '../../core/errors';
import { COMPARISON_OPERATORS, type MetricQuery } from './evaluate';
import { MathError, referencedIds } from './math';
import { STATISTICS } from './metrics';

type Input = Record<string, any>;

/** CloudWatch's validation failures: code ValidationError (ValidationException in the JSON model). */
export const validationError = (message: string) => new AwsError('ValidationError', message);
export const invalidValue = (message: string) => new AwsError('InvalidParameterValue', message);
export const invalidCombination = (message: string) => new AwsError('InvalidParameterCombination', message);

/** A member the model requires: the "1 validation error detected" form, with the member in lower camel case. */
export function modelRequired(input: Input, member: string): void {
  if (input[member] === undefined || input[member] === null) {
    const at = member[0].toLowerCase() + member.slice(1);
    throw validationError(
      `1 validation error detected: Value null at '${at}' failed to satisfy constraint: Member must not be null`,
    );
  }
}

export function constraint(value: unknown, at: string, rule: string): AwsError {
  return validationError(
    `1 validation error detected: Value '${String(value)}' at '${at}' failed to satisfy constraint: ${rule}`,
  );
}

export function checkEnum(value: unknown, at: string, allowed: readonly string[]): void {
  if (value !== undefined && !allowed.includes(String(value)))
    throw constraint(value, at, `Member must satisfy enum value set: [${allowed.join(', ')}]`);
}

export function checkLength(value: unknown, at: string, min: number, max: number): void {
  if (typeof value !== 'string') return;
  if (value.length < min || value.length > max)
    throw constraint(
      value,
      at,
      `Member must have length ${value.length < min ? `greater than or equal to ${min}` : `less than or equal to ${max}`}`,
    );
}

export function checkMin(value: unknown, at: string, min: number): void {
  if (typeof value === 'number' && value < min)
    throw constraint(value, at, `Member must have value greater than or equal to ${min}`);
}

/** "Valid values are 10, 20, 30, and any multiple of 60" (1 and 5 for high-resolution metrics). */
export function checkPeriod(period: number, at: string): void {
  if (![1, 5, 10, 20, 30].includes(period) && (period < 60 || period % 60 !== 0))
    throw invalidValue(`The parameter ${at} must be 10, 20, 30 or a multiple of 60.`);
}

export function checkDimensions(dims: unknown, at: string): void {
  if (dims === undefined) return;
  if (!Array.isArray(dims)) throw validationError(`${at} must be a list`);
  if (dims.length > 30) throw constraint('[...]', at, 'Member must have length less than or equal to 30');
  dims.forEach((d: Input, i) => {
    if (!d?.Name || d.Value === undefined || d.Value === null)
      throw invalidValue(`The parameter ${at}.member.${i + 1} must have a Name and a Value.`);
  });
}

/** The Metrics of a metric-math alarm or a GetMetricData request. */
export function checkQueries(queries: MetricQuery[], forAlarm: boolean): void {
  const ids = new Set<string>();
  queries.forEach((q, i) => {
    const at = `Metrics.member.${i + 1}`;
    if (!q?.Id) throw validationError(`${at}.Id must not be null`);
    if (!/^[a-z][a-zA-Z0-9_]*$/.test(q.Id))
      throw validationError(
        `Invalid metrics list: the Id ${q.Id} must start with a lowercase letter and contain only letters, numbers and underscores.`,
      );
    if (ids.has(q.Id)) throw validationError(`Invalid metrics list: the Id ${q.Id} is used more than once.`);
    ids.add(q.Id);
    if (!!q.MetricStat === !!q.Expression)
      throw validationError(`${at}: exactly one of MetricStat and Expression must be specified.`);
    if (q.MetricStat) {
      const ms = q.MetricStat;
      if (!ms.Metric?.MetricName || !ms.Metric?.Namespace)
        throw validationError(`${at}.MetricStat.Metric must have a Namespace and a MetricName.`);
      if (ms.Period === undefined) throw validationError(`${at}.MetricStat.Period must not be null`);
      checkPeriod(ms.Period, `${at}.MetricStat.Period`);
      checkStat(ms.Stat, `${at}.MetricStat.Stat`);
      checkDimensions(ms.Metric.Dimensions, `${at}.MetricStat.Metric.Dimensions`);
    }
  });
  for (const q of queries) {
    if (!q.Expression) continue;
    for (const ref of expressionIds(q.Id, q.Expression)) {
      if (!ids.has(ref) || ref === q.Id)
        throw validationError(`Error in expression '${q.Id}': Unrecognized identifier ${ref}`);
    }
  }
  const returned = queries.filter((q) => q.ReturnData !== false);
  if (forAlarm && returned.length !== 1)
    throw validationError('Metrics list must contain exactly one metric matching the ReturnData parameter');
}

/** The ids an expression refers to; a malformed expression is CloudWatch's "Error in expression". */
function expressionIds(id: string, expression: string): string[] {
  try {
    return referencedIds(expression);
  } catch (e) {
    if (e instanceof MathError) throw validationError(`Error in expression '${id}': ${e.message}`);
    throw e;
  }
}

/** Standard statistics only (percentiles are not emulated). */
export function checkStat(stat: unknown, at: string): void {
  if (typeof stat !== 'string' || !(STATISTICS as readonly string[]).includes(stat))
    throw invalidValue(
      `The parameter ${at} must be one of ${STATISTICS.join(', ')} (percentile statistics are not emulated).`,
    );
}

export const COMPARISONS = COMPARISON_OPERATORS;
export const TREAT_MISSING = ['breaching', 'notBreaching', 'ignore', 'missing'];
