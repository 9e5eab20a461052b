/** A place in a JSON document: member names and list indexes from the top. */
export type JsonPath = readonly (string | number)[];

/** `containerDefinitions[0].logConfiguration.options["awslogs-group"]`; `(top level)` for the empty path. */
export function formatJsonPath(path: JsonPath): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(p)) out += out ? `.${p}` : p;
    else out += `[${JSON.stringify(p)}]`;
  }
  return out || '(top level)';
}

/**
 * The line (from 1) of `path` in the JSON `text`: for a member, the line of its name; for a list item,
 * the line where the item starts; for the empty path, the line of the document's first value. Reads
 * the text with a small tokenizer that keeps the current path, so it works for pretty-printed and
 * one-line JSON alike and is not fooled by the same name elsewhere in the file. When a name appears
 * twice in one object, the last one counts, as with JSON.parse. Undefined when the path is not in the
 * text; on malformed text, what was found before the error.
 */
export function lineOfPath(text: string, path: JsonPath): number | undefined {
  let i = 0;
  let line = 1;
  let found: number | undefined;
  const current: (string | number)[] = [];
  const atPath = () => current.length === path.length && current.every((p, k) => p === path[k]);
  const fail = (): never => {
    throw new SyntaxError(`unexpected ${text[i] ?? 'end of text'} at line ${line}`);
  };
  const space = () => {
    while (i < text.length) {
      const c = text[i];
      if (c === '\n') line++;
      else if (c !== ' ' && c !== '\t' && c !== '\r') break;
      i++;
    }
  };
  const string = (): string => {
    const start = i++;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\n') fail();
      i += text[i] === '\\' ? 2 : 1;
    }
    if (i >= text.length) fail();
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{') {
      i++;
      space();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        space();
        if (text[i] !== '"') fail();
        const keyLine = line;
        current.push(string());
        if (atPath()) found = keyLine;
        space();
        if (text[i] !== ':') fail();
        i++;
        value();
        current.pop();
        space();
        if (text[i] === ',') i++;
        else if (text[i] === '}') {
          i++;
          return;
        } else fail();
      }
    }
    if (c === '[') {
      i++;
      space();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (let index = 0; ; index++) {
        current.push(index);
        space();
        if (atPath()) found = line;
        value();
        current.pop();
        space();
        if (text[i] === ',') i++;
        else if (text[i] === ']') {
          i++;
          return;
        } else fail();
      }
    }
    if (c === '"') {
      string();
      return;
    }
    const start = i;
    while (i < text.length && !/[\s,\]}:[{"]/.test(text[i])) i++;
    if (i === start) fail();
  };
  try {
    space();
    if (path.length === 0) found = line;
    value();
  } catch {
    // Malformed JSON: JSON.parse reports it; keep what was found before the error.
  }
  return found;
}
