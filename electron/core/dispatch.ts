// The one place a host hands a call to the core: the channel must exist, the argument must
// pass the channel's schema, and any failure comes back as a ContractError envelope whose
// message is safe to show (a thrown OperatorError's sentence, or a generic one).
import type { z } from 'zod';
import {
  isRequestChannel,
  requests,
  type ContractError,
  type Envelope,
} from '../../shared/contract';
import type { Handlers } from './handlers';
import { OperatorError } from './runtime';

export type Dispatch = (channel: unknown, arg: unknown) => Promise<Envelope<unknown>>;

export interface DispatchLog {
  error(message: string): void;
}

const fail = (error: ContractError): Envelope<never> => ({ ok: false, error });

function describeIssues(issues: readonly z.core.$ZodIssue[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const path = issue.path.length === 0 ? '(argument)' : issue.path.map(String).join('.');
    fields[path] ??= issue.message;
  }
  return fields;
}

export function createDispatch(handlers: Handlers, log: DispatchLog): Dispatch {
  return async (channel, arg) => {
    if (!isRequestChannel(channel)) {
      return fail({
        code: 'unknown-channel',
        message: `Photon Setup has no request called ${JSON.stringify(String(channel)).slice(0, 80)}.`,
      });
    }
    const parsed = requests[channel].arg.safeParse(arg);
    if (!parsed.success) {
      const fields = describeIssues(parsed.error.issues);
      return fail({
        code: 'invalid-argument',
        message: `Invalid request to ${channel}: ${Object.entries(fields)
          .map(([path, message]) => `${path}: ${message}`)
          .join('; ')}.`,
        fields,
      });
    }
    try {
      // The schema just proved the argument's type for this channel.
      const handler = handlers[channel] as (value: unknown) => Promise<unknown>;
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      if (error instanceof OperatorError) return fail({ code: 'failed', message: error.message });
      // Unknown errors may quote a command line or a URL with a secret in it: log only the kind.
      log.error(`${channel} failed with ${error instanceof Error ? error.name : typeof error}`);
      return fail({
        code: 'failed',
        message: `Photon Setup hit an internal problem while handling ${channel}. Try again; if it keeps happening, restart the app.`,
      });
    }
  };
}
