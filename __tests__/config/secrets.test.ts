/**
 * Values that may be secrets: registered before any input is checked, never echoed by an input
 * error; duplicate container variables and unresolvable `secrets` values.
 */
import { InputError, readConfig } from '../../src/config/inputs';
import { configReader, useWorkspace } from './read';

const workspaceOf = useWorkspace();
const { env, read, errorOf } = configReader(workspaceOf);

const PASSWORD = 'Sup3rS3cretPa55';
const TOKEN = 'ghs_0123456789abcdefTOKEN';

/** readConfig with the secrets it registered, and its error if it threw. */
function readWithSecrets(inputs: Record<string, string>) {
  const registered: string[] = [];
  const all: Record<string, string> = { cluster: 'web', service: 'hello', ...inputs };
  let error: InputError | undefined;
  try {
    readConfig(
      (n) => all[n] ?? '',
      env(),
      (v) => registered.push(v),
    );
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    error = e;
  }
  return { registered, error };
}

describe('secret registration', () => {
  it('registers environment-variables, build-args and secrets values and the github-token', () => {
    const { registered, error } = readWithSecrets({
      'environment-variables': `DATABASE_URL=postgres://app:${PASSWORD}@db/app\nMODE=fast`,
      'build-args': `NPM_TOKEN=${PASSWORD}-npm`,
      secrets: 'API_KEY=arn:aws:secretsmanager:eu-west-1:123456789012:secret:api',
      'github-token': TOKEN,
    });
    expect(error).toBeUndefined();
    expect(registered).toEqual(
      expect.arrayContaining([
        `postgres://app:${PASSWORD}@db/app`,
        'fast',
        `${PASSWORD}-npm`,
        'arn:aws:secretsmanager:eu-west-1:123456789012:secret:api',
        TOKEN,
      ]),
    );
  });

  it('registers before an error in an input read earlier (the token is masked even then)', () => {
    const { registered, error } = readWithSecrets({ cluster: 'bad cluster!', 'github-token': TOKEN });
    expect(error?.input).toBe('cluster');
    expect(registered).toContain(TOKEN);
  });

  it("registers the whole of a line written with ':' for '=', and refuses it without echoing it", () => {
    const line = `DATABASE_URL: postgres://app:${PASSWORD}@db/app?sslmode=require`;
    const { registered, error } = readWithSecrets({ 'environment-variables': `A=1\n${line}` });
    expect(registered).toContain(line);
    expect(registered).toContain(` postgres://app:${PASSWORD}@db/app?sslmode=require`);
    expect(error?.input).toBe('environment-variables');
    expect(error?.message).toContain('line 2');
    expect(error?.message).toContain("a ':' where '=' belongs?");
    expect(error?.message).not.toContain(PASSWORD);
    expect(error?.message).not.toContain('postgres');
  });
});

describe('input errors never echo a value of a KEY=VALUE input', () => {
  const cases: [string, string, string][] = [
    ['environment-variables', PASSWORD, 'line 1 has no KEY='],
    ['environment-variables', `DATABASE_URL: postgres://app:${PASSWORD}@db`, 'line 1 has no KEY='],
    ['environment-variables', `DATABASE_URL: postgres://app:${PASSWORD}@db/x?a=b`, 'line 1 does not start'],
    ['environment-variables', `1BAD=${PASSWORD}`, 'line 1 does not start'],
    ['build-args', `NPM TOKEN=${PASSWORD}`, 'line 1 does not start'],
    ['build-args', PASSWORD, 'line 1 has no KEY='],
    ['secrets', `DB PASS=${PASSWORD}`, 'line 1 does not start'],
    ['secrets', PASSWORD, 'line 1 has no KEY='],
    ['labels', PASSWORD, 'line 1 has no KEY='],
    ['tags', PASSWORD, 'line 1 has no KEY='],
  ];
  it.each(cases)('%s: %s', (input, value, message) => {
    const err = errorOf({ [input]: `# a comment\n\n${value}` });
    expect(err.input).toBe(input);
    // Line numbers count the lines as written: comments and blank lines included.
    expect(err.message).toContain(message.replace('line 1', 'line 3'));
    expect(err.message).not.toContain(PASSWORD);
  });

  it('names the key, not the value, of a secrets line without valueFrom', () => {
    const err = errorOf({ secrets: 'A=arn:aws:ssm:eu-west-1:123456789012:parameter/a\nDB_PASS=' });
    expect(err.message).toContain('line 2 (DB_PASS) has no valueFrom');
  });
});

describe('container variables', () => {
  it('refuses a key given twice in environment-variables, naming both lines', () => {
    const err = errorOf({ 'environment-variables': `A=1\nDB=${PASSWORD}\n# c\nDB=other-value` });
    expect(err.input).toBe('environment-variables');
    expect(err.message).toBe(
      "DB is set twice, by 'environment-variables' line 2 and by 'environment-variables' line 4: a container variable has one value; remove one of the lines.",
    );
  });

  it('refuses a key given in both environment-variables and secrets', () => {
    const err = errorOf({
      'environment-variables': `DB=${PASSWORD}`,
      secrets: 'X=/app/x\nDB=/app/db',
    });
    expect(err.input).toBe('secrets');
    expect(err.message).toContain("by 'environment-variables' line 1 and by 'secrets' line 2");
    expect(err.message).not.toContain(PASSWORD);
  });

  it('refuses a key given twice in secrets', () => {
    expect(errorOf({ secrets: 'DB=/app/db\nDB=/app/db2' }).message).toContain(
      "by 'secrets' line 1 and by 'secrets' line 2",
    );
  });

  it.each([
    'arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf',
    'arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf:password::',
    'arn:aws:ssm:eu-west-1:123456789012:parameter/app/db',
    'arn:aws-us-gov:ssm:us-gov-west-1:123456789012:parameter/db',
    '/app/prod/db-password',
    'db_password',
  ])('takes %s as a secrets value without a warning', (valueFrom) => {
    const c = read({ secrets: `DB=${valueFrom}` });
    expect(c.taskDefinition.secrets).toEqual([{ name: 'DB', valueFrom }]);
    expect(c.warnings).toEqual([]);
  });

  it.each([`postgres://app:${PASSWORD}@db/app`, 'my password', 'arn:aws:s3:::bucket/key', 'app//db'])(
    'warns about a secrets value ECS cannot resolve, without echoing it (%s)',
    (valueFrom) => {
      const c = read({ secrets: `A=/a\nDB=${valueFrom}` });
      expect(c.warnings).toHaveLength(1);
      expect(c.warnings[0]).toContain("Input 'secrets' line 2 (DB)");
      expect(c.warnings[0]).toContain('will fail to start');
      expect(c.warnings[0]).not.toContain(valueFrom);
    },
  );
});
