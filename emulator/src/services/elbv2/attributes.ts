import { DEFAULT_LOAD_BALANCER_ATTRIBUTES, DEFAULT_TARGET_GROUP_ATTRIBUTES } from './state';
import { list, required, str, validationError } from '../../core/params';
/** Load balancer and target group attributes: which keys exist and what values they take. */

export function parseAttributes(input: unknown): [string, string][] {
  const attrs = list<{ Key?: unknown; Value?: unknown }>(input).map((a): [string, string] => [
    required(a?.Key, 'attributes.member.key'),
    str(a?.Value) ?? '',
  ]);
  if (attrs.length === 0) throw validationError('At least one attribute must be specified');
  return attrs;
}

export const BOOLEAN = /^(true|false)$/;

export function checkLbAttribute(key: string, value: string): void {
  if (!(key in DEFAULT_LOAD_BALANCER_ATTRIBUTES))
    throw validationError(`Load balancer attribute key '${key}' is not recognized`);
  const bad = () => validationError(`Load balancer attribute value '${value}' is not valid for key '${key}'`);
  if (key.endsWith('.enabled') && !BOOLEAN.test(value)) throw bad();
  const n = Number(value);
  if (key === 'idle_timeout.timeout_seconds' && !(Number.isInteger(n) && n >= 1 && n <= 4000)) throw bad();
  if (key === 'client_keep_alive.seconds' && !(Number.isInteger(n) && n >= 60 && n <= 604800)) throw bad();
  if (key === 'routing.http.desync_mitigation_mode' && !['monitor', 'defensive', 'strictest'].includes(value))
    throw bad();
  if (key === 'routing.http.xff_header_processing.mode' && !['append', 'preserve', 'remove'].includes(value))
    throw bad();
}

export function checkTgAttribute(key: string, value: string): void {
  if (!(key in DEFAULT_TARGET_GROUP_ATTRIBUTES))
    throw validationError(`Target group attribute key '${key}' is not recognized`);
  const bad = (why: string) =>
    validationError(`Target group attribute value '${value}' for key '${key}' is not valid: ${why}`);
  const n = Number(value);
  const integer = value !== '' && Number.isInteger(n);
  switch (key) {
    case 'deregistration_delay.timeout_seconds':
      if (!integer || n < 0 || n > 3600) throw bad('must be from 0 to 3600 seconds');
      break;
    case 'stickiness.enabled':
      if (!BOOLEAN.test(value)) throw bad('must be true or false');
      break;
    case 'stickiness.type':
      if (value !== 'lb_cookie' && value !== 'app_cookie') throw bad('must be lb_cookie or app_cookie');
      break;
    case 'stickiness.lb_cookie.duration_seconds':
    case 'stickiness.app_cookie.duration_seconds':
      if (!integer || n < 1 || n > 604800) throw bad('must be from 1 to 604800 seconds');
      break;
    case 'load_balancing.algorithm.type':
      if (!['round_robin', 'least_outstanding_requests', 'weighted_random'].includes(value)) {
        throw bad('must be round_robin, least_outstanding_requests or weighted_random');
      }
      break;
    case 'load_balancing.algorithm.anomaly_mitigation':
      if (value !== 'on' && value !== 'off') throw bad('must be on or off');
      break;
    case 'slow_start.duration_seconds':
      if (!integer || (n !== 0 && (n < 30 || n > 900)))
        throw bad('must be 0 (off) or from 30 to 900 seconds');
      break;
  }
}
