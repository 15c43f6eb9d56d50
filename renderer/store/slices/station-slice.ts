// Station mode. Everything about the tray — units, queue, tally, the rainbow question — is the
// core's (station.state, and station.changed on every change); the window keeps only the
// operator's choices for the next start (in localStorage: they outlive the window, and hold no
// secret) and the label the core last refused (a Message, so it follows a change of language).
// The shift report is the core's log for a range of days, its CSV the core's own (English).
import type { RunRecord } from '../../../shared/audit';
import { m } from '../../../shared/i18n';
import { tallyOf, type StationState } from '../../../shared/station';
import { saveCsv } from '../../save-file';
import type { SliceTools } from '../slice';
import type { ShiftReportQuery, StationChoices, StationSliceState } from '../state';

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

/**
 * The core's query for the report's form: from local midnight at the start of the first day to
 * local midnight after the last; null when the days are missing or the wrong way round.
 */
function historyQueryOf(
  form: ShiftReportQuery,
): { from: string; to: string; station?: string; operator?: string } | null {
  if (form.from === '' || form.to === '' || form.from > form.to) return null;
  const [fy, fm, fd] = form.from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = form.to.split('-').map(Number) as [number, number, number];
  const station = form.station.trim();
  const operator = form.operator.trim();
  return {
    from: new Date(fy, fm - 1, fd).toISOString(),
    to: new Date(ty, tm - 1, td + 1).toISOString(),
    ...(station === '' ? {} : { station }),
    ...(operator === '' ? {} : { operator }),
  };
}

export function stationSlice({ set, get, bridge, tracker }: SliceTools): StationSliceState {
  /** A station request: its answer is the new state, its failure the sentence on the view. */
  const act = async (request: () => Promise<StationState>): Promise<boolean> => {
    const done = await tracker.track('station', request);
    if (done.ok) set({ station: done.value });
    return done.ok;
  };

  /** The report's form as the core's query, or the range's sentence where the report's error goes. */
  const reportQuery = (form: ShiftReportQuery) => {
    const query = historyQueryOf(form);
    if (query === null) tracker.refuse('shiftReport', m('station.ui.report.range'));
    return query;
  };
  // Which report question is the latest: an older reply (or one for a form that has gone) is
  // never shown over it.
  let asked = 0;

  return {
    station: null,
    stationChoices: savedChoices(),

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
      const scanned = await tracker.track('stationLabel', () =>
        bridge.call('station.label', { label }),
      );
      if (scanned.ok) set({ station: scanned.value });
      return scanned.ok;
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

    shiftReport: null,

    queryShiftReport: async (form) => {
      const query = reportQuery(form);
      if (query === null) return;
      const ticket = ++asked;
      const page = await tracker.track('shiftReport', () => bridge.call('history.query', query));
      if (!page.ok || ticket !== asked) return;
      const records = page.value.records.filter(
        (record): record is RunRecord => record.type === 'run',
      );
      set({ shiftReport: { records, tally: tallyOf(records, query.from) } });
    },

    exportShiftReport: async (form) => {
      const query = reportQuery(form);
      if (query === null) return;
      const csv = await tracker.track('shiftReport', () => bridge.call('history.exportCsv', query));
      if (csv.ok) saveCsv(csv.value);
    },

    clearShiftReport: () => {
      asked += 1;
      set({ shiftReport: null });
      tracker.clear('shiftReport');
    },
  };
}
