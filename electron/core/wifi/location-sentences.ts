// What the operator reads when the OS hides Wi-Fi names: where to allow it, in the words of that
// OS's settings, and the way that works without it (join the Photon from the Wi-Fi menu).
import { m, type Message } from '../../../shared/i18n';
import { DEFAULT_SOFTAP_PREFIX, withDash } from '../../../shared/softap-prefix';

export const macLocationSentence = (prefix = DEFAULT_SOFTAP_PREFIX): Message =>
  m('wifi.location.mac', { prefix: withDash(prefix) });

export const windowsLocationSentence = (prefix = DEFAULT_SOFTAP_PREFIX): Message =>
  m('wifi.location.windows', { prefix: withDash(prefix) });

export function permissionSentence(
  platform: NodeJS.Platform,
  prefix = DEFAULT_SOFTAP_PREFIX,
): Message {
  if (platform === 'darwin') return macLocationSentence(prefix);
  if (platform === 'win32') return windowsLocationSentence(prefix);
  return m('wifi.location.other', { prefix: withDash(prefix) });
}
