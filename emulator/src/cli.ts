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

export function parseArgs(argv: string[]): CliOptions {
  const opts: CliOptions = {};
  readFlags(argv, (flag, value) => {
    switch (flag) {
      case '--port':
        opts.port = portFlag(value());
        return true;
      case '--host':
        opts.host = value();
        if (!/^127\.\d+\.\d+\.\d+$|^localhost$|^::1$/.test(opts.host))
          throw new Error('--host must be a loopback address (127.x.x.x, localhost or ::1)');
        return true;
      case '--time-scale':
        opts.timeScale = timeScaleFlag(value());
        return true;
      case '--runtime':
        opts.runtime = runtimeFlag(value());
        return true;
      case '--state-file':
        opts.stateFile = value();
        return true;
      case '--account-id':
        opts.accountId = value();
        if (!/^\d{12}$/.test(opts.accountId)) throw new Error('--account-id must be 12 digits');
        return true;
      case '--region':
        opts.region = value();
        if (!/^[a-z]{2}(-[a-z]+)+-\d$/.test(opts.region))
          throw new Error(`--region must look like us-east-1, got '${opts.region}'`);
        return true;
      case '--github-api-port':
        opts.githubApiPort = portFlag(value(), '--github-api-port');
        return true;
      case '--help':
      case '-h':
        opts.help = true;
        return true;
      default:
        return false;
    }
  });
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
