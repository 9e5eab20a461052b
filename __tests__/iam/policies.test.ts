/**
 * The shipped IAM policies allow what the action calls and nothing more. Every SDK command imported
 * anywhere in src/ is an IAM action (the package names the service); each policy action is either
 * such a command or one of the listed exceptions, which the action needs without calling them itself.
 * The end-to-end tests check the other direction on real runs: every call in the emulator's call log
 * is allowed by the policy of the run's mode (__tests__/helpers/iam.ts).
 */
import * as fs from 'fs';
import * as path from 'path';
import { NEEDS_NO_PERMISSION, policyActions } from '../helpers/iam';

const SRC = path.resolve(__dirname, '../../src');
const PREFIX: Record<string, string> = {
  'client-ecs': 'ecs',
  'client-ecr': 'ecr',
  'client-elastic-load-balancing-v2': 'elasticloadbalancing',
  'client-ec2': 'ec2',
  'client-cloudwatch-logs': 'logs',
  'client-cloudwatch': 'cloudwatch',
  'client-application-auto-scaling': 'application-autoscaling',
  'client-sts': 'sts',
  'client-acm': 'acm',
};

/** Needed, never sent by the action's own SDK calls. */
const EXCEPTIONS: Record<string, string> = {
  'ecr:BatchCheckLayerAvailability': 'docker push',
  'ecr:InitiateLayerUpload': 'docker push',
  'ecr:UploadLayerPart': 'docker push',
  'ecr:CompleteLayerUpload': 'docker push',
  'ecr:PutImage': 'docker push',
  'ecr:BatchGetImage': 'docker build --cache-from an ECR image',
  'ecr:GetDownloadUrlForLayer': 'docker build --cache-from an ECR image',
  'ecr:TagResource': 'CreateRepository with tags',
  // ecs:TagResource is called (a preview's expiry tag) and also needed to tag on create.
  'ec2:CreateTags': 'CreateSecurityGroup with tag specifications',
  'logs:TagResource': 'CreateLogGroup with tags',
  'application-autoscaling:TagResource': 'RegisterScalableTarget with tags',
  // cloudwatch:PutMetricAlarm/DescribeAlarms/DeleteAlarms are called (the error alarm), and also
  // needed by target tracking policies, which create and delete their alarms as the caller.
  'iam:PassRole':
    'the task role and the task execution role of a task definition, and the infrastructure role ECS shifts traffic with',
  'iam:CreateServiceLinkedRole': 'the first ECS, ELB and Auto Scaling use of a fresh account',
};

/** Only the preview modes send these (finding and removing previews). */
const PREVIEW_ONLY = [
  'ecs:DeleteService',
  'ecs:ListServices',
  'elasticloadbalancing:DeleteTargetGroup',
  'logs:DeleteLogGroup',
  'logs:ListTagsForResource',
];

function sdkCommandsInSrc(): Set<string> {
  const found = new Set<string>();
  const walk = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) return walk(p);
      return p.endsWith('.ts') ? [p] : [];
    });
  for (const file of walk(SRC)) {
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(/import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*'@aws-sdk\/([a-z0-9-]+)'/g)) {
      const prefix = PREFIX[m[2]];
      if (!prefix) continue;
      for (const name of m[1].split(',').map((s) => s.trim().replace(/^type\s+/, ''))) {
        const command = /^([A-Z][A-Za-z0-9]+)Command$/.exec(name);
        if (command) found.add(`${prefix}:${command[1]}`);
      }
    }
  }
  return found;
}

const called = sdkCommandsInSrc();
const needed = [...called].filter((a) => !NEEDS_NO_PERMISSION.has(a));

test('the scan finds the action’s calls (it can fail)', () => {
  expect(needed).toEqual(
    expect.arrayContaining([
      'ecs:UpdateService',
      'elasticloadbalancing:CreateRule',
      'ecr:GetAuthorizationToken',
    ]),
  );
  expect(needed.length).toBeGreaterThan(40);
});

test.each(['deploy', 'preview'] as const)('%s.json allows nothing the action does not need', (policy) => {
  const extra = policyActions(policy).filter((a) => !called.has(a) && !(a in EXCEPTIONS));
  expect(extra).toEqual([]);
});

test('every exception is one the action does not call itself', () => {
  expect(Object.keys(EXCEPTIONS).filter((a) => called.has(a))).toEqual([]);
});

test('preview.json allows every call the action makes, and every exception', () => {
  const allowed = new Set(policyActions('preview'));
  expect([...needed, ...Object.keys(EXCEPTIONS)].filter((a) => !allowed.has(a))).toEqual([]);
});

test('deploy.json allows every call but the preview modes’ own, and none of those', () => {
  const allowed = new Set(policyActions('deploy'));
  const deployCalls = needed.filter((a) => !PREVIEW_ONLY.includes(a));
  expect([...deployCalls, ...Object.keys(EXCEPTIONS)].filter((a) => !allowed.has(a))).toEqual([]);
  expect(PREVIEW_ONLY.filter((a) => allowed.has(a))).toEqual([]);
  expect(PREVIEW_ONLY.filter((a) => !called.has(a))).toEqual([]);
});
