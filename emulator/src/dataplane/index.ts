import * as http from 'node:http';
import * as net from 'node:net';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { World } from '../core/world';
import type { RoutingListener, RoutingLoadBalancer, RoutingTable } from '../core/contracts';
import {
  chooseListener,
  chooseTargetGroup,
  eligibleTargets,
  matchRule,
  redirectLocation,
  redirectStatus,
  requestFacts,
  terminalAction,
  type RequestFacts,
} from './routing';
import { sendAlbError, sendFixedResponse, sendRedirect } from './responses';
import { LoadBalancerMetrics } from './metrics';

/**
 * The load balancers' data plane: one real socket per listener port in use by any load balancer,
 * shared by every load balancer with a listener on that port, routing each request by its Host and
 * the listener's rules to the target group's targets, round robin, and proxying it there.
 *
 * It never caches the ELBv2 state: each request reads `world.elbv2.routingTable()` (cheap), so API changes and
 * health checks take effect on the next request; the sockets follow the set of listener ports, checked
 * after every API call and on a short timer (which also covers an admin reset or state load).
 */

export interface DataPlaneOptions {
  /** Address the listeners bind (default 127.0.0.1, which every *.localhost name resolves to). */
  host?: string;
  /**
   * First port of the fallback range used when a listener's own port cannot be bound (default 8080;
   * the next 50 ports are tried, then an ephemeral port). 0 serves every listener on an ephemeral port
   * (tests, and several emulators on one machine).
   */
  fallbackPort?: number;
  /** Where the "listener N of load balancer x is served on URL" lines go. */
  log?: (line: string) => void;
  /** Real milliseconds between checks of the set of listener ports (default 250). */
  pollMs?: number;
}

interface PortBinding {
  listenerPort: number;
  localPort: number;
  server: http.Server;
  /** Why the listener's own port was not used (EACCES, EADDRINUSE, or 'ephemeral ports requested'). */
  fallbackReason?: string;
}

export interface ServedListener {
  port: number;
  protocol: string;
  /** The local port that really serves it (undefined while not bound yet). */
  localPort?: number;
  /** The URL that answers here, e.g. http://web-123.us-east-1.elb.localhost:8080 */
  url?: string;
  /** Set when localPort differs from port: why. */
  note?: string;
}

export interface ServedLoadBalancer {
  name: string;
  arn: string;
  dnsName: string;
  state: string;
  listeners: ServedListener[];
  targetGroups: {
    name: string;
    arn: string;
    requestsForwarded: number;
    targets: { id: string; port: number; state: string; inFlight: number }[];
  }[];
}

const FALLBACK_RANGE = 50;
const planes = new WeakMap<World, DataPlane>();

const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);

export class DataPlane {
  private readonly bindings = new Map<number, PortBinding>();
  private pending: Promise<void> = Promise.resolve();
  private timer?: NodeJS.Timeout;
  private stopped = false;
  // Keep-alive to targets, as ALB keeps its back-end connections open.
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 512 });
  private readonly roundRobin = new Map<string, number>();
  private readonly actionSequence = new Map<string, number>();
  private readonly announced = new Set<string>();
  private readonly upgraded = new Set<net.Socket>();
  /** Requests being served per target, keyed `${tgArn}|${id}:${port}`. */
  readonly inFlight = new Map<string, number>();
  /** Requests forwarded per target group since the data plane started. */
  readonly forwarded = new Map<string, number>();
  /** The AWS/ApplicationELB metrics each request publishes to CloudWatch. */
  private readonly metrics: LoadBalancerMetrics;
  readonly host: string;
  private readonly fallbackPort: number;
  private readonly log: (line: string) => void;

  constructor(
    readonly world: World,
    opts: DataPlaneOptions = {},
  ) {
    this.metrics = new LoadBalancerMetrics(world);
    this.host = opts.host ?? '127.0.0.1';
    this.fallbackPort = opts.fallbackPort ?? 8080;
    this.log = opts.log ?? (() => undefined);
    const pollMs = opts.pollMs ?? 250;
    // Which sockets are open follows the state, not emulated time: a real-time poll in both clock modes.
    this.timer = setInterval(() => void this.reconcile(), pollMs);
    this.timer.unref();
  }

  /** Opens sockets for new listener ports and closes those no listener uses any more; serialised. */
  reconcile(): Promise<void> {
    this.pending = this.pending.then(() => this.reconcileNow()).catch(() => undefined);
    return this.pending;
  }

  private listenerPorts(): Set<number> {
    return this.world.elbv2?.listenerPorts() ?? new Set();
  }

  private async reconcileNow(): Promise<void> {
    if (this.stopped) return;
    const wanted = this.listenerPorts();
    for (const [port, b] of [...this.bindings]) {
      if (wanted.has(port)) continue;
      this.bindings.delete(port);
      // Requests under way finish; the socket stops accepting new ones.
      b.server.close();
      b.server.closeIdleConnections();
    }
    for (const port of wanted) {
      if (this.bindings.has(port) || this.stopped) continue;
      const binding = await this.bind(port, wanted);
      if (this.stopped) {
        binding?.server.close();
        return;
      }
      if (binding) this.bindings.set(port, binding);
    }
    this.announce();
  }

  private async bind(listenerPort: number, wanted: Set<number>): Promise<PortBinding | undefined> {
    const taken = new Set([...this.bindings.values()].map((b) => b.localPort));
    const candidates: number[] = [];
    if (this.fallbackPort !== 0) {
      candidates.push(listenerPort);
      for (let p = this.fallbackPort; p < this.fallbackPort + FALLBACK_RANGE && p <= 65535; p++) {
        // Ports other listeners ask for are left to them.
        if (p !== listenerPort && !wanted.has(p) && !taken.has(p)) candidates.push(p);
      }
    }
    candidates.push(0);
    let firstFailure: string | undefined = this.fallbackPort === 0 ? 'ephemeral ports requested' : undefined;
    for (const candidate of candidates) {
      const server = this.makeServer(listenerPort);
      try {
        await new Promise<void>((resolve, reject) => {
          server.once('error', reject);
          server.listen({ port: candidate, host: this.host, exclusive: true }, () => {
            server.off('error', reject);
            resolve();
          });
        });
      } catch (e) {
        firstFailure ??= (e as NodeJS.ErrnoException).code ?? (e as Error).message;
        continue;
      }
      const localPort = (server.address() as AddressInfo).port;
      return {
        listenerPort,
        localPort,
        server,
        fallbackReason: localPort === listenerPort ? undefined : firstFailure,
      };
    }
    this.log(`listener port ${listenerPort}: no local port could be bound (${firstFailure ?? 'unknown'})`);
    return undefined;
  }

  private makeServer(listenerPort: number): http.Server {
    const server = http.createServer((req, res) => {
      try {
        this.handle(listenerPort, req, res);
      } catch {
        sendAlbError(res, 502);
      }
    });
    server.on('upgrade', (req, socket, head) =>
      this.handleUpgrade(listenerPort, req, socket as net.Socket, head),
    );
    server.on('clientError', (_e, socket) => {
      if (socket.writable)
        socket.end('HTTP/1.1 400 Bad Request\r\nServer: awselb/2.0\r\nContent-Length: 0\r\n\r\n');
      else socket.destroy();
    });
    // ALB's client keep-alive is long (3600 s); Node's 5 s default would only cost reconnections.
    server.keepAliveTimeout = 65_000;
    return server;
  }

  private announce(): void {
    for (const lb of this.world.elbv2.routingTable().loadBalancers) {
      for (const l of lb.listeners) {
        const b = this.bindings.get(l.port);
        if (!b) continue;
        const key = `${l.arn}@${b.localPort}`;
        if (this.announced.has(key)) continue;
        this.announced.add(key);
        const served = this.served(lb, l);
        this.log(
          `listener ${l.port} of load balancer ${lb.name} is served on ${served.url}` +
            (served.note ? ` (${served.note})` : ''),
        );
      }
    }
  }

  private urlHost(dnsName: string): string {
    // *.localhost names resolve to the loopback (curl, browsers), which is where 127.0.0.1 listens;
    // another bind address is only reachable by its own address.
    return this.host === '127.0.0.1' || this.host === 'localhost' ? dnsName : this.host;
  }

  served(lb: { dnsName: string }, l: { port: number; protocol: string }): ServedListener {
    const b = this.bindings.get(l.port);
    if (!b) return { port: l.port, protocol: l.protocol };
    const url = `http://${this.urlHost(lb.dnsName)}${b.localPort === 80 ? '' : `:${b.localPort}`}`;
    const notes: string[] = [];
    if (b.localPort !== l.port)
      notes.push(`port ${l.port} could not be bound here: ${b.fallbackReason ?? 'in use'}`);
    if (l.protocol === 'HTTPS') notes.push('HTTPS is served as plain HTTP here: there are no certificates');
    return {
      port: l.port,
      protocol: l.protocol,
      localPort: b.localPort,
      url,
      ...(notes.length ? { note: notes.join('; ') } : {}),
    };
  }

  /** The load balancers as the admin API shows them: what serves each listener here, and each target's load. */
  async describe(): Promise<ServedLoadBalancer[]> {
    await this.reconcile();
    const table = this.world.elbv2.routingTable();
    return table.loadBalancers.map((lb) => {
      const groups = new Set<string>();
      for (const l of lb.listeners)
        for (const r of l.rules)
          for (const a of r.actions) {
            if (a.TargetGroupArn) groups.add(a.TargetGroupArn);
            a.ForwardConfig?.TargetGroups.forEach((g) => groups.add(g.TargetGroupArn));
          }
      return {
        name: lb.name,
        arn: lb.arn,
        dnsName: lb.dnsName,
        state: lb.state,
        listeners: lb.listeners.map((l) => this.served(lb, l)),
        targetGroups: [...groups]
          .map((arn) => table.targetGroups[arn])
          .filter((g) => g !== undefined)
          .map((g) => ({
            name: g.name,
            arn: g.arn,
            requestsForwarded: this.forwarded.get(g.arn) ?? 0,
            targets: g.targets.map((t) => ({
              ...t,
              inFlight: this.inFlight.get(`${g.arn}|${t.id}:${t.port}`) ?? 0,
            })),
          })),
      };
    });
  }

  /** The URL that answers for a load balancer's listener here, once its socket is bound. */
  async listenerUrl(loadBalancerArn: string, port: number): Promise<string | undefined> {
    await this.reconcile();
    const lb = this.world.elbv2.routingTable().loadBalancers.find((x) => x.arn === loadBalancerArn);
    const l = lb?.listeners.find((x) => x.port === port);
    return lb && l ? this.served(lb, l).url : undefined;
  }

  // Requests
  private route(
    listenerPort: number,
    facts: RequestFacts,
  ):
    | { kind: 'error'; status: number; lb?: RoutingLoadBalancer }
    | { kind: 'answered'; send: (res: http.ServerResponse) => void }
    | {
        kind: 'forward';
        table: RoutingTable;
        lb: RoutingLoadBalancer;
        listener: RoutingListener;
        tgArn: string;
        target: { id: string; port: number };
      } {
    const table = this.world.elbv2.routingTable();
    const choice = chooseListener(table, listenerPort, facts);
    if (!choice) return { kind: 'error', status: 503 };
    const { loadBalancer: lb, listener } = choice;
    const rule = matchRule(listener, facts);
    const action = rule ? terminalAction(rule.actions) : undefined;
    if (!rule || !action) return { kind: 'error', status: 503, lb };
    if (action.Type === 'fixed-response' && action.FixedResponseConfig) {
      const config = action.FixedResponseConfig;
      return { kind: 'answered', send: (res) => sendFixedResponse(res, config) };
    }
    if (action.Type === 'redirect' && action.RedirectConfig) {
      const location = redirectLocation(
        action.RedirectConfig,
        { ...facts, protocol: listener.protocol, listenerPort: listener.port },
        (port) => {
          const target = lb.listeners.find((l) => l.port === port);
          const b = this.bindings.get(port);
          if (!target || !b) return undefined;
          return b.localPort !== port || target.protocol === 'HTTPS' ? { port: b.localPort } : undefined;
        },
      );
      const status = redirectStatus(action.RedirectConfig.StatusCode);
      return { kind: 'answered', send: (res) => sendRedirect(res, status, location) };
    }
    const tgArn = chooseTargetGroup(action, this.next(this.actionSequence, rule.arn));
    const group = tgArn ? table.targetGroups[tgArn] : undefined;
    if (!tgArn || !group) return { kind: 'error', status: 503, lb };
    const { targets } = eligibleTargets(group);
    if (targets.length === 0) return { kind: 'error', status: 503, lb };
    const ordered = [...targets].sort((a, b) => (a.id === b.id ? a.port - b.port : a.id < b.id ? -1 : 1));
    const target = ordered[this.next(this.roundRobin, tgArn) % ordered.length];
    return { kind: 'forward', table, lb, listener, tgArn, target };
  }

  private next(counters: Map<string, number>, key: string): number {
    const n = counters.get(key) ?? 0;
    counters.set(key, n + 1 >= Number.MAX_SAFE_INTEGER ? 0 : n + 1);
    return n;
  }

  private handle(listenerPort: number, req: http.IncomingMessage, res: http.ServerResponse): void {
    const facts = requestFacts(req.url ?? '/', req.method ?? 'GET', req.headers, req.socket.remoteAddress);
    const routed = this.route(listenerPort, facts);
    if (routed.kind !== 'forward') {
      req.resume();
      if (routed.kind === 'error') {
        if (routed.lb) this.metrics.loadBalancerError(routed.lb.arn, routed.status);
        sendAlbError(res, routed.status);
      } else routed.send(res);
      return;
    }
    const { lb, listener, tgArn, target } = routed;
    this.count(lb.arn, tgArn);
    if (!isLoopback(target.id)) {
      // Simulated tasks have addresses from the VPC's CIDR that exist nowhere: the data plane never
      // sends traffic off this machine, it answers for the simulated task instead.
      req.resume();
      const status = this.world.runtime.answerRequest?.(target.id, target.port);
      if (status === undefined) {
        // Nothing listens there (or the runtime is real and the address is not on this machine).
        this.metrics.loadBalancerError(lb.arn, 502);
        sendAlbError(res, 502);
        return;
      }
      this.metrics.targetResponse(lb.arn, tgArn, status, 0);
      simulatedAnswer(res, target.id, target.port, status);
      return;
    }
    const started = performance.now();
    const key = `${tgArn}|${target.id}:${target.port}`;
    this.inFlight.set(key, (this.inFlight.get(key) ?? 0) + 1);
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      const n = (this.inFlight.get(key) ?? 1) - 1;
      if (n <= 0) this.inFlight.delete(key);
      else this.inFlight.set(key, n);
    };

    let timedOut = false;
    const upstream = http.request({
      host: target.id,
      port: target.port,
      method: req.method,
      path: req.url,
      headers: this.forwardedHeaders(req, listener, facts),
      agent: this.agent,
    });
    // The idle timeout is real time, not emulated time: a request is real traffic, and a time scale of
    // 100 must not cut a 60 s idle timeout to 0.6 s.
    upstream.setTimeout(lb.idleTimeoutSeconds * 1000, () => {
      timedOut = true;
      upstream.destroy(new Error('target idle timeout'));
    });
    upstream.on('response', (answer) => {
      const seconds = (performance.now() - started) / 1000;
      this.metrics.targetResponse(lb.arn, tgArn, answer.statusCode ?? 502, seconds);
      const headers: string[] = [];
      for (let i = 0; i < answer.rawHeaders.length; i += 2) {
        if (!HOP_BY_HOP.has(answer.rawHeaders[i].toLowerCase()))
          headers.push(answer.rawHeaders[i], answer.rawHeaders[i + 1]);
      }
      if (res.destroyed) {
        answer.resume();
        return;
      }
      res.writeHead(answer.statusCode ?? 502, answer.statusMessage, headers);
      answer.pipe(res);
      answer.on('error', () => res.destroy());
      answer.on('aborted', () => res.destroy());
    });
    upstream.on('error', () => {
      if (res.destroyed) return;
      this.metrics.loadBalancerError(lb.arn, timedOut ? 504 : 502);
      sendAlbError(res, timedOut ? 504 : 502);
    });
    res.on('close', () => {
      finish();
      if (!res.writableFinished) upstream.destroy();
    });
    req.pipe(upstream);
  }

  private count(lbArn: string, tgArn: string): void {
    this.forwarded.set(tgArn, (this.forwarded.get(tgArn) ?? 0) + 1);
    this.world.elbv2.recordRequest(tgArn);
    this.metrics.request(lbArn, tgArn);
  }

  private forwardedHeaders(
    req: http.IncomingMessage,
    listener: RoutingListener,
    facts: RequestFacts,
  ): http.OutgoingHttpHeaders {
    const out: http.OutgoingHttpHeaders = {};
    const listedInConnection = String(req.headers.connection ?? '')
      .split(',')
      .map((s) => s.trim().toLowerCase());
    for (const [name, value] of Object.entries(req.headers)) {
      if (value === undefined) continue;
      // Transfer-Encoding stays: Node re-chunks the streamed body for the target.
      if (name !== 'transfer-encoding' && (HOP_BY_HOP.has(name) || listedInConnection.includes(name)))
        continue;
      out[name] = value;
    }
    const xff = req.headers['x-forwarded-for'];
    out['x-forwarded-for'] = xff ? `${String(xff)}, ${facts.sourceIp}` : facts.sourceIp;
    out['x-forwarded-proto'] = listener.protocol.toLowerCase();
    out['x-forwarded-port'] = String(listener.port);
    if (!req.headers['x-amzn-trace-id']) {
      const epoch = Math.floor(this.world.clock.nowMs() / 1000).toString(16);
      out['x-amzn-trace-id'] = `Root=1-${epoch}-${randomBytes(12).toString('hex')}`;
    }
    return out;
  }

  /** WebSocket (and other Upgrade) requests: routed like any request, then the two sockets are joined. */
  private handleUpgrade(
    listenerPort: number,
    req: http.IncomingMessage,
    socket: net.Socket,
    head: Buffer,
  ): void {
    const facts = requestFacts(req.url ?? '/', req.method ?? 'GET', req.headers, socket.remoteAddress);
    const routed = this.route(listenerPort, facts);
    if (routed.kind !== 'forward') {
      const status = routed.kind === 'error' ? routed.status : 400;
      socket.end(
        `HTTP/1.1 ${status} ${status === 503 ? 'Service Temporarily Unavailable' : 'Bad Request'}\r\nServer: awselb/2.0\r\nContent-Length: 0\r\n\r\n`,
      );
      return;
    }
    const { lb, listener, tgArn, target } = routed;
    this.count(lb.arn, tgArn);
    if (!isLoopback(target.id)) {
      socket.end('HTTP/1.1 502 Bad Gateway\r\nServer: awselb/2.0\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    const headers = this.forwardedHeaders(req, listener, facts);
    const upstream = net.connect(target.port, target.id, () => {
      const lines = [`${req.method} ${req.url} HTTP/1.1`];
      for (const [name, value] of Object.entries(headers))
        for (const v of Array.isArray(value) ? value : [value]) lines.push(`${name}: ${String(v)}`);
      lines.push(`connection: Upgrade`, `upgrade: ${String(req.headers.upgrade ?? '')}`);
      upstream.write(`${lines.join('\r\n')}\r\n\r\n`);
      if (head.length) upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    this.upgraded.add(socket);
    const close = () => {
      this.upgraded.delete(socket);
      upstream.destroy();
      socket.destroy();
    };
    upstream.on('error', () => {
      if (!socket.destroyed && upstream.bytesRead === 0)
        socket.end('HTTP/1.1 502 Bad Gateway\r\nServer: awselb/2.0\r\nContent-Length: 0\r\n\r\n');
      close();
    });
    upstream.on('close', close);
    socket.on('error', close);
    socket.on('close', close);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.pending;
    const closing = [...this.bindings.values()].map(
      (b) =>
        new Promise<void>((resolve) => {
          b.server.close(() => resolve());
          b.server.closeAllConnections();
        }),
    );
    this.bindings.clear();
    for (const s of this.upgraded) s.destroy();
    this.upgraded.clear();
    this.agent.destroy();
    await Promise.all(closing);
    if (planes.get(this.world) === this) planes.delete(this.world);
  }
}

/** Starts the data plane of a world and binds the listeners that already exist (e.g. from a state file). */
export async function startDataPlane(world: World, opts: DataPlaneOptions = {}): Promise<DataPlane> {
  const plane = new DataPlane(world, opts);
  planes.set(world, plane);
  await plane.reconcile();
  return plane;
}

export function dataPlaneOf(world: World): DataPlane | undefined {
  return planes.get(world);
}

/**
 * The URL that really answers for a listener of a load balancer on this machine (the DNS name with the
 * local port that serves the listener), or undefined when no data plane runs or there is no such listener.
 */
export async function listenerUrl(
  world: World,
  loadBalancerArn: string,
  port: number,
): Promise<string | undefined> {
  return planes.get(world)?.listenerUrl(loadBalancerArn, port);
}

/** Only addresses on this machine are ever proxied to (Docker runtime tasks live in 127.0.0.0/8). */
export function isLoopback(ip: string): boolean {
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(ip) || ip === '::1';
}

function simulatedAnswer(res: http.ServerResponse, ip: string, port: number, status: number): void {
  const body =
    status < 500
      ? `simulated task ${ip}:${port} answered through the load balancer\n`
      : `simulated task ${ip}:${port} failed this request (image behaviour errorPercent)\n`;
  res.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'x-emulator-simulated-target': `${ip}:${port}`,
  });
  res.end(body);
}
