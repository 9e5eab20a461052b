/**
 * The emulator checks that a request is SigV4-signed and reads its credential scope (which service
 * and region it was signed for); it does not verify the signature, since it knows no secret keys.
 */
export interface Credential {
  accessKeyId: string;
  date: string;
  region: string;
  service: string;
}

export type AuthCheck =
  | { ok: true; credential: Credential }
  | { ok: false; reason: 'missing' }
  | { ok: false; reason: 'incomplete'; message: string };

const CREDENTIAL = /^([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request$/;

export function checkSigV4(authorization: string | undefined, query: URLSearchParams): AuthCheck {
  // Presigned URLs carry the scope in the query string instead of the header.
  if (!authorization && query.get('X-Amz-Credential')) {
    const m = CREDENTIAL.exec(query.get('X-Amz-Credential')!);
    if (m && query.get('X-Amz-Signature'))
      return { ok: true, credential: { accessKeyId: m[1], date: m[2], region: m[3], service: m[4] } };
  }
  if (!authorization) return { ok: false, reason: 'missing' };
  const [algorithm, ...rest] = authorization.trim().split(/\s+/);
  const fields = new Map<string, string>();
  for (const part of rest.join(' ').split(',')) {
    const eq = part.indexOf('=');
    if (eq > 0) fields.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  if (algorithm !== 'AWS4-HMAC-SHA256') {
    return {
      ok: false,
      reason: 'incomplete',
      message: `Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. Authorization=${authorization}`,
    };
  }
  // AWS lists every missing piece in one message, in this order.
  const missing = ['Credential', 'Signature', 'SignedHeaders'].filter((k) => !fields.get(k));
  const scope = fields.get('Credential') ? CREDENTIAL.exec(fields.get('Credential')!) : null;
  if (missing.length > 0 || !scope) {
    const parts = missing.map((k) => `Authorization header requires '${k}' parameter.`);
    if (missing.length === 0) parts.push(`Credential should be scoped to correct service and region. `);
    return { ok: false, reason: 'incomplete', message: `${parts.join(' ')} Authorization=${authorization}` };
  }
  return {
    ok: true,
    credential: { accessKeyId: scope[1], date: scope[2], region: scope[3], service: scope[4] },
  };
}
