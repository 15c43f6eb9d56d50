// The SoftAP client's public surface; the provisioning engine and api.ts import from here.
export {
  SoftApClient,
  type CallOptions,
  type ConnectOutcome,
  type SoftApClientDeps,
} from './client';
export {
  COMMAND_ATTEMPTS,
  COMMAND_TIMEOUT_MS,
  CONNECT_TIMEOUT_MS,
  DEFAULT_HTTP_PORT,
  DEFAULT_SOFTAP_HOST,
  DEFAULT_TCP_PORT,
  KEY_REFETCH_RETRIES,
  MAX_REPLY_BYTES,
  RETRY_BACKOFF_MS,
  resolveSoftApOptions,
  type SoftApOptions,
  type TransportChoice,
  type TransportName,
} from './config';
export {
  buildConfigureBody,
  configureProblem,
  type ConfigureNetwork,
  type EapTlsNetwork,
  type PeapNetwork,
  type PersonalNetwork,
} from './configure-body';
export { encryptPassword, MAX_RSA_PLAINTEXT_BYTES } from './encrypt-password';
export { encryptPrivateKey } from './encrypt-private-key';
export { SOFTAP_COMMANDS, type SoftApCommand } from './framing';
export { parseDevicePublicKey, type DevicePublicKey } from './public-key';
export type { DeviceInfo } from './replies';
export {
  describeOutcome,
  outcomeForResultCode,
  SoftApError,
  type SoftApOutcome,
  type SoftApProblem,
  type SoftApSuccess,
} from './results';
export {
  SIGNAL_BAR_THRESHOLDS_DBM,
  signalBars,
  summarizeScan,
  type ApInfo,
  type ScanFilter,
  type SignalBars,
} from './scan-results';
export { toDeviceWepKey, type WepKeyIndex } from './wep-key';
