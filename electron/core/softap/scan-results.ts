// Turns scan-ap's raw list (one entry per access point, in discovery order) into what an operator
// picks from: one row per SSID with the strongest signal, other Photons left out, strongest first
// (softap-protocol.md §4.3, §13.10). SSIDs are grouped by their bytes, and each row keeps the
// bytes next to a readable form, so configure-ap can send back exactly what the device reported.
import type { Message } from '../../../shared/i18n';
import {
  describeSecurity,
  isEnterprise,
  requiresPassword,
  SECURITY_UNKNOWN,
} from '../../../shared/security';
import { bytesToHex, ssidText } from '../../../shared/ssid-text';
import { DEFAULT_SOFTAP_PREFIX, withDash } from '../../../shared/softap-prefix';
import type { RawScanEntry } from './scan-reply';

/**
 * Bar thresholds in dBm, the common desktop scale: ≥ -55 excellent (4), ≥ -67 good (3),
 * ≥ -75 fair (2), ≥ -85 weak (1), below that barely usable (0).
 */
const SIGNAL_BAR_THRESHOLDS_DBM = [-85, -75, -67, -55] as const;

export type SignalBars = 0 | 1 | 2 | 3 | 4;

export function signalBars(rssi: number): SignalBars {
  return SIGNAL_BAR_THRESHOLDS_DBM.filter((threshold) => rssi >= threshold).length as SignalBars;
}

export interface ApInfo {
  /** Readable: UTF-8 when the bytes are valid UTF-8, else Latin-1 (may hold control characters). */
  ssid: string;
  /** The SSID's bytes as the device reported them, in hex: what configure-ap must send. */
  ssidHex: string;
  rssi: number;
  bars: SignalBars;
  /** WICED value to send back in configure-ap; null when the device could not tell (sec -1). */
  security: number | null;
  securityName: Message;
  requiresPassword: boolean;
  enterprise: boolean;
  /** 0 when unknown. */
  channel: number;
  /** The Photon's radio is 2.4 GHz only, so every network it reports is on 2.4 GHz (channels 1–14). */
  band: '2.4 GHz' | 'unknown';
  /** Max data rate in kbit/s when reported. */
  maxDataRateKbps: number | null;
  /** How many access points broadcast this SSID. */
  accessPoints: number;
}

export interface ScanFilter {
  /** SSIDs starting with this prefix (dash added) are other Photons in listening mode; '' keeps them. */
  setupPrefix?: string | undefined;
  /** Keep networks whose security is unknown (sec -1) on every access point. */
  includeUnknownSecurity?: boolean;
}

const strongest = (entries: readonly RawScanEntry[]): RawScanEntry | undefined =>
  entries.reduce<RawScanEntry | undefined>(
    (best, entry) => (best === undefined || entry.rssi > best.rssi ? entry : best),
    undefined,
  );

export function summarizeScan(entries: readonly RawScanEntry[], filter: ScanFilter = {}): ApInfo[] {
  const setupPrefix = filter.setupPrefix ?? DEFAULT_SOFTAP_PREFIX;
  const prefix = setupPrefix === '' ? null : Buffer.from(withDash(setupPrefix), 'utf8');
  const groups = new Map<string, RawScanEntry[]>();
  for (const entry of entries) {
    if (entry.ssid.length === 0) continue;
    if (prefix !== null && entry.ssid.subarray(0, prefix.length).equals(prefix)) continue;
    const key = bytesToHex(entry.ssid);
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  const networks: ApInfo[] = [];
  for (const [ssidHex, group] of groups) {
    const best = strongest(group);
    if (best === undefined) continue;
    // A weak access point may have reported the security the strongest one could not.
    const known = strongest(
      group.filter((entry) => entry.sec !== SECURITY_UNKNOWN && entry.sec >= 0),
    );
    if (known === undefined && filter.includeUnknownSecurity !== true) continue;
    const security = known?.sec ?? null;
    const channel = (known ?? best).ch;
    networks.push({
      ssid: ssidText(best.ssid),
      ssidHex,
      rssi: best.rssi,
      bars: signalBars(best.rssi),
      security,
      securityName: describeSecurity(security ?? SECURITY_UNKNOWN),
      requiresPassword: security !== null && requiresPassword(security),
      enterprise: security !== null && isEnterprise(security),
      channel: channel >= 0 ? channel : 0,
      band: channel >= 1 && channel <= 14 ? '2.4 GHz' : 'unknown',
      maxDataRateKbps: best.mdr,
      accessPoints: group.length,
    });
  }
  return networks.sort((a, b) => b.rssi - a.rssi || a.ssid.localeCompare(b.ssid));
}
