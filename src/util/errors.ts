/**
 * Any thrown value as one line of text, for a log line, a warning or a summary cell: AWS and Docker
 * messages sometimes span lines, and a log line or a table cell must not.
 */
export function errorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s*\n\s*/g, ' ').trim();
}
