import { parseArgs } from '../../../emulator/src/cli';

describe('emulator CLI arguments', () => {
  it('reads every option, in both --flag value and --flag=value forms', () => {
    expect(
      parseArgs([
        '--port',
        '0',
        '--host=127.0.0.2',
        '--time-scale',
        '10',
        '--runtime',
        'docker',
        '--state-file',
        's.json',
        '--account-id',
        '123456789012',
        '--region',
        'eu-west-1',
        '--github-api-port',
        '0',
      ]),
    ).toEqual({
      port: 0,
      host: '127.0.0.2',
      timeScale: 10,
      runtime: 'docker',
      stateFile: 's.json',
      accountId: '123456789012',
      region: 'eu-west-1',
      githubApiPort: 0,
    });
  });

  it('refuses values that would make a broken emulator, naming the option', () => {
    expect(() => parseArgs(['--port', 'x'])).toThrow('--port');
    expect(() => parseArgs(['--github-api-port', '-1'])).toThrow('--github-api-port');
    expect(() => parseArgs(['--host', '0.0.0.0'])).toThrow('loopback');
    expect(() => parseArgs(['--time-scale', '0'])).toThrow('--time-scale');
    expect(() => parseArgs(['--runtime', 'k8s'])).toThrow('--runtime');
    expect(() => parseArgs(['--account-id', '12'])).toThrow('--account-id');
    expect(() => parseArgs(['--region'])).toThrow('--region needs a value');
    expect(() => parseArgs(['--verbose'])).toThrow("unknown option '--verbose'");
    expect(() => parseArgs(['stray'])).toThrow("unknown option 'stray'");
    expect(() => parseArgs(['--github-api-port=-1'])).toThrow(
      '--github-api-port must be an integer between 0 and 65535',
    );
    expect(() => parseArgs(['--port', '--region', 'eu-west-1'])).toThrow('--port needs a value');
    expect(() => parseArgs(['--help=yes'])).toThrow('--help takes no value');
  });

  it('reads --help and -h, and no option at all as the defaults', () => {
    expect(parseArgs(['--help'])).toEqual({ help: true });
    expect(parseArgs(['-h'])).toEqual({ help: true });
    expect(parseArgs([])).toEqual({});
  });
});
