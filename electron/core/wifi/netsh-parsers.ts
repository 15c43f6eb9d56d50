// netsh wlan output is translated into the display language (Name / Nom / Nombre / Nome / 名称 /
// Имя …; French puts a no-break space before the colon), so these parsers go by structure and by
// the tokens netsh never translates — `GUID`, `SSID`, `SSID n`, `BSSID n`, MAC addresses,
// percentages, bare channel numbers, the WPA/WEP/CCMP technical names and the ms-settings URI —
// never by translated labels. Shapes checked against the corpus in test/fixtures/wifi/netsh.

/** Windows 11 24H2 without Location consent: the URI is not translated (wifi.md §1.4). */
export const netshNeedsLocation = (text: string): boolean =>
  /ms-settings:privacy-location/i.test(text);

interface LabeledLine {
  /** Leading whitespace: 0 for the interface-name line of `show networks`. */
  indent: number;
  label: string;
  value: string;
}

/** `   Label   : value`, with any whitespace (U+00A0 included) and an ASCII or full-width colon. */
function labeled(raw: string): LabeledLine | null {
  const line = raw.replace(/\r$/, '');
  const match = /^(\s*)([^:：]*?)(\s*)[:：]\s?(.*)$/u.exec(line);
  if (match === null) return null;
  const [, lead = '', label = '', padBefore = '', rest = ''] = match;
  if (label.trim().length === 0) return null;
  // English, French, German… pad before the colon and put one space after it, so a second space
  // belongs to the value (an SSID may start with one); Russian pads after the colon instead.
  const value = (padBefore.length === 0 ? rest.trimStart() : rest).replace(/\s+$/u, '');
  return { indent: lead.length, label: label.trim(), value };
}

const MAC = /^[0-9a-fA-F]{2}(?::[0-9a-fA-F]{2}){5}$/;
const PERCENT = /^(\d{1,3})\s*%$/u;
const BARE_NUMBER = /^\d{1,3}$/;
const SECURED_AUTH = /WPA|WEP|802\.1X|OWE|SAE|Shared/i;
const CIPHER = /WEP|CCMP|TKIP|GCMP|AES/i;

/** Open when neither the authentication nor the cipher names a security technology. */
const isOpen = (authentication: string | undefined, cipher: string | undefined): boolean =>
  !SECURED_AUTH.test(authentication ?? '') && !CIPHER.test(cipher ?? '');

export interface NetshInterface {
  name: string;
  connected: boolean;
  ssid?: string | undefined;
  profile?: string | undefined;
}

/**
 * `netsh wlan show interfaces`. Each block is Name, Description, GUID, … (the GUID line is the
 * anchor: two lines above it is the name). A connected interface has an `SSID` line; its profile
 * is the line after the signal percentage.
 */
export function parseNetshInterfaces(stdout: string): NetshInterface[] {
  const lines = stdout
    .split('\n')
    .map(labeled)
    .filter((line): line is LabeledLine => line !== null && line.indent > 0);
  const result: NetshInterface[] = [];
  const anchors = lines.flatMap((line, index) => (line.label === 'GUID' ? [index] : []));
  anchors.forEach((anchor, n) => {
    const nameLine = lines[anchor - 2];
    if (nameLine === undefined) return;
    const end = anchors[n + 1] === undefined ? lines.length : anchors[n + 1]! - 2;
    const block = lines.slice(anchor + 1, end);
    const ssidAt = block.findIndex((line) => line.label === 'SSID');
    const ssid = ssidAt >= 0 ? block[ssidAt] : undefined;
    // The signal line follows BSSID (an SSID may itself read "100%"); the profile follows it —
    // after Windows 11's `Rssi : -39` line, when there is one (the label is not translated).
    const bssidAt = block.findIndex((line) => /^(AP )?BSSID$/.test(line.label));
    const from = Math.max(bssidAt, ssidAt) + 1;
    const signalAt = block.findIndex((line, index) => index >= from && PERCENT.test(line.value));
    const rssiAt = signalAt + 1;
    const afterSignal = block[rssiAt];
    const hasRssi = afterSignal !== undefined && /^rssi$/i.test(afterSignal.label);
    const profile = signalAt >= 0 ? block[hasRssi ? rssiAt + 1 : rssiAt] : undefined;
    result.push({
      name: nameLine.value.trim(),
      connected: ssid !== undefined && ssid.value.length > 0,
      ssid: ssid?.value,
      profile: profile !== undefined && profile.value.length > 0 ? profile.value : undefined,
    });
  });
  return result;
}

export interface NetshNetwork {
  ssid: string;
  open: boolean;
  /** The strongest BSSID's signal, and that BSSID's channel. */
  signal?: number | undefined;
  channel?: number | undefined;
  /** Strongest first. */
  bssids: string[];
}

interface NetshBssid {
  bssid: string;
  signal?: number;
  channel?: number;
}

const SSID_HEADER = /^SSID\s+\d+(\s*)[:：]\s?(.*)$/u;
const BSSID_HEADER = /^\s*BSSID\s+\d+\s*[:：]\s*(\S+)/u;

/** `netsh wlan show networks mode=bssid`: every BSSID is kept, the strongest one speaks for the SSID. */
export function parseNetshNetworks(stdout: string): NetshNetwork[] {
  interface Gathering {
    ssid: string;
    /** Network type, authentication, cipher: in that order, under the SSID header. */
    details: string[];
    bssids: NetshBssid[];
  }
  const gathered: Gathering[] = [];
  let current: Gathering | null = null;
  let bssid: NetshBssid | null = null;
  for (const raw of stdout.split('\n')) {
    const line = raw.replace(/\r$/, '');
    const header = SSID_HEADER.exec(line);
    if (header !== null) {
      const [, padBefore = '', rest = ''] = header;
      // As in labeled(): padding after the colon (Russian) is not part of the name.
      const ssid = (padBefore.length === 0 ? rest.trimStart() : rest).replace(/\s+$/u, '');
      current = { ssid, details: [], bssids: [] };
      gathered.push(current);
      bssid = null;
      continue;
    }
    if (current === null) continue;
    const bssidHeader = BSSID_HEADER.exec(line);
    if (bssidHeader?.[1] !== undefined && MAC.test(bssidHeader[1])) {
      bssid = { bssid: bssidHeader[1].toLowerCase() };
      current.bssids.push(bssid);
      continue;
    }
    const entry = labeled(line);
    if (entry === null) continue;
    if (bssid === null) {
      current.details.push(entry.value);
      continue;
    }
    const percent = PERCENT.exec(entry.value);
    if (percent?.[1] !== undefined) bssid.signal ??= Number(percent[1]);
    // The first bare number under a BSSID is its channel (signal, radio type, band come first).
    else if (bssid.channel === undefined && BARE_NUMBER.test(entry.value))
      bssid.channel = Number(entry.value);
  }
  return gathered
    .filter((network) => network.ssid.length > 0)
    .map((network) => {
      const bssids = [...network.bssids].sort((a, b) => (b.signal ?? -1) - (a.signal ?? -1));
      return {
        ssid: network.ssid,
        open: isOpen(network.details[1], network.details[2]),
        signal: bssids[0]?.signal,
        channel: bssids[0]?.channel,
        bssids: bssids.map((entry) => entry.bssid),
      };
    });
}

/**
 * The interface name from `show networks`: its first, unindented labeled line. Windows 24H2 still
 * prints it without Location consent, when `show interfaces` names nothing.
 */
export function parseNetshNetworksInterface(stdout: string): string | null {
  for (const raw of stdout.split('\n')) {
    if (SSID_HEADER.test(raw.trim())) break;
    // Skip a shell prompt pasted above the output, and the sentences of the Location notice
    // (its bare `ms-settings:privacy-location` line would read as "label: value").
    if (/[>#\\]/.test(raw) || /ms-settings:/i.test(raw)) continue;
    const entry = labeled(raw);
    if (entry !== null && entry.indent === 0 && entry.label.length <= 32)
      return entry.value.trim() || null;
  }
  return null;
}

/**
 * `netsh wlan show profiles [interface=…]`: one indented `label : name` line per profile ("All
 * User Profile", "Profil Tous les utilisateurs", "所有用户配置文件" …); the label is translated,
 * the shape is not. Headers are unindented, and a group without profiles prints `<None>` with
 * no colon, so neither is taken for a profile.
 */
export function parseNetshProfiles(stdout: string): string[] {
  const names: string[] = [];
  for (const raw of stdout.split('\n')) {
    const entry = labeled(raw);
    if (entry !== null && entry.indent > 0 && entry.value.length > 0) names.push(entry.value);
  }
  return names;
}
