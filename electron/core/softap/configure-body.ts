// The configure-ap JSON body. Only keys the firmware knows, with the JSON types it expects: one
// unknown key or a string where a number belongs and the device answers nothing at all
// (softap-protocol.md §4.6, §5, §13.8). Everything is validated before a byte is sent.
//
// The body is built as bytes, not with JSON.stringify: the firmware hands ssid, ii and oi over as
// the raw text between the quotes and never unescapes them (softap.cpp v2.3.1 l.207, l.614,
// l.652, l.658), so they go in raw — the SSID exactly as the device's own scan reported it. Only
// crt and ca are JSON-unescaped on the device (l.664, l.695), so only they are JSON-escaped here.
import { m, formatMessage, type Message } from '../../../shared/i18n';
import { EAP_TYPES, isEnterprise, requiresPassword, securityClass } from '../../../shared/security';
import { utf8Bytes } from '../../../shared/ssid-text';
import {
  eapFieldProblem,
  identityProblem,
  networkPasswordProblem,
  securityProblem,
  ssidBytesProblem,
  ssidProblem,
} from '../../../shared/validate';
import { encryptPassword } from './encrypt-password';
import { encryptPrivateKey, formatPem, type RandomBytes } from './encrypt-private-key';
import type { DevicePublicKey } from './public-key';
import { toDeviceWepKey, type WepKeyIndex } from './wep-key';

/** DCT field sizes (platform_dct.h): the stored PEM must be shorter than these. */
const CERTIFICATE_MAX_BYTES = 4096;
const PRIVATE_KEY_MAX_BYTES = 2048;
const MAX_CHANNEL = 14;

interface NetworkBase {
  /** The readable name (for sentences); the bytes sent are `ssidBytes`, or its UTF-8. */
  ssid: string;
  /** Exactly the bytes scan-ap reported; absent for a name typed by hand. */
  ssidBytes?: Uint8Array | undefined;
  /** WICED security value, ideally from the scan; never -1. */
  security: number;
  /** From the scan, or 0 (unknown) — a wrong non-zero channel may stop the join. */
  channel?: number | undefined;
}

interface PersonalNetwork extends NetworkBase {
  auth?: 'personal' | undefined;
  /** WPA passphrase or WEP key; omitted for open networks. */
  password?: string | undefined;
  wepKeyIndex?: WepKeyIndex | undefined;
}

interface PeapNetwork extends NetworkBase {
  auth: 'peap';
  innerIdentity: string;
  outerIdentity?: string | undefined;
  password: string;
  caCertificate?: string | undefined;
}

interface EapTlsNetwork extends NetworkBase {
  auth: 'eap-tls';
  outerIdentity?: string | undefined;
  clientCertificate: string;
  privateKey: string;
  caCertificate?: string | undefined;
}

export type ConfigureNetwork = PersonalNetwork | PeapNetwork | EapTlsNetwork;

export interface FieldProblem {
  field: string;
  problem: Message;
}

const ascii = (value: string): boolean => /^[\x20-\x7e\r\n\t]*$/.test(value);

type PemField = 'ca-certificate' | 'client-certificate' | 'private-key';

function pemProblem(
  label: PemField,
  pem: string,
  maxBytes: number,
  required: boolean,
): Message | null {
  const field = m(`validate.field.${label}`);
  const text = pem.trim();
  if (text.length === 0) return required ? m('validate.pem.required', { field }) : null;
  if (
    !ascii(text) ||
    !/^-----BEGIN [A-Z0-9 ]+-----/.test(text) ||
    !/-----END [A-Z0-9 ]+-----$/.test(text)
  ) {
    return m('validate.pem.form', { field });
  }
  const bytes = formatPem(text).length;
  if (bytes >= maxBytes) return m('validate.pem.too-long', { field, bytes, max: maxBytes - 1 });
  return null;
}

/** AES-CBC adds 1–16 bytes of PKCS#7 padding, which the device stores with the key. */
const paddedLength = (bytes: number): number => (Math.floor(bytes / 16) + 1) * 16;

/** The first problem with a network, field by field, or null when it can be sent. */
export function configureProblem(network: ConfigureNetwork): FieldProblem | null {
  const ssid =
    network.ssidBytes === undefined
      ? ssidProblem(network.ssid)
      : ssidBytesProblem(network.ssidBytes, network.ssid);
  if (ssid !== null) return { field: 'ssid', problem: ssid };
  const security = securityProblem(network.security);
  if (security !== null) return { field: 'security', problem: security };
  const channel = network.channel ?? 0;
  if (!Number.isInteger(channel) || channel < 0 || channel > MAX_CHANNEL) {
    return {
      field: 'channel',
      problem: m('validate.channel.range', { channel: String(channel), max: MAX_CHANNEL }),
    };
  }
  const auth = network.auth ?? 'personal';
  if (auth === 'personal' && isEnterprise(network.security)) {
    return {
      field: 'auth',
      problem: m('validate.auth.needs-enterprise-credentials'),
    };
  }
  if (auth !== 'personal' && !isEnterprise(network.security)) {
    return {
      field: 'auth',
      problem: m('validate.auth.needs-enterprise-network'),
    };
  }
  const found = (field: string, problem: Message | null): FieldProblem | null =>
    problem === null ? null : { field, problem };
  switch (network.auth) {
    case undefined:
    case 'personal': {
      if (!requiresPassword(network.security)) return null;
      const index = network.wepKeyIndex ?? 0;
      if (securityClass(network.security) === 'wep' && ![0, 1, 2, 3].includes(index)) {
        return { field: 'wepKeyIndex', problem: m('validate.wep.key-index') };
      }
      return found('password', networkPasswordProblem(network.security, network.password ?? ''));
    }
    case 'peap':
      return (
        found('innerIdentity', identityProblem('inner-identity', network.innerIdentity, true)) ??
        found(
          'outerIdentity',
          identityProblem('outer-identity', network.outerIdentity ?? '', false),
        ) ??
        found('password', eapFieldProblem('password', network.password, true)) ??
        found(
          'caCertificate',
          pemProblem('ca-certificate', network.caCertificate ?? '', CERTIFICATE_MAX_BYTES, false),
        )
      );
    case 'eap-tls': {
      const keyBytes = formatPem(network.privateKey).length;
      return (
        found('outerIdentity', identityProblem('identity', network.outerIdentity ?? '', false)) ??
        found(
          'clientCertificate',
          pemProblem('client-certificate', network.clientCertificate, CERTIFICATE_MAX_BYTES, true),
        ) ??
        found(
          'privateKey',
          pemProblem('private-key', network.privateKey, Number.MAX_SAFE_INTEGER, true),
        ) ??
        found(
          'privateKey',
          paddedLength(keyBytes) >= PRIVATE_KEY_MAX_BYTES
            ? m('validate.pem.too-long', {
                field: m('validate.field.private-key'),
                bytes: keyBytes,
                max: PRIVATE_KEY_MAX_BYTES - 17,
              })
            : null,
        ) ??
        found(
          'caCertificate',
          pemProblem('ca-certificate', network.caCertificate ?? '', CERTIFICATE_MAX_BYTES, false),
        )
      );
    }
  }
}

export class ConfigureInputError extends Error {
  constructor(
    readonly field: string,
    readonly problem: Message,
  ) {
    super(formatMessage('en', problem));
    this.name = 'ConfigureInputError';
  }
}

/** Appends `"key":value` pieces to a body made of bytes. */
class BodyBytes {
  private readonly parts: Buffer[] = [];

  /** A number (a jsmn primitive). */
  number(key: string, value: number): void {
    this.field(key, Buffer.from(String(value)));
  }

  /** A string the device keeps verbatim: its bytes go between the quotes as they are. */
  raw(key: string, bytes: Uint8Array): void {
    this.field(key, Buffer.concat([Buffer.from('"'), bytes, Buffer.from('"')]));
  }

  /** A string the device JSON-unescapes (crt, ca), or one that needs no escaping (hex). */
  json(key: string, value: string): void {
    this.field(key, Buffer.from(JSON.stringify(value), 'utf8'));
  }

  private field(key: string, value: Buffer): void {
    this.parts.push(Buffer.from(`${this.parts.length === 0 ? '{' : ','}"${key}":`), value);
  }

  bytes(): Buffer {
    return Buffer.concat([...this.parts, Buffer.from('}')]);
  }
}

/**
 * Builds the body as bytes. configureProblem has ruled out everything raw bytes cannot carry:
 * an SSID whose quote or backslash jsmn would not read back as itself, identities with `"` or
 * `\\`, and control characters in typed text.
 */
export function buildConfigureBody(
  network: ConfigureNetwork,
  deviceKey: DevicePublicKey,
  random?: RandomBytes,
): Buffer {
  const problem = configureProblem(network);
  if (problem !== null) throw new ConfigureInputError(problem.field, problem.problem);
  const body = new BodyBytes();
  body.number('idx', 0);
  body.raw('ssid', network.ssidBytes ?? utf8Bytes(network.ssid));
  body.number('sec', network.security);
  body.number('ch', network.channel ?? 0);
  switch (network.auth) {
    case undefined:
    case 'personal':
      if (requiresPassword(network.security)) {
        const password = network.password ?? '';
        const secret =
          securityClass(network.security) === 'wep'
            ? (toDeviceWepKey(password, network.wepKeyIndex ?? 0) ?? '')
            : password;
        body.json('pwd', encryptPassword(deviceKey, secret));
      }
      break;
    case 'peap':
      body.json('pwd', encryptPassword(deviceKey, network.password));
      body.number('eap', EAP_TYPES.peap);
      if (network.outerIdentity) body.raw('oi', utf8Bytes(network.outerIdentity));
      body.raw('ii', utf8Bytes(network.innerIdentity));
      if (network.caCertificate?.trim()) body.json('ca', formatPem(network.caCertificate));
      break;
    case 'eap-tls': {
      const encrypted = encryptPrivateKey(deviceKey, network.privateKey, random);
      body.number('eap', EAP_TYPES['eap-tls']);
      if (network.outerIdentity) body.raw('oi', utf8Bytes(network.outerIdentity));
      body.json('crt', formatPem(network.clientCertificate));
      body.json('key', encrypted.key);
      body.json('ek', encrypted.ek);
      if (network.caCertificate?.trim()) body.json('ca', formatPem(network.caCertificate));
      break;
    }
  }
  return body.bytes();
}
