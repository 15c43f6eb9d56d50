// How one device's setup ended (shared/outcome.ts): a title per outcome kind (outcome.<kind>.title,
// the same ids on the result screen, the station's tiles, the history and the shift report) and
// the sentence that says what happened and what to do.
import { msg } from '../define';

export const EN_OUTCOME = {
  'outcome.success.title': msg('Online and claimed'),
  'outcome.online-not-claimed.title': msg('Online, but not claimed'),
  'outcome.configured-not-online.title': msg('Configured, but not seen online'),
  'outcome.credentials-rejected.title': msg('The Wi-Fi password was not accepted'),
  'outcome.network-not-visible.title': msg('The device cannot see that network'),
  'outcome.configure-rejected.title': msg('The device refused the Wi-Fi settings'),
  'outcome.lost-device.title': msg('Lost contact with the device'),
  'outcome.scan-stuck.title': msg("The device's Wi-Fi scan got stuck"),
  'outcome.host-wifi-problem.title': msg("This computer could not use the device's network"),
  'outcome.cloud-error.title': msg('The Particle cloud reported a problem'),
  'outcome.wifi-not-restored.title': msg('Rejoin your Wi-Fi'),
  'outcome.label-mismatch.title': msg('The label is not this Photon’s'),
  'outcome.identity-not-confirmed.title': msg('Not confirmed as the unit in hand'),
  'outcome.cancelled.title': msg('Cancelled'),
  'outcome.interrupted.title': msg('Interrupted'),

  'outcome.success.sentence': msg('Device {deviceId} is online and belongs to {owner}.', [
    'deviceId',
    'owner',
  ]),
  'outcome.owner.customer': msg('customer {email}', ['email']),
  'outcome.online-not-claimed.sentence.owned-by-other': msg(
    'Device {deviceId} is online but belongs to another account. Release it first (Returned units), then set it up again.',
    ['deviceId'],
  ),
  'outcome.online-not-claimed.sentence': msg(
    'Device {deviceId} is online but the cloud did not accept its claim code (expired or already used). Set it up again to send a fresh code.',
    ['deviceId'],
  ),
  'outcome.configured-not-online.sentence': msg(
    'Device {deviceId} took the Wi-Fi settings but did not come online within {seconds} s. Look at its LED: the colour tells where it stopped.',
    ['deviceId', 'seconds'],
  ),
  'outcome.credentials-rejected.sentence': msg(
    'Device {deviceId} could not join "{ssid}" and went back to listening mode. Check the password and the security type, then try again.',
    ['deviceId', 'ssid'],
  ),
  'outcome.network-not-visible.sentence': msg(
    'The Photon cannot see "{ssid}". It only sees 2.4 GHz networks; hidden networks and ones out of range also fail. Choose another network or move closer.',
    ['ssid'],
  ),
  'outcome.lost-device.sentence': msg(
    'The device stopped answering while {phase}. Check that it still blinks dark blue and is close to this computer, then try again.',
    ['phase'],
  ),
  'outcome.scan-stuck.sentence': msg(
    'The Photon stopped answering in the middle of its Wi-Fi scan, which happens in rooms with many networks; it stays stuck until it leaves listening mode, so trying again as it is will not help. Press RESET, then hold SETUP until it blinks dark blue, and set it up again. A saved network with its channel skips the scan.',
  ),
  'outcome.cloud-error.sentence': msg('{problem} (while {phase}).', ['problem', 'phase']),
  'outcome.wifi-not-restored.sentence': msg(
    'Photon Setup could not return this computer to "{network}". Join it from the system Wi-Fi menu, then check the device\'s result in History.',
    ['network'],
  ),
  'outcome.label-mismatch.sentence': msg(
    'Label says {labelId}, this Photon is {deviceId}. Nothing was claimed or imported for either. Scan the label of the unit in hand, or set this one aside.',
    ['labelId', 'deviceId'],
  ),
  'outcome.identity-not-confirmed.sentence.denied': msg(
    'Device {deviceId} is online and claimed, but the operator said the unit in hand is not the one flashing rainbow. Find the unit that is breathing cyan and check its label before it ships.',
    ['deviceId'],
  ),
  'outcome.identity-not-confirmed.sentence.no-answer': msg(
    'Device {deviceId} is online and claimed, but nobody confirmed in time that the unit in hand flashed rainbow. Find the unit that is breathing cyan and check its label before it ships.',
    ['deviceId'],
  ),
  'outcome.identity-not-confirmed.sentence.signal-failed': msg(
    'Device {deviceId} is online and claimed, but the cloud could not make it flash rainbow to check. Find the unit that is breathing cyan and check its label before it ships.',
    ['deviceId'],
  ),
  'outcome.cancelled.sentence': msg(
    'Setup was cancelled while {phase}. Nothing else will be sent to the device.',
    ['phase'],
  ),
  'outcome.interrupted.sentence': msg(
    "Photon Setup stopped while {phase}, and put this computer's Wi-Fi back when it started again. Set the device up again.",
    ['phase'],
  ),
  'outcome.interrupted.sentence.device': msg(
    "Photon Setup stopped while {phase} (device {deviceId}), and put this computer's Wi-Fi back when it started again. Set the device up again.",
    ['phase', 'deviceId'],
  ),
  'outcome.wifi-not-restored.sentence.unnamed': msg(
    "Photon Setup could not return this computer to your usual Wi-Fi network. Join it from the system Wi-Fi menu, then check the device's result in History.",
  ),
} as const;
