import forge from 'node-forge';
import { describe, expect, it } from 'vitest';
import { encryptPassword } from '../../../electron/core/softap/encrypt-password';
import {
  derElementLength,
  parseDevicePublicKey,
  PublicKeyError,
} from '../../../electron/core/softap/public-key';
import { makeTestKey } from './support/loopback';

// The `b` value printed in the source document (manual-photon-claiming.md), padding included.
const SOURCE_DOCUMENT_KEY =
  '30819F300D06092A864886F70D010101050003818D0030818902818100BF084F0854C8860541285B100606F6CEB467E652726606614482106E2B7521888EB8B7894C526E6D715D8E4AC13618047F5777E6A91EE37E9C12887854D7279920CFD0FC01CCB425156ACA3977B766F922483770B4D35FF9D56404D967E9176F3BE8CD5AC949FC84E4DB77378E85B444F7D58747CF9F1A59A9FAC3E1D573B56F0203010001000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000';

describe('parseDevicePublicKey', () => {
  it('parses the source document key and encrypts with it', () => {
    expect(SOURCE_DOCUMENT_KEY).toHaveLength(588);
    const key = parseDevicePublicKey(SOURCE_DOCUMENT_KEY);
    expect(key.der).toHaveLength(162);
    expect(key.key.e.toString(10)).toBe('65537');
    expect(key.modulusHex.startsWith('bf084f0854c88605')).toBe(true);
    const pwd = encryptPassword(key, 'mywifipassword');
    expect(pwd).toMatch(/^[0-9a-f]{256}$/);
    // Randomised padding: two encryptions differ, as they do in the document's tool.
    expect(encryptPassword(key, 'mywifipassword')).not.toBe(pwd);
  });

  it('reads padded, unpadded, lowercase and PKCS#1 forms of the same key', () => {
    const test = makeTestKey();
    const padded = parseDevicePublicKey(test.paddedHex);
    expect(test.paddedHex).toHaveLength(588);
    expect(padded.der.toString('hex').toUpperCase()).toBe(test.derHex);
    expect(parseDevicePublicKey(test.derHex).modulusHex).toBe(padded.modulusHex);
    expect(parseDevicePublicKey(test.paddedHex.toLowerCase()).modulusHex).toBe(padded.modulusHex);
    // softap-setup-js's slice(22): the bare RSAPublicKey inside the SPKI.
    expect(parseDevicePublicKey(test.derHex.slice(44)).modulusHex).toBe(padded.modulusHex);
  });

  it('takes the DER length from the header', () => {
    expect(derElementLength(Buffer.from('30819f', 'hex'))).toBe(162);
    expect(derElementLength(Buffer.from('3005', 'hex'))).toBe(7);
    expect(derElementLength(Buffer.from('30820100', 'hex'))).toBe(260);
  });

  it('refuses what is not a 1024-bit RSA key', () => {
    expect(() => parseDevicePublicKey('')).toThrow(PublicKeyError);
    expect(() => parseDevicePublicKey('30819')).toThrow(/hex/);
    expect(() => parseDevicePublicKey('zz')).toThrow(/hex/);
    expect(() => parseDevicePublicKey(SOURCE_DOCUMENT_KEY.slice(0, 200))).toThrow(/shorter/);
    expect(() => parseDevicePublicKey(`${SOURCE_DOCUMENT_KEY.slice(0, -2)}01`)).toThrow(/non-zero/);
    expect(() => parseDevicePublicKey('020100')).toThrow(/SEQUENCE/);
    const big = forge.pki.rsa.generateKeyPair({ bits: 512, e: 65537 });
    const der = forge.asn1.toDer(forge.pki.publicKeyToAsn1(big.publicKey)).getBytes();
    expect(() => parseDevicePublicKey(forge.util.bytesToHex(der))).toThrow(/512-bit/);
  });
});
