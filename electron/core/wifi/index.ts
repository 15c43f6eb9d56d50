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
export type { Clock } from './clock';
export { systemClock } from './clock';
export {
  DEFAULT_SOFTAP_PREFIX,
  assertPhotonSsid,
  isPhotonSsid,
  photonSsidProblem,
  prefixProblem,
  type SsidRules,
} from './ssid';
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
export { WifiLock, wifiLock } from './lock';
export type { WifiPhase, WifiProgress, WifiProgressListener } from './progress';
export {
  replayRestoreJournal,
  restoreNetwork,
  type ReplayResult,
  type RestoreReport,
} from './restore';
export {
  WifiSession,
  type WifiSessionContext,
  type WifiSessionDeps,
  type WifiSessionOptions,
  type WifiSessionResult,
} from './session';
