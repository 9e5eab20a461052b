import { maskedNote, maySecret, SecretMasker } from '../../src/util/mask';

describe('SecretMasker', () => {
  it('replaces every registered value, longest first', () => {
    const m = new SecretMasker();
    expect(m.add('hunter2-pass')).toBe(true);
    expect(m.add('postgres://u:hunter2-pass@db')).toBe(true);
    expect(m.mask('url postgres://u:hunter2-pass@db and hunter2-pass again')).toBe('url *** and *** again');
  });

  it('masks the forms a value takes in a table cell and in JSON', () => {
    const m = new SecretMasker();
    m.add('a|b"c\\d-secret');
    expect(m.mask('| a\\|b"c\\d-secret |')).toBe('| *** |');
    expect(m.mask(JSON.stringify({ v: 'a|b"c\\d-secret' }))).toBe('{"v":"***"}');
  });

  it('registers each line of a multi-line value', () => {
    const m = new SecretMasker();
    m.add('first-line-secret\nsecond-line-secret');
    expect(m.mask('x second-line-secret y')).toBe('x *** y');
  });

  it('counts the lines it masked', () => {
    const m = new SecretMasker();
    m.add('s3cr3t-value');
    expect(m.maskLines(['ok', 'pw=s3cr3t-value', 'also s3cr3t-value'])).toEqual({
      lines: ['ok', 'pw=***', 'also ***'],
      masked: 2,
    });
    expect(maskedNote(1)).toBe('1 line masked');
    expect(maskedNote(2)).toBe('2 lines masked');
  });

  it('leaves text alone with nothing registered', () => {
    expect(new SecretMasker().mask('anything')).toBe('anything');
  });

  it.each([
    ['abc', false],
    ['12345678', false],
    ['3000', false],
    ['true', false],
    ['1.2.3-4', false],
    ['hunter2', true],
    ['production', true],
    ['arn:aws:ssm:eu-west-1:123456789012:parameter/x', true],
  ])('maySecret(%s) is %s', (value, expected) => {
    expect(maySecret(value)).toBe(expected);
    expect(new SecretMasker().add(value)).toBe(expected);
  });
});
