// TCP 5609: the device writes `\n\n` then the JSON and closes (softap-protocol.md §2). The leading
// blank line is whitespace to both reply readers, so they need no special case for it. The body
// is read as a stream on the device, so this is the safe way for bodies of any size.
import { encodeTcpRequest, type SoftApCommand } from './framing';
import { replyReaderFor } from './reply-parser';
import { exchange, type ExchangeReader, type TransportOutcome } from './socket-exchange';

export interface TransportRequest {
  command: SoftApCommand;
  /** The body's exact bytes (configure-ap splices raw SSID bytes in). */
  body?: Buffer | undefined;
  host: string;
  port: number;
  localAddress?: string | undefined;
  connectTimeoutMs: number;
  replyTimeoutMs: number;
  maxReplyBytes: number;
  signal?: AbortSignal | undefined;
}

export function sendOverTcp(request: TransportRequest): Promise<TransportOutcome> {
  const reply = replyReaderFor(request.command, request.maxReplyBytes);
  const reader: ExchangeReader = {
    push: (chunk) => reply.push(chunk),
    end: () => reply.finish(),
    get receivedBytes() {
      return reply.byteCount;
    },
  };
  return exchange({ ...request, request: encodeTcpRequest(request.command, request.body) }, reader);
}
