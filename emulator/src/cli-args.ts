/**
 * Command-line flags as `npm run emulator`, `npm run demo` and the benchmarks read them: Node's
 * `util.parseArgs` (`--flag value` or `--flag=value`, unknown flags refused), with its errors said the
 * way the usage texts speak, and the value checks the commands share.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export type FlagOptions = NonNullable<ParseArgsConfig['options']>;

/** The flags' values by name (a string for a string flag, true for a boolean one given). */
export function readFlags<const T extends FlagOptions>(argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: false }).values;
  } catch (e) {
    throw new Error(flagError(e as Error & { code?: string }));
  }
}

/** util.parseArgs's error, said as `--flag needs a value` or `unknown option '--flag'`. */
function flagError(e: Error & { code?: string }): string {
  // Node quotes the argument: 'x', '--flag', '--flag <value>' or '-h, --help'.
  const quoted = /'([^']*)'/.exec(e.message)?.[1] ?? '';
  const named = /--[\w-]+/.exec(quoted)?.[0] ?? quoted;
  switch (e.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `unknown option '${named}'`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      if (/does not take an argument/.test(e.message)) return `${named} takes no value`;
      if (/ambiguous/.test(e.message))
        return `${named} needs a value (write ${named}=VALUE for a value that starts with '-')`;
      return `${named} needs a value`;
    default:
      return e.message;
  }
}

export function portFlag(text: string, flag = '--port'): number {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`${flag} must be an integer between 0 and 65535`);
  return port;
}

export function timeScaleFlag(text: string): number {
  const scale = Number(text);
  if (!(scale > 0 && scale <= 1000))
    throw new Error('--time-scale must be a number greater than 0 and at most 1000');
  return scale;
}

export function runtimeFlag(text: string): 'simulated' | 'docker' {
  if (text !== 'simulated' && text !== 'docker')
    throw new Error(`--runtime must be simulated or docker, got '${text}'`);
  return text;
}
