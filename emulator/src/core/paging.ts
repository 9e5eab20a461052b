/**
 * Page tokens of every paginated list: the base64 of the next item's index, opaque to clients as AWS's
 * are. Each service keeps its own limits and its own error for a token it did not issue.
 */
export function encodePageToken(next: number): string {
  return Buffer.from(String(next)).toString('base64');
}

/** The index a token stands for; 0 without a token, undefined for a token this emulator did not issue. */
export function decodePageToken(token: unknown): number | undefined {
  if (token === undefined || token === null || token === '') return 0;
  const decoded = Buffer.from(String(token), 'base64').toString('utf8');
  return /^\d+$/.test(decoded) ? Number(decoded) : undefined;
}

/** `max` items from `start`, and the token of the next page when there is one. */
export function pageFrom<T>(items: T[], start: number, max: number): { items: T[]; nextToken?: string } {
  const end = start + max;
  return { items: items.slice(start, end), nextToken: end < items.length ? encodePageToken(end) : undefined };
}
