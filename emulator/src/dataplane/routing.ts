import type {
  ActionRecord,
  ConditionRecord,
  RoutingListener,
  RoutingLoadBalancer,
  RoutingRule,
  RoutingTable,
  RoutingTargetGroup,
  TargetHealthState,
} from '../core/contracts';

/**
 * Pure routing decisions of the data plane: which load balancer a request on a shared local port
 * belongs to, which rule of its listener matches, which terminal action applies, and where a
 * redirect points. No sockets here, so every decision is unit-tested without a server.
 */

/** What routing looks at in a request. */
export interface RequestFacts {
  /** The Host header without its port, lower case ('' when absent). */
  host: string;
  /** The path without the query, as sent (not decoded). */
  path: string;
  /** The raw query without '?' ('' when none). */
  query: string;
  method: string;
  /** Header names in lower case; values as Node gives them. */
  headers: Record<string, string | string[] | undefined>;
  /** The client's address, IPv4-mapped prefix removed. */
  sourceIp: string;
}

export function requestFacts(
  rawUrl: string,
  method: string,
  headers: Record<string, string | string[] | undefined>,
  remoteAddress: string | undefined,
): RequestFacts {
  const q = rawUrl.indexOf('?');
  const path = q < 0 ? rawUrl : rawUrl.slice(0, q);
  return {
    host: hostWithoutPort(String(headers.host ?? '')),
    path: path || '/',
    query: q < 0 ? '' : rawUrl.slice(q + 1),
    method,
    headers,
    sourceIp: (remoteAddress ?? '').replace(/^::ffff:/, ''),
  };
}

export function hostWithoutPort(host: string): string {
  const h = host.trim().toLowerCase();
  if (h.startsWith('[')) return h.slice(0, h.indexOf(']') + 1);
  const colon = h.lastIndexOf(':');
  return colon >= 0 ? h.slice(0, colon) : h;
}

const regexCache = new Map<string, RegExp>();

/** ALB condition wildcards: `*` any run of characters, `?` exactly one; everything else literal. */
export function wildcardMatch(pattern: string, value: string, caseInsensitive: boolean): boolean {
  const key = `${caseInsensitive ? 'i' : 's'}${pattern}`;
  let re = regexCache.get(key);
  if (!re) {
    const body = pattern
      .split('')
      .map((ch) => (ch === '*' ? '.*' : ch === '?' ? '.' : ch.replace(/[\\^$.|+()[\]{}/-]/g, '\\$&')))
      .join('');
    re = new RegExp(`^${body}$`, caseInsensitive ? 'is' : 's');
    if (regexCache.size > 2000) regexCache.clear();
    regexCache.set(key, re);
  }
  return re.test(value);
}

function headerValues(headers: RequestFacts['headers'], name: string): string[] {
  const v = headers[name.toLowerCase()];
  if (v === undefined) return [];
  return Array.isArray(v) ? v : [v];
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}

function ipv4ToInt(ip: string): number | undefined {
  const parts = ip.split('.');
  if (parts.length !== 4) return undefined;
  let n = 0;
  for (const p of parts) {
    const b = Number(p);
    if (!/^\d+$/.test(p) || b > 255) return undefined;
    n = n * 256 + b;
  }
  return n;
}

export function cidrContains(cidr: string, ip: string): boolean {
  const [base, bitsText] = cidr.split('/');
  const bits = bitsText === undefined ? 32 : Number(bitsText);
  const a = ipv4ToInt(base);
  const b = ipv4ToInt(ip);
  if (a === undefined || b === undefined || !(bits >= 0 && bits <= 32)) return false;
  if (bits === 0) return true;
  const size = 2 ** (32 - bits);
  return Math.floor(a / size) === Math.floor(b / size);
}

/**
 * One rule condition. Values within a condition are alternatives (any may match); a rule's
 * conditions must all match. Host names compare case-insensitively, paths case-sensitively, as on ALB.
 */
export function conditionMatches(c: ConditionRecord, r: RequestFacts): boolean {
  switch (c.Field) {
    case 'host-header':
      return (c.HostHeaderConfig?.Values ?? c.Values ?? []).some((p) => wildcardMatch(p, r.host, true));
    case 'path-pattern':
      return (c.PathPatternConfig?.Values ?? c.Values ?? []).some((p) => wildcardMatch(p, r.path, false));
    case 'http-header': {
      const cfg = c.HttpHeaderConfig;
      if (!cfg) return false;
      const values = headerValues(r.headers, cfg.HttpHeaderName);
      return cfg.Values.some((p) => values.some((v) => wildcardMatch(p, v, true)));
    }
    case 'http-request-method':
      return (c.HttpRequestMethodConfig?.Values ?? c.Values ?? []).includes(r.method);
    case 'query-string': {
      const pairs = r.query
        .split('&')
        .filter(Boolean)
        .map((kv) => {
          const eq = kv.indexOf('=');
          return eq < 0
            ? { key: safeDecode(kv), value: '' }
            : { key: safeDecode(kv.slice(0, eq)), value: safeDecode(kv.slice(eq + 1)) };
        });
      return (c.QueryStringConfig?.Values ?? []).some((want) =>
        pairs.some(
          (p) =>
            (want.Key === undefined || wildcardMatch(want.Key, p.key, true)) &&
            wildcardMatch(want.Value, p.value, true),
        ),
      );
    }
    case 'source-ip':
      return (c.SourceIpConfig?.Values ?? c.Values ?? []).some((cidr) => cidrContains(cidr, r.sourceIp));
    default:
      return false;
  }
}

export function ruleMatches(rule: RoutingRule, r: RequestFacts): boolean {
  return rule.conditions.every((c) => conditionMatches(c, r));
}

/** The first rule that matches, in the order ALB evaluates them (the default rule, last, always matches). */
export function matchRule(listener: RoutingListener, r: RequestFacts): RoutingRule | undefined {
  return listener.rules.find((rule) => ruleMatches(rule, r));
}

/** A rule's terminal action (authenticate-* actions before it are not emulated and are skipped). */
export function terminalAction(actions: ActionRecord[]): ActionRecord | undefined {
  const sorted = [...actions].sort((a, b) => (a.Order ?? 0) - (b.Order ?? 0));
  return sorted.find((a) => a.Type === 'forward' || a.Type === 'redirect' || a.Type === 'fixed-response');
}

export interface ListenerChoice {
  loadBalancer: RoutingLoadBalancer;
  listener: RoutingListener;
}

/**
 * Every load balancer with a listener on a port shares one local socket for that port, so the request
 * is told apart by its Host: the load balancer whose DNS name it is; else the one whose rules name that
 * host; else, when a single load balancer listens on the port, that one (requests to 127.0.0.1:port).
 */
export function chooseListener(
  table: RoutingTable,
  listenerPort: number,
  r: RequestFacts,
): ListenerChoice | undefined {
  const candidates: ListenerChoice[] = [];
  for (const loadBalancer of table.loadBalancers)
    for (const listener of loadBalancer.listeners)
      if (listener.port === listenerPort) candidates.push({ loadBalancer, listener });
  const byName = candidates.find((c) => c.loadBalancer.dnsName.toLowerCase() === r.host);
  if (byName) return byName;
  const byRule = candidates.find((c) =>
    c.listener.rules.some(
      (rule) =>
        rule.priority !== 'default' &&
        rule.conditions.some((cond) => cond.Field === 'host-header') &&
        rule.conditions
          .filter((cond) => cond.Field === 'host-header')
          .every((cond) => conditionMatches(cond, r)),
    ),
  );
  if (byRule) return byRule;
  return candidates.length === 1 ? candidates[0] : undefined;
}

/**
 * A forward action's target group. ForwardConfig weights are honoured deterministically and spread
 * out: with the weights in lowest terms, the n-th request through this action takes slot
 * (n × stride) modulo the total weight, and the
 * group whose cumulative weight covers that slot. The stride is coprime with the total, so every run
 * of `total` consecutive requests visits each slot once (exact shares), and close to 0.618 × total, so
 * consecutive requests land far apart (a 50/50 split alternates, a 5 % canary gets every twentieth
 * request or so, not five in a row): each minute of traffic sees the split, as ALB's does on average.
 */
export function chooseTargetGroup(action: ActionRecord, sequence: number): string | undefined {
  const groups = (action.ForwardConfig?.TargetGroups ?? []).filter((g) => (g.Weight ?? 1) > 0);
  if (groups.length === 0) return action.TargetGroupArn;
  if (groups.length === 1) return groups[0].TargetGroupArn;
  // Weights in lowest terms: 50/50 is 1/1 (strict alternation), 95/5 is 19/1 (one in every 20).
  const common = groups.reduce((d, g) => gcd(d, g.Weight ?? 1), 0);
  const weight = (g: (typeof groups)[number]) => (g.Weight ?? 1) / common;
  const total = groups.reduce((sum, g) => sum + weight(g), 0);
  let slot = ((sequence % total) * spreadingStride(total)) % total;
  for (const g of groups) {
    slot -= weight(g);
    if (slot < 0) return g.TargetGroupArn;
  }
  return groups[groups.length - 1].TargetGroupArn;
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/** The integer nearest 0.618 × total that is coprime with total (1 for a total of 2). */
export function spreadingStride(total: number): number {
  let stride = Math.max(1, Math.round(total * 0.618));
  while (gcd(stride, total) !== 1) stride++;
  return stride;
}

/**
 * The targets a request may go to. Healthy ones when there are any. When every registered target
 * (draining ones aside) is unhealthy, ALB fails open and routes to all of them ("If a target group
 * contains only unhealthy registered targets, the load balancer routes requests to all those targets").
 * Otherwise (no targets, or only targets still in their initial checks) there is nowhere to go: 503.
 */
export function eligibleTargets(group: RoutingTargetGroup): {
  targets: { id: string; port: number }[];
  failOpen: boolean;
} {
  if (group.healthyTargets.length > 0) return { targets: group.healthyTargets, failOpen: false };
  const routable = group.targets.filter(
    (t) => t.state !== 'draining' && t.state !== 'unused' && t.state !== 'unavailable',
  );
  const allUnhealthy =
    routable.length > 0 && routable.every((t) => (t.state as TargetHealthState) === 'unhealthy');
  return allUnhealthy
    ? { targets: routable.map((t) => ({ id: t.id, port: t.port })), failOpen: true }
    : { targets: [], failOpen: false };
}

/** How the data plane reaches a listener of a load balancer locally (for redirects that stay here). */
export type LocalEndpoint = (listenerPort: number) => { port: number } | undefined;

/**
 * A redirect's Location, with ALB's placeholders: #{protocol}, #{host}, #{port}, #{path} (without the
 * leading slash), #{query} (without '?'). The default port of the protocol is left out. When the
 * redirect points at a listener of the same load balancer that is served on another local port (a
 * fallback port, or HTTPS served as plain HTTP here), the Location names that local endpoint instead,
 * so the redirect is followable on this machine.
 */
export function redirectLocation(
  config: NonNullable<ActionRecord['RedirectConfig']>,
  request: RequestFacts & { protocol: string; listenerPort: number },
  local?: LocalEndpoint,
): string {
  const sub = (template: string): string =>
    template
      .replace(/#\{protocol\}/g, request.protocol.toLowerCase())
      .replace(/#\{host\}/g, request.host)
      .replace(/#\{port\}/g, String(request.listenerPort))
      .replace(/#\{path\}/g, request.path.replace(/^\//, ''))
      .replace(/#\{query\}/g, request.query);
  let protocol = sub(config.Protocol ?? '#{protocol}').toLowerCase();
  let port = Number(sub(config.Port ?? '#{port}'));
  const host = sub(config.Host ?? '#{host}');
  let path = sub(config.Path ?? '/#{path}');
  if (!path.startsWith('/')) path = `/${path}`;
  const query = sub(config.Query ?? '#{query}');
  const served = host === request.host ? local?.(port) : undefined;
  if (served) {
    protocol = 'http';
    port = served.port;
  }
  const defaultPort = protocol === 'https' ? 443 : 80;
  const portPart = Number.isInteger(port) && port !== defaultPort ? `:${port}` : '';
  return `${protocol}://${host}${portPart}${path}${query ? `?${query}` : ''}`;
}

/** 'HTTP_301' -> 301 (ALB only allows 301 and 302). */
export function redirectStatus(code: string | undefined): number {
  return code === 'HTTP_302' ? 302 : 301;
}
