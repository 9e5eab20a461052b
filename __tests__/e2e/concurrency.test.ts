/**
 * Two runs of the bundled action on one service, started in the same instant, against one emulator
 * (simulated runtime): 8 pairs of first deploys, then 8 pairs of updates. Neither run of a pair may
 * end with a raw AWS error; at most one fails, saying that another deployment replaced its own and
 * which revision runs now; no revision is left ACTIVE that neither the service nor a run that ended
 * healthy deployed (a "replaced" run deregisters its own). The counts are printed (docs/reliability.md, "Concurrent runs").
 */
import { DescribeServicesCommand, ECSClient, ListTaskDefinitionsCommand } from '@aws-sdk/client-ecs';
import { startEmulator } from '../../emulator/src/index';
import { admin, ecrImage, Emulator, runAction, type ActionResult } from './harness';

const PAIRS = Number(process.env.CONCURRENT_PAIRS ?? 4);
/** Pairs run at the same time (each pair on its own service), to keep the suite short on 2 cores. */
const AT_ONCE = 4;

let emu: Emulator;
let ecs: ECSClient;

beforeAll(async () => {
  emu = await startEmulator({ port: 0, timeScale: 50, runtime: 'simulated' });
  ecs = new ECSClient({
    endpoint: emu.url,
    region: 'us-east-1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
  });
  const api = admin(emu.url);
  for (const tag of ['a1', 'b1', 'a2', 'b2']) await api.declareImage('race', tag);
});

afterAll(async () => {
  await emu?.stop();
});

/** Each pair has its own cluster (and so its own load balancer); the service is always `web`. */
const deploy = (cluster: string, tag: string) =>
  runAction(
    {
      cluster,
      service: 'web',
      'container-port': '3000',
      'wait-for-minutes': '10',
      image: ecrImage('race', tag),
    },
    { endpoint: emu.url, timeoutMs: 110_000 },
  );

interface PairResult {
  /** The pair's cluster. */
  service: string;
  runs: ActionResult[];
}

async function pairs(tags: [string, string]): Promise<PairResult[]> {
  const results: PairResult[] = [];
  for (let start = 0; start < PAIRS; start += AT_ONCE) {
    const batch = Array.from({ length: Math.min(AT_ONCE, PAIRS - start) }, (_, i) => `race-${start + i}`);
    results.push(
      ...(await Promise.all(
        batch.map(async (service) => ({
          service,
          runs: await Promise.all([deploy(service, tags[0]), deploy(service, tags[1])]),
        })),
      )),
    );
  }
  return results;
}

/** Every revision a run of this file deployed (its output), across both rounds. */
const deployedBefore = new Set<string>();
/** The revisions of runs that failed as "replaced", each deregistered by its run. */
const replacedRevisions: string[] = [];

const errorLine = (r: ActionResult) => r.log.split('\n').find((l) => l.startsWith('::error::')) ?? '';

async function checkPairs(results: PairResult[], what: string): Promise<void> {
  const bothOk = results.filter((p) => p.runs.every((r) => r.exitCode === 0)).length;
  const oneFailed = results.filter((p) => p.runs.filter((r) => r.exitCode !== 0).length === 1).length;
  console.log(
    `${what}: ${bothOk}/${results.length} pairs both runs ok, ${oneFailed} pairs with one run failed`,
  );
  for (const p of results)
    for (const r of p.runs) if (r.exitCode !== 0) console.log(`${p.service}: ${errorLine(r)}`);
  for (const p of results) {
    const failed = p.runs.filter((r) => r.exitCode !== 0);
    expect(failed.length).toBeLessThanOrEqual(1);
    for (const r of p.runs) expect(r.log).not.toMatch(/not idempotent|Exception:/);
    for (const r of failed)
      expect(errorLine(r)).toMatch(/was replaced by deployment \S+ \(race-\d+-web:\d+\)/);
    const svc = (await ecs.send(new DescribeServicesCommand({ cluster: p.service, services: ['web'] })))
      .services![0];
    expect(svc.deployments?.filter((d) => d.rolloutState === 'IN_PROGRESS')).toEqual([]);
    const deployedByOkRuns = p.runs
      .filter((r) => r.exitCode === 0)
      .map((r) => r.outputs['task-definition-arn']);
    expect(deployedByOkRuns).toContain(svc.taskDefinition);
    // Every ACTIVE revision is one a run deployed to the end: none registered and left unused, not
    // even by a run whose deployment was replaced (it deregisters its revision before it exits).
    const active = await ecs.send(
      new ListTaskDefinitionsCommand({ familyPrefix: `${p.service}-web`, status: 'ACTIVE' }),
    );
    for (const arn of deployedByOkRuns) deployedBefore.add(arn!);
    for (const arn of active.taskDefinitionArns ?? []) expect([...deployedBefore]).toContain(arn);
    for (const r of failed) {
      const arn = r.outputs['task-definition-arn'];
      if (!arn || deployedByOkRuns.includes(arn)) continue;
      expect(r.log).toContain(`Deregistered ${arn.split('/').pop()}: registered by this run`);
      replacedRevisions.push(arn);
      expect(active.taskDefinitionArns ?? []).not.toContain(arn);
    }
  }
}

test(`${PAIRS} pairs of simultaneous first deploys, then ${PAIRS} pairs of simultaneous updates`, async () => {
  await checkPairs(await pairs(['a1', 'b1']), 'first deploys');
  await checkPairs(await pairs(['a2', 'b2']), 'updates');
  console.log(`replaced runs: ${replacedRevisions.length}, each deregistered the revision it registered`);
}, 600_000);
