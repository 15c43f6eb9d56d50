// Incremental text/event-stream parser: feed it chunks as they arrive, get whole messages back.
// Comments (":ok") and bare keep-alive newlines produce nothing; the caller counts any chunk as life.

export interface SseMessage {
  event: string | null;
  data: string;
}

export interface SseParser {
  feed(chunk: string): SseMessage[];
}

export function createSseParser(): SseParser {
  let buffer = '';
  let event: string | null = null;
  let data: string[] = [];
  let hasData = false;

  function line(text: string, out: SseMessage[]): void {
    if (text === '') {
      if (hasData || event !== null) out.push({ event, data: data.join('\n') });
      event = null;
      data = [];
      hasData = false;
      return;
    }
    if (text.startsWith(':')) return;
    const colon = text.indexOf(':');
    const field = colon === -1 ? text : text.slice(0, colon);
    let value = colon === -1 ? '' : text.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') event = value;
    else if (field === 'data') {
      data.push(value);
      hasData = true;
    }
    // id:, retry: and unknown fields are ignored; the cloud sends none of them.
  }

  return {
    feed(chunk) {
      buffer += chunk;
      const out: SseMessage[] = [];
      for (;;) {
        const match = /\r\n|\r|\n/.exec(buffer);
        if (!match) break;
        // A lone \r at the very end may be the first half of \r\n: wait for the next chunk.
        if (match[0] === '\r' && match.index === buffer.length - 1) break;
        line(buffer.slice(0, match.index), out);
        buffer = buffer.slice(match.index + match[0].length);
      }
      return out;
    },
  };
}
