/**
 * The one masker applied where the action writes text that GitHub does not mask: the failure
 * digest's log lines, the outputs, the job summary and the pull request comment.
 */
import { CloudWatchLogsClient, GetLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import type { TaskDefinition } from '@aws-sdk/client-ecs';
import { mockClient } from 'aws-sdk-client-mock';
import type { PhaseContext } from '../../src/deploy/context';
import { digestLines } from '../../src/deploy/digest';
import type { DeploymentObservation } from '../../src/deploy/model';
import type { GitHubApi } from '../../src/github/api';
import { maskedCommentApi } from '../../src/github/comment';
import { gatherDigest } from '../../src/pipeline/failure-digest';
import { maskedSinks, outputsOf, report } from '../../src/pipeline/report';
import { digestMarkdown } from '../../src/report/summary';
import { SecretMasker } from '../../src/util/mask';
import { testConfig } from '../fixtures/config';
import { MemoryLogger } from '../helpers/memory-logger';
import { runResult } from '../fixtures/run-result';

const SECRET = 'pg-pass-7Hq2';

function masker(): SecretMasker {
  const m = new SecretMasker();
  m.add(SECRET);
  return m;
}

const taskDefinition: TaskDefinition = {
  containerDefinitions: [
    {
      name: 'hello',
      logConfiguration: {
        logDriver: 'awslogs',
        options: { 'awslogs-group': '/ecs/web/hello', 'awslogs-stream-prefix': 'ecs' },
      },
    },
  ],
};

const crashed: DeploymentObservation = {
  at: 0,
  deploymentId: 'ecs-svc/1',
  tasks: [
    {
      arn: 'arn:aws:ecs:eu-west-1:123456789012:task/web/abc123',
      id: 'abc123',
      lastStatus: 'STOPPED',
      desiredStatus: 'STOPPED',
      stoppedReason: 'Essential container in task exited',
      containers: [{ name: 'hello', exitCode: 1 }],
      stoppedAt: 5,
    },
  ],
};

describe('the failure digest masks the task log lines that hold a secret, and says how many', () => {
  const logs = mockClient(CloudWatchLogsClient);
  afterEach(() => logs.reset());

  async function digest(secrets?: SecretMasker) {
    logs.on(GetLogEventsCommand).resolves({
      events: [
        { message: 'starting' },
        { message: `connecting with password ${SECRET}` },
        { message: `retrying with ${SECRET} again` },
      ],
    });
    const ctx = {
      config: testConfig(),
      clients: { logs: new CloudWatchLogsClient({ region: 'eu-west-1' }) },
      log: new MemoryLogger(),
      secrets,
    } as unknown as PhaseContext;
    const failed = {
      deploymentId: 'ecs-svc/1',
      taskDefinitionArn: 'arn:aws:ecs:eu-west-1:123456789012:task-definition/web-hello:2',
      taskDefinition,
      containerName: 'hello',
      since: 0,
    };
    return gatherDigest(ctx, failed, crashed, ['1 task failed']);
  }

  it('masks them', async () => {
    const d = await digest(masker());
    expect(d.logs).toMatchObject({
      lines: ['starting', 'connecting with password ***', 'retrying with *** again'],
      masked: 2,
    });
    expect(digestLines(d)).toContain(
      'Last log lines of task abc123 (/ecs/web/hello ecs/hello/abc123, 2 lines masked):',
    );
    expect(digestMarkdown(d)).toContain('(2 lines masked: they held a secret value)');
    expect(digestMarkdown(d)).not.toContain(SECRET);
  });

  it('says nothing of masking when no line held a secret', async () => {
    const d = await digest(new SecretMasker());
    expect(d.logs?.masked).toBeUndefined();
    expect(digestLines(d).join('\n')).not.toContain('masked');
  });
});

describe('the outputs and the job summary are masked', () => {
  it('masks every output and the summary', async () => {
    const outputs: Record<string, string> = {};
    const summaries: string[] = [];
    const sinks = maskedSinks(
      {
        log: new MemoryLogger(),
        setOutput: (n: string, v: string) => (outputs[n] = v),
        writeSummary: async (md: string) => void summaries.push(md),
      },
      masker(),
    );
    const result = runResult({
      outcome: 'failed',
      region: 'eu-west-1',
      url: `http://lb/?token=${SECRET}`,
      durationSeconds: 1,
      failure: `the task printed ${SECRET}`,
    });
    expect(outputsOf(result, false).url).toContain(SECRET);
    await report(result, false, sinks);
    expect(outputs.url).toBe('http://lb/?token=***');
    expect(summaries[0]).toContain('the task printed ***');
    expect(JSON.stringify([outputs, summaries])).not.toContain(SECRET);
  });
});

describe('the pull request comment is masked', () => {
  it('masks what is created and edited (comments, deployment statuses), nothing else', async () => {
    const sent: string[] = [];
    const api = {
      createComment: async (_n: number, body: string) => {
        sent.push(body);
        return { id: 1, body };
      },
      updateComment: async (_id: number, body: string) => void sent.push(body),
      listComments: async () => [{ id: 1, body: 'unchanged' }],
      createDeploymentStatus: async (_id: number, input: { description?: string }) =>
        void sent.push(input.description ?? ''),
    } as unknown as GitHubApi;
    const masked = maskedCommentApi(api, masker());
    await masked.createComment(7, `failed: ${SECRET}`);
    await masked.updateComment(1, `still ${SECRET}`);
    await masked.createDeploymentStatus(3, { state: 'failure', description: `why: ${SECRET}` });
    expect(sent).toEqual(['failed: ***', 'still ***', 'why: ***']);
    expect(await masked.listComments(7)).toEqual([{ id: 1, body: 'unchanged' }]);
  });
});
