// The renderer's only door to the core, faked: each channel answers from a handler the test
// gives (or a quiet default for start-up), every call is recorded, and the test pushes events.
import type {
  EventName,
  EventPayload,
  RequestChannel,
  RequestResult,
  SystemCheck,
} from '../../../../shared/contract';
import { BridgeError, type Bridge, type ConnectionState } from '../../../../renderer/bridge';
import { formatMessage, m, type Message } from '../../../../shared/i18n';
import { settingsSchema } from '../../../../shared/settings';

type Handler<C extends RequestChannel> = (
  arg: unknown,
) => RequestResult<C> | Promise<RequestResult<C>>;
export type Handlers = { [C in RequestChannel]?: Handler<C> };

export const readyCheck: SystemCheck = {
  os: { platform: 'linux', release: '6', arch: 'x64', name: 'Linux' },
  wifiTool: { name: 'nmcli', path: '/usr/bin/nmcli', runs: true, version: '1', simulated: true },
  items: [
    {
      id: 'os',
      label: m('system.os.label'),
      status: 'ok',
      detail: m('system.os.detail', { os: 'Linux', release: '6', arch: 'x64' }),
    },
    {
      id: 'wifi-tool',
      label: m('system.tool.label'),
      status: 'ok',
      detail: m('system.tool.simulated', { real: 'nmcli' }),
    },
  ],
  ready: true,
  checkedAt: '2026-01-01T00:00:00.000Z',
};

const defaults: Handlers = {
  'app.info': () => ({
    name: 'Photon Setup',
    version: '0.1.0',
    host: 'web',
    simulated: true,
    secretStorage: 'memory',
    systemLocale: null,
  }),
  'settings.get': () => settingsSchema.parse({}),
  'account.current': () => null,
  'profiles.list': () => [],
  'provision.current': () => null,
  'returns.current': () => null,
  'system.check': () => readyCheck,
  'device.find': () => ({ devices: [], ssidsReadable: true, hint: null }),
  'history.query': () => ({ records: [], skippedLines: 0 }),
};

/**
 * A refusal as the core sends it: its sentence as a catalogue entry (and in English, for logs),
 * and per-field problems when it has them.
 */
export const refusal = (text: Message, fields?: Record<string, Message>): BridgeError =>
  new BridgeError({
    code: fields === undefined ? 'failed' : 'invalid-argument',
    message: formatMessage('en', text),
    text,
    ...(fields === undefined ? {} : { fields }),
  });

export interface FakeBridge extends Bridge {
  calls: Array<{ channel: RequestChannel; arg: unknown }>;
  callsTo(channel: RequestChannel): unknown[];
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  setConnection(state: ConnectionState): void;
  answer<C extends RequestChannel>(channel: C, handler: Handler<C>): void;
}

export function fakeBridge(handlers: Handlers = {}): FakeBridge {
  const table: Handlers = { ...defaults, ...handlers };
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  const connection = new Set<(state: ConnectionState) => void>();
  const calls: FakeBridge['calls'] = [];
  return {
    calls,
    callsTo: (channel) => calls.filter((c) => c.channel === channel).map((c) => c.arg),
    call: async (channel, ...args) => {
      calls.push({ channel, arg: args[0] });
      const handler = table[channel] as Handler<typeof channel> | undefined;
      if (handler === undefined) throw new Error(`The test gave no answer for ${channel}`);
      return handler(args[0]);
    },
    on: (event, listener) => {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener as (payload: unknown) => void);
      return () => set.delete(listener as (payload: unknown) => void);
    },
    onConnection: (listener) => {
      connection.add(listener);
      listener('connected');
      return () => connection.delete(listener);
    },
    emit: (event, payload) => {
      for (const listener of listeners.get(event) ?? []) listener(payload);
    },
    setConnection: (state) => {
      for (const listener of connection) listener(state);
    },
    answer: (channel, handler) => {
      (table as Record<string, unknown>)[channel] = handler;
    },
  };
}

/** sessionStorage's interface in memory, to see what the window keeps across a reload. */
export function memoryStorage(initial: Record<string, string> = {}): Storage {
  const values = new Map(Object.entries(initial));
  return {
    get length() {
      return values.size;
    },
    clear: () => values.clear(),
    getItem: (key) => values.get(key) ?? null,
    key: (index) => [...values.keys()][index] ?? null,
    removeItem: (key) => void values.delete(key),
    setItem: (key, value) => void values.set(key, value),
  };
}
