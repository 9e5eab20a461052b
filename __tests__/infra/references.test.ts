/**
 * The reference checks: every resource the inputs name is read and checked with Describe calls
 * only, and ensureStack then uses what they read instead of reading it again.
 */
import { checkStackReferences, ensureStack } from '../../src/infra';
import type { DeployConfig } from '../../src/config/types';
import { isMutatingOperation } from '../../emulator/src/core/operations';
import { MemoryLogger } from '../helpers/memory-logger';
import { testConfig } from '../fixtures/config';
import { fakeAccount } from './fake-account';

type Account = ReturnType<typeof fakeAccount>;

let account: Account;
beforeEach(() => {
  account = fakeAccount();
});
afterEach(() => account.restore());

const opts = () => ({ plan: false, log: new MemoryLogger() });
const check = (config: DeployConfig) => checkStackReferences(config, account.clients, opts());
const mutating = (): string[] => account.sequence().filter(isMutatingOperation);
/** Another service's stack on the shared load balancer `web`, routed by path at priority 7. */
const otherService = testConfig({
  service: 'other',
  loadBalancer: { pathPattern: ['/other/*'], rulePriority: 7 },
});

describe('checkStackReferences', () => {
  it('reads only, and ensureStack reuses its network instead of describing the subnets again', async () => {
    const checked = await check(testConfig());
    expect(mutating()).toEqual([]);
    expect(checked.network).toMatchObject({ vpcId: 'vpc-1', taskSubnets: ['subnet-a', 'subnet-b'] });
    expect(checked.loadBalancer).toBeUndefined();

    account.resetHistory();
    const result = await ensureStack(testConfig(), account.clients, opts(), checked);
    expect(account.sequence()).not.toContain('DescribeSubnets');
    expect(account.sequence()).not.toContain('DescribeVpcs');
    expect(result.subnets).toEqual(['subnet-a', 'subnet-b']);
    // The keep lines the checks found are part of the stack's changes.
    expect(result.changes.map((c) => c.resource).slice(0, 2)).toEqual(['vpc', 'subnets']);
  });

  it('refuses a load balancer of another scheme before any change', async () => {
    await ensureStack(otherService, account.clients, opts());
    account.resetHistory();
    const internal = testConfig({ loadBalancer: { scheme: 'internal', pathPattern: ['/hello/*'] } });
    await expect(check(internal)).rejects.toThrow(
      'The load balancer: web exists as internet-facing, not internal; a scheme cannot change.',
    );
    expect(mutating()).toEqual([]);
  });

  it('refuses a load balancer that is not an Application Load Balancer, naming the input', async () => {
    await ensureStack(otherService, account.clients, opts());
    account.state.lbs[0].Type = 'network';
    await expect(check(testConfig({ loadBalancer: { name: 'web' } }))).rejects.toThrow(
      "Input 'load-balancer-name': web exists as a network load balancer",
    );
  });

  it("refuses a rule-priority another service's rule holds, and accepts the one this service holds", async () => {
    await ensureStack(otherService, account.clients, opts());
    account.resetHistory();
    const taken = testConfig({ loadBalancer: { pathPattern: ['/hello/*'], rulePriority: 7 } });
    await expect(check(taken)).rejects.toThrow(
      /^Input 'rule-priority': priority 7 is already used on listener web:80 by a rule this service did not make \(forwarding to targetgroup\/web-other-production\//,
    );
    expect(mutating()).toEqual([]);
    // The other service's own priority is its own.
    await expect(check(otherService)).resolves.toBeDefined();
  });

  it("refuses default routing on a listener that forwards to another service's target group", async () => {
    await ensureStack(testConfig({ service: 'other' }), account.clients, opts());
    account.resetHistory();
    await expect(check(testConfig())).rejects.toThrow(
      /^The load balancer: Listener web:80 already forwards by default to another target group .*Give host-header and\/or path-pattern/,
    );
    expect(mutating()).toEqual([]);
  });

  it('refuses your own target group when it takes instances, not IP addresses', async () => {
    await ensureStack(otherService, account.clients, opts());
    const tg = account.state.tgs[0];
    tg.TargetType = 'instance';
    await expect(check(testConfig({ loadBalancer: { targetGroupArn: tg.TargetGroupArn } }))).rejects.toThrow(
      /^Input 'target-group-arn': web-other-production has target type instance/,
    );
  });

  it('refuses subnets, security groups and target groups that do not exist, naming the input', async () => {
    await expect(check(testConfig({ network: { subnets: ['subnet-0123abcd'] } }))).rejects.toThrow(
      /^Input 'subnets': subnet-0123abcd not found/,
    );
    await expect(check(testConfig({ network: { securityGroups: ['sg-0123abcd'] } }))).rejects.toThrow(
      /^Input 'security-groups': sg-0123abcd not found/,
    );
    const missing = 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/nope/0123abcd';
    await expect(check(testConfig({ loadBalancer: { targetGroupArn: missing } }))).rejects.toThrow(
      `Input 'target-group-arn': ${missing} not found in eu-west-1.`,
    );
    expect(mutating()).toEqual([]);
  });
});
