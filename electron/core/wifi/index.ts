// The Wi-Fi layer's public surface, for api.ts and the provisioning engine.
export type {
  Association,
  BackendName,
  DeviceEndpoint,
  NetProbe,
  NetworkRef,
  ProbeDevice,
  SsidAccess,
  TempJoin,
  WifiBackend,
  WifiCaps,
  WifiIface,
  WifiNetwork,
  WifiOperation,
} from './types';
export { PHOTON_ENDPOINT } from './types';
export { WifiError, WifiRestoreError, type WifiErrorKind } from './errors';
export * from './timeouts';
export { assertPhotonSsid, isPhotonSsid, photonSsidProblem, type SsidRules } from './ssid';
export { planBackends, type BackendPlan } from './backend-plan';
export { CompositeBackend } from './composite-backend';
export { createHostWifiBackend, type HostBackendOptions } from './host-backend';
export { createHostNetProbe, type HostNetProbeOptions } from './net-probe';
export {
  describeWifiCapabilities,
  permissionSentence,
  type WifiCapabilityReport,
} from './capabilities';
export { discoverPhotons, type DiscoverOptions } from './discover';
export { JOURNAL_FILE_NAME, RestoreJournal, type JournalEntry } from './journal';
export type { WifiPhase, WifiProgress, WifiProgressListener } from './progress';
export {
  replayRestoreJournal,
  restoreNetwork,
  type ReplayResult,
  type RestoreReport,
} from './restore';
export {
  WifiSession,
  WifiTrip,
  type JoinedDevice,
  type TripOptions,
  type WifiSessionContext,
  type WifiSessionDeps,
  type WifiSessionOptions,
  type WifiSessionResult,
} from './session';
