// What the input rules say (shared/validate.ts, the zod schemas of shared/provisioning.ts and
// shared/settings.ts, configure-ap's checks): the same words in the form, in the core's refusal
// and on the command line. validate.field.* are the names of fields, used inside sentences.
import { msg } from '../define';

export const EN_VALIDATE = {
  'validate.invalid': msg('This value is not valid.'),

  'validate.field.identity': msg('identity'),
  'validate.field.inner-identity': msg('user name (inner identity)'),
  'validate.field.outer-identity': msg('outer identity'),
  'validate.field.password': msg('password'),
  'validate.field.ca-certificate': msg('CA certificate'),
  'validate.field.client-certificate': msg('client certificate'),
  'validate.field.private-key': msg('private key'),

  'validate.device-id.empty': msg('Enter the device id (24 characters, 0-9 and a-f).'),
  'validate.device-id.characters': msg('A device id has only the characters 0-9 and a-f.'),
  'validate.device-id.length': msg('A device id is 24 characters long; this one has {length}.', [
    'length',
  ]),

  'validate.ssid.empty': msg('Enter the Wi-Fi network name (SSID).'),
  'validate.ssid.too-long': msg(
    'A Wi-Fi network name is at most {max} bytes; "{name}" is {bytes} bytes (letters with accents and emoji take 2 to 4 bytes each).',
    ['max', 'name', 'bytes'],
  ),
  'validate.ssid.nul': msg(
    'The Photon cannot be given "{name}" over SoftAP: its name holds a NUL byte, which the Photon\'s text fields cannot carry. Rename the network, or set the Photon up over USB (particle serial wifi).',
    ['name'],
  ),
  'validate.ssid.quote': msg(
    'The Photon cannot be given "{name}" over SoftAP: the quote (") in its name would end the name early on the device, which stores names exactly as sent. Rename the network, or set the Photon up over USB (particle serial wifi).',
    ['name'],
  ),
  'validate.ssid.backslash': msg(
    'The Photon cannot be given "{name}" over SoftAP: a backslash in its name is not followed by one of " / \\ b f n r t or u and four hex digits, and the Photon\'s parser refuses anything else. Rename the network, or set the Photon up over USB (particle serial wifi).',
    ['name'],
  ),
  'validate.ssid.broken': msg('The network name contains a broken character; type it again.'),
  'validate.ssid.control': msg(
    "The network name contains an invisible control character; type it again, or pick the network from the Photon's own list.",
  ),

  'validate.passphrase.empty': msg('Enter the Wi-Fi password.'),
  'validate.passphrase.broken': msg(
    'The Wi-Fi password contains an invisible or broken character; type it again.',
  ),
  'validate.passphrase.hex-key': msg(
    'A 64-character Wi-Fi password must be a hex key (0-9 and a-f only); a passphrase has at most {max} characters.',
    ['max'],
  ),
  'validate.passphrase.too-short': msg(
    'A WPA Wi-Fi password has at least {min} characters; this one has {unit, select, bytes {{count, plural, one {# byte} other {# bytes}}} other {{count, plural, one {# character} other {# characters}}}}.',
    ['min', 'unit', 'count'],
  ),
  'validate.passphrase.too-long': msg(
    'A WPA Wi-Fi password has at most {max} characters (or 64 hex digits); this one has {unit, select, bytes {{count, plural, one {# byte} other {# bytes}}} other {{count, plural, one {# character} other {# characters}}}}.',
    ['max', 'unit', 'count'],
  ),
  'validate.wep.empty': msg('Enter the WEP key.'),
  'validate.wep.form': msg(
    'A WEP key is 5 or 13 characters, or 10 or 26 hex digits; this one has {length} characters.',
    ['length'],
  ),
  'validate.security.unknown': msg(
    "The Photon could not tell this network's security type; choose it before continuing.",
  ),
  'validate.security.unsendable': msg(
    "Security value {value} is not one the Photon understands; choose the network's security type.",
    ['value'],
  ),
  'validate.eap.required': msg('Enter the {field}.', ['field']),
  'validate.eap.broken': msg(
    'The {field} contains an invisible or broken character; type it again.',
    ['field'],
  ),
  'validate.eap.too-long': msg('The {field} can be at most {max} bytes; this one is {bytes}.', [
    'field',
    'max',
    'bytes',
  ]),
  'validate.identity.escaped': msg(
    'The Photon cannot send the {field} "{value}": it stores identities exactly as sent, so {which, select, backslash {a backslash (\\)} other {a quote (")}} would reach the network changed and every sign-in would be refused. Enter it as user@domain instead (for CORP\\jsmith, the form your IT team gives, e.g. jsmith@corp.example.com).',
    ['field', 'value', 'which'],
  ),
  'validate.claim-code.empty': msg('Enter the claim code.'),
  'validate.claim-code.characters': msg(
    'A claim code has only letters, digits, + and /; check it was copied completely and without spaces.',
  ),
  'validate.claim-code.length': msg(
    'A claim code is {length} characters long; this one has {actual}.',
    ['length', 'actual'],
  ),
  'validate.channel.range': msg(
    'Wi-Fi channel {channel} is not a 2.4 GHz channel (1 to {max}, or 0 for unknown).',
    ['channel', 'max'],
  ),
  'validate.auth.needs-enterprise-credentials': msg(
    'This is a WPA Enterprise network: choose PEAP or EAP-TLS and enter its credentials.',
  ),
  'validate.auth.needs-enterprise-network': msg(
    "PEAP and EAP-TLS need a WPA or WPA2 Enterprise network; choose the network's security again.",
  ),
  'validate.wep.key-index': msg('The WEP key number is 1 to 4.'),
  'validate.pem.required': msg('Add the {field} (PEM text).', ['field']),
  'validate.pem.form': msg(
    'The {field} must be PEM text, starting with -----BEGIN and ending with -----END … lines.',
    ['field'],
  ),
  'validate.pem.too-long': msg('The {field} is {bytes} bytes; the Photon stores at most {max}.', [
    'field',
    'bytes',
    'max',
  ]),

  'validate.prefix.empty': msg('Enter the SoftAP name prefix (for example Photon-).'),
  'validate.prefix.too-long': msg('A SoftAP prefix is at most {max} characters.', ['max']),
  'validate.prefix.characters': msg(
    'A SoftAP prefix uses only letters, digits, "_", "." and "-", starting with a letter or digit.',
  ),

  'validate.settings.station-too-long': msg('A station name is at most {max} characters.', ['max']),
  'validate.settings.operator-too-long': msg('An operator name is at most {max} characters.', [
    'max',
  ]),
  'validate.settings.cloud-url-too-long': msg(
    'The Particle API address is at most {max} characters.',
    ['max'],
  ),
  'validate.settings.cloud-url': msg(
    'Enter the Particle API address as a URL, for example {example}.',
    ['example'],
  ),
  'validate.settings.cloud-url-https': msg(
    'Use https:// (plain http is only allowed for 127.0.0.1 or localhost).',
  ),

  'validate.account.access-token.empty': msg('Enter the access token.'),
  'validate.account.access-token.too-long': msg('The access token is at most {max} characters.', [
    'max',
  ]),
  'validate.account.access-token.short': msg(
    'Paste the whole access token (40 characters or more).',
  ),
  'validate.account.password.empty': msg('Enter the password.'),
  'validate.account.password.too-long': msg('The password is at most {max} characters.', ['max']),
  'validate.account.product.empty': msg('Enter the product id or slug.'),
  'validate.account.product.too-long': msg('The product id or slug is at most {max} characters.', [
    'max',
  ]),
  'validate.account.client-id.empty': msg('Enter the OAuth client id.'),
  'validate.account.client-id.too-long': msg('The OAuth client id is at most {max} characters.', [
    'max',
  ]),
  'validate.account.client-secret.empty': msg('Enter the OAuth client secret.'),
  'validate.account.client-secret.too-long': msg(
    'The OAuth client secret is at most {max} characters.',
    ['max'],
  ),
  'validate.email.empty': msg('Enter an email address.'),
  'validate.email.too-long': msg('An email address is at most {max} characters.', ['max']),
  'validate.email.form': msg('That is not an email address (name@example.com).'),
  'validate.otp.form': msg('Enter the 6-digit code from your authenticator app.'),

  'security.unknown': msg('Unknown security'),
  'security.unknown-value': msg('Unknown security ({value})', ['value']),
  'security.open': msg('Open'),
  'security.enterprise': msg('Enterprise'),
  'security.wep': msg(
    '{shared, select, yes {WEP (shared key)} other {WEP}}{wps, select, yes {, WPS} other {}}{adHoc, select, yes {, ad hoc} other {}}',
    ['shared', 'wps', 'adHoc'],
  ),
  'security.wpa': msg(
    '{family} {mode, select, enterprise {Enterprise} other {Personal}}{ciphers}{wps, select, yes {, WPS} other {}}{adHoc, select, yes {, ad hoc} other {}}',
    ['family', 'mode', 'ciphers', 'wps', 'adHoc'],
  ),
  'security.eap.peap': msg('PEAP (MSCHAPv2)'),
  'security.eap.tls': msg('EAP-TLS'),
  'security.eap.other': msg('EAP method {value}', ['value']),
} as const;
