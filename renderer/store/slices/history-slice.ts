// The audit log as the History view shows it: filtered by device id, exported as CSV.
import { saveCsv } from '../../save-file';
import type { SliceTools } from '../slice';
import type { HistoryState } from '../state';

const HISTORY_LIMIT = 500;

export function historySlice({ set, get, bridge, tracker }: SliceTools): HistoryState {
  const query = () => {
    const deviceId = get().historyFilter.trim();
    return deviceId === '' ? {} : { deviceId };
  };
  return {
    historyFilter: '',
    history: null,

    setHistoryFilter: (historyFilter) => {
      set({ historyFilter });
      void get().loadHistory();
    },

    loadHistory: async () => {
      const asked = get().historyFilter;
      const page = await tracker.track('history', () =>
        bridge.call('history.query', { ...query(), limit: HISTORY_LIMIT }),
      );
      // A reply to an older filter must not replace the newer one's.
      if (page.ok && get().historyFilter === asked) set({ history: page.value });
    },

    // The CSV is the core's, and deliberately not translated: its headers, outcome codes and
    // step codes stay the same English whatever this window's language, so scripts and
    // spreadsheets that read it keep working.
    exportHistory: async () => {
      const csv = await tracker.track('history', () => bridge.call('history.exportCsv', query()));
      if (csv.ok) saveCsv(csv.value);
    },
  };
}
