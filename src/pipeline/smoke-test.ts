import * as http from 'node:http';
import * as https from 'node:https';
import { TEST_TRAFFIC_HEADER } from '../infra/context';
import {
  heaviestTargetGroup,
  parseLocalPorts,
  SmokeRequest,
  SmokeResult,
  smokeTarget,
  statusMatcher,
} from '../deploy/smoke';
import { describeRuleByArn } from '../aws/elbv2';
import { describeTargetHealth } from '../deploy/targets';
import type { PhaseContext } from '../deploy/context';
import { errorMessage } from '../util/errors';

/** A few requests, one after the other, each with its own timeout: the test is bounded by count × timeout. */
export const SMOKE_TEST = { requests: 3, timeoutMs: 5_000 };

/** One GET: the status, or the error. Injectable so that the tests need no server. */
export type Requester = (
  connectUrl: string,
  headers: Record<string, string>,
  timeoutMs: number,
) => Promise<{ status: number }>;

/** node:http(s) rather than fetch: fetch does not let the Host header be set. The body is drained, not kept. */
export const httpGet: Requester = (connectUrl, headers, timeoutMs) =>
  new Promise((resolve, reject) => {
    const lib = connectUrl.startsWith('https:') ? https : http;
    const req = lib.get(connectUrl, { headers, timeout: timeoutMs }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0 }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', reject);
  });

/**
 * Requests `<url><path>` through the test rule (with TEST_TRAFFIC_HEADER) a few times; every answer
 * must match `expected` (smoke-test-status). Stops at the first request that does not.
 */
export async function runSmokeTest(
  o: { url: string; path: string; expected: string; now: () => number },
  request: Requester = httpGet,
): Promise<SmokeResult> {
  const matches = statusMatcher(o.expected) ?? statusMatcher('200-299')!;
  const target = smokeTarget(o.url, o.path, parseLocalPorts(process.env.EMULATOR_LB_PORTS));
  const headers: Record<string, string> = { [TEST_TRAFFIC_HEADER.name]: TEST_TRAFFIC_HEADER.value };
  if (target.hostHeader) headers.host = target.hostHeader;
  const requests: SmokeRequest[] = [];
  for (let i = 0; i < SMOKE_TEST.requests; i++) {
    const started = o.now();
    let r: SmokeRequest;
    try {
      const { status } = await request(target.connectUrl, headers, SMOKE_TEST.timeoutMs);
      r = { url: target.url, status, ms: o.now() - started, passed: matches(status) };
    } catch (error) {
      r = { url: target.url, error: errorMessage(error), ms: o.now() - started, passed: false };
    }
    requests.push(r);
    if (!r.passed) break;
  }
  return { passed: requests.every((r) => r.passed), expected: o.expected, requests };
}

/**
 * The new revision answers behind the test rule: the rule's target group has a healthy target. ECS
 * moves the test rule once the new tasks are up, but a target still in its first health checks gets
 * no request, and the load balancer would answer 503 for it: a verdict on the load balancer, not on
 * the version.
 */
export async function testTargetsReady(ctx: PhaseContext, testRuleArn: string): Promise<boolean> {
  const rule = await describeRuleByArn(ctx.clients.elbv2, testRuleArn);
  const group = heaviestTargetGroup(rule?.Actions);
  if (!group) return false;
  const targets = await describeTargetHealth(ctx.clients.elbv2, group);
  return targets.some((t) => t.state === 'healthy');
}
