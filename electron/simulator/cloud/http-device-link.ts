// The device link across a process boundary: a Photon simulator that runs apart from the fake
// cloud (the CLI-run demo) reports its handshake through the fake's /__fake/ routes. Loopback only.
import { normalizeDeviceId } from '../../../shared/validate';
import type { ConnectDeviceArgs } from './device-link';

/** What a simulated Photon needs from the cloud, in-process (FakeCloud) or over HTTP. */
export interface CloudDeviceLink {
  connectDevice(args: ConnectDeviceArgs): Promise<void>;
  disconnectDevice(deviceId: string): Promise<void>;
}

const DEVICE_LINK_TIMEOUT_MS = 5_000;

export function createHttpDeviceLink(
  baseUrl: string,
  timeoutMs = DEVICE_LINK_TIMEOUT_MS,
): CloudDeviceLink {
  const host = new URL(baseUrl).hostname;
  if (host !== '127.0.0.1' && host !== 'localhost')
    throw new Error('The fake cloud device link only talks to 127.0.0.1.');
  const post = async (path: string, body: unknown) => {
    const response = await fetch(baseUrl.replace(/\/+$/, '') + path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (!response.ok)
      throw new Error(
        `The fake cloud refused ${path.split('/').slice(0, 3).join('/')} (HTTP ${response.status}).`,
      );
  };
  const devicePath = (deviceId: string) =>
    `/__fake/devices/${encodeURIComponent(normalizeDeviceId(deviceId))}`;
  return {
    connectDevice: ({ deviceId, claimCode }) =>
      post(`${devicePath(deviceId)}/connect`, { claim_code: claimCode ?? null }),
    disconnectDevice: (deviceId) => post(`${devicePath(deviceId)}/disconnect`, {}),
  };
}
