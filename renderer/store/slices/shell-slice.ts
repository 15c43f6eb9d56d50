// The window itself: the connection to the core, what the core says about this computer, which
// section is shown, and the subscriptions that feed every other slice from the core's events.
import { idle, allIdle } from '../requests';
import type { SliceTools } from '../slice';
import type { ShellState } from '../state';

export function shellSlice({ set, get, bridge, tracker }: SliceTools): ShellState {
  const rehydrate = async (): Promise<void> => {
    const [info, settings, account, profiles, run, activity] = await Promise.allSettled([
      bridge.call('app.info'),
      bridge.call('settings.get'),
      bridge.call('account.current'),
      bridge.call('profiles.list'),
      bridge.call('provision.current'),
      bridge.call('returns.current'),
    ]);
    if (info.status === 'fulfilled') set({ info: info.value, infoError: null });
    else
      set({
        infoError:
          'Photon Setup could not read its own details from the core. Restart the app if this stays.',
      });
    if (settings.status === 'fulfilled') set({ settings: settings.value });
    if (account.status === 'fulfilled') set({ account: account.value });
    if (profiles.status === 'fulfilled') set({ profiles: profiles.value });
    if (run.status === 'fulfilled' && run.value !== null) get().takeRun(run.value, 'snapshot');
    if (activity.status === 'fulfilled' && activity.value !== null && get().activity === null)
      set({ activity: activity.value });
  };

  return {
    bridge,
    connection: 'connecting',
    info: null,
    infoError: null,
    readiness: null,
    settings: null,
    view: 'setup',
    requests: allIdle(),
    cloudWaiting: null,

    start: () => {
      const detach = [
        bridge.onConnection((connection) => set({ connection })),
        bridge.on('system.checked', (readiness) =>
          set((state) => ({ readiness, requests: { ...state.requests, readiness: idle } })),
        ),
        bridge.on('cloud.waiting', (cloudWaiting) => set({ cloudWaiting })),
        bridge.on('run.progress', (progress) => get().takeRun({ runId: progress.runId, progress })),
        bridge.on('run.led', (led) => get().takeRun({ runId: led.runId, led })),
        bridge.on('run.networks', (networks) => get().takeRun({ runId: networks.runId, networks })),
        bridge.on('run.outcome', (outcome) => get().takeRun({ runId: outcome.runId, outcome })),
        bridge.on('returns.progress', (activity) => set({ activity })),
      ];
      void rehydrate();
      void get().recheck();
      return () => detach.forEach((stop) => stop());
    },

    recheck: async () => {
      const checked = await tracker.track('readiness', () => bridge.call('system.check'));
      if (checked.ok) set({ readiness: checked.value });
    },

    showView: (view) => set({ view }),
  };
}
