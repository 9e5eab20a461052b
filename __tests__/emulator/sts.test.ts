import { STSClient, GetCallerIdentityCommand, AssumeRoleCommand } from '@aws-sdk/client-sts';
import { startTestEmulator, clientConfig } from './core/fake-runtime';

describe('STS', () => {
  it('answers GetCallerIdentity with the emulated account', async () => {
    const emu = await startTestEmulator({ accountId: '123456789012', region: 'eu-west-1' });
    try {
      const sts = new STSClient({ ...clientConfig(emu.url), region: 'eu-west-1' });
      const id = await sts.send(new GetCallerIdentityCommand({}));
      expect(id).toMatchObject({ Account: '123456789012', Arn: 'arn:aws:iam::123456789012:user/emulator' });
      expect(id.UserId).toMatch(/^AIDA/);
      await expect(
        sts.send(
          new AssumeRoleCommand({ RoleArn: 'arn:aws:iam::123456789012:role/x', RoleSessionName: 's' }),
        ),
      ).rejects.toMatchObject({ name: 'InvalidAction' });
    } finally {
      await emu.stop();
    }
  });
});
