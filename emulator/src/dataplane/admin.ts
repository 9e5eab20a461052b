import type * as http from 'node:http';
import type { World } from '../core/world';
import { dataPlaneOf } from './index';

/**
 * GET /_emulator/load-balancers on the emulator's own endpoint: each load balancer's DNS name and,
 * per listener, the local URL that really serves it (a fallback port when the listener's port could not
 * be bound), with each target's state and requests in flight.
 *
 * Added in front of the emulator server's handler rather than inside the admin module, so the data
 * plane stays one optional piece; every other request goes to the original handler untouched, and
 * after each API call the data plane re-checks its sockets at once (a new listener answers without
 * waiting for the next poll).
 */
export function withLoadBalancerAdmin(server: http.Server, world: World): void {
  const original = server.listeners('request') as ((
    req: http.IncomingMessage,
    res: http.ServerResponse,
  ) => void)[];
  server.removeAllListeners('request');
  server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0].replace(/\/+$/, '');
    if (path === '/_emulator/load-balancers') {
      void answer(world, req, res);
      return;
    }
    if (!path.startsWith('/_emulator')) res.on('finish', () => void dataPlaneOf(world)?.reconcile());
    for (const fn of original) fn.call(server, req, res);
  });
}

async function answer(world: World, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  req.resume();
  let status = 200;
  let body: unknown;
  if (req.method !== 'GET') {
    status = 405;
    body = { error: `no admin endpoint ${req.method} /_emulator/load-balancers (use GET)` };
  } else {
    const plane = dataPlaneOf(world);
    body = plane
      ? { dataPlane: true, loadBalancers: await plane.describe() }
      : {
          dataPlane: false,
          loadBalancers: world.elbv2.routingTable().loadBalancers.map((lb) => ({
            name: lb.name,
            arn: lb.arn,
            dnsName: lb.dnsName,
            state: lb.state,
            listeners: lb.listeners.map((l) => ({ port: l.port, protocol: l.protocol })),
          })),
        };
  }
  const text = JSON.stringify(body, null, 2);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}
