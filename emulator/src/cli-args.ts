/**
 * Command-line flags as `npm run emulator` and `npm run demo` read them: `--flag value` or
 * `--flag=value`, and the flags both take, validated the same way.
 */

/**
 * Calls `onFlag` for each flag with a `value()` that takes the flag's value (and throws `<flag> needs a
 * value` when there is none); `onFlag` answers false for a flag it does not know.
 */
export function readFlags(argv: string[], onFlag: (flag: string, value: () => string) => boolean): void {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.indexOf('=');
    const inline = arg.startsWith('--') && eq > 0;
    const flag = inline ? arg.slice(0, eq) : arg;
    const value = (): string => {
      if (inline) return arg.slice(eq + 1);
      const v = argv[i + 1];
      if (v === undefined || v.startsWith('--')) throw new Error(`${flag} needs a value`);
      i++;
      return v;
    };
    if (!onFlag(flag, value)) throw new Error(`unknown option '${arg}'`);
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
