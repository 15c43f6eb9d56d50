// What the core says about itself (its errors, what holds the device, its settings and secrets),
// in English. Ids are area.thing[.part]; parameters are named in the text and in the list.
import { msg } from '../define';

export const EN_CORE = {
  'core.internal': msg(
    'Photon Setup hit an internal problem ({kind}). Restart the app if this stays.',
    ['kind'],
  ),
  'core.unknown-channel': msg('Photon Setup has no request called {channel}.', ['channel']),
  'core.invalid-argument': msg('Invalid request to {channel}: {problem}', ['channel', 'problem']),
  'core.cancelled': msg('Cancelled.'),
  'core.forbidden': msg('This request did not come from the Photon Setup window and was refused.'),
  'core.disconnected': msg(
    'The connection to Photon Setup was lost. Restart it and reload this page.',
  ),
  'core.not-connected': msg('Photon Setup is not connected. Reload this page.'),
  'core.busy': msg('Photon Setup is busy {activity}. Wait for it to finish, then try again.', [
    'activity',
  ]),
  'core.activity.searching': msg('searching for Photons'),
  'core.activity.next-photon': msg('looking for the next Photon'),
  'core.activity.setting-up': msg('setting up {ssid}', ['ssid']),
  'core.activity.setting-up-device': msg('setting up a device'),
  'core.activity.reading-id': msg('reading the id of {ssid}', ['ssid']),
  'core.station-first': msg('Stop the station first (Station → Stop), then try again.'),
  'core.station-running': msg(
    'The station is running. Stop it (Station → Stop) to set up or read a single device.',
  ),
  'core.no-system-settings': msg(
    'Photon Setup cannot open the system settings from here; open Location in the system settings yourself.',
  ),
  'core.no-wifi-control': msg(
    'Photon Setup cannot control Wi-Fi on this computer; join the Photon network yourself.',
  ),
  'core.account.no-mfa': msg('There is no sign-in waiting for a code. Sign in again.'),
  'core.account.not-product': msg(
    'Only a product connection has customers; sign in with the next owner’s account instead.',
  ),
  'core.account.signed-out': msg(
    'Sign in to Particle (or connect a product) before setting up a device.',
  ),
  'core.profile.gone': msg('That saved network no longer exists. Choose the network again.'),
  'core.profile.secret-missing': msg(
    'The saved secret for "{ssid}" is not available in this session. Choose the network again and enter it.',
    ['ssid'],
  ),
  'core.data-dir.busy': msg(
    'Another Photon Setup is using the data folder {dir}. Close it first, or start this one with another data folder.',
    ['dir'],
  ),
  'core.data-dir.busy.named': msg(
    'Another Photon Setup ({host}, process {pid}, started {startedAt, date, medium} {startedAt, time, short}) is using the data folder {dir}. Close it first, or start this one with another data folder.',
    ['host', 'pid', 'startedAt', 'dir'],
  ),
  // Which kind of Photon Setup holds a lock (the lock file keeps the code: desktop, web, cli).
  'core.host.desktop': msg('the desktop app'),
  'core.host.web': msg('the web host'),
  'core.host.cli': msg('the command line'),
  // The desktop app's update questions (a system dialog, in the window's language).
  'core.update.download.message': msg('Photon Setup {version} is available.', ['version']),
  'core.update.download.detail': msg(
    'It includes the latest fixes, security fixes among them. Download it now? Setup keeps working while it downloads.',
  ),
  'core.update.download.yes': msg('Download'),
  'core.update.install.message': msg('Photon Setup {version} is ready to install.', ['version']),
  'core.update.install.detail': msg(
    'Restart now to install it? No setup is running; the app reopens after the update.',
  ),
  'core.update.install.yes': msg('Restart and install'),
  'core.update.later': msg('Later'),
  // The desktop app's start failed (the data folder held or unwritable): a system dialog.
  'core.start-failed.title': msg('Photon Setup cannot start'),
  'core.start-failed.internal': msg('An internal problem stopped the start.'),
  'core.data-dir.unwritable': msg(
    "Photon Setup cannot write to its data folder {dir} ({reason}). Fix the folder's permissions or start Photon Setup with another data folder.",
    ['dir', 'reason'],
  ),
  'core.data-dir.reason.denied': msg('permission denied'),
  'core.data-dir.reason.read-only': msg('the disk is read-only'),
  'core.data-dir.reason.full': msg('the disk is full'),
  'core.data-dir.reason.quota': msg('the disk quota is used up'),
  'core.data-dir.reason.not-a-folder': msg('part of that path is a file, not a folder'),
  'core.data-dir.reason.in-the-way': msg('a file of that name is in the way'),
  'core.data-dir.reason.other': msg('it cannot be written'),
  'core.secrets.locked': msg(
    'The saved secret "{name}" can no longer be unlocked (the keychain or key file changed). Enter it again.',
    ['name'],
  ),
  'core.secrets.no-keychain': msg(
    'This computer offers no keychain to protect saved secrets. Secrets will not be saved; enter them for each session.',
  ),
  'core.secrets.no-keyring': msg(
    'No desktop keyring is unlocked (GNOME Keyring or KWallet), so secrets cannot be saved safely. Unlock or install one, or enter secrets for each session.',
  ),
  'core.secrets.bad-key-file': msg(
    'The key file {path} is not a Photon Setup key (expected {bytes} bytes of base64).',
    ['path', 'bytes'],
  ),
} as const;
