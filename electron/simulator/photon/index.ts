// The simulated Photon's public surface: start one, read and steer its state.
export { startSimulatedPhoton, SimulatedPhoton } from './simulated-photon';
export { realisticTimings } from './options';
export type { AirNetwork, PhotonFirmware, PhotonSimulatorOptions, PhotonTimings } from './options';
export { describeLed } from './led';
export { SECURITY, EAP_PEAP, EAP_TLS, SSID_SUFFIX_ALPHABET } from './constants';
export { demoAir, DEMO_WIFI_PASSWORD } from './demo-air';
