/**
 * The log is the action's user interface. Everything prints through this interface so that the
 * pipeline can be run in tests without @actions/core, and so that tests can read what a user would see.
 */
export interface Logger {
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  debug(message: string): void;
  /** One collapsible group per pipeline phase; closes even when fn throws. */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
}

/** A logger that keeps lines in memory, for tests. */
export class MemoryLogger implements Logger {
  readonly lines: string[] = [];
  info(m: string): void {
    this.lines.push(m);
  }
  warning(m: string): void {
    this.lines.push(`warning: ${m}`);
  }
  error(m: string): void {
    this.lines.push(`error: ${m}`);
  }
  debug(m: string): void {
    this.lines.push(`debug: ${m}`);
  }
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.lines.push(`::group::${name}`);
    try {
      return await fn();
    } finally {
      this.lines.push('::endgroup::');
    }
  }
  text(): string {
    return this.lines.join('\n');
  }
}
