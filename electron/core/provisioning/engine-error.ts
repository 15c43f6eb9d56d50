// Failures the engine itself decides on (not a cloud, SoftAP or Wi-Fi error): each carries the
// outcome it ends the run with and an operator sentence.
import { OperatorError } from '../dispatch';
import type { Outcome } from '../../../shared/outcome';

export class EngineError extends OperatorError {
  constructor(
    readonly outcome: Outcome,
    message: string,
    code: string,
  ) {
    super(message, code);
    this.name = 'EngineError';
  }
}

/** Cancellation from any layer, as the engine sees it. */
export class RunCancelled extends Error {
  constructor() {
    super('The run was cancelled.');
    this.name = 'RunCancelled';
  }
}
