// The provisioning engine's public surface.
export * from './constants';
export { ProvisioningEngine, type StartArgs } from './engine';
export { findDevices } from './find-devices';
export { newWifiSession, type HostWifi } from './host-wifi';
export { OfflineGate } from './offline-gate';
export type {
  DeveloperRunAccount,
  EngineDeps,
  EngineEvents,
  ProductRunAccount,
  ProfileSource,
  RunAccount,
  RunContextInfo,
} from './types';
