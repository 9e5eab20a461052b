import { decodePageToken, pageFrom } from '../../core/paging';
import { inRange, int, validationError } from '../../core/params';

/** Marker/PageSize pagination over an ordered list; the marker is the next index, opaque to clients. */
export function page<T>(
  items: T[],
  markerIn: unknown,
  pageSizeIn: unknown,
): { items: T[]; nextMarker?: string } {
  const pageSize = int(pageSizeIn, 'pageSize') ?? 400;
  inRange(pageSize, 1, 400, 'pageSize');
  const start = decodePageToken(markerIn);
  if (start === undefined) throw validationError(`Invalid marker '${String(markerIn)}'`);
  const page = pageFrom(items, start, pageSize);
  return { items: page.items, nextMarker: page.nextToken };
}
