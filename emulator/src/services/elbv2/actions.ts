import type { ActionRecord } from '../../core/contracts';
import { AwsError } from '../../core/errors';
import { bool, inRange, int, list, required, str, validationError } from '../../core/params';

/** Listener and rule actions: parsing and validation, with AWS's messages. */

const err = (code: string, message: string) => new AwsError(code, message);

const TERMINAL_ACTIONS = new Set(['forward', 'redirect', 'fixed-response']);
const FIXED_RESPONSE_CONTENT_TYPES = new Set([
  'text/plain',
  'text/css',
  'text/html',
  'application/javascript',
  'application/json',
]);

/** Checks that a target group exists (answers TargetGroupNotFound otherwise). */
export type TargetGroupCheck = (arn: string) => void;

/** An action list as AWS validates it: orders unique when given, exactly one terminal action, last. */
export function parseActions(
  checkTargetGroup: TargetGroupCheck,
  input: unknown,
  member: string,
): ActionRecord[] {
  const raw = list<Record<string, any>>(input);
  if (raw.length === 0) throw validationError(`At least one action must be specified in '${member}'`);
  const actions = raw.map((a, i) => parseAction(checkTargetGroup, a ?? {}, `${member}.member.${i + 1}`));
  if (actions.some((a) => a.Order !== undefined)) {
    const orders = actions.map((a) => a.Order);
    if (orders.some((o) => o === undefined))
      throw validationError(
        'If you specify an order for one action, you must specify an order for every action',
      );
    if (new Set(orders).size !== orders.length) throw validationError('Each action must have a unique order');
    actions.sort((a, b) => a.Order! - b.Order!);
  }
  const terminal = actions.filter((a) => TERMINAL_ACTIONS.has(a.Type));
  if (terminal.length !== 1 || !TERMINAL_ACTIONS.has(actions[actions.length - 1].Type)) {
    throw err(
      'InvalidLoadBalancerAction',
      'Exactly one terminal action (forward, redirect or fixed-response) must be specified, and it must be the last action',
    );
  }
  return actions;
}

function parseAction(
  checkTargetGroup: TargetGroupCheck,
  a: Record<string, any>,
  member: string,
): ActionRecord {
  const type = required(a.Type, `${member}.type`);
  const order = int(a.Order, `${member}.order`);
  inRange(order, 1, 50000, `${member}.order`);
  const base: ActionRecord = { Type: type, ...(order !== undefined ? { Order: order } : {}) };
  switch (type) {
    case 'forward':
      return parseForward(checkTargetGroup, a, member, base);
    case 'redirect':
      return parseRedirect(a, member, base);
    case 'fixed-response':
      return parseFixedResponse(a, member, base);
    case 'authenticate-oidc':
    case 'authenticate-cognito':
    case 'jwt-validation':
      throw err('InvalidLoadBalancerAction', `Action type '${type}' is not supported by this emulator`);
    default:
      throw validationError(
        `1 validation error detected: Value '${type}' at '${member}.type' failed to satisfy constraint: Member must satisfy enum value set: [forward, authenticate-oidc, authenticate-cognito, redirect, fixed-response, jwt-validation]`,
      );
  }
}

function parseForward(
  checkTargetGroup: TargetGroupCheck,
  a: Record<string, any>,
  member: string,
  base: ActionRecord,
): ActionRecord {
  const direct = str(a.TargetGroupArn);
  const tuples = list<Record<string, unknown>>(a.ForwardConfig?.TargetGroups).map((t, i) => {
    const weight = int(t?.Weight, `${member}.forwardConfig.targetGroups.member.${i + 1}.weight`) ?? 1;
    inRange(weight, 0, 999, `${member}.forwardConfig.targetGroups.member.${i + 1}.weight`);
    return {
      TargetGroupArn: required(
        t?.TargetGroupArn,
        `${member}.forwardConfig.targetGroups.member.${i + 1}.targetGroupArn`,
      ),
      Weight: weight,
    };
  });
  if (!direct && tuples.length === 0)
    throw validationError('A target group ARN must be specified for a forward action');
  if (direct && tuples.length > 0 && (tuples.length !== 1 || tuples[0].TargetGroupArn !== direct)) {
    throw validationError(
      'You cannot specify both a target group ARN and a forward config with other target groups',
    );
  }
  if (tuples.length > 5) throw validationError('A forward action can have at most 5 target groups');
  const groups = tuples.length > 0 ? tuples : [{ TargetGroupArn: direct!, Weight: 1 }];
  if (new Set(groups.map((g) => g.TargetGroupArn)).size !== groups.length) {
    throw validationError('A target group can be specified only once in a forward action');
  }
  for (const g of groups) checkTargetGroup(g.TargetGroupArn);
  const sticky = a.ForwardConfig?.TargetGroupStickinessConfig;
  const stickyEnabled =
    bool(sticky?.Enabled, `${member}.forwardConfig.targetGroupStickinessConfig.enabled`) ?? false;
  const stickyDuration = int(
    sticky?.DurationSeconds,
    `${member}.forwardConfig.targetGroupStickinessConfig.durationSeconds`,
  );
  inRange(stickyDuration, 1, 604800, `${member}.forwardConfig.targetGroupStickinessConfig.durationSeconds`);
  return {
    ...base,
    ...(groups.length === 1 ? { TargetGroupArn: groups[0].TargetGroupArn } : {}),
    ForwardConfig: {
      TargetGroups: groups,
      TargetGroupStickinessConfig: {
        Enabled: stickyEnabled,
        ...(stickyDuration !== undefined ? { DurationSeconds: stickyDuration } : {}),
      },
    },
  };
}

function parseRedirect(a: Record<string, any>, member: string, base: ActionRecord): ActionRecord {
  const rc = a.RedirectConfig;
  if (!rc) throw validationError(`A redirect configuration must be specified for a redirect action`);
  const statusCode = required(rc.StatusCode, `${member}.redirectConfig.statusCode`);
  if (statusCode !== 'HTTP_301' && statusCode !== 'HTTP_302') {
    throw validationError(
      `1 validation error detected: Value '${statusCode}' at '${member}.redirectConfig.statusCode' failed to satisfy constraint: Member must satisfy enum value set: [HTTP_301, HTTP_302]`,
    );
  }
  const cfg = {
    Protocol: str(rc.Protocol) ?? '#{protocol}',
    Port: str(rc.Port) ?? '#{port}',
    Host: str(rc.Host) ?? '#{host}',
    Path: str(rc.Path) ?? '/#{path}',
    Query: str(rc.Query) ?? '#{query}',
    StatusCode: statusCode,
  };
  if (!['#{protocol}', 'HTTP', 'HTTPS'].includes(cfg.Protocol))
    throw validationError(`Redirect protocol '${cfg.Protocol}' must be HTTP, HTTPS or #{protocol}`);
  if (
    cfg.Protocol === '#{protocol}' &&
    cfg.Port === '#{port}' &&
    cfg.Host === '#{host}' &&
    cfg.Path === '/#{path}' &&
    cfg.Query === '#{query}'
  ) {
    throw err(
      'InvalidLoadBalancerAction',
      'The redirect configuration is not valid because it creates a loop',
    );
  }
  return { ...base, RedirectConfig: cfg };
}

function parseFixedResponse(a: Record<string, any>, member: string, base: ActionRecord): ActionRecord {
  const fc = a.FixedResponseConfig;
  if (!fc)
    throw validationError('A fixed-response configuration must be specified for a fixed-response action');
  const statusCode = required(fc.StatusCode, `${member}.fixedResponseConfig.statusCode`);
  if (!/^(2|4|5)\d\d$/.test(statusCode)) {
    throw validationError(
      `1 validation error detected: Value '${statusCode}' at '${member}.fixedResponseConfig.statusCode' failed to satisfy constraint: Member must satisfy regular expression pattern: ^(2|4|5)\\d\\d$`,
    );
  }
  const contentType = str(fc.ContentType);
  if (contentType !== undefined && !FIXED_RESPONSE_CONTENT_TYPES.has(contentType)) {
    throw validationError(
      `Content type '${contentType}' is not supported; use one of ${[...FIXED_RESPONSE_CONTENT_TYPES].join(', ')}`,
    );
  }
  const body = str(fc.MessageBody);
  if (body !== undefined && body.length > 1024)
    throw validationError('The message body of a fixed response cannot be longer than 1024 characters');
  return {
    ...base,
    FixedResponseConfig: {
      StatusCode: statusCode,
      ...(contentType ? { ContentType: contentType } : {}),
      ...(body !== undefined ? { MessageBody: body } : {}),
    },
  };
}
