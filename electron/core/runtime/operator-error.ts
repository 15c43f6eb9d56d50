// An error whose message was written for the operator and carries no secret. Every layer's typed
// error extends it, so a host can show its sentence as it is and hide everything else.
export class OperatorError extends Error {
  constructor(
    message: string,
    readonly code: string = 'failed',
  ) {
    super(message);
    this.name = 'OperatorError';
  }
}
