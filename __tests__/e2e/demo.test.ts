/**
 * `npm run demo` as a user runs it (the script under tsx, Node 24), on the simulated runtime so that it
 * needs no daemon and takes seconds; plus the pure pieces of the script (flags, how the action's log and
 * the page are shown). The Docker path of the same deploys is covered by docker.test.ts.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import {
  answerVersion,
  demoSha,
  describeCounts,
  firstLineOfPage,
  strategyInputs,
  parseDemoArgs,
  parseOutputFile,
  presentActionLine,
} from '../../scripts/demo';
import { NODE24, ROOT } from './harness';

describe('flags', () => {
  test('defaults: real time, port 4566, keep running, runtime chosen by the daemon', () => {
    expect(parseDemoArgs([])).toEqual({ exit: false, port: 4566, timeScale: 1, help: false });
  });

  test('every flag, with a space or an equals sign', () => {
    expect(
      parseDemoArgs(['--broken', 'crash', '--exit', '--port=0', '--time-scale', '20', '--runtime=simulated']),
    ).toEqual({ broken: 'crash', exit: true, port: 0, timeScale: 20, runtime: 'simulated', help: false });
  });

  test('a strategy and the broken version that fails real requests', () => {
    expect(parseDemoArgs(['--strategy', 'canary', '--broken=errors'])).toMatchObject({
      strategy: 'canary',
      broken: 'errors',
    });
    expect(strategyInputs('rolling')).toEqual({});
    expect(strategyInputs('blue-green')).toEqual({
      strategy: 'blue-green',
      'infrastructure-role-arn': expect.stringMatching(/^arn:aws:iam::\d{12}:role\//),
      'bake-minutes': '1',
    });
    expect(strategyInputs('canary')).toMatchObject({ 'canary-percent': '20', 'canary-bake-minutes': '1' });
    expect(strategyInputs('linear')).toMatchObject({
      'linear-step-percent': '25',
      'linear-step-bake-minutes': '1',
    });
  });

  test.each([
    [['--broken', 'slow'], /--broken must be crash, unhealthy, errors, got 'slow'/],
    [['--strategy', 'red-black'], /--strategy must be rolling, blue-green, canary, linear, got 'red-black'/],
    [['--broken'], /--broken needs a value/],
    [['--port', '70000'], /--port must be an integer/],
    [['--time-scale', '0'], /--time-scale must be a number greater than 0/],
    [['--runtime', 'podman'], /--runtime must be simulated or docker/],
    [['--exit', '--fast'], /unknown option '--fast'/],
  ])('%j is refused with a message naming the flag', (argv, message) => {
    expect(() => parseDemoArgs(argv)).toThrow(message);
  });
});

describe('what the terminal shows', () => {
  test('steady traffic is counted by status and by the version that answered', () => {
    expect(answerVersion('<html><head><title>example app v1.2</title></head></html>')).toBe('v1.2');
    expect(
      answerVersion('internal error (FAIL_MODE=errors, ERROR_PERCENT=50) version=broken-errors-1\n'),
    ).toBe('broken-errors-1');
    expect(answerVersion('simulated task 172.31.0.4:3000 answered through the load balancer\n')).toBe(
      '172.31.0.4:3000',
    );
    expect(answerVersion('Service Unavailable')).toBeUndefined();
    const counts = new Map([
      ['200 v1', 30],
      ['500 v2', 5],
      ['200 v2', 10],
    ]);
    expect(describeCounts(counts)).toBe('45 requests: 200 v1 ×30, 200 v2 ×10, 500 v2 ×5');
    expect(describeCounts(new Map())).toBe('0 requests');
  });

  test('workflow commands become plain lines; masks, debug lines and group ends are not shown', () => {
    expect(presentActionLine('::group::Build and push')).toBe('▸ Build and push');
    expect(presentActionLine('::endgroup::')).toBeUndefined();
    expect(presentActionLine('::add-mask::s3cr3t-password')).toBeUndefined();
    expect(presentActionLine('::debug::poll 3')).toBeUndefined();
    expect(presentActionLine('::error::Deployment failed%0ARolled back: 100%25')).toBe(
      'error: Deployment failed\nRolled back: 100%',
    );
    expect(presentActionLine('::warning file=a.ts,line=3::careful')).toBe('warning: careful');
    expect(presentActionLine('Registered demo-hello:1')).toBe('Registered demo-hello:1');
  });

  test('the first line of a page is the text of its first element with text', () => {
    const page =
      '<!doctype html>\n<html><head><meta charset="utf-8"><title>example app v1 &amp; co</title>' +
      '<style>body{margin:0}</style></head><body><h1>Hello</h1></body></html>';
    expect(firstLineOfPage(page)).toBe('example app v1 & co');
    expect(firstLineOfPage('simulated task 172.31.0.4:3000 answered\n')).toBe(
      'simulated task 172.31.0.4:3000 answered',
    );
    expect(firstLineOfPage('')).toBe('');
  });

  test('outputs are read in both GITHUB_OUTPUT forms', () => {
    expect(parseOutputFile('url<<ghadelim_1\nhttp://x/\nghadelim_1\nrolled-back=false\n')).toEqual({
      url: 'http://x/',
      'rolled-back': 'false',
    });
  });

  test('each deploy gets a new commit SHA, so a new immutable image tag', () => {
    const a = demoSha('good', 1000);
    expect(a).toMatch(/^[0-9a-f]{40}$/);
    expect(demoSha('good', 1000)).toBe(a);
    expect(demoSha('good', 1001)).not.toBe(a);
    expect(demoSha('crash', 1000)).not.toBe(a);
  });
});

test('npm run demo -- --runtime simulated --broken crash --exit: deploys, shows the URL answering, rolls back, stops', async () => {
  const tsxCli = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const args = [
    tsxCli,
    'scripts/demo.ts',
    '--runtime',
    'simulated',
    '--broken',
    'crash',
    '--exit',
    '--port',
    '0',
    '--time-scale',
    '20',
  ];
  const { code, out } = await new Promise<{ code: number | null; out: string }>((resolve) => {
    const child = spawn(NODE24, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 100_000);
    child.on('close', (c) => {
      clearTimeout(timer);
      resolve({ code: c, out });
    });
  });
  if (code !== 0) throw new Error(out);
  expect(out).toMatch(/AWS endpoint http:\/\/127\.0\.0\.1:\d+/);
  expect(out).toMatch(/url output of the action: http:\/\/demo-\d+\.us-east-1\.elb\.localhost\//);
  // The page answered through the load balancer before and after the broken version.
  expect(
    out.match(/-> HTTP 200: simulated task 172\.31\.\d+\.\d+:3000 answered through the load balancer/g),
  ).toHaveLength(2);
  // The action's log is streamed, with its rollback digest.
  expect(out).toContain('  | ▸ Watch');
  expect(out).toContain('container hello: exit code 1');
  expect(out).toContain('FAIL_MODE=crash (a broken release on purpose)');
  expect(out).toMatch(/the step failed \(exit code 1\) and rolled-back=true/);
  expect(out).not.toContain('::add-mask::');
  expect(out).toContain('emulator stopped');
});
