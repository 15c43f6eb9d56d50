// The audit log as the History view shows it: filtered by device id, exported as CSV.
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

    exportHistory: async () => {
      const csv = await tracker.track('history', () => bridge.call('history.exportCsv', query()));
      return csv.ok ? csv.value : null;
    },
  };
}
