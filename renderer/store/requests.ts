// One way to track a call to the core for the part of the screen that made it: busy while it
// runs, then idle or the core's own sentence (and its per-field problems). Every slice uses it,
// so no screen keeps its own busy flag or try/catch. Errors stay Messages (the core's catalogue
// entries) until a screen shows them, so they follow a change of language like every other word.
import { m, type Message } from '../../shared/i18n';
import { BridgeError } from '../bridge';

export type RequestKey =
  | 'readiness'
  | 'account'
  | 'profiles'
  | 'find'
  | 'run'
  | 'rescan'
  | 'lookup'
  | 'photons'
  | 'readId'
  | 'plan'
  | 'release'
  | 'nextOwner'
  | 'history'
  | 'settings'
  | 'language'
  | 'diagnostics'
  | 'station'
  | 'stationLabel'
  | 'shiftReport';

/** A request in flight or failed, for one part of the screen. */
export interface Pending {
  busy: boolean;
  error: Message | null;
  /** The core's per-field problems (invalid-argument), keyed by field name. */
  fields: Readonly<Record<string, Message>>;
}

export const idle: Pending = { busy: false, error: null, fields: {} };

export const allIdle = (): Record<RequestKey, Pending> => ({
  readiness: idle,
  account: idle,
  profiles: idle,
  find: idle,
  run: idle,
  rescan: idle,
  lookup: idle,
  photons: idle,
  readId: idle,
  plan: idle,
  release: idle,
  nextOwner: idle,
  history: idle,
  settings: idle,
  language: idle,
  diagnostics: idle,
  station: idle,
  stationLabel: idle,
  shiftReport: idle,
});

/** The sentence to show for a failed call: the core's own words, never an object dump. */
export const sentence = (error: unknown): Message =>
  error instanceof BridgeError ? error.detail.text : m('ui.error.no-core');

export type Outcome<T> = { ok: true; value: T } | { ok: false };

interface RequestsState {
  requests: Record<RequestKey, Pending>;
}

type SetRequests = (update: (state: RequestsState) => Partial<RequestsState>) => void;

/** Runs `work` as the request `key`: its busy and error state follow it. */
export function createTracker(set: SetRequests) {
  const put = (key: RequestKey, pending: Pending): void =>
    set((state) => ({ requests: { ...state.requests, [key]: pending } }));
  return {
    async track<T>(key: RequestKey, work: () => Promise<T>): Promise<Outcome<T>> {
      put(key, { busy: true, error: null, fields: {} });
      try {
        const value = await work();
        put(key, idle);
        return { ok: true, value };
      } catch (error) {
        put(key, {
          busy: false,
          error: sentence(error),
          fields: error instanceof BridgeError ? (error.detail.fields ?? {}) : {},
        });
        return { ok: false };
      }
    },
    /** A problem found before any call (e.g. nothing chosen yet), shown where the call's would be. */
    refuse(key: RequestKey, error: Message): void {
      put(key, { busy: false, error, fields: {} });
    },
    clear(key: RequestKey): void {
      put(key, idle);
    },
  };
}

export type Tracker = ReturnType<typeof createTracker>;
