/**
 * Paged AWS listings, followed by their token (NextToken, nextToken or ELBv2's NextMarker) with a
 * bound on the number of pages, so that a token that never runs out cannot loop forever.
 */

/** 1000 pages of 100 to 400 items is far beyond any account's quota. */
export const MAX_PAGES = 1000;

/** One page of a listing: its items and the token of the next page (none on the last). */
export interface Page<T> {
  items?: T[];
  next?: string;
}

async function* pages<T>(
  fetchPage: (token: string | undefined) => Promise<Page<T>>,
  maxPages: number,
): AsyncGenerator<T[]> {
  let token: string | undefined;
  for (let page = 0; page < maxPages; page++) {
    const out = await fetchPage(token);
    yield out.items ?? [];
    token = out.next;
    if (!token) return;
  }
}

/** Every item of a listing; `fetchPage` reads the page of a token (undefined for the first). */
export async function allPages<T>(
  fetchPage: (token: string | undefined) => Promise<Page<T>>,
  maxPages = MAX_PAGES,
): Promise<T[]> {
  const all: T[] = [];
  for await (const items of pages(fetchPage, maxPages)) all.push(...items);
  return all;
}

/** The first item of a listing that matches; no page after the one it is on is read. */
export async function findInPages<T>(
  fetchPage: (token: string | undefined) => Promise<Page<T>>,
  match: (item: T) => boolean,
  maxPages = MAX_PAGES,
): Promise<T | undefined> {
  for await (const items of pages(fetchPage, maxPages)) {
    const found = items.find(match);
    if (found) return found;
  }
  return undefined;
}
