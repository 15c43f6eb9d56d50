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

/** Windows 11 starts at build 22000; its extra "Band" line breaks node-wifi's positional scan parser. */
const WINDOWS_11_FIRST_BUILD = 22_000;
/** Darwin 23 is macOS 14 (Sonoma): location rules for SSIDs, and `airport` gone from 14.4. */
const DARWIN_SONOMA_MAJOR = 23;

function windowsBuild(release: string): number | null {
  const build = Number.parseInt(release.split('.')[2] ?? '', 10);
  return Number.isFinite(build) ? build : null;
}

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
    case 'win32': {
      // node-wifi's Windows connect needs a shell (it runs `del` and quotes by hand), which this
      // app never uses, so joining is netsh with our own profile everywhere.
      const build = windowsBuild(release);
      const oldWindows = build !== null && build < WINDOWS_11_FIRST_BUILD;
      return { ...everything('netsh'), scan: oldWindows ? 'node-wifi' : 'netsh' };
    }
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
