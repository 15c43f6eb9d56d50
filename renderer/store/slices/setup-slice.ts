// One device's setup as the operator drives it: the account devices will belong to, the Wi-Fi
// they will join, the Photon to set up, and the run the core reports. The step shown is derived
// from this (navigation.ts); actions only record choices and call the core.
import { m } from '../../../shared/i18n';
import type { RunSnapshot } from '../../../shared/provisioning';
import { canGoTo, currentStep, isPlace, type Place } from '../navigation';
import type { SliceTools } from '../slice';
import type { RunView, SetupState } from '../state';
import { keep, recall } from '../window-memory';

const emptyRun = (runId: string): RunView => ({
  runId,
  progress: null,
  led: null,
  networks: null,
  outcome: null,
});

type RunPart = Exclude<keyof RunSnapshot, 'runId'>;

export function setupSlice({ set, get, bridge, tracker, storage }: SliceTools): SetupState {
  const remember = (patch: Partial<SetupState['memory']>): void => {
    const memory = { ...get().memory, ...patch };
    keep(storage, memory);
    set({ memory });
  };
  /** The operator's step before a run, kept across a reload. */
  const goPlace = (place: Place): void => {
    set({ place });
    remember({ place });
  };
  const recalled = recall(storage);

  return {
    place: recalled.place,
    account: null,
    mfaRequired: false,
    profiles: [],
    selectedProfileId: null,
    found: null,
    selectedDeviceSsid: null,
    manualJoin: false,
    knownDeviceId: '',
    run: null,
    memory: recalled,
    handoff: null,

    goTo: (step) => {
      const state = get();
      // Asked from another view (Station's "Sign in first"): the step may already be the one on
      // screen, which the rail's rule refuses as a move; showing the wizard is then the answer.
      if (currentStep(state) === step) return set({ view: 'setup' });
      if (!canGoTo(step, state) || !isPlace(step)) return;
      if (currentStep(state) === 'result') state.dismissRun(step);
      else goPlace(step);
      set({ view: 'setup' });
    },

    connectAccount: async (input) => {
      const result = await tracker.track('account', () => bridge.call('account.connect', input));
      if (!result.ok) return false;
      if (result.value.status === 'mfa-required') {
        set({ mfaRequired: true });
        return false;
      }
      set({ account: result.value.account, mfaRequired: false });
      return true;
    },

    completeMfa: async (otp) => {
      const result = await tracker.track('account', () =>
        bridge.call('account.completeMfa', { otp }),
      );
      if (!result.ok || result.value.status !== 'connected') return false;
      set({ account: result.value.account, mfaRequired: false });
      return true;
    },

    signOut: async () => {
      const result = await tracker.track('account', () => bridge.call('account.signOut'));
      if (result.ok) {
        set({ account: null, mfaRequired: false });
        goPlace('account');
      }
      return result.ok;
    },

    saveProfile: async (network) => {
      const saved = await tracker.track('profiles', () => bridge.call('profiles.save', network));
      if (!saved.ok) return false;
      set((state) => ({
        profiles: [...state.profiles.filter((p) => p.id !== saved.value.id), saved.value],
        selectedProfileId: saved.value.id,
      }));
      return true;
    },

    deleteProfile: async (id) => {
      const left = await tracker.track('profiles', () => bridge.call('profiles.delete', { id }));
      if (left.ok)
        set((state) => ({
          profiles: left.value,
          selectedProfileId: state.selectedProfileId === id ? null : state.selectedProfileId,
        }));
    },

    selectProfile: (selectedProfileId) => set({ selectedProfileId }),

    findDevices: async () => {
      const found = await tracker.track('find', () => bridge.call('device.find', {}));
      if (!found.ok) return;
      const { devices } = found.value;
      const previous = get().selectedDeviceSsid;
      const stillThere = devices.some((device) => device.ssid === previous);
      set({
        found: found.value,
        selectedDeviceSsid: stillThere
          ? previous
          : devices.length === 1
            ? (devices[0]?.ssid ?? null)
            : null,
      });
    },

    selectDevice: (selectedDeviceSsid, manual = false) =>
      set({ selectedDeviceSsid, manualJoin: manual }),
    setKnownDeviceId: (knownDeviceId) => set({ knownDeviceId }),

    startRun: async () => {
      const { selectedDeviceSsid, manualJoin, selectedProfileId, knownDeviceId, run } = get();
      // A retry from a result uses the run's own Photon (after a reload nothing is selected).
      const ssid = selectedDeviceSsid ?? (manualJoin ? null : (run?.progress?.deviceSsid ?? null));
      if (ssid === null && !manualJoin) {
        if (run !== null) get().dismissRun('find');
        tracker.refuse('run', m('ui.find.choose-photon-first'));
        return;
      }
      const started = await tracker.track('run', () =>
        bridge.call('provision.start', {
          device: manualJoin ? { manual: true } : { ssid: ssid ?? '' },
          profileId: selectedProfileId,
          ...(knownDeviceId.trim() === '' ? {} : { deviceId: knownDeviceId.trim() }),
        }),
      );
      if (started.ok) get().takeRun({ runId: started.value.runId });
    },

    chooseNetwork: async (network, saveAsProfile) => {
      const run = get().run;
      if (run === null) return false;
      const sent = await tracker.track('run', () =>
        bridge.call('provision.chooseNetwork', { runId: run.runId, network, saveAsProfile }),
      );
      if (sent.ok && saveAsProfile)
        void bridge
          .call('profiles.list')
          .then((profiles) => set({ profiles }))
          .catch(() => undefined);
      return sent.ok;
    },

    rescan: async () => {
      const run = get().run;
      if (run === null) return;
      await tracker.track('rescan', () => bridge.call('provision.rescan', { runId: run.runId }));
    },

    cancelRun: async () => {
      const run = get().run;
      if (run === null) return;
      await tracker.track('run', () => bridge.call('provision.cancel', { runId: run.runId }));
    },

    dismissRun: (place: Place) => {
      const run = get().run;
      if (run !== null) remember({ dismissedRunId: run.runId });
      tracker.clear('run');
      goPlace(place);
      set({
        run: null,
        found: null,
        selectedDeviceSsid: null,
        manualJoin: false,
        knownDeviceId: '',
        handoff: null,
      });
    },

    takeRun: (update, from = 'event') => {
      const { run, memory } = get();
      if (update.runId === memory.dismissedRunId) return;
      // A finished run another window (or an earlier session) saw is not this window's to show.
      const foreignResult =
        from === 'snapshot' &&
        (update.outcome ?? null) !== null &&
        memory.shownRunId !== update.runId;
      if (foreignResult && run?.runId !== update.runId) return;
      const base = run !== null && run.runId === update.runId ? run : emptyRun(update.runId);
      const take = <K extends RunPart>(part: K): RunView[K] => {
        const value = update[part];
        if (value === undefined || value === null) return base[part];
        return from === 'snapshot' && base[part] !== null ? base[part] : (value as RunView[K]);
      };
      const next: RunView = {
        runId: base.runId,
        progress: take('progress'),
        led: take('led'),
        networks: take('networks'),
        outcome: take('outcome'),
      };
      const justEnded = from === 'event' && base.outcome === null && next.outcome !== null;
      set({ run: next });
      if (memory.shownRunId !== next.runId) remember({ shownRunId: next.runId });
      if (justEnded && next.outcome?.outcome.kind === 'success')
        remember({ devicesThisSession: get().memory.devicesThisSession + 1 });
    },
  };
}
