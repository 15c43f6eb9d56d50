// Turns scan-ap's raw list (one entry per access point, in discovery order) into what an operator
// picks from: one row per SSID with the strongest signal, other Photons left out, strongest first
// (softap-protocol.md §4.3, §13.10).
import {
  describeSecurity,
  isEnterprise,
  requiresPassword,
  SECURITY_UNKNOWN,
} from '../../../shared/security';
import { DEFAULT_SOFTAP_PREFIX, withDash } from '../../../shared/softap-prefix';
import { scanEntry, type ScanEntry } from './replies';

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
  ssid: string;
  rssi: number;
  bars: SignalBars;
  /** WICED value to send back in configure-ap; null when the device could not tell (sec -1). */
  security: number | null;
  securityName: string;
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

/** Keeps entries with the right shape; one bad entry does not cost the whole list. */
export function readScanEntries(entries: readonly unknown[]): ScanEntry[] {
  return entries.flatMap((entry) => {
    const parsed = scanEntry.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

const strongest = (entries: readonly ScanEntry[]): ScanEntry | undefined =>
  entries.reduce<ScanEntry | undefined>(
    (best, entry) => (best === undefined || entry.rssi > best.rssi ? entry : best),
    undefined,
  );

export function summarizeScan(entries: readonly ScanEntry[], filter: ScanFilter = {}): ApInfo[] {
  const setupPrefix = filter.setupPrefix ?? DEFAULT_SOFTAP_PREFIX;
  const prefix = setupPrefix === '' ? '' : withDash(setupPrefix);
  const groups = new Map<string, ScanEntry[]>();
  for (const entry of entries) {
    if (entry.ssid.length === 0) continue;
    if (prefix.length > 0 && entry.ssid.startsWith(prefix)) continue;
    groups.set(entry.ssid, [...(groups.get(entry.ssid) ?? []), entry]);
  }
  const networks: ApInfo[] = [];
  for (const [ssid, group] of groups) {
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
      ssid,
      rssi: best.rssi,
      bars: signalBars(best.rssi),
      security,
      securityName: describeSecurity(security ?? SECURITY_UNKNOWN),
      requiresPassword: security !== null && requiresPassword(security),
      enterprise: security !== null && isEnterprise(security),
      channel: channel >= 0 ? channel : 0,
      band: channel >= 1 && channel <= 14 ? '2.4 GHz' : 'unknown',
      maxDataRateKbps: best.mdr ?? null,
      accessPoints: group.length,
    });
  }
  return networks.sort((a, b) => b.rssi - a.rssi || a.ssid.localeCompare(b.ssid));
}

// The firmware writes SSIDs without escaping, so a `"` or `\` in any nearby network's name breaks
// the whole JSON. The other fields have a fixed shape, which lets the entries be read back anyway.
const RAW_ENTRY =
  /\{"ssid":"(.*?)","rssi":(-?\d+),"sec":(-?\d+),"ch":(-?\d+)(?:,"mdr":(-?\d+))?\}(?=,\{"ssid":|\]\})/gs;

/** Reads entries out of a scan-ap reply that is not valid JSON; empty when nothing is recognisable. */
export function salvageScanEntries(text: string): ScanEntry[] {
  const entries: ScanEntry[] = [];
  for (const match of text.matchAll(RAW_ENTRY)) {
    const [, ssid, rssi, sec, ch, mdr] = match;
    if (ssid === undefined || rssi === undefined || sec === undefined || ch === undefined) continue;
    entries.push({
      ssid,
      rssi: Number(rssi),
      sec: Number(sec),
      ch: Number(ch),
      ...(mdr === undefined ? {} : { mdr: Number(mdr) }),
    });
  }
  return entries;
}
