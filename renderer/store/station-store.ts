// The Station view's state. Everything about the tray — units, queue, tally, the rainbow
// question — is the core's (station.state and station.changed); the window keeps only the
// operator's choices for the next start and whether a request is in flight or failed.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { StationState } from '../../shared/station';
import type { Bridge } from '../bridge';
import { sentence } from './app-store';

export interface StationChoices {
  profileId: string | null;
  requireLabel: boolean;
  confirmIdentity: boolean;
  /** A tone for each result (Web Audio: no files). */
  sound: boolean;
}

export interface StationViewState {
  station: StationState | null;
  choices: StationChoices;
  busy: boolean;
  error: string | null;
  /** The last label the core refused, with why (shown beside the field). */
  labelError: string | null;

  start(): () => void;
  choose(patch: Partial<StationChoices>): void;
  begin(): Promise<void>;
  stop(now: boolean): Promise<void>;
  scanLabel(label: string): Promise<boolean>;
  answer(confirmed: boolean): Promise<void>;
  retryFailed(): Promise<void>;
  newShift(): Promise<void>;
}

/** The operator's station choices survive a reload of the window (not a secret among them). */
const CHOICES_KEY = 'photon-setup.station-choices';

function savedChoices(): StationChoices {
  const defaults: StationChoices = {
    profileId: null,
    requireLabel: false,
    confirmIdentity: false,
    sound: true,
  };
  try {
    const raw = window.localStorage.getItem(CHOICES_KEY);
    if (raw === null) return defaults;
    const parsed = JSON.parse(raw) as Partial<StationChoices>;
    return {
      profileId: typeof parsed.profileId === 'string' ? parsed.profileId : null,
      requireLabel: parsed.requireLabel === true,
      confirmIdentity: parsed.confirmIdentity === true,
      sound: parsed.sound !== false,
    };
  } catch {
    return defaults;
  }
}

export function createStationStore(bridge: Bridge): StoreApi<StationViewState> {
  return createStore<StationViewState>()((set, get) => {
    /** Runs a station request; its answer is the new state, its failure the sentence. */
    const act = async (request: () => Promise<StationState>): Promise<boolean> => {
      set({ busy: true, error: null });
      try {
        set({ station: await request(), busy: false });
        return true;
      } catch (error) {
        set({ busy: false, error: sentence(error) });
        return false;
      }
    };

    return {
      station: null,
      choices: savedChoices(),
      busy: false,
      error: null,
      labelError: null,

      start: () => {
        const off = bridge.on('station.changed', (station) => set({ station }));
        bridge
          .call('station.state')
          .then((station) => set({ station }))
          .catch((error: unknown) => set({ error: sentence(error) }));
        return off;
      },

      choose: (patch) => {
        const choices = { ...get().choices, ...patch };
        set({ choices });
        try {
          window.localStorage.setItem(CHOICES_KEY, JSON.stringify(choices));
        } catch {
          // A window without storage keeps the choices until it closes.
        }
      },

      begin: async () => {
        const { profileId, requireLabel, confirmIdentity } = get().choices;
        if (profileId === null) {
          set({ error: 'Choose the network every unit gets first.' });
          return;
        }
        await act(() => bridge.call('station.start', { profileId, requireLabel, confirmIdentity }));
      },

      stop: async (now) => {
        await act(() => bridge.call('station.stop', { now }));
      },

      scanLabel: async (label) => {
        try {
          set({ station: await bridge.call('station.label', { label }), labelError: null });
          return true;
        } catch (error) {
          set({ labelError: sentence(error) });
          return false;
        }
      },

      answer: async (confirmed) => {
        const question = get().station?.question;
        if (question === null || question === undefined) return;
        await act(() => bridge.call('station.answer', { runId: question.runId, confirmed }));
      },

      retryFailed: async () => {
        await act(() => bridge.call('station.retryFailed'));
      },

      newShift: async () => {
        await act(() => bridge.call('station.newShift'));
      },
    };
  });
}
