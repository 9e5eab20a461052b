import { spawnSync } from 'node:child_process';

/**
 * A bcrypt htpasswd line for the registry's basic auth. The distribution registry accepts only bcrypt,
 * Node has no bcrypt of its own and the project takes no npm package for it, so the hash comes from a
 * tool of the machine: `htpasswd -B` (apache2-utils), `mkpasswd -m bcrypt` (whois), or Python's crypt
 * module on libxcrypt (Python 3.12 and older). Undefined when none of them is there: the caller then
 * runs the registry without auth.
 */
export function bcryptHtpasswdLine(username: string, password: string): string | undefined {
  if (/[:\n]/.test(username))
    throw new Error(`registry username may not contain ':' or a newline: ${JSON.stringify(username)}`);
  const hash = hashWithHtpasswd(username, password) ?? hashWithMkpasswd(password) ?? hashWithPython(password);
  return hash ? `${username}:${hash}` : undefined;
}

const TOOL_TIMEOUT_MS = 15000;

function isBcrypt(hash: string): boolean {
  return /^\$2[aby]\$\d\d\$[./A-Za-z0-9]{53}$/.test(hash);
}

/**
 * Runs a hashing tool with the password on stdin (never in the process list) and takes the bcrypt
 * hash from what it prints after `prefix`; undefined when the tool is missing or prints no bcrypt hash.
 */
function bcryptFromTool(command: string, args: string[], password: string, prefix = ''): string | undefined {
  const r = spawnSync(command, args, { input: password, encoding: 'utf8', timeout: TOOL_TIMEOUT_MS });
  if (r.status !== 0 || typeof r.stdout !== 'string') return undefined;
  const hash = r.stdout.trim().slice(prefix.length);
  return isBcrypt(hash) ? hash : undefined;
}

function hashWithHtpasswd(username: string, password: string): string | undefined {
  // -n prints `user:hash`, -i reads the password from stdin.
  return bcryptFromTool('htpasswd', ['-niB', '-C', '10', username], password, `${username}:`);
}

function hashWithMkpasswd(password: string): string | undefined {
  return bcryptFromTool('mkpasswd', ['-m', 'bcrypt', '-s'], password);
}

function hashWithPython(password: string): string | undefined {
  const script =
    'import sys,warnings\nwarnings.simplefilter("ignore")\nimport crypt\nsys.stdout.write(crypt.crypt(sys.stdin.read(), crypt.mksalt(crypt.METHOD_BLOWFISH, rounds=1024)))';
  return bcryptFromTool('python3', ['-c', script], password);
}
