import { msg } from '../define';

export const EN_SOFTAP = {
  'softap.doing.version': msg('asking for its protocol version'),
  'softap.doing.device-id': msg('reading its device id'),
  'softap.doing.scan-ap': msg('scanning for Wi-Fi networks'),
  'softap.doing.public-key': msg('reading its public key'),
  'softap.doing.set': msg('storing the claim code'),
  'softap.doing.configure-ap': msg('storing the Wi-Fi settings'),
  'softap.doing.connect-ap': msg('telling it to join Wi-Fi'),
  'softap.done.version': msg('The Photon answered.'),
  'softap.done.device-id': msg('The Photon sent its device id.'),
  'softap.done.scan-ap': msg('The Photon listed the Wi-Fi networks it can see.'),
  'softap.done.public-key': msg('The Photon sent its public key.'),
  'softap.done.set': msg('The Photon stored the claim code.'),
  'softap.done.configure-ap': msg('The Photon stored the Wi-Fi settings.'),
  'softap.done.connect-ap': msg(
    'The Photon is joining Wi-Fi. Watch for blinking green, then cyan.',
  ),
  'softap.after.seconds': msg('{seconds} s', ['seconds']),
  'softap.after.ms': msg('{ms} ms', ['ms']),
  'softap.scan-unreadable.ssid-too-long': msg(
    "A network name in the list is longer than 32 bytes, which no Photon sends, so this is not a Photon's answer. Check this computer is on the Photon's own Wi-Fi (Photon-…), not another network.",
  ),
  'softap.scan-unreadable.not-a-scan': msg(
    "The network list was not in the form a Photon writes it. Check this computer is on the Photon's own Wi-Fi (Photon-…), not another network.",
  ),
  'softap.scan-unreadable.cut-short': msg(
    "The Photon's network list arrived cut short. Scan again; if it keeps happening, enter the network by hand with its security and channel.",
  ),
  'softap.error.no-public-key': msg(
    'The Photon reports it has no public key, so the Wi-Fi password cannot be encrypted. Set it up over USB and check its keys (particle keys doctor).',
  ),
  'softap.error.claim-code-refused': msg(
    'The Photon refused the claim code (code {code}). Create a new claim code and try again.',
    ['code'],
  ),
  'softap.error.enterprise-refused': msg(
    'The Photon refused the enterprise credentials (code 1). Check the EAP method, identities and certificates.',
  ),
  'softap.error.device': msg(
    'The Photon reported error {code} while {doing}. Try again; if it repeats, reset the Photon into listening mode (hold SETUP until it blinks blue).',
    ['code', 'doing'],
  ),
  'softap.probably-connected': msg(
    'The Photon closed its setup network, which is what it does when it starts joining Wi-Fi. Watch for blinking green, then cyan.',
  ),
  'softap.network-not-visible': msg(
    'The Photon cannot see that Wi-Fi network (code -2). It may be hidden, 5 GHz only (the Photon has a 2.4 GHz radio), or out of range. Move closer, enable 2.4 GHz, or set the Photon up over USB.',
  ),
  'softap.ssid-rejected': msg(
    'The Photon refused the network name (code -3): it must be 1 to 32 bytes. Check the name and try again.',
  ),
  'softap.password-length': msg(
    'The Photon refused the password length (code -4): WPA passwords are 8 to 63 characters or 64 hex digits; WEP keys 5 or 13 characters.',
  ),
  'softap.key-problem': msg(
    'The Photon could not decrypt the password (code {code}). Photon Setup will fetch its key again and retry; if it repeats, reset the Photon (it may be low on memory).',
    ['code'],
  ),
  'softap.rejected': msg(
    'The Photon rejected the request while {doing} (it answered with nothing). Check its firmware is a Photon or P1 in listening mode, then try again.',
    ['doing'],
  ),
  'softap.timeout.connect': msg(
    "The Photon did not accept a connection within {after} while {doing}. Check this computer is still joined to the Photon's Wi-Fi (Photon-…) and the LED blinks blue.",
    ['after', 'doing'],
  ),
  'softap.timeout.reply': msg(
    'The Photon did not answer within {after} while {doing}. Check it still blinks blue and this computer is on its Wi-Fi, then try again.',
    ['after', 'doing'],
  ),
  'softap.scan-stuck': msg(
    'The Photon stopped answering in the middle of its Wi-Fi scan (nothing for {after}). In a room with many networks its scan can get stuck, and it then answers nothing until it leaves listening mode, so asking again will not help. Press RESET, then hold SETUP until it blinks dark blue, and start again; a saved network with its channel skips the scan.',
    ['after'],
  ),
  'softap.enterprise-unsupported': msg(
    'The Photon answered the WPA Enterprise settings with nothing, which is what Device OS older than 0.7.0 does: WPA Enterprise needs Device OS 0.7.0 or later. Update the Photon over USB (particle update), or choose a WPA2 Personal network.',
  ),
  'softap.enterprise-unanswered': msg(
    'The Photon did not answer the WPA Enterprise settings sent over HTTP within {after}. Device OS older than 0.7.0 never answers them there, because WPA Enterprise needs Device OS 0.7.0 or later: update the Photon over USB (particle update). On newer firmware, send them over TCP instead (the default transport).',
    ['after'],
  ),
  'softap.malformed': msg(
    "The Photon's answer while {doing} was not what a Photon sends. Check this computer is on the Photon's own Wi-Fi, not another network.",
    ['doing'],
  ),
  'softap.http-busy': msg(
    'The Photon is busy with other connections (HTTP 503). Wait a moment and try again.',
  ),
  'softap.http-error': msg(
    "The Photon answered HTTP {status} while {doing}. Check this computer is on the Photon's Wi-Fi and not another network.",
    ['status', 'doing'],
  ),
  'softap.connection.refused': msg(
    "Nothing answered on the Photon's setup port while {doing}. Check the LED blinks blue (listening mode) and this computer is on its Wi-Fi.",
    ['doing'],
  ),
  'softap.connection.unreachable': msg(
    "The Photon could not be reached while {doing}. Join this computer to the Photon's Wi-Fi (Photon-…) and try again.",
    ['doing'],
  ),
  'softap.connection.reset': msg(
    'The connection to the Photon dropped while {doing}. Check this computer is still on its Wi-Fi and try again.',
    ['doing'],
  ),
  'softap.invalid-key': msg(
    "The Photon's public key could not be read, so the password cannot be encrypted. Try again; if it repeats, set the Photon up over USB.",
  ),
  'softap.password-unencryptable': msg(
    'The password cannot be encrypted for the Photon; check its length.',
  ),
} as const;
