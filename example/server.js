'use strict';
// The example app deployed by the demo: a small web app like the ones in the AWS guides.
// No npm dependencies, so its image builds offline from a bare Node.js base image.
const http = require('node:http');
const os = require('node:os');

const port = Number(process.env.PORT || 3000);
const version = process.env.APP_VERSION || (process.env.GIT_COMMIT || '').slice(0, 12) || 'dev';
const environment = process.env.ENVIRONMENT || process.env.APP_ENV || 'unknown';
// A broken release on purpose, for the rollback demo: 'crash' exits at start, 'unhealthy' fails /health,
// 'errors' passes /health but answers 500 to ERROR_PERCENT % of the other requests.
const failMode = (process.env.FAIL_MODE || '').trim().toLowerCase();
const errorPercent = readErrorPercent(process.env.ERROR_PERCENT);
const startedAt = new Date();

function log(line) {
  process.stdout.write(`${new Date().toISOString()} ${line}\n`);
}

if (failMode === 'crash') {
  process.stderr.write(
    `${new Date().toISOString()} FATAL cannot start version ${version}: FAIL_MODE=crash (a broken release on purpose)\n`,
  );
  // Exit once the line is flushed, so it reaches the container log and CloudWatch Logs.
  process.stderr.write('', () => process.exit(1));
  return;
}
if (failMode && failMode !== 'unhealthy' && failMode !== 'errors') {
  process.stderr.write(
    `${new Date().toISOString()} WARN unknown FAIL_MODE=${failMode} ignored (known: crash, unhealthy, errors)\n`,
  );
}

function readErrorPercent(text) {
  if (text === undefined || text.trim() === '') return 50;
  const n = Number(text);
  if (!Number.isFinite(n) || n < 0 || n > 100) {
    process.stderr.write(`${new Date().toISOString()} WARN ERROR_PERCENT=${text} is not 0..100, using 50\n`);
    return 50;
  }
  return n;
}

// Spread evenly rather than drawn at random: exactly ERROR_PERCENT % of any long enough run fails
// (with 50, every second request), so a test can count the 500s it should see.
let requestsServed = 0;
function failsThisRequest() {
  if (failMode !== 'errors') return false;
  const n = requestsServed++;
  return Math.floor(((n + 1) * errorPercent) / 100) > Math.floor((n * errorPercent) / 100);
}

function escapeHtml(s) {
  return String(s).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );
}

function page() {
  const rows = [
    ['version', version],
    ['environment', environment],
    ['hostname', os.hostname()],
    ['started', startedAt.toISOString()],
  ]
    .map(([k, v]) => `<tr><th>${k}</th><td>${escapeHtml(v)}</td></tr>`)
    .join('\n      ');
  return `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>example app ${escapeHtml(version)}</title>
  <style>body{font-family:system-ui,sans-serif;margin:3rem}th{text-align:left;padding-right:1rem}</style></head>
  <body>
    <h1>Hello from the example app</h1>
    <table>
      ${rows}
    </table>
  </body>
</html>
`;
}

let draining = false;

const server = http.createServer((req, res) => {
  const started = process.hrtime.bigint();
  res.on('finish', () => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    log(`${req.method} ${req.url} ${res.statusCode} ${ms.toFixed(1)}ms version=${version}`);
  });
  const url = new URL(req.url || '/', 'http://localhost');
  if (draining) res.setHeader('connection', 'close');
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain' }).end('method not allowed\n');
    return;
  }
  if (url.pathname === '/health') {
    const healthy = failMode !== 'unhealthy';
    res
      .writeHead(healthy ? 200 : 500, { 'content-type': 'application/json' })
      .end(
        JSON.stringify(healthy ? { status: 'ok' } : { status: 'failing', reason: 'FAIL_MODE=unhealthy' }) +
          '\n',
      );
    return;
  }
  if (failsThisRequest()) {
    res
      .writeHead(500, { 'content-type': 'text/plain' })
      .end(`internal error (FAIL_MODE=errors, ERROR_PERCENT=${errorPercent}) version=${version}\n`);
    return;
  }
  if (url.pathname === '/') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page());
    return;
  }
  res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
});

server.listen(port, () =>
  log(
    `listening on port ${server.address().port} version=${version} environment=${environment}${failMode ? ` FAIL_MODE=${failMode}` : ''}${failMode === 'errors' ? ` ERROR_PERCENT=${errorPercent}` : ''}`,
  ),
);

// ECS sends SIGTERM and waits stopTimeout seconds before SIGKILL: finish what is in flight, then exit.
function shutdown(signal) {
  if (draining) return;
  draining = true;
  log(`${signal} received, draining connections`);
  server.close(() => {
    log('stopped');
    process.exit(0);
  });
  server.closeIdleConnections();
  setTimeout(() => {
    log('connections still open after 10s, exiting');
    process.exit(0);
  }, 10000).unref();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
