// What the operator reads when the OS hides Wi-Fi names: where to allow it, in the words of that
// OS's settings, and the way that works without it (join the Photon from the Wi-Fi menu).
import { DEFAULT_SOFTAP_PREFIX, withDash } from '../../../shared/softap-prefix';

const manualWay = (prefix: string): string =>
  `or choose “I’ll join it myself when asked” and join the ${withDash(prefix)}… network from the Wi-Fi menu when Photon Setup says so.`;

export const macLocationSentence = (prefix = DEFAULT_SOFTAP_PREFIX): string =>
  `macOS hides Wi-Fi names from Photon Setup. Open System Settings → Privacy & Security → Location Services and allow Photon Setup, then try again — ${manualWay(prefix)}`;

export const windowsLocationSentence = (prefix = DEFAULT_SOFTAP_PREFIX): string =>
  `Windows hides Wi-Fi names from Photon Setup. Open Settings → Privacy & security → Location, turn on "Location services" and "Let desktop apps access your location", then try again — ${manualWay(prefix)}`;

export function permissionSentence(
  platform: NodeJS.Platform,
  prefix = DEFAULT_SOFTAP_PREFIX,
): string {
  if (platform === 'darwin') return macLocationSentence(prefix);
  if (platform === 'win32') return windowsLocationSentence(prefix);
  return `This system hides Wi-Fi names from Photon Setup — ${manualWay(prefix)}`;
}
