import type { Logger } from '../util/log';
import type { SecretMasker } from '../util/mask';
import type { RunResult } from '../report/model';
import { planMarkdown, summaryMarkdown } from '../report/summary';

export interface ReportSinks {
  log: Logger;
  setOutput(name: string, value: string): void;
  writeSummary(markdown: string): Promise<void>;
}

/** The action's outputs, from what the run did (empty strings for what it did not get to). */
export function outputsOf(r: RunResult, plan: boolean): Record<string, string> {
  const outputs: Record<string, string> = {
    'image-uri': r.imageUri ?? '',
    'task-definition-arn': r.taskDefinitionArn ?? '',
    'previous-task-definition-arn': r.previousTaskDefinitionArn ?? '',
    'service-arn': r.serviceArn ?? '',
    'deployment-id': r.deploymentId ?? '',
    'rolled-back': String(r.rolledBack),
    url: r.url ?? '',
    'duration-seconds': String(r.durationSeconds),
    strategy: r.strategy ?? '',
    'traffic-shift': r.trafficShift ?? '',
    'both-versions-seconds': r.bothVersionsSeconds === undefined ? '' : String(r.bothVersionsSeconds),
  };
  if (plan) outputs['plan-markdown'] = planMarkdown(r);
  return outputs;
}

/**
 * The sinks with every registered secret masked out of what they write: GitHub masks the job log
 * only, not the outputs or the job summary.
 */
export function maskedSinks<T extends Pick<ReportSinks, 'setOutput' | 'writeSummary'>>(
  sinks: T,
  secrets: SecretMasker,
): T {
  return {
    ...sinks,
    setOutput: (name: string, value: string) => sinks.setOutput(name, secrets.mask(value)),
    writeSummary: (markdown: string) => sinks.writeSummary(secrets.mask(markdown)),
  };
}

/** Sets the outputs and writes the job summary; a failed summary write only warns. */
export async function report(r: RunResult, plan: boolean, sinks: ReportSinks): Promise<void> {
  for (const [name, value] of Object.entries(outputsOf(r, plan))) sinks.setOutput(name, value);
  try {
    await sinks.writeSummary(plan ? planMarkdown(r) : summaryMarkdown(r));
  } catch (error) {
    sinks.log.warning(
      `Could not write the job summary: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
