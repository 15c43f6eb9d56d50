// "Is a Photon answering there?": one short device-id, used to verify a join and to read a
// device's id without setting it up.
import { SoftApClient, type SoftApOptions } from '../softap';
import type { DeviceEndpoint } from '../wifi';

/** The Wi-Fi layer matches `<prefix>-XXXX`; settings store the prefix with its dash. */
export const wifiPrefix = (softApPrefix: string): string =>
  softApPrefix.replace(/-+$/, '') || 'Photon';

export function softApClientFor(softAp: SoftApOptions, endpoint: DeviceEndpoint): SoftApClient {
  return new SoftApClient({
    ...softAp,
    host: endpoint.host,
    tcpPort: endpoint.tcpPort,
    httpPort: endpoint.httpPort,
  });
}

export async function probeSoftApDevice(
  softAp: SoftApOptions,
  endpoint: DeviceEndpoint,
  options: { timeoutMs: number; signal?: AbortSignal },
): Promise<{ id: string } | null> {
  const client = new SoftApClient({
    ...softAp,
    host: endpoint.host,
    tcpPort: endpoint.tcpPort,
    httpPort: endpoint.httpPort,
    connectTimeoutMs: Math.max(1, options.timeoutMs),
    timeoutsMs: { 'device-id': Math.max(1, options.timeoutMs) },
    attempts: { 'device-id': 1 },
  });
  try {
    const info = await client.deviceInfo(
      options.signal === undefined ? {} : { signal: options.signal },
    );
    return { id: info.deviceId };
  } catch {
    return null;
  }
}
