// The configure-ap JSON body. Only keys the firmware knows, with the JSON types it expects: one
// unknown key or a string where a number belongs and the device answers nothing at all
// (softap-protocol.md §4.6, §5, §13.8). Everything is validated before a byte is sent.
import { EAP_TYPES, isEnterprise, requiresPassword, securityClass } from '../../../shared/security';
import {
  eapFieldProblem,
  networkPasswordProblem,
  securityProblem,
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
  ssid: string;
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
  problem: string;
}

const ascii = (value: string): boolean => /^[\x20-\x7e\r\n\t]*$/.test(value);

function pemProblem(
  label: string,
  pem: string,
  maxBytes: number,
  required: boolean,
): string | null {
  const text = pem.trim();
  if (text.length === 0) return required ? `Add the ${label} (PEM text).` : null;
  if (
    !ascii(text) ||
    !/^-----BEGIN [A-Z0-9 ]+-----/.test(text) ||
    !/-----END [A-Z0-9 ]+-----$/.test(text)
  ) {
    return `The ${label} must be PEM text, starting with -----BEGIN and ending with -----END … lines.`;
  }
  const bytes = formatPem(text).length;
  if (bytes >= maxBytes)
    return `The ${label} is ${bytes} bytes; the Photon stores at most ${maxBytes - 1}.`;
  return null;
}

/** AES-CBC adds 1–16 bytes of PKCS#7 padding, which the device stores with the key. */
const paddedLength = (bytes: number): number => (Math.floor(bytes / 16) + 1) * 16;

/** The first problem with a network, field by field, or null when it can be sent. */
export function configureProblem(network: ConfigureNetwork): FieldProblem | null {
  const ssid = ssidProblem(network.ssid);
  if (ssid !== null) return { field: 'ssid', problem: ssid };
  const security = securityProblem(network.security);
  if (security !== null) return { field: 'security', problem: security };
  const channel = network.channel ?? 0;
  if (!Number.isInteger(channel) || channel < 0 || channel > MAX_CHANNEL) {
    return {
      field: 'channel',
      problem: `Wi-Fi channel ${channel} is not a 2.4 GHz channel (1 to ${MAX_CHANNEL}, or 0 for unknown).`,
    };
  }
  const auth = network.auth ?? 'personal';
  if (auth === 'personal' && isEnterprise(network.security)) {
    return {
      field: 'auth',
      problem:
        'This is a WPA Enterprise network: choose PEAP or EAP-TLS and enter its credentials.',
    };
  }
  if (auth !== 'personal' && !isEnterprise(network.security)) {
    return {
      field: 'auth',
      problem:
        "PEAP and EAP-TLS need a WPA or WPA2 Enterprise network; choose the network's security again.",
    };
  }
  const found = (field: string, problem: string | null): FieldProblem | null =>
    problem === null ? null : { field, problem };
  switch (network.auth) {
    case undefined:
    case 'personal': {
      if (!requiresPassword(network.security)) return null;
      const index = network.wepKeyIndex ?? 0;
      if (securityClass(network.security) === 'wep' && ![0, 1, 2, 3].includes(index)) {
        return { field: 'wepKeyIndex', problem: 'The WEP key number is 1 to 4.' };
      }
      return found('password', networkPasswordProblem(network.security, network.password ?? ''));
    }
    case 'peap':
      return (
        found(
          'innerIdentity',
          eapFieldProblem('user name (inner identity)', network.innerIdentity, true),
        ) ??
        found(
          'outerIdentity',
          eapFieldProblem('outer identity', network.outerIdentity ?? '', false),
        ) ??
        found('password', eapFieldProblem('password', network.password, true)) ??
        found(
          'caCertificate',
          pemProblem('CA certificate', network.caCertificate ?? '', CERTIFICATE_MAX_BYTES, false),
        )
      );
    case 'eap-tls': {
      const keyBytes = formatPem(network.privateKey).length;
      return (
        found('outerIdentity', eapFieldProblem('identity', network.outerIdentity ?? '', false)) ??
        found(
          'clientCertificate',
          pemProblem('client certificate', network.clientCertificate, CERTIFICATE_MAX_BYTES, true),
        ) ??
        found(
          'privateKey',
          pemProblem('private key', network.privateKey, Number.MAX_SAFE_INTEGER, true),
        ) ??
        found(
          'privateKey',
          paddedLength(keyBytes) >= PRIVATE_KEY_MAX_BYTES
            ? `The private key is ${keyBytes} bytes; the Photon stores at most ${PRIVATE_KEY_MAX_BYTES - 17}.`
            : null,
        ) ??
        found(
          'caCertificate',
          pemProblem('CA certificate', network.caCertificate ?? '', CERTIFICATE_MAX_BYTES, false),
        )
      );
    }
  }
}

export class ConfigureInputError extends Error {
  constructor(
    readonly field: string,
    readonly problem: string,
  ) {
    super(problem);
    this.name = 'ConfigureInputError';
  }
}

/**
 * Builds the body. JSON.stringify keeps non-ASCII as raw UTF-8 (the device does not decode \u
 * escapes), and validation has ruled out the characters it would escape in an SSID.
 */
export function buildConfigureBody(
  network: ConfigureNetwork,
  deviceKey: DevicePublicKey,
  random?: RandomBytes,
): string {
  const problem = configureProblem(network);
  if (problem !== null) throw new ConfigureInputError(problem.field, problem.problem);
  const body: Record<string, string | number> = {
    idx: 0,
    ssid: network.ssid,
    sec: network.security,
    ch: network.channel ?? 0,
  };
  switch (network.auth) {
    case undefined:
    case 'personal':
      if (requiresPassword(network.security)) {
        const password = network.password ?? '';
        const secret =
          securityClass(network.security) === 'wep'
            ? (toDeviceWepKey(password, network.wepKeyIndex ?? 0) ?? '')
            : password;
        body.pwd = encryptPassword(deviceKey, secret);
      }
      break;
    case 'peap':
      body.pwd = encryptPassword(deviceKey, network.password);
      body.eap = EAP_TYPES.peap;
      if (network.outerIdentity) body.oi = network.outerIdentity;
      body.ii = network.innerIdentity;
      if (network.caCertificate?.trim()) body.ca = formatPem(network.caCertificate);
      break;
    case 'eap-tls': {
      const encrypted = encryptPrivateKey(deviceKey, network.privateKey, random);
      body.eap = EAP_TYPES['eap-tls'];
      if (network.outerIdentity) body.oi = network.outerIdentity;
      body.crt = formatPem(network.clientCertificate);
      body.key = encrypted.key;
      body.ek = encrypted.ek;
      if (network.caCertificate?.trim()) body.ca = formatPem(network.caCertificate);
      break;
    }
  }
  return JSON.stringify(body);
}
