/**
 * The one masker of the action. GitHub masks registered secrets (core.setSecret) in the job log
 * only: the job summary, the outputs and the pull request comment are written as the action wrote
 * them. So every value registered here is also replaced in those texts, by `mask`, before they
 * leave the action.
 */

/** What replaces a secret, as in GitHub's log. */
export const MASK = '***';

/** Words and numbers that configuration is full of: masking them would garble every line and hide nothing. */
const PLAIN_VALUE = /^(?:[0-9.:_-]+|true|false|yes|no|on|off|null|none)$/i;

/**
 * Whether a configuration value is treated as a possible secret: anything of at least 6 characters
 * that is not a plain number or a boolean word. A shorter value protects nothing; a longer word such
 * as `production` is masked too (the price of not guessing which values are secret).
 */
export function maySecret(value: string): boolean {
  const v = value.trim();
  return v.length >= 6 && !PLAIN_VALUE.test(v);
}

/** The forms a value takes in the texts the action writes: as is, in a markdown table cell, in JSON. */
function variants(value: string): string[] {
  const forms = new Set([value, value.replace(/\|/g, '\\|'), JSON.stringify(value).slice(1, -1)]);
  return [...forms];
}

export class SecretMasker {
  private readonly values = new Set<string>();

  /**
   * Registers a value (each of its lines, trimmed) when it may be a secret; true when it was taken,
   * so that the caller registers the same with the runner (core.setSecret).
   */
  add(value: string): boolean {
    const lines = value.split(/\r?\n/).map((l) => l.trim());
    let added = false;
    for (const line of [value.trim(), ...lines]) {
      if (!maySecret(line)) continue;
      for (const form of variants(line)) this.values.add(form);
      added = true;
    }
    return added;
  }

  get size(): number {
    return this.values.size;
  }

  /** The text with every registered value replaced by ***, longest first (a value may contain another). */
  mask(text: string): string {
    if (this.values.size === 0 || !text) return text;
    let out = text;
    for (const v of [...this.values].sort((a, b) => b.length - a.length)) out = out.split(v).join(MASK);
    return out;
  }

  /** The lines masked, and how many of them held a secret. */
  maskLines(lines: string[]): { lines: string[]; masked: number } {
    let masked = 0;
    const out = lines.map((line) => {
      const m = this.mask(line);
      if (m !== line) masked++;
      return m;
    });
    return { lines: out, masked };
  }
}

/** "1 line masked", "2 lines masked". */
export function maskedNote(count: number): string {
  return `${count} line${count === 1 ? '' : 's'} masked`;
}
