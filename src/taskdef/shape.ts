/**
 * Checks a task definition against the shape RegisterTaskDefinition takes (src/taskdef/shape.generated.ts,
 * generated from the AWS SDK's schema). The SDK sends only the members it knows and drops the rest
 * without a word, so a misspelt `"enviroment"` or `"healthcheck"` would register a task without its
 * variables or health check; here every unknown member, at any depth, is a problem with its path.
 */
import { formatJsonPath, type JsonPath } from './json-location';
import {
  DESCRIBE_TASK_DEFINITION_OUTPUT_MEMBERS,
  type MemberKind,
  REGISTER_TASK_DEFINITION_INPUT,
  TASK_DEFINITION_STRUCTURES,
} from './shape.generated';

/**
 * Members of `aws ecs describe-task-definition` output that RegisterTaskDefinition does not take; the
 * renderer (src/taskdef/template.ts) drops them, so a saved describe output can be used as the template.
 * The SDK's TaskDefinition members less the input's (a test checks it). Beside `taskDefinition`, only
 * `tags` is accepted: what `aws ecs describe-task-definition --include TAGS` prints. The CLI strips
 * `ResponseMetadata` (boto3) and `$metadata` (SDK v3); a file holding them was saved by another tool
 * and is refused like any other unknown member.
 */
export const DESCRIBE_ONLY_FIELDS: readonly string[] = [
  'taskDefinitionArn',
  'revision',
  'status',
  'requiresAttributes',
  'compatibilities',
  'registeredAt',
  'registeredBy',
  'deregisteredAt',
  'deleteRequestedAt',
];

/**
 * Numbers the renderer accepts as a string of digits (written `"${CONTAINER_PORT}"` to keep the
 * template valid JSON) and converts: structure, then members. Mirrors coerceNumbers in template.ts.
 */
const NUMBERS_AS_STRINGS: Record<string, readonly string[]> = {
  ContainerDefinition: ['cpu', 'memory', 'memoryReservation', 'startTimeout', 'stopTimeout'],
  PortMapping: ['containerPort', 'hostPort'],
  EphemeralStorage: ['sizeInGiB'],
};
/** Strings the renderer accepts as a number and converts (task-level cpu and memory). */
const STRINGS_AS_NUMBERS: Record<string, readonly string[]> = {
  [REGISTER_TASK_DEFINITION_INPUT]: ['cpu', 'memory'],
};

export interface ShapeProblem {
  /** A member the task definition does not have, or a value of the wrong JSON type. */
  kind: 'unknown-member' | 'wrong-type';
  /** Where, in the document as written (so under `taskDefinition` for describe output). */
  path: (string | number)[];
  /** The path as text, e.g. `containerDefinitions[0].healthcheck`. */
  where: string;
  /** The line in the file, from `locate`. */
  line: number | undefined;
  /** For an unknown member: the known member it most likely means. */
  suggestion?: string;
  /** The whole explanation, starting with `where`. */
  message: string;
}

/**
 * Every unknown member and every value of the wrong JSON type in `value`: a task definition as parsed
 * from the rendered template (before the renderer converts numbers), or describe-task-definition
 * output, whole (with its `taskDefinition` wrapper) or the inner object. `locate` gives the line of a
 * path (e.g. `(p) => lineOfPath(text, p)`). Map members (dockerLabels, logConfiguration.options, ...)
 * take any key. A null value counts as absent, as it does for the SDK.
 */
export function checkTaskDefinitionShape(
  value: unknown,
  locate: (path: JsonPath) => number | undefined = () => undefined,
): ShapeProblem[] {
  const problems: ShapeProblem[] = [];
  const add = (kind: ShapeProblem['kind'], path: (string | number)[], text: string, suggestion?: string) => {
    const where = formatJsonPath(path);
    problems.push({
      kind,
      path,
      where,
      line: locate(path),
      ...(suggestion === undefined ? {} : { suggestion }),
      message: `${where}: ${text}`,
    });
  };

  const checkStructure = (
    v: Record<string, unknown>,
    structure: string,
    path: (string | number)[],
    extra: readonly string[] = [],
  ) => {
    const members = TASK_DEFINITION_STRUCTURES[structure];
    for (const [key, item] of Object.entries(v)) {
      const kind = Object.prototype.hasOwnProperty.call(members, key) ? members[key] : undefined;
      if (kind !== undefined) checkValue(item, kind, [...path, key], structure, key);
      else if (!extra.includes(key)) unknownMember(key, [...Object.keys(members), ...extra], structure, path);
    }
  };

  const unknownMember = (key: string, known: string[], structure: string, path: (string | number)[]) => {
    const suggestion = suggestName(key, known);
    // The read-only members of describe output are accepted but not worth listing.
    const listed = known.filter((k) => !DESCRIBE_ONLY_FIELDS.includes(k));
    let text = `${describeStructure(structure)} has no member '${key}', so it would not be sent to ECS`;
    if (suggestion !== undefined) text += `; did you mean ${suggestion}?`;
    else {
      const elsewhere = structuresWithMember(key).filter((s) => s !== structure);
      if (elsewhere.length)
        text += `; ${key} is a member of ${joinAnd(elsewhere.map(describeStructure))}, not of ${describeStructure(structure)}.`;
      else if (listed.length <= 20) text += `; its members are ${listed.join(', ')}.`;
      else text += '.';
    }
    add('unknown-member', [...path, key], text, suggestion);
  };

  const checkValue = (
    v: unknown,
    kind: MemberKind,
    path: (string | number)[],
    owner: string,
    member: string,
  ) => {
    if (v === null || v === undefined) return;
    const wrongType = () =>
      add('wrong-type', path, `must be ${describeKind(kind)}, not ${describeValue(v)}.`);
    if (typeof kind === 'string') return scalarFits(v, kind, owner, member) ? undefined : wrongType();
    if ('structure' in kind) return isObject(v) ? checkStructure(v, kind.structure, path) : wrongType();
    if ('list' in kind) {
      if (!Array.isArray(v)) return wrongType();
      v.forEach((item, i) => checkValue(item, kind.list, [...path, i], owner, member));
      return;
    }
    if (!isObject(v)) return wrongType();
    for (const [key, item] of Object.entries(v)) checkValue(item, kind.map, [...path, key], owner, member);
  };

  if (!isObject(value)) {
    add('wrong-type', [], `a task definition must be a JSON object, not ${describeValue(value)}.`);
  } else if (isObject(value.taskDefinition)) {
    // describe-task-definition output: { taskDefinition: {...}, tags: [...] }, as the renderer reads it.
    for (const [key, item] of Object.entries(value)) {
      if (key === 'taskDefinition')
        checkStructure(
          item as Record<string, unknown>,
          REGISTER_TASK_DEFINITION_INPUT,
          ['taskDefinition'],
          DESCRIBE_ONLY_FIELDS,
        );
      else if (key === 'tags')
        checkValue(
          item,
          TASK_DEFINITION_STRUCTURES[REGISTER_TASK_DEFINITION_INPUT].tags,
          ['tags'],
          DESCRIBE_OUTPUT,
          key,
        );
      else unknownMember(key, [...DESCRIBE_TASK_DEFINITION_OUTPUT_MEMBERS], DESCRIBE_OUTPUT, []);
    }
  } else {
    checkStructure(value, REGISTER_TASK_DEFINITION_INPUT, [], DESCRIBE_ONLY_FIELDS);
  }
  return problems;
}

/** The problems as `file:line: message` lines, one a problem, for an error message. */
export function formatShapeProblems(file: string, problems: readonly ShapeProblem[]): string {
  return problems.map((p) => `${file}${p.line === undefined ? '' : `:${p.line}`}: ${p.message}`).join('\n');
}

/**
 * The name in `known` that `name` most likely means: the nearest by case-insensitive edit distance
 * (Damerau–Levenshtein, adjacent swaps counting once), when only the case differs or the distance is
 * at most a third of the name's length (at least 1, at most 2). Undefined when nothing is that near.
 */
export function suggestName(name: string, known: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  const limit = Math.max(1, Math.min(2, Math.floor(name.length / 3)));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const k of known) {
    const d = editDistance(lower, k.toLowerCase());
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

/** Edit distance with insertions, deletions, substitutions and swaps of adjacent characters, each 1. */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0].push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, rows[i - 2][j - 2] + 1);
      rows[i].push(d);
    }
  }
  return rows[a.length][b.length];
}

const DESCRIBE_OUTPUT = 'DescribeTaskDefinitionResponse';

function describeStructure(structure: string): string {
  if (structure === REGISTER_TASK_DEFINITION_INPUT) return 'the task definition';
  if (structure === DESCRIBE_OUTPUT) return 'the describe-task-definition output';
  return structure;
}

/** `A`, `A and B`, `A, B and C`, `A, B, C and 2 more`. */
function joinAnd(items: string[]): string {
  const shown = items.length > 3 ? [...items.slice(0, 3), `${items.length - 3} more`] : items;
  return shown.length < 2
    ? shown.join('')
    : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

function structuresWithMember(name: string): string[] {
  return Object.entries(TASK_DEFINITION_STRUCTURES)
    .filter(([, members]) => Object.prototype.hasOwnProperty.call(members, name))
    .map(([s]) => s);
}

function scalarFits(v: unknown, kind: MemberKind & string, owner: string, member: string): boolean {
  switch (kind) {
    case 'string':
      return (
        typeof v === 'string' || (typeof v === 'number' && (STRINGS_AS_NUMBERS[owner] ?? []).includes(member))
      );
    case 'number':
      return (
        typeof v === 'number' ||
        (typeof v === 'string' && /^\d+$/.test(v) && (NUMBERS_AS_STRINGS[owner] ?? []).includes(member))
      );
    case 'boolean':
      return typeof v === 'boolean';
    case 'document':
      return true;
    default:
      // timestamp, blob: the SDK takes more than one JSON form; only a list or an object is surely wrong.
      return typeof v !== 'object';
  }
}

function describeKind(kind: MemberKind): string {
  if (typeof kind === 'string') {
    return {
      string: 'a string',
      number: 'a number',
      boolean: 'true or false',
      timestamp: 'a time',
      blob: 'a string',
      document: 'a JSON value',
    }[kind];
  }
  if ('structure' in kind) return `an object (${kind.structure})`;
  if ('list' in kind) {
    const item = kind.list;
    return typeof item === 'object' && 'structure' in item
      ? `a list of objects (${item.structure})`
      : 'a list';
  }
  return 'an object of names to values';
}

function describeValue(v: unknown): string {
  if (Array.isArray(v)) return 'a list';
  if (v === null) return 'null';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') return `the string ${JSON.stringify(v)}`;
  return `${typeof v} ${JSON.stringify(v)}`;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
