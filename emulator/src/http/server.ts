import * as http from 'node:http';
import { randomUUID } from 'node:crypto';
import { AwsError } from '../core/errors';
import type { ServiceDefinition, RequestContext } from '../core/service';
import type { EmulatorContext } from './context';
import { decodeQueryParams } from './query';
import { toAwsJson } from './json';
import { queryResponse, ec2Response, queryError, ec2Error } from './xml';
import { checkSigV4 } from './sigv4';
import { handleAdmin } from '../admin';

const MAX_BODY_BYTES = 32 * 1024 * 1024;
const MAX_CALL_RECORDS = 50000;

/** A request resolved to one service and operation, before authentication and dispatch. */
interface Routed {
  definition?: ServiceDefinition;
  protocol: 'json' | 'query' | 'ec2';
  operation: string;
  version?: string;
  input: () => unknown;
}

export function createEmulatorServer(ctx: EmulatorContext): http.Server {
  return http.createServer((req, res) => {
    handle(ctx, req, res).catch((e) => {
      // Only a bug in the server itself gets here; answer rather than leave the client hanging.
      process.stderr.write(`emulator: ${(e as Error).stack ?? e}\n`);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('internal emulator error');
    });
  });
}

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        reject(new AwsError('RequestEntityTooLarge', 'Request body too large', 413));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

async function handle(
  ctx: EmulatorContext,
  req: http.IncomingMessage,
  res: http.ServerResponse,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://emulator.local');
  const body = await readBody(req);
  if (url.pathname === '/_emulator' || url.pathname.startsWith('/_emulator/')) {
    await handleAdmin(ctx, req, res, url, body);
    return;
  }

  const at = ctx.world.clock.now().toISOString();
  // How long the handler took in real time: the call log's measure of the emulator itself.
  const started = Date.now();
  const requestId = randomUUID();
  const routed = route(ctx.definitions, req, url, body);
  const service = routed.definition?.signingName ?? 'unknown';
  let status = 200;
  let errorCode: string | undefined;
  try {
    const output = await dispatch(ctx, req, url, routed, requestId);
    send(res, 200, routed, output, requestId);
  } catch (e) {
    const err = asAwsError(e);
    status = err.status;
    errorCode = err.code;
    sendError(res, routed, err, requestId);
  } finally {
    const calls = ctx.world.calls;
    calls.push({
      at,
      service,
      operation: routed.operation,
      status,
      errorCode,
      durationMs: Date.now() - started,
    });
    if (calls.length > MAX_CALL_RECORDS) calls.splice(0, calls.length - MAX_CALL_RECORDS);
  }
}

function route(definitions: ServiceDefinition[], req: http.IncomingMessage, url: URL, body: Buffer): Routed {
  const target = header(req, 'x-amz-target');
  if (target) {
    const dot = target.lastIndexOf('.');
    const prefix = dot >= 0 ? target.slice(0, dot) : target;
    const operation = dot >= 0 ? target.slice(dot + 1) : '';
    const definition = definitions.find((d) => d.protocol === 'json' && d.targetPrefix === prefix);
    return {
      definition,
      protocol: 'json',
      operation,
      input: () => {
        const text = body.toString('utf8').trim();
        if (!text) return {};
        try {
          return JSON.parse(text);
        } catch {
          throw new AwsError('SerializationException', 'Start of structure or map found where not expected.');
        }
      },
    };
  }
  const params = new URLSearchParams(url.search);
  const contentType = header(req, 'content-type') ?? '';
  // AWS reads the form body whatever the content type says; only JSON/XML bodies are not forms.
  if (body.length > 0 && !/json|xml/.test(contentType)) {
    for (const [k, v] of new URLSearchParams(body.toString('utf8'))) params.append(k, v);
  }
  const version = params.get('Version') ?? undefined;
  const operation = params.get('Action') ?? '';
  const queryDefs = definitions.filter((d) => d.protocol !== 'json');
  // The signing name decides, as AWS's endpoints are per service; Version covers unsigned requests.
  const scope = /Credential=[^/]+\/\d{8}\/[^/]+\/([^/]+)\//.exec(header(req, 'authorization') ?? '')?.[1];
  const definition =
    queryDefs.find((d) => d.signingName === scope) ?? queryDefs.find((d) => d.version === version);
  return {
    definition,
    protocol: definition?.protocol ?? 'query',
    operation,
    version,
    input: () => decodeQueryParams(params),
  };
}

async function dispatch(
  ctx: EmulatorContext,
  req: http.IncomingMessage,
  url: URL,
  routed: Routed,
  requestId: string,
): Promise<unknown> {
  const { definition, operation } = routed;
  const auth = checkSigV4(header(req, 'authorization'), url.searchParams);
  if (!auth.ok) {
    if (auth.reason === 'incomplete') {
      throw new AwsError(
        routed.protocol === 'json' ? 'IncompleteSignatureException' : 'IncompleteSignature',
        auth.message,
        403,
      );
    }
    if (routed.protocol === 'json')
      throw new AwsError('MissingAuthenticationTokenException', 'Missing Authentication Token', 400);
    if (routed.protocol === 'ec2')
      throw new AwsError('MissingParameter', 'The request must contain the parameter AWSAccessKeyId', 400);
    throw new AwsError('MissingAuthenticationToken', 'Request is missing Authentication Token', 403);
  }
  if (!definition) {
    if (routed.protocol === 'json')
      throw new AwsError('UnknownOperationException', `Unknown operation ${operation}`, 400);
    throw new AwsError(
      'InvalidAction',
      `Could not find operation ${operation} for version ${routed.version ?? 'NO_VERSION_SPECIFIED'}`,
      400,
    );
  }
  const handler = Object.prototype.hasOwnProperty.call(definition.operations, operation)
    ? definition.operations[operation]
    : undefined;
  if (!handler) {
    if (definition.protocol === 'json')
      throw new AwsError('UnknownOperationException', `Unknown operation ${operation}`, 400);
    if (definition.protocol === 'ec2')
      throw new AwsError('InvalidAction', `The action ${operation} is not valid for this web service.`, 400);
    throw new AwsError(
      'InvalidAction',
      `Could not find operation ${operation} for version ${definition.version}`,
      400,
    );
  }
  const input = routed.input();
  const latency = ctx.faults.latencyFor(definition.signingName, operation);
  // Injected latency is the network's, real time in both clock modes (a virtual clock would hold the call).
  if (latency > 0) await new Promise((r) => setTimeout(r, latency));
  const injected = ctx.faults.errorFor(definition.signingName, operation);
  if (injected) throw injected;
  const rc: RequestContext = {
    world: ctx.world,
    service: definition.signingName,
    operation,
    requestId,
    accountId: ctx.world.accountId,
    region: ctx.world.region,
  };
  return (await handler(input, rc)) ?? {};
}

function asAwsError(e: unknown): AwsError {
  if (e instanceof AwsError) return e;
  process.stderr.write(`emulator: unexpected error: ${(e as Error)?.stack ?? e}\n`);
  return new AwsError(
    'InternalFailure',
    'The request processing has failed because of an unknown error, exception or failure.',
    500,
  );
}

function send(
  res: http.ServerResponse,
  status: number,
  routed: Routed,
  output: unknown,
  requestId: string,
): void {
  const def = routed.definition!;
  if (routed.protocol === 'json') {
    write(res, status, 'application/x-amz-json-1.1', toAwsJson(output), { 'x-amzn-requestid': requestId });
  } else if (routed.protocol === 'ec2') {
    write(
      res,
      status,
      'text/xml;charset=UTF-8',
      ec2Response(routed.operation, def.xmlns ?? '', output, requestId),
      {},
    );
  } else {
    write(res, status, 'text/xml', queryResponse(routed.operation, def.xmlns ?? '', output, requestId), {
      'x-amzn-requestid': requestId,
    });
  }
}

function sendError(res: http.ServerResponse, routed: Routed, err: AwsError, requestId: string): void {
  if (routed.protocol === 'json') {
    const body = toAwsJson({ __type: err.code, message: err.message });
    write(res, err.status, 'application/x-amz-json-1.1', body, {
      'x-amzn-requestid': requestId,
      'x-amzn-errortype': err.code,
    });
  } else if (routed.protocol === 'ec2') {
    write(res, err.status, 'text/xml;charset=UTF-8', ec2Error(err.code, err.message, requestId), {});
  } else {
    write(
      res,
      err.status,
      'text/xml',
      queryError(routed.definition?.xmlns, err.fault, err.code, err.message, requestId),
      { 'x-amzn-requestid': requestId },
    );
  }
}

function write(
  res: http.ServerResponse,
  status: number,
  contentType: string,
  body: string,
  headers: Record<string, string>,
): void {
  res.writeHead(status, {
    'content-type': contentType,
    'content-length': Buffer.byteLength(body),
    date: new Date().toUTCString(),
    ...headers,
  });
  res.end(body);
}

function header(req: http.IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}
