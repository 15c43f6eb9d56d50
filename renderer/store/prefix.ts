import { DEFAULT_SOFTAP_PREFIX, withDash } from '../../shared/softap-prefix';
import type { AppState } from './state';

/** The device network prefix as the operator reads it ("Photon-"), from the settings. */
export const selectPrefix = (state: AppState): string =>
  withDash(state.settings?.softApPrefix ?? DEFAULT_SOFTAP_PREFIX);
