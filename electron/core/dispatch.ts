// The one place a host hands a call to the core: the channel must exist, the argument must
// pass the channel's schema, and any failure comes back as a ContractError envelope whose
// message is safe to show (a thrown OperatorError's sentence, or a generic one) — as a catalogue
// entry for the window (`text`, `fields`) and in English for logs and scripts (`message`).
import type { z } from 'zod';
import {
  contractError,
  isRequestChannel,
  requests,
  type ContractError,
  type Envelope,
} from '../../shared/contract';
import { formatMessage, issueMessage, m, type Message } from '../../shared/i18n';
import type { Handlers } from './handlers';
import { OperatorError } from './runtime';

export type Dispatch = (channel: unknown, arg: unknown) => Promise<Envelope<unknown>>;

export interface DispatchLog {
  error(message: string): void;
}

const fail = (error: ContractError): Envelope<never> => ({ ok: false, error });

const failWith = (
  code: ContractError['code'],
  text: Message,
  fields?: Record<string, Message>,
): Envelope<never> => fail(contractError(code, text, fields));

/** Each field's first problem, as the catalogue entry its schema carries. */
function describeIssues(issues: readonly z.core.$ZodIssue[]): Record<string, Message> {
  const fields: Record<string, Message> = {};
  for (const issue of issues) {
    const path = issue.path.length === 0 ? '(argument)' : issue.path.map(String).join('.');
    fields[path] ??= issueMessage(issue.message);
  }
  return fields;
}

export function createDispatch(handlers: Handlers, log: DispatchLog): Dispatch {
  return async (channel, arg) => {
    if (!isRequestChannel(channel)) {
      return failWith(
        'unknown-channel',
        m('core.unknown-channel', {
          channel: JSON.stringify(String(channel)).slice(0, 80),
        }),
      );
    }
    const parsed = requests[channel].arg.safeParse(arg);
    if (!parsed.success) {
      const fields = describeIssues(parsed.error.issues);
      const [first] = Object.values(fields);
      const english = Object.entries(fields)
        .map(([path, problem]) => `${path}: ${formatMessage('en', problem)}`)
        .join('; ');
      return fail({
        code: 'invalid-argument',
        // The English names every field; the operator's sentence the first (each field shows its own).
        message: `Invalid request to ${channel}: ${english}.`,
        text: m('core.invalid-argument', { channel, problem: first ?? m('validate.invalid') }),
        fields,
      });
    }
    try {
      // The schema just proved the argument's type for this channel.
      const handler = handlers[channel] as (value: unknown) => Promise<unknown>;
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      if (error instanceof OperatorError) return failWith('failed', error.text);
      // Unknown errors may quote a command line or a URL with a secret in it: log only the kind.
      log.error(`${channel} failed with ${error instanceof Error ? error.name : typeof error}`);
      return failWith('failed', m('core.internal', { kind: channel }));
    }
  };
}
