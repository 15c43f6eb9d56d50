// TCP 5609: the device writes `\n\n` then the JSON and closes (softap-protocol.md §2). The leading
// blank line is whitespace to JSON.parse, so the reply parser needs no special case for it.
import { encodeTcpRequest, type SoftApCommand } from './framing';
import { ReplyAccumulator } from './reply-parser';
import { exchange, type ExchangeReader, type TransportOutcome } from './socket-exchange';

export interface TransportRequest {
  command: SoftApCommand;
  body?: string | undefined;
  host: string;
  port: number;
  localAddress?: string | undefined;
  connectTimeoutMs: number;
  replyTimeoutMs: number;
  maxReplyBytes: number;
  signal?: AbortSignal | undefined;
}

export function sendOverTcp(request: TransportRequest): Promise<TransportOutcome> {
  const reply = new ReplyAccumulator(request.maxReplyBytes);
  const reader: ExchangeReader = {
    push: (chunk) => reply.push(chunk),
    end: () => reply.finish(),
    get receivedBytes() {
      return reply.byteCount;
    },
  };
  return exchange({ ...request, request: encodeTcpRequest(request.command, request.body) }, reader);
}
