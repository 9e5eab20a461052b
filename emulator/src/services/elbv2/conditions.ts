import type { ConditionRecord } from '../../core/contracts';
import { MAX_CONDITION_VALUES } from './limits';
import { list, required, str, strings, validationError } from '../../core/params';
/** Rule conditions: parsing and validation, with AWS's messages. */

export const SINGLE_CONDITION_FIELDS = new Set([
  'host-header',
  'path-pattern',
  'http-request-method',
  'source-ip',
]);
export const CONFIG_OF: Record<string, string> = {
  'host-header': 'HostHeaderConfig',
  'path-pattern': 'PathPatternConfig',
  'http-header': 'HttpHeaderConfig',
  'http-request-method': 'HttpRequestMethodConfig',
  'query-string': 'QueryStringConfig',
  'source-ip': 'SourceIpConfig',
};

export function parseConditions(input: unknown): ConditionRecord[] {
  const raw = list<Record<string, any>>(input);
  if (raw.length === 0) throw validationError('A rule must have at least one condition');
  const seen = new Set<string>();
  let valueCount = 0;
  const conditions = raw.map((c, i): ConditionRecord => {
    const member = `conditions.member.${i + 1}`;
    const field = str(c?.Field) ?? Object.keys(CONFIG_OF).find((f) => c?.[CONFIG_OF[f]] !== undefined);
    if (!field || !CONFIG_OF[field]) {
      throw validationError(
        `Condition field '${field ?? ''}' must be one of [${Object.keys(CONFIG_OF).join(', ')}]`,
      );
    }
    if (SINGLE_CONDITION_FIELDS.has(field) && seen.has(field))
      throw validationError(`A rule can only have one '${field}' condition`);
    seen.add(field);
    const config = c[CONFIG_OF[field]];
    const direct = strings(c.Values);
    if (direct.length > 0 && config !== undefined) {
      throw validationError(
        `You cannot specify both 'Values' and '${CONFIG_OF[field]}' in the same condition`,
      );
    }
    switch (field) {
      case 'host-header':
      case 'path-pattern': {
        const values = direct.length > 0 ? direct : strings(config?.Values);
        if (values.length === 0)
          throw validationError(`The '${field}' condition in '${member}' must have at least one value`);
        for (const v of values) {
          if (v.length > 128)
            throw validationError(
              `The value '${v}' of the '${field}' condition cannot be longer than 128 characters`,
            );
          if (field === 'host-header' && (!/^[A-Za-z0-9.*?-]+$/.test(v) || !v.includes('.'))) {
            throw validationError(
              `The host-header value '${v}' is not valid: use letters, digits, '-', '.', '*' and '?', with at least one '.'`,
            );
          }
          if (field === 'path-pattern' && !/^[A-Za-z0-9_\-.$/~"'@:+&*?]+$/.test(v)) {
            throw validationError(`The path-pattern value '${v}' contains characters that are not allowed`);
          }
        }
        valueCount += values.length;
        return field === 'host-header'
          ? { Field: field, Values: values, HostHeaderConfig: { Values: values } }
          : { Field: field, Values: values, PathPatternConfig: { Values: values } };
      }
      case 'http-header': {
        const name = required(config?.HttpHeaderName, `${member}.httpHeaderConfig.httpHeaderName`);
        const values = strings(config?.Values);
        if (values.length === 0)
          throw validationError(`The 'http-header' condition in '${member}' must have at least one value`);
        valueCount += values.length;
        return { Field: field, HttpHeaderConfig: { HttpHeaderName: name, Values: values } };
      }
      case 'http-request-method': {
        const values = strings(config?.Values);
        if (values.length === 0)
          throw validationError(
            `The 'http-request-method' condition in '${member}' must have at least one value`,
          );
        valueCount += values.length;
        return { Field: field, HttpRequestMethodConfig: { Values: values } };
      }
      case 'query-string': {
        const values = list<{ Key?: unknown; Value?: unknown }>(config?.Values).map((kv) => ({
          ...(str(kv?.Key) !== undefined ? { Key: str(kv?.Key)! } : {}),
          Value: required(kv?.Value, `${member}.queryStringConfig.values.member.value`),
        }));
        if (values.length === 0)
          throw validationError(`The 'query-string' condition in '${member}' must have at least one value`);
        valueCount += values.length;
        return { Field: field, QueryStringConfig: { Values: values } };
      }
      default: {
        const values = direct.length > 0 ? direct : strings(config?.Values);
        if (values.length === 0)
          throw validationError(`The 'source-ip' condition in '${member}' must have at least one value`);
        valueCount += values.length;
        return { Field: field, SourceIpConfig: { Values: values } };
      }
    }
  });
  if (valueCount > MAX_CONDITION_VALUES)
    throw validationError(`A rule can only have '${MAX_CONDITION_VALUES}' condition values`);
  return conditions;
}
