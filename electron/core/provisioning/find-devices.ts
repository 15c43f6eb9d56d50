// device.find: one scan of the host's Wi-Fi for Photons in listening mode. When the OS hides
// network names (macOS/Windows location permission) it says so, with what to do, instead of
// reporting "none found". The hint says only what the OS wants; the window names its own way
// round it (its manual-join option), so a renamed option can never leave a stale hint here.
import { m } from '../../../shared/i18n';
import type { FindResult, FoundDevice } from '../../../shared/provisioning';
import { prefixStem } from '../../../shared/softap-prefix';
import { permissionSentence, type WifiBackend } from '../wifi';
import { pickPhotonNetworks } from '../wifi/ssid';
import { WifiError } from '../wifi';

const bars = (signal: number | undefined): FoundDevice['bars'] =>
  signal === undefined
    ? null
    : (Math.max(0, Math.min(4, Math.round(signal / 25))) as FoundDevice['bars']);

export async function findDevices(
  backend: WifiBackend,
  platform: NodeJS.Platform,
  softApPrefix: string,
): Promise<FindResult> {
  const caps = await backend.caps();
  const hidden = (): FindResult => ({
    devices: [],
    ssidsReadable: false,
    hint: permissionSentence(platform, softApPrefix),
  });
  if (caps.scanSsids !== 'yes') return hidden();
  const interfaces = await backend.interfaces();
  const iface = interfaces.find((entry) => entry.connected) ?? interfaces[0];
  if (iface === undefined) throw new WifiError('no-wifi', m('wifi.no-adapter'));
  try {
    const networks = await backend.scan(iface.name, { fresh: true });
    const prefix = prefixStem(softApPrefix);
    return {
      devices: pickPhotonNetworks(networks, { prefix }).map((network) => ({
        ssid: network.ssid,
        bars: bars(network.signal),
      })),
      ssidsReadable: true,
      hint: null,
    };
  } catch (error) {
    if (error instanceof WifiError && error.kind === 'permission') return hidden();
    throw error;
  }
}
