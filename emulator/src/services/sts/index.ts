import { CALLER_USER_ID, callerArn } from '../../core/identity';
import type { ServiceDefinition } from '../../core/service';

/** STS: only GetCallerIdentity, which the action uses to learn the account id. */
export const definition: ServiceDefinition = {
  signingName: 'sts',
  protocol: 'query',
  version: '2011-06-15',
  xmlns: 'https://sts.amazonaws.com/doc/2011-06-15/',
  operations: {
    GetCallerIdentity: (_input, ctx) => ({
      UserId: CALLER_USER_ID,
      Account: ctx.accountId,
      Arn: callerArn(ctx.accountId),
    }),
  },
};
