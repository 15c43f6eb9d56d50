// The renderer's only door to the core: window.photonSetup when the desktop preload provides
// it, else a WebSocket to the web host that served this page. Both speak shared/contract.ts.
import {
  contractError,
  type ArgList,
  type ContractError,
  type Envelope,
  type EventName,
  type EventPayload,
  type HostApi,
  type RequestChannel,
  type RequestResult,
} from '../shared/contract';
import {
  SOCKET_TOKEN_PREFIX,
  WEB_SOCKET_PATH,
  WEB_SOCKET_PROTOCOL,
  type InvokeMessage,
  type ServerMessage,
} from '../shared/web-protocol';
import { takeSessionToken } from './session-token';
import { m } from '../shared/i18n';

declare global {
  interface Window {
    photonSetup?: HostApi;
  }
}

export type ConnectionState = 'connecting' | 'connected' | 'lost';

export class BridgeError extends Error {
  constructor(readonly detail: ContractError) {
    super(detail.message);
    this.name = 'BridgeError';
  }
}

export interface Bridge {
  /** Resolves with the result, or rejects with a BridgeError carrying the operator sentence. */
  call<C extends RequestChannel>(channel: C, ...args: ArgList<C>): Promise<RequestResult<C>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
  onConnection(listener: (state: ConnectionState) => void): () => void;
}

type Transport = HostApi & { onConnection(listener: (state: ConnectionState) => void): () => void };

const unwrap = <T>(envelope: Envelope<T>): T => {
  if (envelope.ok) return envelope.value;
  throw new BridgeError(envelope.error);
};

function preloadTransport(api: HostApi): Transport {
  return {
    invoke: (channel, ...args) => api.invoke(channel, ...args),
    on: (event, listener) => api.on(event, listener),
    onConnection: (listener) => {
      listener('connected');
      return () => undefined;
    },
  };
}

function webSocketTransport(location: Location): Transport {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  // The socket carries the per-start token itself (the cookie alone is not enough: it reaches
  // every server on 127.0.0.1). Without one the host refuses, and the banner says what to open.
  const token = takeSessionToken(location, window.history, window.sessionStorage);
  const socket = new WebSocket(
    `${scheme}://${location.host}${WEB_SOCKET_PATH}`,
    token === null ? [WEB_SOCKET_PROTOCOL] : [WEB_SOCKET_PROTOCOL, SOCKET_TOKEN_PREFIX + token],
  );
  const pending = new Map<number, (envelope: Envelope<unknown>) => void>();
  const eventListeners = new Map<EventName, Set<(payload: unknown) => void>>();
  const connectionListeners = new Set<(state: ConnectionState) => void>();
  let state: ConnectionState = 'connecting';
  let nextId = 1;
  const outbox: string[] = [];

  const setState = (next: ConnectionState): void => {
    state = next;
    for (const listener of connectionListeners) listener(next);
  };

  socket.addEventListener('open', () => {
    setState('connected');
    for (const message of outbox.splice(0)) socket.send(message);
  });
  socket.addEventListener('close', () => {
    setState('lost');
    const lost = contractError('disconnected', m('core.disconnected'));
    for (const resolve of pending.values()) resolve({ ok: false, error: lost });
    pending.clear();
  });
  socket.addEventListener('message', (message) => {
    let parsed: ServerMessage;
    try {
      parsed = JSON.parse(String(message.data)) as ServerMessage;
    } catch {
      return;
    }
    if (parsed.type === 'result') {
      pending.get(parsed.id)?.(parsed.envelope);
      pending.delete(parsed.id);
    } else if (parsed.type === 'event') {
      for (const listener of eventListeners.get(parsed.event) ?? []) listener(parsed.payload);
    }
  });

  return {
    invoke: (channel, ...args) =>
      new Promise((resolve) => {
        if (state === 'lost') {
          resolve({
            ok: false,
            error: contractError('disconnected', m('core.not-connected')),
          });
          return;
        }
        const id = nextId++;
        pending.set(id, resolve as (envelope: Envelope<unknown>) => void);
        const message: InvokeMessage = { type: 'invoke', id, channel, arg: args[0] };
        const text = JSON.stringify(message);
        if (state === 'connected') socket.send(text);
        else outbox.push(text);
      }),
    on: (event, listener) => {
      const listeners = eventListeners.get(event) ?? new Set();
      eventListeners.set(event, listeners);
      const untyped = listener as (payload: unknown) => void;
      listeners.add(untyped);
      return () => listeners.delete(untyped);
    },
    onConnection: (listener) => {
      connectionListeners.add(listener);
      listener(state);
      return () => connectionListeners.delete(listener);
    },
  };
}

export function createBridge(): Bridge {
  const transport =
    window.photonSetup !== undefined
      ? preloadTransport(window.photonSetup)
      : webSocketTransport(window.location);
  return {
    call: async (channel, ...args) => unwrap(await transport.invoke(channel, ...args)),
    on: (event, listener) => transport.on(event, listener),
    onConnection: (listener) => transport.onConnection(listener),
  };
}
