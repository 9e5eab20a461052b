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
