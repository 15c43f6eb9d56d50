// The provisioning engine's public surface.
export * from './constants';
export { ProvisioningEngine, type EngineDeps, type StartArgs } from './engine';
export { findDevices } from './find-devices';
export type { HostWifi } from './host-wifi';
export { OfflineGate } from './offline-gate';
export { PHASES } from './run-tracker';
export type {
  DeveloperRunAccount,
  EngineEvents,
  ProductRunAccount,
  ProfileSource,
  RunAccount,
  RunContextInfo,
} from './types';
