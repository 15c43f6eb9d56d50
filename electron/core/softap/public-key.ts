// The device key from `public-key`: `b` is hex of an X.509 SubjectPublicKeyInfo DER followed by
// zero padding (294 bytes in all). The DER length is read from its own header rather than assuming
// 162 bytes, so padded, unpadded and PKCS#1 RSAPublicKey forms all load (softap-protocol.md §7.1).
import forge from 'node-forge';

/** Photon keys are RSA-1024: ciphertexts must be exactly 128 bytes for the device to decrypt them. */
const DEVICE_KEY_BITS = 1024;
export const DEVICE_CIPHERTEXT_BYTES = DEVICE_KEY_BITS / 8;

export interface DevicePublicKey {
  readonly key: forge.pki.rsa.PublicKey;
  /** The DER bytes without the padding. */
  readonly der: Buffer;
  /** Modulus in lowercase hex, handy for comparing keys across fetches. */
  readonly modulusHex: string;
}

export class PublicKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PublicKeyError';
  }
}

/** Length of the DER element at the start of `bytes` (tag, length octets and content). */
export function derElementLength(bytes: Uint8Array): number {
  if (bytes.length < 2 || bytes[0] !== 0x30)
    throw new PublicKeyError('key does not start with a DER SEQUENCE');
  const first = bytes[1] ?? 0;
  if (first < 0x80) return 2 + first;
  const octets = first & 0x7f;
  if (octets === 0 || octets > 2 || bytes.length < 2 + octets) {
    throw new PublicKeyError('unsupported DER length encoding');
  }
  let length = 0;
  for (let i = 0; i < octets; i += 1) length = length * 256 + (bytes[2 + i] ?? 0);
  return 2 + octets + length;
}

export function parseDevicePublicKey(hex: string): DevicePublicKey {
  const clean = hex.trim();
  if (clean.length === 0 || clean.length % 2 !== 0 || !/^[0-9a-fA-F]+$/.test(clean)) {
    throw new PublicKeyError('key is not an even-length hex string');
  }
  const bytes = Buffer.from(clean, 'hex');
  const length = derElementLength(bytes);
  if (length > bytes.length) throw new PublicKeyError('key is shorter than its DER header says');
  if (bytes.subarray(length).some((byte) => byte !== 0)) {
    throw new PublicKeyError('non-zero bytes after the key');
  }
  const der = bytes.subarray(0, length);
  let key: forge.pki.rsa.PublicKey;
  try {
    // publicKeyFromAsn1 accepts both SubjectPublicKeyInfo and a bare PKCS#1 RSAPublicKey.
    key = forge.pki.publicKeyFromAsn1(forge.asn1.fromDer(der.toString('binary'), true));
  } catch {
    throw new PublicKeyError('key is not an RSA public key');
  }
  if (key.n.bitLength() !== DEVICE_KEY_BITS) {
    throw new PublicKeyError(`key is ${key.n.bitLength()}-bit, not ${DEVICE_KEY_BITS}-bit`);
  }
  return { key, der: Buffer.from(der), modulusHex: key.n.toString(16) };
}
