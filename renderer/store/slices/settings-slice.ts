// Operator settings: saved through the core, which answers with what it kept.
import type { SliceTools } from '../slice';
import type { SettingsState } from '../state';

export function settingsSlice({ set, bridge, tracker }: SliceTools): SettingsState {
  return {
    settingsSaved: false,
    saveSettings: async (patch) => {
      set({ settingsSaved: false });
      const saved = await tracker.track('settings', () => bridge.call('settings.update', patch));
      if (!saved.ok) return false;
      // A new cloud address signs out (tokens belong to one cloud): show it at once.
      const account = await bridge.call('account.current').catch(() => null);
      set({ settings: saved.value, settingsSaved: true, account });
      return true;
    },
    editSettings: () => {
      set({ settingsSaved: false });
      tracker.clear('settings');
    },
  };
}
