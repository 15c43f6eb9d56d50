// Which backend does each operation, per OS and version (wifi.md §7 "Backends"). A table, so
// the readiness panel can show it and tests can pin it.
import type { BackendName, WifiOperation } from './types';

export type BackendPlan = Record<WifiOperation, BackendName>;

const everything = (name: BackendName): BackendPlan => ({
  interfaces: name,
  scan: name,
  current: name,
  join: name,
  associated: name,
  rejoin: name,
  forget: name,
  reconnect: name,
});

/** Darwin 23 is macOS 14 (Sonoma): location rules for SSIDs, and `airport` gone from 14.4. */
const DARWIN_SONOMA_MAJOR = 23;

function darwinMajor(release: string): number | null {
  const major = Number.parseInt(release.split('.')[0] ?? '', 10);
  return Number.isFinite(major) ? major : null;
}

/** null when the platform has no Wi-Fi support at all. */
export function planBackends(platform: NodeJS.Platform, release: string): BackendPlan | null {
  switch (platform) {
    case 'linux':
      // node-wifi scans correctly for Photon SSIDs (no ':' in them); joining uses our own
      // never-default, no-autoconnect profile instead of its persistent `device wifi connect` one.
      return { ...everything('nmcli'), scan: 'node-wifi' };
    case 'win32':
      // node-wifi's Windows connect needs a shell (it runs `del` and quotes by hand), which this
      // app never uses; its scan (src/windows-scan.js) takes fields by line position within blocks
      // split at blank lines (Windows 11's Band line shifts them), keeps only the first BSSID and
      // decodes the pipe as UTF-8, not the OEM code page. So every Windows operation is netsh with our own parsers.
      return everything('netsh');
    case 'darwin': {
      const major = darwinMajor(release);
      const hasAirport = major !== null && major < DARWIN_SONOMA_MAJOR;
      return hasAirport
        ? { ...everything('macos'), scan: 'node-wifi', current: 'node-wifi' }
        : everything('macos');
    }
    default:
      return null;
  }
}
