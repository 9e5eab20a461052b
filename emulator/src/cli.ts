/**
 * `npm run emulator -- --port 4566 --host 127.0.0.1 --time-scale 1 --runtime simulated|docker
 *   --state-file path --account-id 000000000000 --region us-east-1`
 */
import { portFlag, readFlags, runtimeFlag, timeScaleFlag } from './cli-args';
import { startEmulator, type EmulatorOptions } from './index';
import { saveWorldToFile } from './world-factory';
import { startGitHubApi } from './github/index';

interface CliOptions extends EmulatorOptions {
  help?: boolean;
  /** Also serve the emulated GitHub REST API (for rehearsing preview environments). */
  githubApiPort?: number;
}

const USAGE = `Usage: npm run emulator -- [options]
  --port N             port to listen on (default 4566; 0 picks a free one)
  --host ADDR          loopback address to listen on (default 127.0.0.1)
  --time-scale X       emulated seconds per real second (default 1; 10 makes a 30 s health check interval take 3 s)
  --runtime KIND       simulated (default) or docker
  --state-file PATH    load state from PATH at start if it exists, save it there on exit and on POST /_emulator/state/save
  --account-id ID      12-digit account id (default 000000000000)
  --region REGION      region (default us-east-1)
  --github-api-port N  also serve an emulated GitHub REST API (PR comments, deployments) on N,
                       for rehearsing preview environments (GITHUB_API_URL)`;

const FLAGS = {
  port: { type: 'string' },
  host: { type: 'string' },
  'time-scale': { type: 'string' },
  runtime: { type: 'string' },
  'state-file': { type: 'string' },
  'account-id': { type: 'string' },
  region: { type: 'string' },
  'github-api-port': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export function parseArgs(argv: string[]): CliOptions {
  const flags = readFlags(argv, FLAGS);
  const opts: CliOptions = {};
  if (flags.port !== undefined) opts.port = portFlag(flags.port);
  if (flags.host !== undefined) {
    if (!/^127\.\d+\.\d+\.\d+$|^localhost$|^::1$/.test(flags.host))
      throw new Error('--host must be a loopback address (127.x.x.x, localhost or ::1)');
    opts.host = flags.host;
  }
  if (flags['time-scale'] !== undefined) opts.timeScale = timeScaleFlag(flags['time-scale']);
  if (flags.runtime !== undefined) opts.runtime = runtimeFlag(flags.runtime);
  if (flags['state-file'] !== undefined) opts.stateFile = flags['state-file'];
  if (flags['account-id'] !== undefined) {
    if (!/^\d{12}$/.test(flags['account-id'])) throw new Error('--account-id must be 12 digits');
    opts.accountId = flags['account-id'];
  }
  if (flags.region !== undefined) {
    if (!/^[a-z]{2}(-[a-z]+)+-\d$/.test(flags.region))
      throw new Error(`--region must look like us-east-1, got '${flags.region}'`);
    opts.region = flags.region;
  }
  if (flags['github-api-port'] !== undefined)
    opts.githubApiPort = portFlag(flags['github-api-port'], '--github-api-port');
  if (flags.help) opts.help = true;
  return opts;
}

async function main(): Promise<void> {
  let opts: CliOptions;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n\n${USAGE}\n`);
    process.exit(2);
  }
  if (opts.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const { help: _help, githubApiPort, ...emulatorOptions } = opts;
  const emulator = await startEmulator(emulatorOptions);
  const github =
    githubApiPort === undefined
      ? undefined
      : await startGitHubApi({ port: githubApiPort, host: emulatorOptions.host ?? '127.0.0.1' });
  const { world } = emulator;
  process.stdout.write(
    [
      `AWS emulator listening on ${emulator.url} (account ${world.accountId}, ${world.region}, runtime ${world.runtime.kind}, time scale ${world.clock.timeScale})`,
      '',
      'Point the AWS SDK and CLI at it:',
      `  export AWS_ENDPOINT_URL=${emulator.url}`,
      `  export AWS_REGION=${world.region}`,
      '  export AWS_ACCESS_KEY_ID=test',
      '  export AWS_SECRET_ACCESS_KEY=test',
      '',
      `Admin API: ${emulator.url}/_emulator/health`,
      ...(github ? ['', `GitHub REST API: export GITHUB_API_URL=${github.url} (any non-empty token)`] : []),
      '',
    ].join('\n'),
  );

  let stopping = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`\n${signal}: stopping\n`);
    try {
      if (opts.stateFile) {
        const path = await saveWorldToFile(world, opts.stateFile);
        process.stdout.write(`state saved to ${path}\n`);
      }
      await github?.stop();
      await emulator.stop();
      process.exit(0);
    } catch (e) {
      process.stderr.write(`failed to stop cleanly: ${(e as Error).message}\n`);
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

if (require.main === module) {
  main().catch((e) => {
    process.stderr.write(`emulator failed to start: ${(e as Error).message}\n`);
    process.exit(1);
  });
}
