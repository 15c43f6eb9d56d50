// Failures the engine itself decides on (not a cloud, SoftAP or Wi-Fi error): each carries the
// outcome it ends the run with and an operator sentence.
import type { Outcome } from '../../../shared/outcome';
import { OperatorError } from '../runtime';

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
