// HTTP 80 over a raw socket, so the exact request bytes are ours: `fetch` lower-cases
// Content-Length, which the device does not recognise (softap-protocol.md §3.2).
import { encodeHttpRequest } from './framing';
import { HttpResponseReader } from './http-response';
import { replyReaderFor } from './reply-parser';
import { exchange, type ExchangeReader, type TransportOutcome } from './socket-exchange';
import type { TransportRequest } from './transport-tcp';

export function sendOverHttp(request: TransportRequest): Promise<TransportOutcome> {
  const http = new HttpResponseReader();
  const reply = replyReaderFor(request.command, request.maxReplyBytes);
  let received = 0;
  const reader: ExchangeReader = {
    push(chunk) {
      received += chunk.length;
      const body = http.push(chunk);
      if (http.malformed !== null) {
        return { kind: 'malformed', detail: http.malformed };
      }
      if (http.head !== null && http.head.status !== 200) {
        return { kind: 'http-status', status: http.head.status };
      }
      const parsed = reply.push(body);
      if (parsed !== null) return parsed;
      return http.complete ? reply.finish() : null;
    },
    end() {
      if (http.head === null) {
        return received === 0
          ? { kind: 'empty' }
          : { kind: 'malformed', detail: 'connection closed inside the HTTP header' };
      }
      return reply.finish();
    },
    get receivedBytes() {
      return received;
    },
  };
  return exchange(
    {
      ...request,
      request: encodeHttpRequest(request.command, request.body, request.host, request.port),
    },
    reader,
  );
}
