// What every slice of the app store is built from: zustand's set/get over the whole state, the
// bridge to the core, the one request tracker, and the window's own storage.
import type { StoreApi } from 'zustand/vanilla';
import type { Locale } from '../../shared/i18n';
import type { Bridge } from '../bridge';
import type { Tracker } from './requests';
import type { AppState } from './state';

export interface SliceTools {
  set: StoreApi<AppState>['setState'];
  get: StoreApi<AppState>['getState'];
  bridge: Bridge;
  tracker: Tracker;
  /** sessionStorage in a window; null in tests that do not care. */
  storage: Storage | null;
  /** The language the page's address asks for (`?lang=`), or null to follow Settings / the OS. */
  languageOverride: Locale | null;
}
