/**
 * The one principal every request to the emulator is made by: GetCallerIdentity names it, and the
 * records AWS stamps with their caller (a task definition's registeredBy) name the same one.
 */
export function callerArn(accountId: string): string {
  return `arn:aws:iam::${accountId}:user/emulator`;
}

export const CALLER_USER_ID = 'AIDAEMULATOREXAMPLE01';
