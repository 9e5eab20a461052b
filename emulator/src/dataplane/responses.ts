import type * as http from 'node:http';

/**
 * The answers an ALB writes itself (not a target's): the nginx-style HTML error pages with
 * `Server: awselb/2.0`, byte for byte as clients and monitoring tools see them from AWS.
 */

const REASONS: Record<number, string> = {
  301: '301 Moved Permanently',
  302: '302 Found',
  400: '400 Bad Request',
  404: '404 Not Found',
  500: '500 Internal Server Error',
  502: '502 Bad Gateway',
  503: '503 Service Temporarily Unavailable',
  504: '504 Gateway Time-out',
};

export function albErrorPage(status: number): string {
  const title = REASONS[status] ?? `${status}`;
  return `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n</body>\r\n</html>\r\n`;
}

export function sendAlbError(res: http.ServerResponse, status: number): void {
  if (res.headersSent) {
    // The target's answer had started: ALB can only cut the connection.
    res.destroy();
    return;
  }
  const body = albErrorPage(status);
  const reason = REASONS[status]?.replace(/^\d+ /, '');
  res.writeHead(status, reason, {
    Server: 'awselb/2.0',
    Date: new Date().toUTCString(),
    'Content-Type': 'text/html',
    'Content-Length': Buffer.byteLength(body),
    Connection: 'keep-alive',
  });
  res.end(body);
}

export function sendFixedResponse(
  res: http.ServerResponse,
  config: { StatusCode: string; ContentType?: string; MessageBody?: string },
): void {
  const body = config.MessageBody ?? '';
  res.writeHead(Number(config.StatusCode), {
    Server: 'awselb/2.0',
    Date: new Date().toUTCString(),
    'Content-Type': config.ContentType ?? 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    Connection: 'keep-alive',
  });
  res.end(body);
}

export function sendRedirect(res: http.ServerResponse, status: number, location: string): void {
  const body = albErrorPage(status);
  res.writeHead(status, status === 302 ? 'Found' : 'Moved Permanently', {
    Server: 'awselb/2.0',
    Date: new Date().toUTCString(),
    'Content-Type': 'text/html',
    'Content-Length': Buffer.byteLength(body),
    Location: location,
    Connection: 'keep-alive',
  });
  res.end(body);
}
