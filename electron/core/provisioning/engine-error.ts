// Failures the engine itself decides on (not a cloud, SoftAP or Wi-Fi error): each carries the
// outcome it ends the run with and an operator sentence.
import type { Outcome } from '../../../shared/outcome';
import type { Message } from '../../../shared/i18n';
import { OperatorError } from '../runtime';

export class EngineError extends OperatorError {
  constructor(
    readonly outcome: Outcome,
    message: Message,
    code: string,
  ) {
    super(message, code);
    this.name = 'EngineError';
  }
}
