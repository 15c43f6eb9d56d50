// The simulated Photon's public surface: start one, read and steer its state.
export { startSimulatedPhoton, SimulatedPhoton, DEFAULT_MAX_BODY_BYTES } from './simulated-photon';
export type { PhotonSnapshot } from './simulated-photon';
export { fastTimings, realisticTimings, noFaults, PHOTON_COMMANDS } from './options';
export type {
  AirNetwork,
  ConnectOutcome,
  EnterpriseCredentials,
  FaultTarget,
  PhotonCloudLink,
  PhotonCommandName,
  PhotonFaults,
  PhotonFirmware,
  PhotonSimulatorOptions,
  PhotonTimings,
  StoredNetwork,
} from './options';
export { LED_STATES, describeLed } from './led';
export type { LedColor, LedPattern, LedState, LedStateName } from './led';
export type { PhotonCommandLogEntry, PhotonLogEntry, PhotonTransport } from './photon-log';
export { SECURITY, EAP_PEAP, EAP_TLS, SSID_SUFFIX_ALPHABET } from './constants';
export { generateDeviceKeyPem } from './device-key';
export { demoAir, DEMO_WIFI_PASSWORD } from './demo-air';
export { runPhotonSimulatorCommand, parsePhotonCliArgs, PHOTON_CLI_USAGE } from './cli-command';
