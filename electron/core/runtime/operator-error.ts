// An error whose message was written for the operator and carries no secret. Every layer's typed
// error extends it, so a host can show its sentence as it is and hide everything else. The
// sentence is a catalogue entry (`text`): a window says it in its operator's language, the CLI
// in the one asked for; `message` is its English, for the log and for English output.
import { formatMessage, type Message } from '../../../shared/i18n';

export class OperatorError extends Error {
  constructor(
    readonly text: Message,
    readonly code: string = 'failed',
  ) {
    super(formatMessage('en', text));
    this.name = 'OperatorError';
  }
}
