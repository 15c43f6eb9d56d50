// "Is a Photon answering there?": one short device-id, used to verify a join and to read a
// device's id without setting it up.
import { isCancelled } from '../runtime';
import { SoftApClient, type SoftApOptions } from '../softap';
import type { DeviceEndpoint } from '../wifi';

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
  options: { timeoutMs: number; signal?: AbortSignal | undefined },
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
    const info = await client.deviceInfo({ signal: options.signal });
    return { id: info.deviceId };
  } catch (error) {
    if (isCancelled(error)) throw error;
    return null;
  }
}
