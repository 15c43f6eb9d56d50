// The SoftAP client's public surface; the provisioning engine and api.ts import from here.
export { SoftApClient } from './client';
export { RETRY_BACKOFF_MS, type SoftApOptions, type TransportChoice } from './config';
export { configureProblem, type ConfigureNetwork } from './configure-body';
export { encryptPassword } from './encrypt-password';
export { SOFTAP_COMMANDS } from './framing';
export { parseDevicePublicKey, type DevicePublicKey } from './public-key';
export { SoftApError } from './results';
export { type ApInfo } from './scan-results';
