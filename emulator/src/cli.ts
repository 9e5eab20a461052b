/**
 * `npm run emulator -- --port 4566 --host 127.0.0.1 --time-scale 1 --runtime simulated|docker
 *   --state-file path --account-id 000000000000 --region us-east-1`
 */
import { startEmulator, type EmulatorOptions } from './index';
import { saveWorldToFile } from './world-factory';

interface CliOptions extends EmulatorOptions {
  help?: boolean;
}

const USAGE = `Usage: npm run emulator -- [options]
  --port N             port to listen on (default 4566; 0 picks a free one)
  --host ADDR          loopback address to listen on (default 127.0.0.1)
  --time-scale X       emulated seconds per real second (default 1; 10 makes a 30 s health check interval take 3 s)
  --runtime KIND       simulated (default) or docker
  --state-file PATH    load state from PATH at start if it exists, save it there on exit and on POST /_emulator/state/save
  --account-id ID      12-digit account id (default 000000000000)
  --region REGION      region (default us-east-1)`;

export function parseArgs(argv: string[]): CliOptions {
  const opts: CliOptions = {};
  const value = (i: number, flag: string): string => {
    const v = argv[i + 1];
    if (v === undefined || v.startsWith('--')) throw new Error(`${flag} needs a value`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, undefined];
    const take = (): string => {
      if (inline !== undefined) return inline;
      const v = value(i, flag);
      i++;
      return v;
    };
    switch (flag) {
      case '--port': {
        const port = Number(take());
        if (!Number.isInteger(port) || port < 0 || port > 65535)
          throw new Error('--port must be an integer between 0 and 65535');
        opts.port = port;
        break;
      }
      case '--host':
        opts.host = take();
        if (!/^127\.\d+\.\d+\.\d+$|^localhost$|^::1$/.test(opts.host))
          throw new Error('--host must be a loopback address (127.x.x.x, localhost or ::1)');
        break;
      case '--time-scale': {
        const scale = Number(take());
        if (!(scale > 0 && scale <= 1000))
          throw new Error('--time-scale must be a number greater than 0 and at most 1000');
        opts.timeScale = scale;
        break;
      }
      case '--runtime': {
        const runtime = take();
        if (runtime !== 'simulated' && runtime !== 'docker')
          throw new Error(`--runtime must be simulated or docker, got '${runtime}'`);
        opts.runtime = runtime;
        break;
      }
      case '--state-file':
        opts.stateFile = take();
        break;
      case '--account-id':
        opts.accountId = take();
        if (!/^\d{12}$/.test(opts.accountId)) throw new Error('--account-id must be 12 digits');
        break;
      case '--region':
        opts.region = take();
        if (!/^[a-z]{2}(-[a-z]+)+-\d$/.test(opts.region))
          throw new Error(`--region must look like us-east-1, got '${opts.region}'`);
        break;
      case '--help':
      case '-h':
        opts.help = true;
        break;
      default:
        throw new Error(`unknown option '${arg}'`);
    }
  }
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
  const { help: _help, ...emulatorOptions } = opts;
  const emulator = await startEmulator(emulatorOptions);
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
