// The provisioning engine's public surface.
export * from './constants';
export { ProvisioningEngine } from './engine';
export { findDevices } from './find-devices';
export { type HostWifi } from './host-wifi';
export { OfflineGate } from './offline-gate';
export type { RunContextInfo } from './types';
