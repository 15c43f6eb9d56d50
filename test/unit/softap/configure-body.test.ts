import { createDecipheriv } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  buildConfigureBody,
  ConfigureInputError,
  configureProblem,
  type ConfigureNetwork,
} from '../../../electron/core/softap/configure-body';
import { parseDevicePublicKey } from '../../../electron/core/softap/public-key';
import { toDeviceWepKey } from '../../../electron/core/softap/wep-key';
import { makeTestKey } from './support/loopback';

const test = makeTestKey();
const key = parseDevicePublicKey(test.paddedHex);
const CERT = '-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIU\n-----END CERTIFICATE-----';
const PRIVATE = '-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49\n-----END PRIVATE KEY-----\n';
const kiv = Buffer.alloc(32, 7);

const body = (network: ConfigureNetwork): Record<string, unknown> =>
  JSON.parse(buildConfigureBody(network, key, () => Buffer.from(kiv)).toString()) as Record<
    string,
    unknown
  >;

describe('configure-ap bodies', () => {
  it('WPA2 personal: idx, ssid, sec, ch, encrypted pwd — nothing else', () => {
    const json = buildConfigureBody(
      { ssid: 'TestRouter', security: 4194308, channel: 6, password: 'secret-pass' },
      key,
    );
    const parsed = JSON.parse(json.toString()) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(['idx', 'ssid', 'sec', 'ch', 'pwd']);
    expect(parsed).toMatchObject({ idx: 0, ssid: 'TestRouter', sec: 4194308, ch: 6 });
    expect(parsed.pwd).toMatch(/^[0-9a-f]{256}$/);
    expect(test.decrypt(String(parsed.pwd)).toString('utf8')).toBe('secret-pass');
    expect(json.includes('secret-pass')).toBe(false);
  });

  it('open network: no pwd even when a password is given; channel defaults to 0', () => {
    expect(body({ ssid: 'Cafe', security: 0, password: 'ignored!' })).toEqual({
      idx: 0,
      ssid: 'Cafe',
      sec: 0,
      ch: 0,
    });
  });

  it('sends non-ASCII SSIDs as raw UTF-8, never \\u escapes', () => {
    const json = buildConfigureBody({ ssid: 'Café & <Home>', security: 0 }, key).toString();
    expect(json).toContain('"ssid":"Café & <Home>"');
    expect(json).not.toContain('\\u');
  });

  it('WEP: the key goes in the device form, then encrypted', () => {
    const parsed = body({ ssid: 'Old', security: 1, password: 'D9178B0F95', wepKeyIndex: 1 });
    expect(test.decrypt(String(parsed.pwd)).toString('utf8')).toBe('0105D9178B0F95');
    expect(toDeviceWepKey('abcde')).toBe('00056162636465');
    expect(toDeviceWepKey('0005d9178b0f95')).toBe('0005D9178B0F95');
    expect(toDeviceWepKey('abcd')).toBeNull();
  });

  it('PEAP: eap 25, identities in clear, password encrypted, CA as CRLF PEM', () => {
    const parsed = body({
      auth: 'peap',
      ssid: 'Corp',
      security: 0x02400006,
      channel: 11,
      outerIdentity: 'anonymous@corp',
      innerIdentity: 'jane',
      password: 'peap-pass',
      caCertificate: `${CERT}\n`,
    });
    expect(Object.keys(parsed)).toEqual([
      'idx',
      'ssid',
      'sec',
      'ch',
      'pwd',
      'eap',
      'oi',
      'ii',
      'ca',
    ]);
    expect(parsed).toMatchObject({
      eap: 25,
      oi: 'anonymous@corp',
      ii: 'jane',
      sec: 37748742,
      ch: 11,
    });
    expect(parsed.ca).toBe(`${CERT}\r\n`);
    expect(test.decrypt(String(parsed.pwd)).toString('utf8')).toBe('peap-pass');
  });

  it('EAP-TLS: eap 13, crt in clear, key AES-encrypted with the RSA-wrapped key/IV in ek, no pwd', () => {
    const parsed = body({
      auth: 'eap-tls',
      ssid: 'Corp',
      security: 0x02400004,
      outerIdentity: 'device-1',
      clientCertificate: CERT,
      privateKey: PRIVATE,
    });
    expect(Object.keys(parsed)).toEqual([
      'idx',
      'ssid',
      'sec',
      'ch',
      'eap',
      'oi',
      'crt',
      'key',
      'ek',
    ]);
    expect(parsed).toMatchObject({ eap: 13, oi: 'device-1', crt: `${CERT}\r\n` });
    expect(test.decrypt(String(parsed.ek))).toEqual(kiv);
    const decipher = createDecipheriv('aes-128-cbc', kiv.subarray(0, 16), kiv.subarray(16));
    const plain = Buffer.concat([
      decipher.update(Buffer.from(String(parsed.key), 'hex')),
      decipher.final(),
    ]);
    expect(plain.toString()).toBe(`${PRIVATE.trim()}\r\n`);
  });
});

describe('configureProblem', () => {
  it('names the field and the rule', () => {
    expect(configureProblem({ ssid: 'a"b', security: 0 })).toMatchObject({ field: 'ssid' });
    expect(configureProblem({ ssid: 'x'.repeat(33), security: 0 })).toMatchObject({
      field: 'ssid',
    });
    expect(configureProblem({ ssid: 'ok', security: -1 })).toMatchObject({ field: 'security' });
    expect(configureProblem({ ssid: 'ok', security: 0, channel: 36 })).toMatchObject({
      field: 'channel',
    });
    expect(configureProblem({ ssid: 'ok', security: 4194308, password: '1234567' })).toMatchObject({
      field: 'password',
    });
    expect(configureProblem({ ssid: 'ok', security: 4194308 })).toMatchObject({
      field: 'password',
    });
    expect(
      configureProblem({ ssid: 'ok', security: 37748742, password: 'whatever1' }),
    ).toMatchObject({ field: 'auth' });
    expect(
      configureProblem({
        auth: 'peap',
        ssid: 'ok',
        security: 4194308,
        innerIdentity: 'a',
        password: 'b',
      }),
    ).toMatchObject({ field: 'auth' });
    expect(
      configureProblem({
        auth: 'peap',
        ssid: 'ok',
        security: 37748742,
        innerIdentity: '',
        password: 'b',
      }),
    ).toMatchObject({ field: 'innerIdentity' });
    expect(
      configureProblem({
        auth: 'eap-tls',
        ssid: 'ok',
        security: 37748742,
        clientCertificate: 'nope',
        privateKey: PRIVATE,
      }),
    ).toMatchObject({ field: 'clientCertificate' });
    const hugeKey = `-----BEGIN PRIVATE KEY-----\n${'A'.repeat(2100)}\n-----END PRIVATE KEY-----`;
    expect(
      configureProblem({
        auth: 'eap-tls',
        ssid: 'ok',
        security: 37748742,
        clientCertificate: CERT,
        privateKey: hugeKey,
      }),
    ).toMatchObject({ field: 'privateKey' });
    expect(configureProblem({ ssid: 'ok', security: 4194308, password: '12345678' })).toBeNull();
  });

  it('stops the build before any encryption', () => {
    expect(() => buildConfigureBody({ ssid: 'back\\slash', security: 0 }, key)).toThrow(
      ConfigureInputError,
    );
  });
});
