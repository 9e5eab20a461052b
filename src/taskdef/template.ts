import type { RegisterTaskDefinitionCommandInput } from '@aws-sdk/client-ecs';
import { lineOfPath } from './json-location';
import { checkTaskDefinitionShape, DESCRIBE_ONLY_FIELDS, formatShapeProblems } from './shape';
import { REGISTER_TASK_DEFINITION_INPUT, TASK_DEFINITION_STRUCTURES } from './shape.generated';

/** A problem with the task definition file or its rendering; `file` and `line` point at it when known. */
export class TaskDefinitionError extends Error {
  readonly file: string;
  readonly line?: number;
  constructor(file: string, message: string, line?: number) {
    super(line === undefined ? `${file}: ${message}` : `${file}:${line}: ${message}`);
    this.name = 'TaskDefinitionError';
    this.file = file;
    this.line = line;
  }
}

/** A placeholder's value, or why it has none (shown to the user). */
export type PlaceholderValue = { value: string } | { missing: string };

export const PLACEHOLDER_NAMES = [
  'IMAGE',
  'SERVICE',
  'CLUSTER',
  'CONTAINER_NAME',
  'CONTAINER_PORT',
  'AWS_REGION',
  'AWS_ACCOUNT_ID',
  'LOG_GROUP',
  'ENVIRONMENT',
  'FAMILY',
  'CPU',
  'MEMORY',
] as const;
export type PlaceholderName = (typeof PLACEHOLDER_NAMES)[number];

/**
 * Replaces `${NAME}` and `${env.VAR}` in the template text. Inside a JSON string the value is
 * JSON-escaped; outside one (e.g. `"containerPort": ${CONTAINER_PORT}`) a number is inserted as it is
 * and anything else as a JSON string. `$${` writes a literal `${`. Substitution keeps line breaks,
 * so JSON errors found afterwards still point at the right line.
 */
export function substitutePlaceholders(
  text: string,
  file: string,
  values: Record<PlaceholderName, PlaceholderValue>,
  env: Record<string, string | undefined>,
): string {
  let out = '';
  let line = 1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') line++;
    if (inString && ch === '\\') {
      out += ch + (text[i + 1] ?? '');
      i++;
      continue;
    }
    if (ch === '"') inString = !inString;
    if (ch === '$' && text[i + 1] === '$' && text[i + 2] === '{') {
      out += '${';
      i += 2;
      continue;
    }
    if (ch !== '$' || text[i + 1] !== '{') {
      out += ch;
      continue;
    }
    const end = text.indexOf('}', i + 2);
    const newline = text.indexOf('\n', i);
    if (end < 0 || (newline >= 0 && newline < end)) {
      throw new TaskDefinitionError(file, "a placeholder '${' is not closed with '}' on the same line", line);
    }
    const name = text.slice(i + 2, end).trim();
    const value = resolvePlaceholder(name, file, line, values, env);
    if (inString) out += JSON.stringify(value).slice(1, -1);
    else out += /^-?\d+(\.\d+)?$/.test(value) ? value : JSON.stringify(value);
    i = end;
  }
  return out;
}

function resolvePlaceholder(
  name: string,
  file: string,
  line: number,
  values: Record<PlaceholderName, PlaceholderValue>,
  env: Record<string, string | undefined>,
): string {
  const envMatch = /^env\.([A-Za-z_][A-Za-z0-9_]*)$/.exec(name);
  if (envMatch) {
    const v = env[envMatch[1]];
    if (v === undefined) {
      throw new TaskDefinitionError(
        file,
        `placeholder \${${name}} has no value: the environment variable ${envMatch[1]} is not set (set it in the step's env:).`,
        line,
      );
    }
    return v;
  }
  if (!(PLACEHOLDER_NAMES as readonly string[]).includes(name)) {
    throw new TaskDefinitionError(
      file,
      `unknown placeholder \${${name}}; known placeholders are ${PLACEHOLDER_NAMES.map((n) => `\${${n}}`).join(', ')} and \${env.NAME}.`,
      line,
    );
  }
  const v = values[name as PlaceholderName];
  if ('missing' in v)
    throw new TaskDefinitionError(file, `placeholder \${${name}} has no value: ${v.missing}`, line);
  return v.value;
}

/** The fields RegisterTaskDefinition takes, in the SDK's order (from its schema). */
export const REGISTER_FIELDS: readonly string[] = Object.keys(
  TASK_DEFINITION_STRUCTURES[REGISTER_TASK_DEFINITION_INPUT],
);

/**
 * Parses a rendered template, or the output of `aws ecs describe-task-definition` (whole, with its
 * `taskDefinition` wrapper, or just the inner object), into RegisterTaskDefinition input.
 */
export function parseTaskDefinition(text: string, file: string): RegisterTaskDefinitionCommandInput {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    const message = (err as Error).message;
    const pos = /position (\d+)/.exec(message);
    const line = pos ? text.slice(0, Number(pos[1])).split('\n').length : undefined;
    throw new TaskDefinitionError(file, `not valid JSON: ${message}`, line);
  }
  if (!isObject(doc)) throw new TaskDefinitionError(file, 'must hold a JSON object (a task definition)');
  // The SDK sends only the members it knows: a misspelt one would vanish without a word.
  const problems = checkTaskDefinitionShape(doc, (p) => lineOfPath(text, p));
  if (problems.length > 0) {
    const first = problems[0];
    const more = problems.length > 1 ? `\n${formatShapeProblems(file, problems.slice(1))}` : '';
    throw new TaskDefinitionError(file, `${first.message}${more}`, first.line);
  }
  let td: Record<string, unknown>;
  let describeTags: unknown;
  if (isObject(doc.taskDefinition)) {
    td = { ...doc.taskDefinition };
    describeTags = doc.tags;
  } else {
    td = { ...doc };
  }
  for (const f of DESCRIBE_ONLY_FIELDS) delete td[f];
  if (describeTags !== undefined && td.tags === undefined) td.tags = describeTags;
  if (!Array.isArray(td.containerDefinitions) || td.containerDefinitions.length === 0) {
    throw new TaskDefinitionError(file, "needs 'containerDefinitions' with at least one container.");
  }
  if (!td.containerDefinitions.every(isObject)) {
    throw new TaskDefinitionError(file, "'containerDefinitions' must be a list of objects.");
  }
  coerceNumbers(td);
  return td as unknown as RegisterTaskDefinitionCommandInput;
}

/**
 * Fields ECS wants as numbers may be written "${CONTAINER_PORT}" in quotes to keep the template valid
 * JSON; a string of digits there becomes a number.
 */
function coerceNumbers(td: Record<string, unknown>): void {
  const num = (o: Record<string, unknown>, key: string) => {
    if (typeof o[key] === 'string' && /^\d+$/.test(o[key] as string)) o[key] = Number(o[key]);
  };
  for (const c of td.containerDefinitions as Record<string, unknown>[]) {
    for (const k of ['cpu', 'memory', 'memoryReservation', 'startTimeout', 'stopTimeout']) num(c, k);
    if (Array.isArray(c.portMappings)) {
      for (const p of c.portMappings)
        if (isObject(p)) for (const k of ['containerPort', 'hostPort']) num(p, k);
    }
  }
  if (isObject(td.ephemeralStorage)) num(td.ephemeralStorage, 'sizeInGiB');
  // Task-level cpu and memory are strings in the API; a bare number in the template is fine too.
  for (const k of ['cpu', 'memory']) if (typeof td[k] === 'number') td[k] = String(td[k]);
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
