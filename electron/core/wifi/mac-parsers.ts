// macOS output: networksetup (join, device list, current network) and system_profiler's JSON
// (scan and current network since `airport` is gone from 14.4). From 15.6 the names may come
// back as "<redacted>" without location permission (wifi.md §1.4). Shapes checked against the
// corpus in test/fixtures/wifi/macos (10.15 to 15.5, associated, not associated, Wi-Fi off).

export const REDACTED = '<redacted>';

/** `networksetup -listallhardwareports` → the Wi-Fi devices ("Wi-Fi", or "AirPort" on old systems). */
export function parseWifiDevices(stdout: string): string[] {
  const devices: string[] = [];
  let wifiPort = false;
  for (const raw of stdout.split('\n')) {
    const line = raw.trim();
    const port = /^Hardware Port: (.*)$/.exec(line);
    if (port !== null) {
      wifiPort = /^(Wi-Fi|AirPort)$/i.test(port[1] ?? '');
      continue;
    }
    const device = /^Device: (\S+)$/.exec(line);
    if (device?.[1] !== undefined && wifiPort) devices.push(device[1]);
  }
  return devices;
}

/**
 * `networksetup -listpreferredwirelessnetworks <dev>`: a header line ("Preferred networks on
 * en0:"), then one tab-indented SSID per line. null when the header is missing (an error text).
 */
export function parsePreferredNetworks(stdout: string): string[] | null {
  const lines = stdout.split('\n').map((line) => line.replace(/\r$/, ''));
  const header = lines.findIndex((line) => /^Preferred networks on \S+:$/.test(line.trim()));
  if (header < 0) return null;
  return lines
    .slice(header + 1)
    .filter((line) => /^\t/.test(line) && line.trim().length > 0)
    .map((line) => line.replace(/^\t/, ''));
}

export type AirportNetworkState =
  | { kind: 'network'; ssid: string }
  | { kind: 'not-associated' }
  | { kind: 'power-off' }
  | { kind: 'not-wifi' }
  | { kind: 'unknown' };

/**
 * `networksetup -getairportnetwork <dev>`. On macOS 15 "not associated" is also printed while
 * connected when the app lacks location permission, so it proves nothing by itself.
 */
export function parseAirportNetwork(stdout: string): AirportNetworkState {
  const text = stdout.trim();
  const network = /^Current (?:Wi-Fi|AirPort) Network: (.*)$/m.exec(text);
  if (network?.[1] !== undefined) return { kind: 'network', ssid: network[1] };
  // With Wi-Fi off it prints "not associated" too, then the power line.
  if (/power is (currently )?off/i.test(text)) return { kind: 'power-off' };
  if (/not associated with an AirPort network/i.test(text)) return { kind: 'not-associated' };
  if (/is not a Wi-Fi interface/i.test(text)) return { kind: 'not-wifi' };
  return { kind: 'unknown' };
}

/**
 * `networksetup -setairportnetwork` exits 0 even when it failed; success prints nothing.
 * Returns null on success, else which failure.
 */
export function parseSetAirportNetwork(stdout: string, stderr = ''): 'not-found' | 'failed' | null {
  const text = `${stdout}\n${stderr}`.trim();
  if (text.length === 0) return null;
  if (/Could not find network/i.test(text)) return 'not-found';
  return 'failed';
}

interface ProfilerNetwork {
  ssid: string;
  open: boolean;
  channel?: number | undefined;
  signal?: number | undefined;
}

export interface ProfilerInterface {
  device: string;
  connected: boolean;
  /** Wi-Fi switched off (`spairport_status_off`). */
  off: boolean;
  /** Undefined when not connected; REDACTED when hidden. */
  current?: string | undefined;
  networks: ProfilerNetwork[];
}

type Json = Record<string, unknown>;
const asObject = (value: unknown): Json | null =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : null;
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const asString = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;

/** "-52 dBm / -93 dBm" → 0..100 (node-wifi's quality = 2 × (dBm + 100)). */
function signalPercent(text: string | undefined): number | undefined {
  const dbm = text === undefined ? NaN : Number.parseInt(text, 10);
  return Number.isFinite(dbm) ? Math.max(0, Math.min(100, 2 * (dbm + 100))) : undefined;
}

/** 6 on 10.15, "1,+1" on 12, "6 (2GHz, 20MHz)" from 13 on: the leading number is the channel. */
function channelNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? value : undefined;
  const channel = Number.parseInt(asString(value) ?? '', 10);
  return Number.isFinite(channel) ? channel : undefined;
}

function network(entry: unknown): ProfilerNetwork | null {
  const object = asObject(entry);
  const ssid = asString(object?.['_name']);
  if (object === null || ssid === undefined) return null;
  const channel = channelNumber(object['spairport_network_channel']);
  return {
    ssid,
    open: asString(object['spairport_security_mode']) === 'spairport_security_mode_none',
    channel,
    signal: signalPercent(asString(object['spairport_signal_noise'])),
  };
}

/** `system_profiler SPAirPortDataType -json`; null when the text is not that document. */
export function parseSystemProfilerAirport(stdout: string): ProfilerInterface[] | null {
  let root: unknown;
  try {
    root = JSON.parse(stdout);
  } catch {
    return null;
  }
  const sections = asArray(asObject(root)?.['SPAirPortDataType']);
  if (sections.length === 0) return null;
  const result: ProfilerInterface[] = [];
  for (const section of sections) {
    for (const entry of asArray(asObject(section)?.['spairport_airport_interfaces'])) {
      const object = asObject(entry);
      const device = asString(object?.['_name']);
      if (object === null || device === undefined || device === 'awdl0') continue;
      const current = network(object['spairport_current_network_information']);
      const status = asString(object['spairport_status_information']);
      // Associated, the scan is under "other" networks; not associated (a bench on Ethernet with
      // Wi-Fi on), it is under the second key.
      const listed = [
        ...asArray(object['spairport_airport_other_local_wireless_networks']),
        ...asArray(object['spairport_airport_local_wireless_networks']),
      ]
        .map(network)
        .filter((item): item is ProfilerNetwork => item !== null);
      // 12.x lists the current network only as current; it is in range all the same.
      if (
        current !== null &&
        current.ssid !== REDACTED &&
        !listed.some((n) => n.ssid === current.ssid)
      )
        listed.unshift(current);
      result.push({
        device,
        connected: status === 'spairport_status_connected',
        off: status === 'spairport_status_off',
        current: current?.ssid,
        networks: listed,
      });
    }
  }
  return result;
}

/** Whether the profiler listed names but hid them: the location-permission symptom. */
export const profilerRedacted = (iface: ProfilerInterface): boolean =>
  iface.current === REDACTED || iface.networks.some((item) => item.ssid === REDACTED);
