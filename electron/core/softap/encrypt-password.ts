// RSAES-PKCS1-v1_5 with the device key, hex-encoded: what `pwd` and `ek` carry (softap-protocol.md
// §7.2). Not OAEP: the device decrypts with v1.5. Output is always 256 lowercase hex characters,
// keeping leading zero bytes that BigInteger-based clients drop about once in 256 tries.
import forge from 'node-forge';
import { DEVICE_CIPHERTEXT_BYTES, type DevicePublicKey } from './public-key';

/** PKCS#1 v1.5 needs 11 bytes of padding: 117 bytes of plaintext fit a 1024-bit key. */
export const MAX_RSA_PLAINTEXT_BYTES = DEVICE_CIPHERTEXT_BYTES - 11;

export class EncryptionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EncryptionError';
  }
}

export function encryptBytesForDevice(key: DevicePublicKey, plaintext: Uint8Array): string {
  // The message says how long, never what: the plaintext is usually a password.
  if (plaintext.length === 0) throw new EncryptionError('nothing to encrypt');
  if (plaintext.length > MAX_RSA_PLAINTEXT_BYTES) {
    throw new EncryptionError(
      `a secret of ${plaintext.length} bytes is too long to encrypt for the Photon (at most ${MAX_RSA_PLAINTEXT_BYTES})`,
    );
  }
  const cipher = key.key.encrypt(Buffer.from(plaintext).toString('binary'), 'RSAES-PKCS1-V1_5');
  const hex = forge.util
    .bytesToHex(cipher)
    .toLowerCase()
    .padStart(DEVICE_CIPHERTEXT_BYTES * 2, '0');
  if (hex.length !== DEVICE_CIPHERTEXT_BYTES * 2)
    throw new EncryptionError('ciphertext has the wrong length');
  return hex;
}

/** The Wi-Fi password (or WEP key in device form) as the UTF-8 bytes the device will compare. */
export const encryptPassword = (key: DevicePublicKey, password: string): string =>
  encryptBytesForDevice(key, Buffer.from(password, 'utf8'));
