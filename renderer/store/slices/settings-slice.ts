// Operator settings: saved through the core, which answers with what it kept. And the support
// file, which the core collects and the window saves like any download.
import { saveFile } from '../../save-file';
import type { SliceTools } from '../slice';
import type { SettingsState } from '../state';

export function settingsSlice({ set, get, bridge, tracker }: SliceTools): SettingsState {
  return {
    settingsSaved: false,
    saveSettings: async (patch) => {
      set({ settingsSaved: false });
      const before = get().settings?.cloudBaseUrl;
      const saved = await tracker.track('settings', () => bridge.call('settings.update', patch));
      if (!saved.ok) return false;
      // A new cloud address signs out (tokens belong to one cloud): shown with the new address.
      const account =
        saved.value.cloudBaseUrl === before
          ? get().account
          : await bridge.call('account.current').catch(() => null);
      set({ settings: saved.value, settingsSaved: true, account });
      return true;
    },
    // Saved on its own, with its own busy and error state: the form's "Saved." and its refusals
    // belong to the form's fields, which may hold edits not yet saved.
    chooseLanguage: async (language) => {
      const saved = await tracker.track('language', () =>
        bridge.call('settings.update', { language }),
      );
      if (saved.ok) set({ settings: saved.value });
    },
    editSettings: () => {
      set({ settingsSaved: false });
      tracker.clear('settings');
    },
    diagnosticsSaved: null,
    saveDiagnostics: async () => {
      set({ diagnosticsSaved: null });
      const collected = await tracker.track('diagnostics', () =>
        bridge.call('diagnostics.collect'),
      );
      if (!collected.ok) return;
      saveFile(collected.value.fileName, collected.value.json, 'application/json');
      set({ diagnosticsSaved: collected.value.fileName });
    },
  };
}
