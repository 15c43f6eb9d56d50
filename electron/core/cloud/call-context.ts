// What every group of calls shares: the transport, the clock, the redactor and a parser that turns
// an unexpected body into malformed-response instead of an exception from deep inside zod.
import type { Message } from '../../../shared/i18n';
import type { z } from 'zod';
import { CloudError } from './errors';
import type { Redactor } from './redact';
import { send, type CloudRequest, type CloudResponse, type TransportOptions } from './transport';

export interface CallContext {
  request(request: CloudRequest): Promise<CloudResponse>;
  parse<S extends z.ZodType>(schema: S, body: unknown, operation: Message): z.output<S>;
  now(): number;
  redactor: Redactor;
  transport: TransportOptions;
}

export function createCallContext(transport: TransportOptions): CallContext {
  return {
    request(request) {
      if (request.auth?.kind === 'bearer') transport.redactor.add(request.auth.token);
      if (request.auth?.kind === 'basic') transport.redactor.add(request.auth.password);
      return send(transport, request);
    },
    parse(schema, body, operation) {
      const result = schema.safeParse(body);
      if (!result.success) throw new CloudError({ kind: 'malformed-response' }, operation);
      return result.data;
    },
    now: transport.now,
    redactor: transport.redactor,
    transport,
  };
}
