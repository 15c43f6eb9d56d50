import { constants, publicEncrypt } from 'node:crypto';
import forge from 'node-forge';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MBEDTLS_RSA_ERRORS } from '../../../../electron/simulator/photon/constants';
import { loadDeviceKey } from '../../../../electron/simulator/photon/device-key';
import {
  decryptLikeFirmware,
  hexDecodeLikeFirmware,
  unpadPkcs1v15Type2,
} from '../../../../electron/simulator/photon/rsa-decrypt';
import {
  SECURITY,
  startSimulatedPhoton,
  type SimulatedPhoton,
} from '../../../../electron/simulator/photon';
import { testKeyPem } from './support/key';
import { encryptForDevice, tcpCommand } from './support/raw-clients';

describe('PKCS#1 v1.5 unpadding and hex decoding', () => {
  it('strips a valid type-2 padding', () => {
    const block = Buffer.concat([
      Buffer.from([0, 2]),
      Buffer.alloc(8, 0xaa),
      Buffer.from([0]),
      Buffer.from('hi'),
    ]);
    expect(unpadPkcs1v15Type2(block)?.toString()).toBe('hi');
  });

  it('rejects a wrong header or a padding string shorter than 8 bytes', () => {
    const ps = Buffer.alloc(8, 0xaa);
    expect(
      unpadPkcs1v15Type2(Buffer.concat([Buffer.from([0, 1]), ps, Buffer.from([0, 65])])),
    ).toBeNull();
    expect(
      unpadPkcs1v15Type2(Buffer.concat([Buffer.from([1, 2]), ps, Buffer.from([0, 65])])),
    ).toBeNull();
    expect(
      unpadPkcs1v15Type2(
        Buffer.concat([Buffer.from([0, 2]), Buffer.alloc(7, 1), Buffer.from([0, 65])]),
      ),
    ).toBeNull();
    expect(unpadPkcs1v15Type2(Buffer.concat([Buffer.from([0, 2]), ps]))).toBeNull();
  });

  it('decodes hex in either case and maps odd characters like hex_nibble', () => {
    expect(hexDecodeLikeFirmware('0aFf', 2)).toEqual(Buffer.from([0x0a, 0xff]));
    expect(hexDecodeLikeFirmware('abc', 2)).toEqual(Buffer.from([0xab, 0xc0]));
    expect(hexDecodeLikeFirmware('', 2)).toEqual(Buffer.alloc(2));
  });
});

describe('decryptLikeFirmware', () => {
  const key = loadDeviceKey(testKeyPem());

  it('decrypts exactly what node-forge encrypted with the public key', () => {
    const hex = encryptForDevice(key.publicKeyField, 'correct horse');
    const result = decryptLikeFirmware(hex, key, 65, MBEDTLS_RSA_ERRORS);
    expect(result).toEqual({ ok: true, plaintext: Buffer.from('correct horse') });
  });

  it('accepts uppercase hex', () => {
    const hex = encryptForDevice(key.publicKeyField, 'abcdefgh').toUpperCase();
    expect(decryptLikeFirmware(hex, key, 65, MBEDTLS_RSA_ERRORS)).toMatchObject({ ok: true });
  });

  it('fails with the mbedTLS padding error for OAEP, another key, or a dropped leading byte', () => {
    const oaep = publicEncrypt(
      { key: key.publicKeyPem, padding: constants.RSA_PKCS1_OAEP_PADDING },
      Buffer.from('password1'),
    ).toString('hex');
    expect(decryptLikeFirmware(oaep, key, 65, MBEDTLS_RSA_ERRORS)).toEqual({
      ok: false,
      code: -16640,
    });
    const other = forge.pki.rsa.generateKeyPair({ bits: 1024, e: 0x10001 });
    const foreign = forge.util.bytesToHex(other.publicKey.encrypt('password1', 'RSAES-PKCS1-V1_5'));
    expect(decryptLikeFirmware(foreign, key, 65, MBEDTLS_RSA_ERRORS)).toMatchObject({ ok: false });
    const full = encryptForDevice(key.publicKeyField, 'password1');
    // 254 hex chars (a JSBN-style dropped leading 00): garbage, which is a padding error or out of range.
    const shifted = decryptLikeFirmware(full.slice(2), key, 65, MBEDTLS_RSA_ERRORS);
    expect(shifted.ok).toBe(false);
    expect([-16640, -17156]).toContain(shifted.ok ? 0 : shifted.code);
  });

  it('reports a too-long message and a ciphertext not below the modulus', () => {
    const hex = encryptForDevice(key.publicKeyField, 'x'.repeat(66));
    expect(decryptLikeFirmware(hex, key, 65, MBEDTLS_RSA_ERRORS)).toEqual({
      ok: false,
      code: -17408,
    });
    expect(decryptLikeFirmware('ff'.repeat(128), key, 65, MBEDTLS_RSA_ERRORS)).toEqual({
      ok: false,
      code: -17156,
    });
  });
});

describe('configure-ap decrypts with the key from public-key', () => {
  let photon: SimulatedPhoton;
  beforeAll(async () => {
    photon = await startSimulatedPhoton({
      privateKeyPem: testKeyPem(),
      air: [{ ssid: 'Home', sec: SECURITY.wpa2Aes, ch: 6, rssi: -40, password: 'pässwörd 🙂 ok' }],
    });
  });
  afterAll(() => photon.close());

  it('stores exactly the password that was encrypted', async () => {
    const { b } = (await tcpCommand(photon.tcpPort, 'public-key')) as { b: string };
    const password = 'pässwörd 🙂 ok';
    const pwd = encryptForDevice(b, password);
    expect(pwd).toMatch(/^[0-9a-f]{256}$/);
    const reply = await tcpCommand(
      photon.tcpPort,
      'configure-ap',
      JSON.stringify({ idx: 0, ssid: 'Home', pwd, sec: SECURITY.wpa2Aes, ch: 6 }),
    );
    expect(reply).toEqual({ r: 0 });
    expect(photon.storedNetworks[0]?.password).toBe(password);
  });

  it('answers the crypto error for garbage ciphertext and stores nothing new', async () => {
    const before = photon.storedNetworks.length;
    const reply = await tcpCommand(
      photon.tcpPort,
      'configure-ap',
      JSON.stringify({
        idx: 0,
        ssid: 'Other',
        pwd: '12'.repeat(128),
        sec: SECURITY.wpa2Aes,
        ch: 6,
      }),
    );
    expect(reply).toEqual({ r: -16640 });
    expect(photon.storedNetworks.length).toBe(before);
  });
});
