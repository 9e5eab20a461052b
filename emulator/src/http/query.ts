/**
 * Decoding of the query protocols' form bodies (ELBv2, STS: `Names.member.1=a`; EC2: `Filter.1.Value.1=b`)
 * into the nested objects and arrays an operation receives. Values stay strings: the wire carries no
 * types, and each operation knows which members are numbers or booleans (see core/params.ts).
 */

const INDEX = /^\d+$/;

/** Query lists are `X.member.N`, query maps `X.entry.N.key`; EC2 lists are flattened to `X.N`. */
function pathOf(key: string): string[] {
  const raw = key.split('.');
  const parts: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    if ((raw[i] === 'member' || raw[i] === 'entry') && i + 1 < raw.length && INDEX.test(raw[i + 1])) continue;
    parts.push(raw[i]);
  }
  return parts;
}

type Node = Record<string, unknown> | unknown[];

function child(node: Node, key: string, makeArray: boolean): Node {
  if (Array.isArray(node)) {
    const i = Number(key) - 1;
    if (!node[i] || typeof node[i] !== 'object') node[i] = makeArray ? [] : {};
    return node[i] as Node;
  }
  const existing = node[key];
  if (existing && typeof existing === 'object') return existing as Node;
  const made: Node = makeArray ? [] : {};
  node[key] = made;
  return made;
}

/** Removes the holes left by sparse indexes and turns query maps (`entry.N.key/value`) into objects. */
function compact(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.filter((v) => v !== undefined).map(compact);
    const isMapEntries =
      items.length > 0 &&
      items.every(
        (e) =>
          e && typeof e === 'object' && !Array.isArray(e) && Object.keys(e).sort().join() === 'key,value',
      );
    if (isMapEntries) {
      const map: Record<string, unknown> = {};
      for (const e of items as { key: string; value: unknown }[]) map[e.key] = e.value;
      return map;
    }
    return items;
  }
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = compact(v);
    return out;
  }
  return value;
}

export function decodeQueryParams(params: URLSearchParams): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, value] of params) {
    if (key === 'Action' || key === 'Version') continue;
    const parts = pathOf(key);
    let node: Node = root;
    for (let i = 0; i < parts.length - 1; i++) node = child(node, parts[i], INDEX.test(parts[i + 1]));
    const last = parts[parts.length - 1];
    if (Array.isArray(node)) node[Number(last) - 1] = value;
    else if (!(last in node) || typeof node[last] !== 'object') node[last] = value;
  }
  return compact(root) as Record<string, unknown>;
}
