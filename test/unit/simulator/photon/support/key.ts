// One RSA key shared by a test file's simulators keeps start-up cheap and deterministic.
import { generateDeviceKeyPem } from '../../../../../electron/simulator/photon/device-key';

let cached: string | null = null;
export const testKeyPem = (): string => (cached ??= generateDeviceKeyPem());
