// configure-ap: decrypt while parsing, then (≥ 0.7.0) wlan_set_credentials' dry run and save,
// each of which scans for WPA/WPA2 networks (softap-protocol.md §4.6; wlan_hal.cpp). Field
// values arrive as the raw token text, one char per byte: json_token_tostr hands the bytes
// between the quotes over unchanged (softap.cpp v2.3.1 l.207), so only crt and ca are ever
// unescaped (l.664, l.695) and ssid, ii and oi are stored with their escapes (l.614, l.652, l.658).
import { createDecipheriv } from 'node:crypto';
import {
  EAP_PEAP,
  EAP_TLS,
  ENTERPRISE_ENABLED,
  PASSCODE_MAX_BYTES,
  RESULT,
  SSID_MAX_BYTES,
  WEP_ENABLED,
  WPA2_SECURITY,
  WPA_SECURITY,
  type RsaErrorCodes,
} from './constants';
import type { DeviceKey } from './device-key';
import { atoi, unescapeCertificate, type RequestSchema } from './jsmn-request';
import type { AirNetwork, EnterpriseCredentials, PhotonFirmware, StoredNetwork } from './options';
import { decryptLikeFirmware, hexDecodeLikeFirmware } from './rsa-decrypt';

export const CONFIGURE_SCHEMA_LEGACY: RequestSchema = {
  idx: 'primitive',
  ssid: 'string',
  pwd: 'string',
  ch: 'primitive',
  sec: 'primitive',
};

export const CONFIGURE_SCHEMA: RequestSchema = {
  ...CONFIGURE_SCHEMA_LEGACY,
  eap: 'primitive',
  oi: 'string',
  ii: 'string',
  crt: 'string',
  key: 'string',
  ek: 'string',
  ca: 'string',
};

export interface ConfigureContext {
  firmware: PhotonFirmware;
  key: DeviceKey;
  rsaErrors: RsaErrorCodes;
  /** Set when the low-RAM fault is on: every RSA decryption fails with this code. */
  decryptFailure: number | null;
  /** A broadcast scan for one SSID (its raw bytes); resolves after the scan time. */
  scanFor(ssid: Buffer): Promise<AirNetwork | undefined>;
}

export interface ConfigureResult {
  code: number;
  network: StoredNetwork | null;
}

const EAP_FIELD_MAX = 64;
const CERTIFICATE_MAX = 4096;
const PRIVATE_KEY_MAX = 2048;
/** ek carries a 16-byte AES key and a 16-byte IV. */
const KEY_IV_BYTES = 32;

type Coarse = 'open' | 'wep' | 'wpa' | 'wpa2' | 'wpa-enterprise' | 'wpa2-enterprise' | 'not-set';

/** toSecurityType() in softap.cpp: the cipher bits are dropped here. */
export function coarseSecurity(sec: number): Coarse {
  if (sec === 0) return 'open';
  if (sec & WEP_ENABLED) return 'wep';
  if (sec & WPA2_SECURITY && sec & ENTERPRISE_ENABLED) return 'wpa2-enterprise';
  if (sec & WPA_SECURITY && sec & ENTERPRISE_ENABLED) return 'wpa-enterprise';
  if (sec & WPA_SECURITY) return 'wpa';
  if (sec & WPA2_SECURITY) return 'wpa2';
  return 'not-set';
}

const byteLength = (value: string): number => Buffer.byteLength(value, 'utf8');
/** The firmware treats the plaintext as a C string. */
const cString = (bytes: Buffer): string => {
  const nul = bytes.indexOf(0);
  return (nul >= 0 ? bytes.subarray(0, nul) : bytes).toString('utf8');
};
const truncateBytes = (value: string, max: number): string =>
  Buffer.from(value, 'utf8').subarray(0, max).toString('utf8');
/** A field's raw token text as the bytes it was sent as (the body was read one char per byte). */
const raw = (value: string): Buffer => Buffer.from(value, 'latin1');
/** crt and ca after json_unescape, as text (PEM is ASCII; any other byte is kept as sent). */
const certificate = (value: string): string => raw(unescapeCertificate(value)).toString('utf8');

function decryptField(
  hex: string,
  maxBytes: number,
  context: ConfigureContext,
): { ok: true; bytes: Buffer } | { ok: false; code: number } {
  if (context.decryptFailure !== null) return { ok: false, code: context.decryptFailure };
  const result = decryptLikeFirmware(hex, context.key, maxBytes, context.rsaErrors);
  return result.ok ? { ok: true, bytes: result.plaintext } : result;
}

function decryptPrivateKey(keyHex: string, keyIv: Buffer): string {
  const data = hexDecodeLikeFirmware(keyHex, Math.ceil(keyHex.length / 2));
  const whole = data.subarray(0, data.length - (data.length % 16));
  const decipher = createDecipheriv('aes-128-cbc', keyIv.subarray(0, 16), keyIv.subarray(16, 32));
  // mbedTLS decrypts block by block and keeps the PKCS#7 pad bytes (§7.4).
  decipher.setAutoPadding(false);
  return Buffer.concat([decipher.update(whole), decipher.final()]).toString('latin1');
}

async function configureLegacy(
  fields: ReadonlyMap<string, string>,
  context: ConfigureContext,
): Promise<ConfigureResult> {
  let password = '';
  const pwd = fields.get('pwd');
  if (pwd !== undefined) {
    // ≤ 0.6 always decrypts pwd, so "" decrypts a zero buffer and fails.
    const decrypted = decryptField(pwd, PASSCODE_MAX_BYTES + 1, context);
    if (!decrypted.ok) return { code: decrypted.code, network: null };
    password = cString(decrypted.bytes);
  }
  const network: StoredNetwork = {
    // strncpy into a 32-byte field: silently truncated, no length check (v0.6.4 l.497–515).
    ssid: raw(fields.get('ssid') ?? '').subarray(0, SSID_MAX_BYTES),
    security: atoi(fields.get('sec') ?? '0'),
    channel: atoi(fields.get('ch') ?? '0'),
    password: truncateBytes(password, PASSCODE_MAX_BYTES),
    enterprise: null,
  };
  return { code: RESULT.ok, network };
}

/** check_enterprise_credentials (wlan_hal.cpp v2.3.1 l.298–321) and the DCT sizes of dct.h. */
function enterpriseProblem(e: EnterpriseCredentials, password: string): boolean {
  if (e.innerIdentity !== null && e.innerIdentity.length > EAP_FIELD_MAX) return true;
  if (byteLength(password) > EAP_FIELD_MAX) return true;
  if (e.caCertificate !== null && byteLength(e.caCertificate) >= CERTIFICATE_MAX) return true;
  if (e.eapType === EAP_PEAP)
    return e.innerIdentity === null || e.innerIdentity.length === 0 || password.length === 0;
  if (e.eapType === EAP_TLS) {
    if (!e.clientCertificate || !e.privateKey) return true;
    return (
      byteLength(e.clientCertificate) >= CERTIFICATE_MAX ||
      Buffer.byteLength(e.privateKey, 'latin1') >= PRIVATE_KEY_MAX
    );
  }
  return true;
}

export async function configureAp(
  fields: ReadonlyMap<string, string>,
  context: ConfigureContext,
): Promise<ConfigureResult> {
  if (context.firmware === '0.6') return configureLegacy(fields, context);
  const fail = (code: number): ConfigureResult => ({ code, network: null });

  // Decryption happens while the JSON is walked, so its errors win over every later check.
  let password = '';
  const pwd = fields.get('pwd');
  if (pwd !== undefined) {
    if (pwd.length < 2) {
      password = pwd;
    } else {
      const decrypted = decryptField(pwd, PASSCODE_MAX_BYTES + 1, context);
      if (!decrypted.ok) return fail(decrypted.code);
      password = cString(decrypted.bytes);
    }
  }
  let keyIv: Buffer | null = null;
  const ek = fields.get('ek');
  if (ek !== undefined) {
    const decrypted = decryptField(ek, KEY_IV_BYTES, context);
    if (!decrypted.ok) return fail(decrypted.code);
    keyIv = Buffer.concat([decrypted.bytes, Buffer.alloc(KEY_IV_BYTES)]).subarray(0, KEY_IV_BYTES);
  }

  // setSsid keeps the raw text: `a\"b` is stored as those 4 bytes (softap.cpp v2.3.1 l.614); 1..32 bytes (wlan_hal.cpp v2.3.1 l.1185).
  const ssid = raw(fields.get('ssid') ?? '');
  if (ssid.length === 0 || ssid.length > SSID_MAX_BYTES) return fail(RESULT.invalidSsidLength);

  const sec = atoi(fields.get('sec') ?? '0');
  const coarse = coarseSecurity(sec);
  const scans = coarse !== 'open' && coarse !== 'wep';
  let security: number;
  if (coarse === 'open') security = 0;
  else if (coarse === 'wep') security = WEP_ENABLED;
  else {
    const found = await context.scanFor(ssid);
    if (found === undefined) return fail(RESULT.cipherRequired);
    security = found.sec;
  }

  const passwordBytes = byteLength(password);
  if (security & WEP_ENABLED && (passwordBytes < 5 || passwordBytes > 58))
    return fail(RESULT.invalidKeyLength);
  const personal = security & (WPA_SECURITY | WPA2_SECURITY) && !(security & ENTERPRISE_ENABLED);
  if (personal && (passwordBytes < 8 || passwordBytes > PASSCODE_MAX_BYTES))
    return fail(RESULT.invalidKeyLength);

  let enterprise: EnterpriseCredentials | null = null;
  const eap = fields.get('eap');
  if (eap !== undefined || security & ENTERPRISE_ENABLED) {
    const key = fields.get('key');
    const ii = fields.get('ii');
    const oi = fields.get('oi');
    enterprise = {
      eapType: eap === undefined ? 0 : atoi(eap),
      // Verbatim: `CORP\\jsmith` is stored with both backslashes and RADIUS sees them (softap.cpp v2.3.1 l.652, l.658).
      innerIdentity: ii === undefined ? null : raw(ii),
      // An outer identity longer than its 64-byte DCT field is dropped without an error (wlan_hal.cpp v2.3.1 l.1255).
      outerIdentity: oi === undefined || oi.length > EAP_FIELD_MAX ? null : raw(oi),
      clientCertificate: fields.has('crt') ? certificate(fields.get('crt') ?? '') : null,
      privateKey: key !== undefined && keyIv !== null ? decryptPrivateKey(key, keyIv) : null,
      caCertificate: fields.has('ca') ? certificate(fields.get('ca') ?? '') : null,
    };
    if (enterprise.eapType === EAP_TLS && enterprise.privateKey !== null) password = '1';
    if (enterpriseProblem(enterprise, password)) return fail(RESULT.enterpriseRejected);
  }

  // The save pass calls toSecurity() again: a second scan.
  if (scans && (await context.scanFor(ssid)) === undefined) return fail(RESULT.cipherRequired);
  return {
    code: RESULT.ok,
    network: {
      ssid,
      security,
      channel: atoi(fields.get('ch') ?? '0'),
      password: truncateBytes(password, PASSCODE_MAX_BYTES),
      enterprise,
    },
  };
}
