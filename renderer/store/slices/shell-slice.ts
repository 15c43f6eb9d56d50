// The window itself: the connection to the core, what the core says about this computer, which
// section is shown, and the subscriptions that feed every other slice from the core's events.
import { m } from '../../../shared/i18n';
import type { RunOrigin } from '../../../shared/provisioning';
import { idle, allIdle, sentence } from '../requests';
import type { SliceTools } from '../slice';
import type { ShellState } from '../state';

/** Runs the handler for a wizard run's event; a station unit's (origin 'station') is left alone. */
const wizards = (payload: { origin?: RunOrigin }, take: () => void): void => {
  if (payload.origin !== 'station') take();
};

export function shellSlice({
  set,
  get,
  bridge,
  tracker,
  languageOverride,
}: SliceTools): ShellState {
  const readSettings = (): void => {
    set({ settingsError: null });
    bridge
      .call('settings.get')
      .then((settings) => set({ settings, settingsError: null }))
      .catch((error: unknown) => set({ settingsError: sentence(error) }));
  };
  // Each answer lands as it comes: a slow one never holds back the others.
  const rehydrate = (): void => {
    const quietly = (): void => undefined;
    bridge
      .call('app.info')
      .then((info) => set({ info, infoError: null }))
      .catch(() => set({ infoError: m('ui.header.info-error') }));
    readSettings();
    bridge
      .call('account.current')
      .then((account) => set({ account }))
      .catch(quietly);
    bridge
      .call('profiles.list')
      .then((profiles) => set({ profiles }))
      .catch(quietly);
    bridge
      .call('station.state')
      .then((station) => set({ station }))
      .catch(quietly);
    bridge
      .call('provision.current')
      .then((run) => run !== null && get().takeRun(run, 'snapshot'))
      .catch(quietly);
    bridge
      .call('returns.current')
      .then((activity) => {
        // An event that came first is newer than this answer.
        if (activity !== null && get().activity === null) set({ activity });
      })
      .catch(quietly);
  };

  return {
    bridge,
    connection: 'connecting',
    info: null,
    infoError: null,
    languageOverride,
    readiness: null,
    settings: null,
    settingsError: null,
    view: 'setup',
    requests: allIdle(),
    cloudWaiting: null,

    reloadSettings: readSettings,

    start: () => {
      const detach = [
        bridge.onConnection((connection) => set({ connection })),
        bridge.on('system.checked', (readiness) =>
          set((state) => ({ readiness, requests: { ...state.requests, readiness: idle } })),
        ),
        bridge.on('cloud.waiting', (cloudWaiting) => set({ cloudWaiting })),
        // A station unit's run is the Station view's (station.changed): the wizard never takes
        // its progress, result or Cancel for its own.
        bridge.on('run.progress', (progress) =>
          wizards(progress, () => get().takeRun({ runId: progress.runId, progress })),
        ),
        bridge.on('run.led', (led) => wizards(led, () => get().takeRun({ runId: led.runId, led }))),
        bridge.on('run.networks', (networks) =>
          wizards(networks, () => get().takeRun({ runId: networks.runId, networks })),
        ),
        bridge.on('run.outcome', (outcome) =>
          wizards(outcome, () => get().takeRun({ runId: outcome.runId, outcome })),
        ),
        bridge.on('returns.progress', (activity) => set({ activity })),
        bridge.on('station.changed', (station) => set({ station })),
      ];
      rehydrate();
      void get().recheck();
      return () => detach.forEach((stop) => stop());
    },

    recheck: async () => {
      const checked = await tracker.track('readiness', () => bridge.call('system.check'));
      if (checked.ok) set({ readiness: checked.value });
    },

    actOnReadiness: async (action) => {
      const checked = await tracker.track('readiness', () => bridge.call('system.act', { action }));
      if (checked.ok) set({ readiness: checked.value });
    },

    showView: (view) => set({ view }),
  };
}
