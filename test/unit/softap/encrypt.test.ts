import { createDecipheriv } from 'node:crypto';
import forge from 'node-forge';
import { describe, expect, it } from 'vitest';
import {
  EncryptionError,
  encryptBytesForDevice,
  encryptPassword,
  MAX_RSA_PLAINTEXT_BYTES,
} from '../../../electron/core/softap/encrypt-password';
import { encryptPrivateKey } from '../../../electron/core/softap/encrypt-private-key';
import { parseDevicePublicKey } from '../../../electron/core/softap/public-key';
import { makeTestKey } from './support/loopback';

describe('password encryption', () => {
  const test = makeTestKey();
  const key = parseDevicePublicKey(test.paddedHex);

  it('round-trips through manual PKCS#1 v1.5 unpadding', () => {
    for (const password of ['12345678', 'pässwörd with spaces', 'x'.repeat(63), 'ab'.repeat(32)]) {
      const hex = encryptPassword(key, password);
      expect(hex).toMatch(/^[0-9a-f]{256}$/);
      expect(test.decrypt(hex).toString('utf8')).toBe(password);
    }
  });

  it("round-trips through node-forge's private key", () => {
    const privateKey = forge.pki.privateKeyFromPem(test.privatePem);
    const hex = encryptPassword(key, 'correct horse battery');
    const plain = privateKey.decrypt(forge.util.hexToBytes(hex), 'RSAES-PKCS1-V1_5');
    expect(forge.util.decodeUtf8(plain)).toBe('correct horse battery');
  });

  it('keeps leading zero bytes: a ciphertext starting with 00 is still 256 characters', () => {
    // About 1 in 256 ciphertexts starts with a zero byte; 5000 tries miss one with p ≈ 3e-9.
    let found: string | undefined;
    for (let i = 0; i < 5000 && found === undefined; i += 1) {
      const hex = encryptPassword(key, 'password');
      expect(hex).toHaveLength(256);
      if (hex.startsWith('00')) found = hex;
    }
    expect(found).toBeDefined();
    expect(test.decrypt(found ?? '').toString('utf8')).toBe('password');
  });

  it('refuses plaintexts RSA-1024 cannot carry, without quoting them', () => {
    expect(MAX_RSA_PLAINTEXT_BYTES).toBe(117);
    expect(encryptBytesForDevice(key, Buffer.alloc(117, 0x61))).toHaveLength(256);
    const secret = 's'.repeat(118);
    expect(() => encryptPassword(key, secret)).toThrow(EncryptionError);
    try {
      encryptPassword(key, secret);
    } catch (error) {
      expect((error as Error).message).not.toContain(secret.slice(0, 20));
    }
    expect(() => encryptPassword(key, '')).toThrow(/nothing/);
  });
});

describe('EAP-TLS private key wrapping', () => {
  it('AES-128-CBC encrypts the CRLF-terminated PEM and RSA-wraps key ‖ IV', () => {
    const test = makeTestKey();
    const key = parseDevicePublicKey(test.paddedHex);
    const kiv = Buffer.from([...Array(32).keys()]);
    const pem = '-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----\n\n';
    const wrapped = encryptPrivateKey(key, pem, () => Buffer.from(kiv));
    expect(wrapped.ek).toMatch(/^[0-9a-f]{256}$/);
    expect(test.decrypt(wrapped.ek)).toEqual(kiv);
    expect(wrapped.key).toMatch(/^[0-9a-f]+$/);
    expect(wrapped.key.length % 32).toBe(0);
    const decipher = createDecipheriv('aes-128-cbc', kiv.subarray(0, 16), kiv.subarray(16));
    const plain = Buffer.concat([
      decipher.update(Buffer.from(wrapped.key, 'hex')),
      decipher.final(),
    ]);
    expect(plain.toString('utf8')).toBe(
      '-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----\r\n',
    );
  });
});
