// Shared by the SoftAP integration tests: one key for every simulated Photon (RSA generation is
// slow), the air around it, and client options with short timeouts so no fault can hang a test.
import type { SoftApOptions } from '../../../../electron/core/softap';
import { SoftApError } from '../../../../electron/core/softap';
import {
  SECURITY,
  type AirNetwork,
  type SimulatedPhoton,
} from '../../../../electron/simulator/photon';
import { generateDeviceKeyPem } from '../../../../electron/simulator/photon/device-key';

export const KEY_PEM = generateDeviceKeyPem();
export const DEVICE_ID = '3B0021001747353236343033';
export const CLAIM = '4i8pwFwPkImsnLmIj54BYJA4Z94j0OLyl7vwKecELzYGKjS9mBbM5Vra6H9T0DI';
/** Non-ASCII and JSON-special characters: the device must decrypt exactly these bytes. */
export const PASSWORD = 'Tr0ub4dor & 3 "—" ünïcode';

export const AIR: readonly AirNetwork[] = [
  { ssid: 'Home', sec: SECURITY.wpa2Aes, ch: 6, rssi: -45, mdr: 72200, password: PASSWORD },
  // A second BSS of the same network: the client keeps the strongest.
  { ssid: 'Home', sec: SECURITY.wpa2Aes, ch: 11, rssi: -80, password: PASSWORD },
  { ssid: 'Cafe', sec: SECURITY.open, ch: 1, rssi: -70 },
  // Another Photon's setup AP is not a network to join.
  { ssid: 'Photon-ABC123', sec: SECURITY.open, ch: 1, rssi: -30 },
  { ssid: 'Attic', sec: SECURITY.wpa2Aes, ch: 3, rssi: -50, hidden: true, password: PASSWORD },
  { ssid: 'Fast', sec: SECURITY.wpa2Aes, ch: 36, rssi: -40, band5GHz: true, password: PASSWORD },
];

/** Every command timeout, in ms; the simulator's fast timings finish well inside it. */
export const COMMAND_MS = 600;

export function fastOptions(
  photon: SimulatedPhoton,
  transport: 'tcp' | 'http',
  extra: SoftApOptions = {},
): SoftApOptions {
  return {
    host: '127.0.0.1',
    tcpPort: photon.tcpPort,
    httpPort: photon.httpPort,
    transport,
    connectTimeoutMs: 500,
    timeoutsMs: {
      version: COMMAND_MS,
      'device-id': COMMAND_MS,
      'public-key': COMMAND_MS,
      set: COMMAND_MS,
      'scan-ap': COMMAND_MS,
      'configure-ap': COMMAND_MS,
      'connect-ap': COMMAND_MS,
    },
    retryBackoffMs: 10,
    ...extra,
  };
}

/** The SoftApError a promise rejects with, and how long that took. */
export async function failure(
  promise: Promise<unknown>,
): Promise<{ error: SoftApError; elapsedMs: number }> {
  const started = Date.now();
  try {
    await promise;
  } catch (error) {
    if (error instanceof SoftApError) return { error, elapsedMs: Date.now() - started };
    throw error;
  }
  throw new Error('expected a SoftApError');
}
