// Input rules shared by every side, so the renderer can explain a problem before the core
// refuses it. Each validator returns the operator sentence for the first problem (a Message, so
// each side says it in its operator's language), or null.

import { m, type Message } from './i18n';
import { isSendableSecurity, securityClass, SECURITY_UNKNOWN } from './security';
import { displaySsid, utf8Bytes } from './ssid-text';

const DEVICE_ID = /^[0-9a-f]{24}$/;

/** Device ids are compared and sent lowercase everywhere; accept any case and surrounding space. */
export const normalizeDeviceId = (value: string): string => value.trim().toLowerCase();

export const isDeviceId = (value: string): boolean => DEVICE_ID.test(normalizeDeviceId(value));

export function deviceIdProblem(value: string): Message | null {
  const id = normalizeDeviceId(value);
  if (id.length === 0) return m('validate.device-id.empty');
  if (!/^[0-9a-f]*$/.test(id)) return m('validate.device-id.characters');
  if (id.length !== 24) return m('validate.device-id.length', { length: id.length });
  return null;
}

/** UTF-8 byte length, which is what the device's 32-byte SSID limit counts. */
export const utf8ByteLength = (value: string): number => new TextEncoder().encode(value).length;

// ---- SoftAP inputs: checked before anything is sent to a Photon (softap-protocol.md §4.6, §13.8).
// None of these messages quotes a password; SSIDs are not secret and are quoted to help the operator.

/** The device refuses (≥ 0.7) or silently truncates (≤ 0.6) SSIDs longer than this many bytes. */
export const SSID_MAX_BYTES = 32;
const WPA_PASSPHRASE_MIN = 8;
const WPA_PASSPHRASE_MAX = 63;
const WPA_PSK_HEX_LENGTH = 64;
const CLAIM_CODE_LENGTH = 63;
/** Enterprise identities and the PEAP password live in 64-byte DCT fields (dct.h eap_config_t). */
const EAP_FIELD_MAX_BYTES = 64;

const isControl = (code: number): boolean => code < 0x20 || (code >= 0x7f && code <= 0x9f);
const hasControl = (value: string): boolean =>
  [...value].some((char) => isControl(char.codePointAt(0) ?? 0));
// With the u flag a surrogate class matches only unpaired halves, which UTF-8 cannot carry.
const hasLoneSurrogate = (value: string): boolean => /[\uD800-\uDFFF]/u.test(value);
/** A name as quoted in a sentence: screen-safe, and cut at 40 characters. */
const quoted = (value: string): string => {
  const shown = displaySsid(value);
  return shown.length > 40 ? `${shown.slice(0, 40)}…` : shown;
};

/** The escapes jsmn accepts after a backslash besides `u` + 4 hex digits (jsmn.c l.137–166). */
const JSMN_ESCAPES = new Set([...'"/\\bfnrt'].map((c) => c.charCodeAt(0)));
const isHexByte = (byte: number | undefined): boolean =>
  byte !== undefined && /^[0-9a-fA-F]$/.test(String.fromCharCode(byte));
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * Why an SSID's bytes cannot be handed to configure-ap, or null. The device keeps the raw text of
 * the `ssid` token, escapes and all (softap.cpp l.614), so the bytes must go in unescaped — which
 * works only when jsmn reads them as one string token: every backslash starts a valid jsmn escape
 * and no quote stands alone. `name` is the readable form, for the sentence.
 */
export function ssidBytesProblem(bytes: Uint8Array, name: string): Message | null {
  if (bytes.length === 0) return m('validate.ssid.empty');
  if (bytes.length > SSID_MAX_BYTES)
    return m('validate.ssid.too-long', {
      max: SSID_MAX_BYTES,
      name: quoted(name),
      bytes: bytes.length,
    });
  if (bytes.includes(0)) return m('validate.ssid.nul', { name: quoted(name) });
  for (let i = 0; i < bytes.length; i += 1) {
    const byte = bytes[i];
    if (byte === QUOTE) return m('validate.ssid.quote', { name: quoted(name) });
    if (byte !== BACKSLASH) continue;
    const next = bytes[i + 1];
    if (next !== undefined && JSMN_ESCAPES.has(next)) {
      i += 1;
      continue;
    }
    if (next === 0x75 && [2, 3, 4, 5].every((k) => isHexByte(bytes[i + k]))) {
      i += 5;
      continue;
    }
    return m('validate.ssid.backslash', { name: quoted(name) });
  }
  return null;
}

/** A name typed by the operator: checked as text first, then as the UTF-8 bytes it will be sent as. */
export function ssidProblem(ssid: string): Message | null {
  if (ssid.length === 0) return m('validate.ssid.empty');
  if (hasLoneSurrogate(ssid)) return m('validate.ssid.broken');
  if (hasControl(ssid)) return m('validate.ssid.control');
  return ssidBytesProblem(utf8Bytes(ssid), ssid);
}

const isHex = (value: string): boolean => /^[0-9a-fA-F]*$/.test(value);

/** WPA/WPA2 Personal: 8–63 characters (counted in UTF-8 bytes, as the device does) or exactly 64 hex digits. */
export function passphraseProblem(passphrase: string): Message | null {
  if (passphrase.length === 0) return m('validate.passphrase.empty');
  if (hasLoneSurrogate(passphrase) || hasControl(passphrase))
    return m('validate.passphrase.broken');
  const bytes = utf8ByteLength(passphrase);
  const unit = bytes === passphrase.length ? 'characters' : 'bytes';
  if (bytes === WPA_PSK_HEX_LENGTH) {
    return isHex(passphrase) ? null : m('validate.passphrase.hex-key', { max: WPA_PASSPHRASE_MAX });
  }
  if (bytes < WPA_PASSPHRASE_MIN)
    return m('validate.passphrase.too-short', { min: WPA_PASSPHRASE_MIN, unit, count: bytes });
  if (bytes > WPA_PASSPHRASE_MAX)
    return m('validate.passphrase.too-long', { max: WPA_PASSPHRASE_MAX, unit, count: bytes });
  return null;
}

/** How a WEP key was entered, so it can be rewritten in the device's `<index><length><key hex>` form. */
export type WepKeyForm = 'ascii' | 'hex' | 'device';

/**
 * WEP keys are 5 or 13 ASCII characters, 10 or 26 hex digits, or already in the device form
 * (index 00–03, length 05 or 0D, then the key in hex), e.g. 0005D9178B0F95.
 */
export function wepKeyForm(key: string): WepKeyForm | null {
  if (/^0[0-3](05[0-9a-fA-F]{10}|0[dD][0-9a-fA-F]{26})$/.test(key)) return 'device';
  if ((key.length === 10 || key.length === 26) && isHex(key)) return 'hex';
  if ((key.length === 5 || key.length === 13) && /^[\x20-\x7e]+$/.test(key)) return 'ascii';
  return null;
}

export function wepKeyProblem(key: string): Message | null {
  if (key.length === 0) return m('validate.wep.empty');
  if (wepKeyForm(key) !== null) return null;
  return m('validate.wep.form', { length: key.length });
}

/** configure-ap needs a real security value: -1 (scan could not tell) or stray bits store an open network. */
export function securityProblem(security: number): Message | null {
  if (security === SECURITY_UNKNOWN) return m('validate.security.unknown');
  if (!Number.isInteger(security) || !isSendableSecurity(security))
    return m('validate.security.unsendable', { value: String(security) });
  return null;
}

/** The password rule that applies to a network's security value, or null when none is needed. */
export function networkPasswordProblem(security: number, password: string): Message | null {
  const kind = securityClass(security);
  if (kind === 'wep') return wepKeyProblem(password);
  if (kind === 'wpa' || kind === 'wpa2') return passphraseProblem(password);
  return null;
}

/** The enterprise fields a sentence can name (validate.field.<name>). */
export type EapField = 'identity' | 'inner-identity' | 'outer-identity' | 'password';

const fieldName = (field: EapField): Message => m(`validate.field.${field}`);

/** One enterprise field (identity or PEAP password): present when required, at most 64 bytes. */
export function eapFieldProblem(field: EapField, value: string, required: boolean): Message | null {
  if (value.length === 0)
    return required ? m('validate.eap.required', { field: fieldName(field) }) : null;
  if (hasLoneSurrogate(value) || hasControl(value))
    return m('validate.eap.broken', { field: fieldName(field) });
  const bytes = utf8ByteLength(value);
  if (bytes > EAP_FIELD_MAX_BYTES)
    return m('validate.eap.too-long', { field: fieldName(field), max: EAP_FIELD_MAX_BYTES, bytes });
  return null;
}

/**
 * An enterprise identity (ii, oi). The Photon stores it exactly as sent, escapes included
 * (softap.cpp l.652, l.658): a JSON-escaped `CORP\\jsmith` arrives at RADIUS doubled, and a raw
 * backslash or quote breaks the request, so neither can reach the network intact.
 */
export function identityProblem(field: EapField, value: string, required: boolean): Message | null {
  const basic = eapFieldProblem(field, value, required);
  if (basic !== null) return basic;
  const which = value.includes('\\') ? 'backslash' : value.includes('"') ? 'quote' : null;
  if (which === null) return null;
  return m('validate.identity.escaped', { field: fieldName(field), value, which });
}

/**
 * Claim codes pasted from JSON output arrive with `\/` escapes; the official apps strip every
 * backslash before sending (the device stores escapes literally), and so do we.
 */
export const normalizeClaimCode = (value: string): string => value.trim().replace(/\\/g, '');

export function claimCodeProblem(value: string): Message | null {
  const code = normalizeClaimCode(value);
  if (code.length === 0) return m('validate.claim-code.empty');
  if (!/^[A-Za-z0-9+/]*$/.test(code)) return m('validate.claim-code.characters');
  if (code.length !== CLAIM_CODE_LENGTH)
    return m('validate.claim-code.length', { length: CLAIM_CODE_LENGTH, actual: code.length });
  return null;
}
