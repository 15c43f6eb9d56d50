// netsh wlan output is localized and positional parsing breaks on Windows 11's extra lines
// (wifi.md §1.4), so these parsers go by label, with the labels of the locales we have seen.
// The SSID label is never translated.

const LABELS = {
  name: ['Name'],
  state: ['State', 'Status', 'État', 'Estado'],
  ssid: ['SSID'],
  profile: ['Profile', 'Profil', 'Perfil'],
  authentication: ['Authentication', 'Authentifizierung', 'Authentification', 'Autenticación'],
  channel: ['Channel', 'Kanal', 'Canal'],
  signal: ['Signal', 'Señal'],
} as const;

const CONNECTED = new Set(['connected', 'verbunden', 'connecté', 'conectado']);
const OPEN = new Set(['open', 'offen', 'ouvrir', 'ouvert', 'abierta']);

/** Windows 11 24H2 without location consent (wifi.md §1.4, §6). */
export const netshNeedsLocation = (text: string): boolean =>
  /ms-settings:privacy-location|location permission|Standortberechtigung/i.test(text);

interface LabeledLine {
  label: string;
  value: string;
}

function labeled(line: string): LabeledLine | null {
  const clean = line.replace(/\r$/, '');
  const colon = clean.indexOf(':');
  if (colon <= 0 || !/^\s/.test(clean)) return null;
  return {
    label: clean.slice(0, colon).trim(),
    value: clean.slice(colon + 1).replace(/^ /, ''),
  };
}

const is = (label: string, names: readonly string[]): boolean => names.includes(label);

export interface NetshInterface {
  name: string;
  connected: boolean;
  ssid?: string;
  profile?: string;
}

export function parseNetshInterfaces(stdout: string): NetshInterface[] {
  const result: NetshInterface[] = [];
  let current: NetshInterface | null = null;
  for (const line of stdout.split('\n')) {
    const entry = labeled(line);
    if (entry === null) continue;
    if (is(entry.label, LABELS.name)) {
      current = { name: entry.value.trim(), connected: false };
      result.push(current);
    } else if (current === null) {
      continue;
    } else if (is(entry.label, LABELS.state)) {
      current.connected = CONNECTED.has(entry.value.trim().toLowerCase());
    } else if (is(entry.label, LABELS.ssid)) {
      current.ssid = entry.value;
    } else if (is(entry.label, LABELS.profile)) {
      current.profile = entry.value;
    }
  }
  return result;
}

export interface NetshNetwork {
  ssid: string;
  open: boolean;
  signal?: number;
  channel?: number;
  bssids: string[];
}

const SSID_HEADER = /^SSID \d+ : ?(.*)$/;
const BSSID_LINE = /^\s+BSSID \d+\s*: ?([0-9a-fA-F:]{17})/;

/** `netsh wlan show networks mode=bssid`: every BSSID is kept, the strongest signal wins. */
export function parseNetshNetworks(stdout: string): NetshNetwork[] {
  const result: NetshNetwork[] = [];
  let current: NetshNetwork | null = null;
  for (const raw of stdout.split('\n')) {
    const line = raw.replace(/\r$/, '');
    const header = SSID_HEADER.exec(line);
    if (header !== null) {
      current = { ssid: header[1] ?? '', open: false, bssids: [] };
      result.push(current);
      continue;
    }
    if (current === null) continue;
    const bssid = BSSID_LINE.exec(line);
    if (bssid?.[1] !== undefined) {
      current.bssids.push(bssid[1].toLowerCase());
      continue;
    }
    const entry = labeled(line);
    if (entry === null) continue;
    if (is(entry.label, LABELS.authentication)) {
      current.open = OPEN.has(entry.value.trim().toLowerCase());
    } else if (is(entry.label, LABELS.signal)) {
      const signal = Number.parseInt(entry.value, 10);
      if (Number.isFinite(signal)) current.signal = Math.max(current.signal ?? 0, signal);
    } else if (is(entry.label, LABELS.channel) && current.channel === undefined) {
      const channel = Number.parseInt(entry.value, 10);
      if (Number.isFinite(channel)) current.channel = channel;
    }
  }
  return result.filter((network) => network.ssid.length > 0);
}
