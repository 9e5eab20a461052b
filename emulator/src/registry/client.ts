import { statSync, readdirSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { RegistryEndpoint } from './server';

/** Every manifest kind `docker push` and buildx produce; the registry answers in the stored kind. */
export const MANIFEST_ACCEPT = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');

export interface ManifestInfo {
  /** sha256:… from Docker-Content-Digest: ECR's imageDigest. */
  digest: string;
  mediaType: string;
  /** Bytes of the manifest itself. */
  manifestSize: number;
  /** Config plus layers as stored (compressed), ECR's imageSizeInBytes; the manifest's own size for an index. */
  imageSizeInBytes: number;
  /** When the manifest (or the tag) was pushed; from the registry's storage when its folder is known. */
  pushedAt?: Date;
  manifest: {
    schemaVersion?: number;
    mediaType?: string;
    config?: { digest: string; size: number };
    layers?: { size: number }[];
    manifests?: unknown[];
  };
}

export interface RegistryImage extends ManifestInfo {
  tags: string[];
}

export class RegistryError extends Error {
  constructor(
    message: string,
    readonly statusCode: number | undefined,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'RegistryError';
  }
}

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

const REQUEST_TIMEOUT_MS = 10000;
const MAX_BODY_BYTES = 8 * 1024 * 1024;

function request(
  reg: RegistryEndpoint,
  method: string,
  urlPath: string,
  headers: Record<string, string> = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const h: Record<string, string> = { ...headers };
    if (reg.username || reg.password)
      h.authorization = 'Basic ' + Buffer.from(`${reg.username}:${reg.password}`).toString('base64');
    const req = http.request(
      `http://${reg.host}${urlPath}`,
      { method, headers: h, timeout: REQUEST_TIMEOUT_MS, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (c: Buffer) => {
          size += c.length;
          if (size > MAX_BODY_BYTES) {
            req.destroy(
              new Error(`registry answer to ${method} ${urlPath} is larger than ${MAX_BODY_BYTES} bytes`),
            );
            return;
          }
          chunks.push(c);
        });
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
        res.on('error', reject);
      },
    );
    req.on('timeout', () =>
      req.destroy(
        new Error(`registry ${reg.host} did not answer ${method} ${urlPath} within ${REQUEST_TIMEOUT_MS} ms`),
      ),
    );
    req.on('error', (err) => reject(new RegistryError(err.message, undefined)));
    req.end();
  });
}

function registryError(reply: Reply, what: string): RegistryError {
  let code: string | undefined;
  let detail = '';
  try {
    const parsed = JSON.parse(reply.body.toString('utf8')) as {
      errors?: { code?: string; message?: string }[];
    };
    code = parsed.errors?.[0]?.code;
    detail = parsed.errors?.[0]?.message ?? '';
  } catch {
    // not a registry error document
  }
  return new RegistryError(
    `${what}: HTTP ${reply.status}${code ? ` ${code}` : ''}${detail ? ` (${detail})` : ''}`,
    reply.status,
    code,
  );
}

const NOT_FOUND_CODES = new Set(['NAME_UNKNOWN', 'MANIFEST_UNKNOWN', 'TAG_INVALID']);

function encodeRepo(repo: string): string {
  return repo.split('/').map(encodeURIComponent).join('/');
}

/** Repositories in the registry (the catalog, paged; bounded). */
export async function listRepositories(reg: RegistryEndpoint, limit = 10000): Promise<string[]> {
  const out: string[] = [];
  let last = '';
  for (let page = 0; page < 100 && out.length < limit; page++) {
    const q = `?n=1000${last ? `&last=${encodeURIComponent(last)}` : ''}`;
    const reply = await request(reg, 'GET', `/v2/_catalog${q}`, { accept: 'application/json' });
    if (reply.status !== 200) throw registryError(reply, 'listing repositories');
    const names = (JSON.parse(reply.body.toString('utf8')) as { repositories?: string[] }).repositories ?? [];
    out.push(...names);
    if (names.length < 1000) break;
    last = names[names.length - 1];
  }
  return out.slice(0, limit);
}

/** Tags of a repository; [] when the repository has never been pushed to. */
export async function listTags(reg: RegistryEndpoint, repo: string): Promise<string[]> {
  const reply = await request(reg, 'GET', `/v2/${encodeRepo(repo)}/tags/list`, {
    accept: 'application/json',
  });
  if (reply.status === 404) return [];
  if (reply.status !== 200) throw registryError(reply, `listing tags of ${repo}`);
  const tags = (JSON.parse(reply.body.toString('utf8')) as { tags?: string[] | null }).tags;
  return (tags ?? []).slice().sort();
}

/** The manifest a tag or digest names; undefined when the repository or the reference is unknown. */
export async function getManifest(
  reg: RegistryEndpoint,
  repo: string,
  ref: string,
): Promise<ManifestInfo | undefined> {
  const reply = await request(reg, 'GET', `/v2/${encodeRepo(repo)}/manifests/${encodeURIComponent(ref)}`, {
    accept: MANIFEST_ACCEPT,
  });
  if (reply.status === 404) return undefined;
  if (reply.status !== 200) {
    const err = registryError(reply, `reading manifest ${repo}:${ref}`);
    if (err.code && NOT_FOUND_CODES.has(err.code)) return undefined;
    throw err;
  }
  const manifest = JSON.parse(reply.body.toString('utf8')) as ManifestInfo['manifest'];
  const digest = String(reply.headers['docker-content-digest'] ?? '');
  const mediaType = String(reply.headers['content-type'] ?? manifest.mediaType ?? '').split(';')[0];
  const layersSize = (manifest.layers ?? []).reduce((sum, l) => sum + (Number(l.size) || 0), 0);
  const imageSizeInBytes = manifest.manifests
    ? reply.body.length
    : layersSize + (Number(manifest.config?.size) || 0);
  return {
    digest,
    mediaType,
    manifestSize: reply.body.length,
    imageSizeInBytes,
    pushedAt: reg.storageDir ? pushedAt(reg.storageDir, repo, ref, digest) : undefined,
    manifest,
  };
}

/** Deletes a manifest by digest (every tag pointing at it goes with it); false when it was not there. */
export async function deleteManifest(reg: RegistryEndpoint, repo: string, digest: string): Promise<boolean> {
  if (!/^sha256:[0-9a-f]{64}$/.test(digest))
    throw new RegistryError(`not a digest: ${digest}`, undefined, 'DIGEST_INVALID');
  const reply = await request(reg, 'DELETE', `/v2/${encodeRepo(repo)}/manifests/${digest}`);
  if (reply.status === 202) return true;
  if (reply.status === 404) return false;
  throw registryError(reply, `deleting ${repo}@${digest}`);
}

/**
 * Every image of a repository grouped by digest with its tags (DescribeImages). Tagged images come
 * from the tag list; untagged ones are found only when the registry's storage folder is known.
 */
export async function listImages(
  reg: RegistryEndpoint,
  repo: string,
  maxTags = 1000,
): Promise<RegistryImage[]> {
  const byDigest = new Map<string, RegistryImage>();
  for (const tag of (await listTags(reg, repo)).slice(0, maxTags)) {
    const m = await getManifest(reg, repo, tag);
    if (!m) continue; // deleted between the two calls
    const image = byDigest.get(m.digest);
    if (image) {
      image.tags.push(tag);
      if (m.pushedAt && (!image.pushedAt || m.pushedAt > image.pushedAt)) image.pushedAt = m.pushedAt;
    } else {
      byDigest.set(m.digest, { ...m, tags: [tag] });
    }
  }
  if (reg.storageDir) {
    for (const digest of storedDigests(reg.storageDir, repo).slice(0, maxTags)) {
      if (byDigest.has(digest)) continue;
      const m = await getManifest(reg, repo, digest);
      // A child manifest of a multi-platform index is stored too; ECR lists those as well, untagged.
      if (m) byDigest.set(digest, { ...m, tags: [] });
    }
  }
  return [...byDigest.values()];
}

function repoDir(storageDir: string, repo: string): string {
  return path.join(storageDir, 'docker', 'registry', 'v2', 'repositories', ...repo.split('/'));
}

// The registry keeps one small `link` file per tag and per manifest revision; its mtime is the push time.
function pushedAt(storageDir: string, repo: string, ref: string, digest: string): Date | undefined {
  const base = path.join(repoDir(storageDir, repo), '_manifests');
  const candidates = ref.startsWith('sha256:')
    ? [path.join(base, 'revisions', 'sha256', ref.slice(7), 'link')]
    : [
        path.join(base, 'tags', ref, 'current', 'link'),
        path.join(base, 'revisions', 'sha256', digest.replace(/^sha256:/, ''), 'link'),
      ];
  for (const file of candidates) {
    try {
      return statSync(file).mtime;
    } catch {
      // try the next one
    }
  }
  return undefined;
}

function storedDigests(storageDir: string, repo: string): string[] {
  try {
    const dir = path.join(repoDir(storageDir, repo), '_manifests', 'revisions', 'sha256');
    return readdirSync(dir)
      .filter((hex) => /^[0-9a-f]{64}$/.test(hex))
      .map((hex) => `sha256:${hex}`);
  } catch {
    return [];
  }
}
