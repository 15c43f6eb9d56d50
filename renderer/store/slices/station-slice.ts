// Station mode. Everything about the tray — units, queue, tally, the rainbow question — is the
// core's (station.state, and station.changed on every change); the window keeps only the
// operator's choices for the next start (in localStorage: they outlive the window, and hold no
// secret) and the label the core last refused (a Message, so it follows a change of language).
import { m } from '../../../shared/i18n';
import { sentence } from '../requests';
import type { SliceTools } from '../slice';
import type { StationState } from '../../../shared/station';
import type { StationChoices, StationSliceState } from '../state';

const CHOICES_KEY = 'photon-setup.station-choices';

const DEFAULT_CHOICES: StationChoices = {
  profileId: null,
  requireLabel: false,
  confirmIdentity: false,
  sound: true,
};

function savedChoices(): StationChoices {
  try {
    const raw = typeof localStorage === 'undefined' ? null : localStorage.getItem(CHOICES_KEY);
    if (raw === null) return DEFAULT_CHOICES;
    const parsed = JSON.parse(raw) as Partial<StationChoices>;
    return {
      profileId: typeof parsed.profileId === 'string' ? parsed.profileId : null,
      requireLabel: parsed.requireLabel === true,
      confirmIdentity: parsed.confirmIdentity === true,
      sound: parsed.sound !== false,
    };
  } catch {
    return DEFAULT_CHOICES;
  }
}

export function stationSlice({ set, get, bridge, tracker }: SliceTools): StationSliceState {
  /** A station request: its answer is the new state, its failure the sentence on the view. */
  const act = async (request: () => Promise<StationState>): Promise<boolean> => {
    const done = await tracker.track('station', request);
    if (done.ok) set({ station: done.value });
    return done.ok;
  };

  return {
    station: null,
    stationChoices: savedChoices(),
    stationLabelError: null,

    chooseStation: (patch) => {
      const stationChoices = { ...get().stationChoices, ...patch };
      set({ stationChoices });
      try {
        localStorage.setItem(CHOICES_KEY, JSON.stringify(stationChoices));
      } catch {
        // A window without storage keeps the choices until it closes.
      }
    },

    startStation: async () => {
      const { profileId, requireLabel, confirmIdentity } = get().stationChoices;
      if (profileId === null) {
        tracker.refuse('station', m('station.ui.choose-network-first'));
        return;
      }
      await act(() => bridge.call('station.start', { profileId, requireLabel, confirmIdentity }));
    },

    stopStation: async (now) => {
      await act(() => bridge.call('station.stop', { now }));
    },

    scanStationLabel: async (label) => {
      try {
        set({ station: await bridge.call('station.label', { label }), stationLabelError: null });
        return true;
      } catch (error) {
        set({ stationLabelError: sentence(error) });
        return false;
      }
    },

    answerStation: async (confirmed) => {
      const question = get().station?.question;
      if (question === null || question === undefined) return;
      await act(() => bridge.call('station.answer', { runId: question.runId, confirmed }));
    },

    retryFailedUnits: async () => {
      await act(() => bridge.call('station.retryFailed'));
    },

    newStationShift: async () => {
      await act(() => bridge.call('station.newShift'));
    },
  };
}
