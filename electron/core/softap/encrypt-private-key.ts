// EAP-TLS private keys are too long for RSA, so they travel AES-128-CBC encrypted with a random
// key and IV, and that 32-byte key ‖ IV goes RSA-encrypted in `ek` (softap-protocol.md §7.4).
import { createCipheriv, randomBytes } from 'node:crypto';
import { encryptBytesForDevice } from './encrypt-password';
import type { DevicePublicKey } from './public-key';

export type RandomBytes = (size: number) => Buffer;

export interface EncryptedPrivateKey {
  /** hex(AES-128-CBC(PEM)), PKCS#7 padded. */
  key: string;
  /** hex(RSA(key ‖ iv)). */
  ek: string;
}

/** The device stores PEM text with CRLF endings, like the official clients send it. */
export const formatPem = (pem: string): string => `${pem.trim()}\r\n`;

export function encryptPrivateKey(
  deviceKey: DevicePublicKey,
  pem: string,
  random: RandomBytes = randomBytes,
): EncryptedPrivateKey {
  const kiv = random(32);
  if (kiv.length !== 32) throw new Error('random source returned the wrong number of bytes');
  const cipher = createCipheriv('aes-128-cbc', kiv.subarray(0, 16), kiv.subarray(16, 32));
  const key = Buffer.concat([cipher.update(formatPem(pem), 'utf8'), cipher.final()]).toString(
    'hex',
  );
  return { key, ek: encryptBytesForDevice(deviceKey, kiv) };
}
