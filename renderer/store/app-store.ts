// App-wide state. What the device and the cloud are doing comes only from the core (results
// and events); the renderer keeps just the operator's own choices and which screen is shown.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AppInfo, CloudWaiting, ReadinessActionId, SystemCheck } from '../../shared/contract';
import type {
  AccountConnectResult,
  AccountInput,
  AccountSummary,
  FindResult,
  NetworkChoice,
  RunLed,
  RunNetworks,
  RunOutcome,
  RunProgress,
  StationProfile,
} from '../../shared/provisioning';
import type { Settings } from '../../shared/settings';
import { BridgeError, type Bridge, type ConnectionState } from '../bridge';
import type { WizardStepId } from '../steps/wizard-steps';

export type View = 'setup' | 'station' | 'returns' | 'history' | 'settings';

/** A request in flight or failed, for one part of the screen. */
interface Pending {
  busy: boolean;
  error: string | null;
}

const idle: Pending = { busy: false, error: null };

interface RunView {
  runId: string;
  progress: RunProgress | null;
  led: RunLed | null;
  networks: RunNetworks | null;
  outcome: RunOutcome | null;
}

export interface AppState {
  bridge: Bridge;
  connection: ConnectionState;
  info: AppInfo | null;
  infoError: string | null;
  readiness: SystemCheck | null;
  readinessError: string | null;
  checking: boolean;
  settings: Settings | null;

  view: View;
  currentStep: WizardStepId;

  account: AccountSummary | null;
  accountRequest: Pending;
  mfaRequired: boolean;

  profiles: StationProfile[];
  /** null = choose from the device's own scan once joined. */
  selectedProfileId: string | null;
  profilesRequest: Pending;

  found: FindResult | null;
  findRequest: Pending;
  selectedDeviceSsid: string | null;
  manualJoin: boolean;
  knownDeviceId: string;

  run: RunView | null;
  runRequest: Pending;
  devicesThisSession: number;
  /** The core is waiting before it asks the cloud again; shown with a countdown. */
  cloudWaiting: CloudWaiting | null;

  start(): () => void;
  recheck(): Promise<void>;
  /** A readiness item's button (ask for Location, open its settings), then the new check. */
  actOnReadiness(action: ReadinessActionId): Promise<void>;
  goTo(step: WizardStepId): void;
  showView(view: View): void;
  connectAccount(input: AccountInput): Promise<boolean>;
  completeMfa(otp: string): Promise<boolean>;
  signOut(): Promise<void>;
  saveProfile(network: NetworkChoice): Promise<boolean>;
  deleteProfile(id: string): Promise<void>;
  selectProfile(id: string | null): void;
  findDevices(): Promise<void>;
  selectDevice(ssid: string | null, manual?: boolean): void;
  setKnownDeviceId(value: string): void;
  startRun(): Promise<void>;
  chooseNetwork(
    network: NetworkChoice | { profileId: string },
    saveAsProfile: boolean,
  ): Promise<boolean>;
  rescan(): Promise<void>;
  cancelRun(): Promise<void>;
  nextDevice(): void;
  /** Resolves with the problem sentence, or null once saved. */
  updateSettings(patch: Partial<Settings>): Promise<string | null>;
}

/** The sentence to show for a failed call: the core's own words, never an object dump. */
export const sentence = (error: unknown): string =>
  error instanceof BridgeError
    ? error.message
    : 'Photon Setup could not reach its core. Restart the app.';

export function createAppStore(bridge: Bridge): StoreApi<AppState> {
  return createStore<AppState>()((set, get) => {
    const accountConnected = (result: AccountConnectResult): boolean => {
      if (result.status === 'mfa-required') {
        set({ mfaRequired: true, accountRequest: idle });
        return false;
      }
      set({ account: result.account, mfaRequired: false, accountRequest: idle });
      return true;
    };

    const isCurrentRun = (runId: string): boolean => get().run?.runId === runId;

    return {
      bridge,
      connection: 'connecting',
      info: null,
      infoError: null,
      readiness: null,
      readinessError: null,
      checking: false,
      settings: null,
      view: 'setup',
      currentStep: 'account',
      account: null,
      accountRequest: idle,
      mfaRequired: false,
      profiles: [],
      selectedProfileId: null,
      profilesRequest: idle,
      found: null,
      findRequest: idle,
      selectedDeviceSsid: null,
      manualJoin: false,
      knownDeviceId: '',
      run: null,
      runRequest: idle,
      devicesThisSession: 0,
      cloudWaiting: null,

      start: () => {
        const detach = [
          bridge.onConnection((connection) => set({ connection })),
          bridge.on('system.checked', (readiness) => set({ readiness, readinessError: null })),
          bridge.on('cloud.waiting', (cloudWaiting) => set({ cloudWaiting })),
          bridge.on('run.progress', (progress) => {
            const run = get().run;
            if (run !== null && isCurrentRun(progress.runId)) set({ run: { ...run, progress } });
          }),
          bridge.on('run.led', (led) => {
            const run = get().run;
            if (run !== null && isCurrentRun(led.runId)) set({ run: { ...run, led } });
          }),
          bridge.on('run.networks', (networks) => {
            const run = get().run;
            if (run !== null && isCurrentRun(networks.runId)) set({ run: { ...run, networks } });
          }),
          bridge.on('run.outcome', (outcome) => {
            const run = get().run;
            if (run === null || !isCurrentRun(outcome.runId)) return;
            set({
              run: { ...run, outcome },
              currentStep: 'result',
              devicesThisSession:
                get().devicesThisSession + (outcome.outcome.kind === 'success' ? 1 : 0),
            });
          }),
        ];
        bridge
          .call('app.info')
          .then((info) => set({ info, infoError: null }))
          .catch((error: unknown) => set({ infoError: sentence(error) }));
        bridge
          .call('settings.get')
          .then((settings) => set({ settings }))
          .catch(() => undefined);
        bridge
          .call('account.current')
          .then((account) => set({ account }))
          .catch(() => undefined);
        bridge
          .call('profiles.list')
          .then((profiles) => set({ profiles }))
          .catch(() => undefined);
        void get().recheck();
        return () => detach.forEach((stop) => stop());
      },

      actOnReadiness: async (action) => {
        set({ checking: true });
        try {
          set({ readiness: await bridge.call('system.act', { action }), readinessError: null });
        } catch (error) {
          set({ readinessError: sentence(error) });
        } finally {
          set({ checking: false });
        }
      },

      recheck: async () => {
        set({ checking: true });
        try {
          set({ readiness: await bridge.call('system.check'), readinessError: null });
        } catch (error) {
          set({ readinessError: sentence(error) });
        } finally {
          set({ checking: false });
        }
      },

      goTo: (currentStep) => set({ currentStep, view: 'setup' }),
      showView: (view) => set({ view }),

      connectAccount: async (input) => {
        set({ accountRequest: { busy: true, error: null } });
        try {
          return accountConnected(await bridge.call('account.connect', input));
        } catch (error) {
          set({ accountRequest: { busy: false, error: sentence(error) } });
          return false;
        }
      },

      completeMfa: async (otp) => {
        set({ accountRequest: { busy: true, error: null } });
        try {
          return accountConnected(await bridge.call('account.completeMfa', { otp }));
        } catch (error) {
          set({ accountRequest: { busy: false, error: sentence(error) } });
          return false;
        }
      },

      signOut: async () => {
        try {
          await bridge.call('account.signOut');
        } finally {
          set({ account: null, mfaRequired: false, accountRequest: idle, currentStep: 'account' });
        }
      },

      saveProfile: async (network) => {
        set({ profilesRequest: { busy: true, error: null } });
        try {
          const profile = await bridge.call('profiles.save', network);
          set({
            profiles: [...get().profiles.filter((p) => p.id !== profile.id), profile],
            selectedProfileId: profile.id,
            profilesRequest: idle,
          });
          return true;
        } catch (error) {
          set({ profilesRequest: { busy: false, error: sentence(error) } });
          return false;
        }
      },

      deleteProfile: async (id) => {
        try {
          const profiles = await bridge.call('profiles.delete', { id });
          set({
            profiles,
            selectedProfileId: get().selectedProfileId === id ? null : get().selectedProfileId,
          });
        } catch (error) {
          set({ profilesRequest: { busy: false, error: sentence(error) } });
        }
      },

      selectProfile: (selectedProfileId) => set({ selectedProfileId }),

      findDevices: async () => {
        set({ findRequest: { busy: true, error: null } });
        try {
          const found = await bridge.call('device.find', {});
          const stillThere = found.devices.some(
            (device) => device.ssid === get().selectedDeviceSsid,
          );
          set({
            found,
            findRequest: idle,
            selectedDeviceSsid: stillThere
              ? get().selectedDeviceSsid
              : found.devices.length === 1
                ? (found.devices[0]?.ssid ?? null)
                : null,
          });
        } catch (error) {
          set({ findRequest: { busy: false, error: sentence(error) } });
        }
      },

      selectDevice: (selectedDeviceSsid, manual = false) =>
        set({ selectedDeviceSsid, manualJoin: manual }),
      setKnownDeviceId: (knownDeviceId) => set({ knownDeviceId }),

      startRun: async () => {
        const { selectedDeviceSsid, manualJoin, selectedProfileId, knownDeviceId } = get();
        if (selectedDeviceSsid === null && !manualJoin) {
          set({ runRequest: { busy: false, error: 'Choose the Photon to set up first.' } });
          return;
        }
        set({ runRequest: { busy: true, error: null } });
        try {
          const { runId } = await bridge.call('provision.start', {
            device: manualJoin ? { manual: true } : { ssid: selectedDeviceSsid ?? '' },
            profileId: selectedProfileId,
            ...(knownDeviceId.trim() === '' ? {} : { deviceId: knownDeviceId.trim() }),
          });
          set({
            run: { runId, progress: null, led: null, networks: null, outcome: null },
            runRequest: idle,
            currentStep: 'setup',
          });
        } catch (error) {
          set({ runRequest: { busy: false, error: sentence(error) } });
        }
      },

      chooseNetwork: async (network, saveAsProfile) => {
        const run = get().run;
        if (run === null) return false;
        set({ runRequest: { busy: true, error: null } });
        try {
          await bridge.call('provision.chooseNetwork', {
            runId: run.runId,
            network,
            saveAsProfile,
          });
          set({ runRequest: idle });
          if (saveAsProfile)
            void bridge.call('profiles.list').then((profiles) => set({ profiles }));
          return true;
        } catch (error) {
          set({ runRequest: { busy: false, error: sentence(error) } });
          return false;
        }
      },

      rescan: async () => {
        const run = get().run;
        if (run === null) return;
        try {
          await bridge.call('provision.rescan', { runId: run.runId });
        } catch (error) {
          set({ runRequest: { busy: false, error: sentence(error) } });
        }
      },

      cancelRun: async () => {
        const run = get().run;
        if (run === null) return;
        try {
          await bridge.call('provision.cancel', { runId: run.runId });
        } catch (error) {
          set({ runRequest: { busy: false, error: sentence(error) } });
        }
      },

      nextDevice: () =>
        set({
          run: null,
          found: null,
          selectedDeviceSsid: null,
          manualJoin: false,
          knownDeviceId: '',
          runRequest: idle,
          currentStep: 'find',
        }),

      updateSettings: async (patch) => {
        try {
          set({ settings: await bridge.call('settings.update', patch) });
          return null;
        } catch (error) {
          return sentence(error);
        }
      },
    };
  });
}
