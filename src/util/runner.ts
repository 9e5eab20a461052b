import { EOL } from 'os';
import { issue, issueCommand } from '@actions/core/lib/command';
import { issueFileCommand, prepareKeyValueMessage } from '@actions/core/lib/file-command';
import { summary } from '@actions/core/lib/summary';

/*
 * The few runner commands the action uses, from @actions/core's own modules (workflow commands,
 * file commands, the job summary), with @actions/core's behaviour. Not through its entry point
 * (lib/core.js): that one also loads the OIDC token client (@actions/http-client and undici) and
 * @actions/exec, which the action never uses and which would cost every run about 20 MB and a
 * noticeable part of its start-up (docs/benchmarks.md, "startup").
 */

/** An input as the runner passes it (INPUT_<NAME>), trimmed; '' when not given. */
export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}

export function info(message: string): void {
  process.stdout.write(message + EOL);
}

export function debug(message: string): void {
  issueCommand('debug', {}, message);
}

export function warning(message: string): void {
  issueCommand('warning', {}, message);
}

export function error(message: string): void {
  issueCommand('error', {}, message);
}

/** The step fails (exit code 1) with this message as an error annotation. */
export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}

/** The runner masks the value in the job log from now on. */
export function setSecret(value: string): void {
  issueCommand('add-mask', {}, value);
}

export function setOutput(name: string, value: string): void {
  if (process.env.GITHUB_OUTPUT) issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value));
  else {
    process.stdout.write(EOL);
    issueCommand('set-output', { name }, value);
  }
}

/** A folded group in the job log around what `fn` prints. */
export async function group<T>(name: string, fn: () => Promise<T>): Promise<T> {
  issue('group', name);
  try {
    return await fn();
  } finally {
    issue('endgroup');
  }
}

/** Appends markdown to the job summary (GITHUB_STEP_SUMMARY). */
export async function writeSummary(markdown: string): Promise<void> {
  await summary.addRaw(markdown, true).write();
}
