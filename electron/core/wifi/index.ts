// The Wi-Fi layer's public surface, for api.ts and the provisioning engine.
export type { DeviceEndpoint, WifiBackend } from './types';
export { WifiError, WifiRestoreError } from './errors';
export * from './timeouts';
export { planBackends } from './backend-plan';
export { createHostWifiBackend } from './host-backend';
export { createHostNetProbe } from './net-probe';
export { describeWifiCapabilities } from './capabilities';
export { permissionSentence } from './location-sentences';
export { JOURNAL_FILE_NAME, RestoreJournal } from './journal';
export { homeSentence } from './home-check';
export type { WifiProgressListener } from './progress';
export { NOTHING_TO_RESTORE, type ReplayResult, type RestoreReport } from './restore';
export { replayAtStart, WifiSession, WifiTrip, type WifiSessionDeps } from './session';
