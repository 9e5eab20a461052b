/**
 * The smoke test's pure parts: where a request goes, which statuses pass, and what the digest says.
 * The requests themselves are made by src/pipeline/smoke-test.ts.
 */

/** One smoke-test request and what came back. */
export interface SmokeRequest {
  url: string;
  status?: number;
  /** Why no status came back (timeout, refused connection). */
  error?: string;
  ms: number;
  passed: boolean;
}

export interface SmokeResult {
  passed: boolean;
  expected: string;
  requests: SmokeRequest[];
  /** The new version's share of production traffic when the verdict came (undefined: not known). */
  productionPercentAtVerdict?: number;
  /** The stage the service deployment was in when the test began. */
  stage?: string;
}

/** Where to connect for a URL, and the Host header to send. */
export interface SmokeTarget {
  url: string;
  connectUrl: string;
  hostHeader?: string;
}

/**
 * The request's URL and where to connect. The emulator names its load balancers under `.localhost`
 * (docs/emulator/load-balancer.md); not every resolver maps those names to the loopback, so such a
 * name is reached at 127.0.0.1 with the name in the Host header. When the emulator could not bind a
 * listener's own port (80 without root, or held by another program) it serves the listener on
 * another local port and says which; `localPorts` (from EMULATOR_LB_PORTS, "80=8081,443=8443")
 * maps the listener port to it. Any other name is connected to as it is.
 */
export function smokeTarget(
  baseUrl: string,
  path: string,
  localPorts: Record<string, string> = {},
): SmokeTarget {
  const base = new URL(baseUrl);
  const url = new URL(path.startsWith('/') ? path : `/${path}`, base).toString();
  if (!base.hostname.endsWith('.localhost')) return { url, connectUrl: url };
  const connect = new URL(url);
  connect.hostname = '127.0.0.1';
  const listenerPort = base.port || (base.protocol === 'https:' ? '443' : '80');
  if (localPorts[listenerPort]) connect.port = localPorts[listenerPort];
  return { url, connectUrl: connect.toString(), hostHeader: base.host };
}

/** EMULATOR_LB_PORTS ("80=8081,443=8443") as a map; entries that are not two port numbers are ignored. */
export function parseLocalPorts(value: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of (value ?? '').split(',')) {
    const m = /^\s*(\d{1,5})\s*=\s*(\d{1,5})\s*$/.exec(pair);
    if (m) out[m[1]] = m[2];
  }
  return out;
}

/**
 * Whether a status matches `smoke-test-status`: a code (200), a range (200-299), or several of them
 * separated by commas (200,301-302). Undefined for a spec that is none of these.
 */
export function statusMatcher(spec: string): ((status: number) => boolean) | undefined {
  const parts = spec.split(',').map((p) => p.trim());
  const ranges: [number, number][] = [];
  for (const p of parts) {
    const m = /^(\d{3})(?:-(\d{3}))?$/.exec(p);
    if (!m) return undefined;
    const lo = Number(m[1]);
    const hi = Number(m[2] ?? m[1]);
    if (hi < lo) return undefined;
    ranges.push([lo, hi]);
  }
  return (status) => ranges.some(([lo, hi]) => status >= lo && status <= hi);
}

/** The digest's lines for a smoke test. */
export function smokeLines(s: SmokeResult): string[] {
  const share =
    s.productionPercentAtVerdict === undefined
      ? 'not known'
      : `${s.productionPercentAtVerdict}% on the new version`;
  const out = [
    `Smoke test ${s.passed ? 'passed' : 'failed'} (expected ${s.expected}${s.stage ? `, from stage ${s.stage}` : ''}; production traffic at the verdict: ${share}):`,
  ];
  for (const r of s.requests)
    out.push(
      `  GET ${r.url} -> ${r.status ?? `no answer (${r.error ?? 'unknown error'})`} in ${r.ms} ms${r.passed ? '' : '  <- not expected'}`,
    );
  return out;
}

/**
 * The target group a rule sends (most of) its traffic to: the simple forward's group, or the weighted
 * forward's heaviest. The test rule at 100 % on the new revision names its group this way.
 */
export function heaviestTargetGroup(
  actions:
    | {
        Type?: string;
        TargetGroupArn?: string;
        ForwardConfig?: { TargetGroups?: { TargetGroupArn?: string; Weight?: number }[] };
      }[]
    | undefined,
): string | undefined {
  const forward = actions?.find((a) => a.Type === 'forward');
  if (!forward) return undefined;
  const groups = forward.ForwardConfig?.TargetGroups ?? [];
  if (groups.length === 0) return forward.TargetGroupArn;
  return [...groups].sort((a, b) => (b.Weight ?? 1) - (a.Weight ?? 1))[0].TargetGroupArn;
}
