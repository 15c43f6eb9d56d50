// The one app store, built from its slices. Each slice owns one area of the window (the shell,
// the setup wizard, returned units, history, settings) and all of them share one request
// tracker, so busy and error states look and behave the same everywhere.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Locale } from '../../shared/i18n';
import type { Bridge } from '../bridge';
import { createTracker } from './requests';
import type { SliceTools } from './slice';
import { historySlice } from './slices/history-slice';
import { returnsSlice } from './slices/returns-slice';
import { settingsSlice } from './slices/settings-slice';
import { stationSlice } from './slices/station-slice';
import { setupSlice } from './slices/setup-slice';
import { shellSlice } from './slices/shell-slice';
import type { AppState } from './state';

export function createAppStore(
  bridge: Bridge,
  storage: Storage | null = typeof sessionStorage === 'undefined' ? null : sessionStorage,
  languageOverride: Locale | null = null,
): StoreApi<AppState> {
  return createStore<AppState>()((set, get) => {
    const tools: SliceTools = {
      set,
      get,
      bridge,
      tracker: createTracker(set),
      storage,
      languageOverride,
    };
    return {
      ...shellSlice(tools),
      ...setupSlice(tools),
      ...stationSlice(tools),
      ...returnsSlice(tools),
      ...historySlice(tools),
      ...settingsSlice(tools),
    };
  });
}
