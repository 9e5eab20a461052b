/**
 * An error the emulator answers with, shaped like AWS's: the code becomes `__type` (JSON protocols)
 * or `<Code>` (query/EC2 protocols) so the SDK raises the same exception class it would against AWS.
 */
export class AwsError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 400,
    /** 'Sender' for client faults, 'Receiver' for server faults (query protocol <Type>). */
    readonly fault: 'Sender' | 'Receiver' = status >= 500 ? 'Receiver' : 'Sender',
  ) {
    super(message);
    this.name = code;
  }
}

export const validation = (code: string, message: string): AwsError => new AwsError(code, message, 400);
