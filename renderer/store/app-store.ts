// App-wide state, filled only from what the core reports (results and events).
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AppInfo, SystemCheck } from '../../shared/contract';
import { BridgeError, type Bridge, type ConnectionState } from '../bridge';
import type { WizardStepId } from '../steps/wizard-steps';

export interface AppState {
  connection: ConnectionState;
  info: AppInfo | null;
  infoError: string | null;
  readiness: SystemCheck | null;
  readinessError: string | null;
  checking: boolean;
  currentStep: WizardStepId;
  /** Subscribes to the core and loads the first data; returns the cleanup. */
  start(): () => void;
  recheck(): Promise<void>;
}

const sentence = (error: unknown): string =>
  error instanceof BridgeError
    ? error.message
    : 'Photon Setup could not reach its core. Restart the app.';

export function createAppStore(bridge: Bridge): StoreApi<AppState> {
  return createStore<AppState>()((set, get) => ({
    connection: 'connecting',
    info: null,
    infoError: null,
    readiness: null,
    readinessError: null,
    checking: false,
    currentStep: 'account',
    start: () => {
      const detachConnection = bridge.onConnection((connection) => set({ connection }));
      const detachChecked = bridge.on('system.checked', (readiness) =>
        set({ readiness, readinessError: null }),
      );
      bridge
        .call('app.info')
        .then((info) => set({ info, infoError: null }))
        .catch((error: unknown) => set({ infoError: sentence(error) }));
      void get().recheck();
      return () => {
        detachConnection();
        detachChecked();
      };
    },
    recheck: async () => {
      set({ checking: true });
      try {
        const readiness = await bridge.call('system.check');
        set({ readiness, readinessError: null });
      } catch (error) {
        set({ readinessError: sentence(error) });
      } finally {
        set({ checking: false });
      }
    },
  }));
}
