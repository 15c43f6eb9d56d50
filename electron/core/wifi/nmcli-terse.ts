// nmcli --terse output: fields joined by ":", with ":" and "\" inside values escaped as "\:" and
// "\\". node-wifi's scan parser ignores the escapes and mangles "Home:Net" (wifi.md §1.3 item 2).

export function splitTerseLine(line: string): string[] {
  const fields: string[] = [];
  let current = '';
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (char === '\\' && i + 1 < line.length) {
      current += line[i + 1];
      i++;
    } else if (char === ':') {
      fields.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  fields.push(current);
  return fields;
}

/** Rows of `nmcli -t -f A,B,C ...` as records keyed by the requested field names. */
function parseTerse<K extends string>(stdout: string, fields: readonly K[]): Record<K, string>[] {
  const rows: Record<K, string>[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    if (line.length === 0) continue;
    const values = splitTerseLine(line);
    const row = {} as Record<K, string>;
    fields.forEach((field, index) => {
      row[field] = values[index] ?? '';
    });
    rows.push(row);
  }
  return rows;
}

export const NMCLI_SCAN_FIELDS = ['ACTIVE', 'SSID', 'BSSID', 'SIGNAL', 'SECURITY', 'CHAN'] as const;
export const NMCLI_ACTIVE_FIELDS = ['UUID', 'TYPE', 'DEVICE', 'NAME'] as const;
export const NMCLI_DEVICE_FIELDS = ['DEVICE', 'TYPE', 'STATE'] as const;

export interface NmcliScanRow {
  active: boolean;
  ssid: string;
  bssid: string;
  signal: number | undefined;
  /** Empty (or "--") security means an open network. */
  open: boolean;
  channel: number | undefined;
}

const toNumber = (text: string): number | undefined => {
  const value = Number.parseInt(text, 10);
  return Number.isFinite(value) ? value : undefined;
};

export function parseNmcliScan(stdout: string): NmcliScanRow[] {
  return parseTerse(stdout, NMCLI_SCAN_FIELDS).map((row) => ({
    active: row.ACTIVE === 'yes',
    ssid: row.SSID,
    bssid: row.BSSID,
    signal: toNumber(row.SIGNAL),
    open: row.SECURITY.trim() === '' || row.SECURITY.trim() === '--',
    channel: toNumber(row.CHAN),
  }));
}

export interface NmcliActiveConnection {
  uuid: string;
  type: string;
  device: string;
  name: string;
}

export const parseNmcliActive = (stdout: string): NmcliActiveConnection[] =>
  parseTerse(stdout, NMCLI_ACTIVE_FIELDS).map((row) => ({
    uuid: row.UUID,
    type: row.TYPE,
    device: row.DEVICE,
    name: row.NAME,
  }));

export interface NmcliDevice {
  device: string;
  type: string;
  state: string;
}

export const parseNmcliDevices = (stdout: string): NmcliDevice[] =>
  parseTerse(stdout, NMCLI_DEVICE_FIELDS).map((row) => ({
    device: row.DEVICE,
    type: row.TYPE,
    state: row.STATE,
  }));

const UUID = /\b([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b/i;

/** "Connection 'x' (uuid) successfully added." */
export function parseNmcliAddedUuid(stdout: string): string | null {
  const match = UUID.exec(stdout);
  return match?.[1]?.toLowerCase() ?? null;
}
