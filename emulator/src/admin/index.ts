import type * as http from 'node:http';
import type { EmulatorContext } from '../http/context';
import type { ImageBehaviour } from '../core/world';
import {
  AcmState,
  CERTIFICATE_STATUSES,
  type CertificateRecord,
  type CertificateStatus,
} from '../services/acm/state';

/** An admin request that cannot be served; answered as {"error": message} with this status. */
class AdminError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

type Json = Record<string, unknown>;

/**
 * The /_emulator/ admin API: observation (health, calls, timeline, state), control (faults, image
 * behaviours, ECR images, reset) and persistence (state save/load). JSON in, JSON out; no signing.
 */
export async function handleAdmin(
  ctx: EmulatorContext,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  url: URL,
  body: Buffer,
): Promise<void> {
  const path = url.pathname.replace(/^\/_emulator\/?/, '').replace(/\/+$/, '');
  const method = req.method ?? 'GET';
  try {
    const result = await serve(ctx, method, path, url.searchParams, body);
    reply(res, result === undefined ? 204 : 200, result);
  } catch (e) {
    if (e instanceof AdminError) reply(res, e.status, { error: e.message });
    else reply(res, 500, { error: (e as Error).message ?? String(e) });
  }
}

function reply(res: http.ServerResponse, status: number, value: unknown): void {
  if (status === 204) {
    res.writeHead(204);
    res.end();
    return;
  }
  const text = JSON.stringify(value, null, 2);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function parseBody(body: Buffer): Json {
  const text = body.toString('utf8').trim();
  if (!text) return {};
  try {
    const v = JSON.parse(text);
    if (!v || typeof v !== 'object' || Array.isArray(v)) throw new Error('not an object');
    return v as Json;
  } catch {
    throw new AdminError(400, 'the body must be a JSON object');
  }
}

/** `since` accepts an ISO time or epoch milliseconds. */
function sinceOf(q: URLSearchParams): number | undefined {
  const s = q.get('since');
  if (!s) return undefined;
  const t = /^\d+$/.test(s) ? Number(s) : Date.parse(s);
  if (Number.isNaN(t))
    throw new AdminError(400, `since must be an ISO time or epoch milliseconds, got '${s}'`);
  return t;
}

/** One admin request, as every endpoint's handler takes it. */
interface AdminRequest {
  ctx: EmulatorContext;
  q: URLSearchParams;
  raw: Buffer;
  path: string;
}

type AdminHandler = (r: AdminRequest) => Promise<unknown>;

async function health(r: AdminRequest): Promise<unknown> {
  const { ctx } = r;
  const { world } = ctx;
  return {
    status: 'ok',
    accountId: world.accountId,
    region: world.region,
    timeScale: world.clock.timeScale,
    runtime: world.runtime.kind,
    registry: world.registry ? world.registry.host : null,
    services: ctx.definitions.map((d) => d.signingName),
  };
}

async function listCalls(r: AdminRequest): Promise<unknown> {
  const { ctx, q } = r;
  const { world } = ctx;
  const since = sinceOf(q);
  const service = q.get('service');
  const operation = q.get('operation');
  const calls = world.calls.filter(
    (c) =>
      (!service || c.service === service) &&
      (!operation || c.operation === operation) &&
      (since === undefined || Date.parse(c.at) >= since),
  );
  return { calls };
}

async function clearCalls(r: AdminRequest): Promise<unknown> {
  const { ctx } = r;
  const { world } = ctx;
  world.calls.length = 0;
  return undefined;
}

async function listTimeline(r: AdminRequest): Promise<unknown> {
  const { ctx, q } = r;
  const { world } = ctx;
  const since = sinceOf(q);
  const kind = q.get('kind');
  const resource = q.get('resource');
  const events = world.timeline.filter(
    (e) =>
      (!kind || e.kind === kind) &&
      (!resource || e.resource === resource) &&
      (since === undefined || Date.parse(e.at) >= since),
  );
  return { events };
}

async function listFaults(r: AdminRequest): Promise<unknown> {
  const { ctx } = r;
  return ctx.faults.list();
}

async function addFault(r: AdminRequest): Promise<unknown> {
  const { ctx, raw } = r;
  try {
    return ctx.faults.add(parseBody(raw));
  } catch (e) {
    if (e instanceof AdminError) throw e;
    throw new AdminError(400, (e as Error).message);
  }
}

async function clearFaults(r: AdminRequest): Promise<unknown> {
  const { ctx } = r;
  ctx.faults.clear();
  return undefined;
}

async function listImages({ ctx }: AdminRequest): Promise<unknown> {
  return { images: [...ctx.world.imageBehaviours].map(([image, behaviour]) => ({ image, behaviour })) };
}

async function setImage(r: AdminRequest): Promise<unknown> {
  const { ctx, raw } = r;
  const { world } = ctx;
  const b = parseBody(raw);
  if (typeof b.image !== 'string' || !b.image)
    throw new AdminError(400, 'image (an image URI, with or without its tag) is required');
  const behaviour = validateBehaviour(b.behaviour ?? {});
  world.imageBehaviours.set(b.image, behaviour);
  return { image: b.image, behaviour };
}

async function deleteImages(r: AdminRequest): Promise<unknown> {
  const { ctx, q } = r;
  const { world } = ctx;
  const image = q.get('image');
  if (image) world.imageBehaviours.delete(image);
  else world.imageBehaviours.clear();
  return undefined;
}

async function listEcrImages(r: AdminRequest): Promise<unknown> {
  const { ctx } = r;
  const { world } = ctx;
  return { images: world.ecr.listRecordedImages() };
}

async function recordEcrImage(r: AdminRequest): Promise<unknown> {
  const { ctx, raw } = r;
  const { world } = ctx;
  const b = parseBody(raw);
  try {
    return world.ecr.recordImage(
      String(b.repository ?? ''),
      String(b.tag ?? ''),
      b.digest === undefined ? undefined : String(b.digest),
    );
  } catch (e) {
    throw new AdminError(400, (e as Error).message);
  }
}

/**
 * ACM certificates, which cannot be validated here (no DNS): `POST certificates` makes one, ISSUED
 * unless `status` says otherwise; `PUT certificates` moves one (`arn`, `status`), e.g. a requested
 * certificate to ISSUED, or an issued one to EXPIRED.
 */
async function addCertificate(r: AdminRequest): Promise<unknown> {
  const b = parseBody(r.raw);
  if (typeof b.domainName !== 'string' || !b.domainName) throw new AdminError(400, 'domainName is required');
  const sans = Array.isArray(b.subjectAlternativeNames) ? b.subjectAlternativeNames.map(String) : [];
  return certificateJson(
    AcmState.of(r.ctx.world).add(b.domainName, sans, certificateStatus(b.status ?? 'ISSUED')),
  );
}

async function setCertificateStatus(r: AdminRequest): Promise<unknown> {
  const b = parseBody(r.raw);
  const status = certificateStatus(b.status);
  try {
    return certificateJson(AcmState.of(r.ctx.world).setStatus(String(b.arn ?? ''), status));
  } catch (e) {
    throw new AdminError(404, (e as Error).message);
  }
}

async function listCertificates(r: AdminRequest): Promise<unknown> {
  return { certificates: [...AcmState.of(r.ctx.world).certificates.values()].map(certificateJson) };
}

function certificateStatus(v: unknown): CertificateStatus {
  if (!(CERTIFICATE_STATUSES as readonly unknown[]).includes(v))
    throw new AdminError(400, `status must be one of ${CERTIFICATE_STATUSES.join(', ')}`);
  return v as CertificateStatus;
}

const certificateJson = (c: CertificateRecord) => ({
  arn: c.arn,
  domainName: c.domainName,
  subjectAlternativeNames: c.subjectAlternativeNames,
  status: c.status,
});

async function reset(r: AdminRequest): Promise<unknown> {
  const { ctx } = r;
  const { world } = ctx;
  await ctx.reset();
  return { status: 'reset', accountId: world.accountId, region: world.region };
}

async function dumpState(r: AdminRequest): Promise<unknown> {
  const { ctx } = r;
  const { world } = ctx;
  return {
    ecs: world.ecs.snapshot(),
    elbv2: world.elbv2.snapshot(),
    autoscaling: world.autoscaling.snapshot(),
    ec2: world.ec2.snapshot(),
    logs: world.logs.snapshot(),
    ecr: world.ecr.snapshot(),
    acm: world.acm.snapshot(),
  };
}

async function saveOrLoadState(r: AdminRequest): Promise<unknown> {
  const { ctx, raw, path } = r;
  const b = parseBody(raw);
  const file = typeof b.path === 'string' && b.path ? b.path : ctx.stateFile;
  if (!file)
    throw new AdminError(400, 'no state file: start the emulator with --state-file or pass {"path": "..."}');
  try {
    const done = path === 'state/save' ? await ctx.saveState(file) : await ctx.loadState(file);
    return { path: done };
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ENOENT') throw new AdminError(404, `no state file at ${file}`);
    throw new AdminError(err.code ? 500 : 400, err.message);
  }
}

const ROUTES: Record<string, AdminHandler> = {
  'GET health': health,
  'GET ': health,
  'GET calls': listCalls,
  'DELETE calls': clearCalls,
  'GET timeline': listTimeline,
  'GET faults': listFaults,
  'POST faults': addFault,
  'DELETE faults': clearFaults,
  'GET images': listImages,
  'PUT images': setImage,
  'POST images': setImage,
  'DELETE images': deleteImages,
  'GET ecr/images': listEcrImages,
  'PUT ecr/images': recordEcrImage,
  'POST ecr/images': recordEcrImage,
  'GET certificates': listCertificates,
  'POST certificates': addCertificate,
  'PUT certificates': setCertificateStatus,
  'POST reset': reset,
  'GET state': dumpState,
  'POST state/save': saveOrLoadState,
  'POST state/load': saveOrLoadState,
};

async function serve(
  ctx: EmulatorContext,
  method: string,
  path: string,
  q: URLSearchParams,
  raw: Buffer,
): Promise<unknown> {
  const handler = ROUTES[`${method} ${path}`];
  if (handler) return handler({ ctx, q, raw, path });
  const fault = /^faults\/([\w-]+)$/.exec(path);
  if (fault && method === 'DELETE') {
    if (!ctx.faults.remove(fault[1])) throw new AdminError(404, `no fault ${fault[1]}`);
    return undefined;
  }
  throw new AdminError(404, `no admin endpoint ${method} /_emulator/${path}`);
}

const BEHAVIOUR_NUMBERS = [
  'startSeconds',
  'crashAfterSeconds',
  'healthyAfterSeconds',
  'exitCode',
  'cpuPercent',
  'memoryPercent',
] as const;

function validateBehaviour(v: unknown): ImageBehaviour {
  if (!v || typeof v !== 'object' || Array.isArray(v))
    throw new AdminError(400, 'behaviour must be an object');
  const b = v as Json;
  const out: ImageBehaviour = {};
  for (const k of BEHAVIOUR_NUMBERS) {
    if (b[k] === undefined) continue;
    if (typeof b[k] !== 'number' || !Number.isFinite(b[k]) || (b[k] as number) < 0)
      throw new AdminError(400, `behaviour.${k} must be a non-negative number`);
    out[k] = b[k] as number;
  }
  if (b.healthStatus !== undefined) {
    if (
      b.healthStatus !== 'timeout' &&
      !(
        Number.isInteger(b.healthStatus) &&
        (b.healthStatus as number) >= 100 &&
        (b.healthStatus as number) <= 599
      )
    ) {
      throw new AdminError(400, "behaviour.healthStatus must be an HTTP status or 'timeout'");
    }
    out.healthStatus = b.healthStatus as number | 'timeout';
  }
  if (b.errorPercent !== undefined) {
    if (typeof b.errorPercent !== 'number' || !(b.errorPercent >= 0 && b.errorPercent <= 100))
      throw new AdminError(400, 'behaviour.errorPercent must be a number from 0 to 100');
    out.errorPercent = b.errorPercent;
  }
  if (b.logLines !== undefined) {
    if (!Array.isArray(b.logLines) || !b.logLines.every((l) => typeof l === 'string'))
      throw new AdminError(400, 'behaviour.logLines must be an array of strings');
    out.logLines = b.logLines as string[];
  }
  const unknown = Object.keys(b).filter(
    (k) =>
      !(BEHAVIOUR_NUMBERS as readonly string[]).includes(k) &&
      !['healthStatus', 'logLines', 'errorPercent'].includes(k),
  );
  if (unknown.length) throw new AdminError(400, `unknown behaviour field(s): ${unknown.join(', ')}`);
  return out;
}
