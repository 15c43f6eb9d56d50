import { createCipheriv, randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  EAP_PEAP,
  EAP_TLS,
  SECURITY,
  startSimulatedPhoton,
  type AirNetwork,
  type SimulatedPhoton,
} from '../../../../electron/simulator/photon';
import { testKeyPem } from './support/key';
import { encryptForDevice, exchange, tcpCommand, tcpRequest } from './support/raw-clients';

const AIR: AirNetwork[] = [
  { ssid: 'Home', sec: SECURITY.wpa2Mixed, ch: 6, rssi: -48, mdr: 72200, password: 'home-pass-1' },
  { ssid: 'Home', sec: SECURITY.wpa2Mixed, ch: 11, rssi: -75, mdr: 72200, password: 'home-pass-1' },
  { ssid: 'Cafe', sec: SECURITY.open, ch: 1, rssi: -60 },
  {
    ssid: 'Hidden',
    sec: SECURITY.wpa2Aes,
    ch: 3,
    rssi: -50,
    hidden: true,
    password: 'hidden-pass',
  },
  {
    ssid: 'Fast-5G',
    sec: SECURITY.wpa2Aes,
    ch: 36,
    rssi: -40,
    band5GHz: true,
    password: 'fast-pass-1',
  },
  { ssid: 'Corp', sec: SECURITY.wpa2EnterpriseAes, ch: 9, rssi: -70, password: 'peap-pass' },
  { ssid: 'x'.repeat(36), sec: SECURITY.wpaTkip, ch: 2, rssi: -90, password: 'long-ssid-pass' },
  { ssid: 'Quote"Net', sec: SECURITY.open, ch: 4, rssi: -88 },
];

let photon: SimulatedPhoton;
let b: string;
beforeEach(async () => {
  photon = await startSimulatedPhoton({ privateKeyPem: testKeyPem(), air: AIR });
  b = photon.publicKeyField;
});
afterEach(() => photon.close());

const configure = (body: Record<string, unknown> | string) =>
  tcpCommand(
    photon.tcpPort,
    'configure-ap',
    typeof body === 'string' ? body : JSON.stringify(body),
  );
const wpa = (ssid: string, password: string, extra: Record<string, unknown> = {}) => ({
  idx: 0,
  ssid,
  pwd: encryptForDevice(b, password),
  sec: SECURITY.wpa2Aes,
  ch: 6,
  ...extra,
});

describe('set', () => {
  it('stores a claim code, also when the key has more than 2 characters', async () => {
    expect(await tcpCommand(photon.tcpPort, 'set', '{"k":"cc","v":"first"}')).toEqual({ r: 0 });
    expect(photon.claimCode).toBe('first');
    expect(await tcpCommand(photon.tcpPort, 'set', '{"k":"ccX","v":"second"}')).toEqual({ r: 0 });
    expect(photon.claimCode).toBe('second');
  });

  it('answers -1 for other keys, empty values and {}', async () => {
    expect(await tcpCommand(photon.tcpPort, 'set', '{"k":"xx","v":"a"}')).toEqual({ r: -1 });
    expect(await tcpCommand(photon.tcpPort, 'set', '{"k":"c","v":"a"}')).toEqual({ r: -1 });
    expect(await tcpCommand(photon.tcpPort, 'set', '{"k":"cc","v":""}')).toEqual({ r: -1 });
    expect(await tcpCommand(photon.tcpPort, 'set', '{}')).toEqual({ r: -1 });
    expect(photon.claimCode).toBeNull();
  });

  it('writes no JSON for a number value, an extra key or no body', async () => {
    expect(await tcpCommand(photon.tcpPort, 'set', '{"k":"cc","v":5}')).toBeNull();
    expect(await tcpCommand(photon.tcpPort, 'set', '{"k":"cc","v":"a","x":"b"}')).toBeNull();
    expect(await tcpCommand(photon.tcpPort, 'set')).toBeNull();
  });

  it('cuts the value to 63 bytes and keeps escapes', async () => {
    const code = 'A'.repeat(70);
    await tcpCommand(photon.tcpPort, 'set', JSON.stringify({ k: 'cc', v: code }));
    expect(photon.claimCode).toBe('A'.repeat(63));
    await tcpCommand(photon.tcpPort, 'set', '{"k":"cc","v":"ab\\/cd"}');
    expect(photon.claimCode).toBe('ab\\/cd');
  });
});

describe('scan-ap', () => {
  it('lists visible BSSs in order with raw SSIDs, omitting hidden and 5 GHz networks', async () => {
    const reply = await exchange(photon.tcpPort, tcpRequest('scan-ap'), { timeoutMs: 2000 });
    const json = reply.text.slice(2);
    // A quote in an SSID is not escaped: the reply is not valid JSON, as on a real device.
    expect(json).toContain('"ssid":"Quote"Net"');
    expect(
      json.startsWith(
        '{"scans":[{"ssid":"Home","rssi":-48,"sec":4194310,"ch":6,"mdr":72200},{"ssid":"Home","rssi":-75',
      ),
    ).toBe(true);
    expect(json).not.toContain('Hidden');
    expect(json).not.toContain('Fast-5G');
    expect(json).toContain(`"ssid":"${'x'.repeat(32)}","rssi":-90`);
    expect(json).not.toContain('x'.repeat(33));
    expect(json.endsWith(']}')).toBe(true);
  });

  it('answers {"scans":[]} with nothing in the air, after the scan time', async () => {
    photon.setAir([]);
    photon.setTimings({ scanMs: 120 });
    const started = Date.now();
    expect(await tcpCommand(photon.tcpPort, 'scan-ap')).toEqual({ scans: [] });
    expect(Date.now() - started).toBeGreaterThanOrEqual(110);
  });
});

describe('configure-ap validation (≥ 0.7)', () => {
  it('rejects a missing, empty or too long SSID with -3', async () => {
    expect(await configure({ idx: 0, sec: 0, ch: 1 })).toEqual({ r: -3 });
    expect(await configure({ idx: 0, ssid: '', sec: 0, ch: 1 })).toEqual({ r: -3 });
    expect(await configure({ idx: 0, ssid: 'é'.repeat(17), sec: 0, ch: 1 })).toEqual({ r: -3 });
    expect(await configure('{}')).toEqual({ r: -3 });
  });

  it('answers -2 for a WPA network the device cannot see', async () => {
    expect(await configure(wpa('Nowhere', 'password1'))).toEqual({ r: -2 });
    expect(await configure(wpa('Hidden', 'hidden-pass'))).toEqual({ r: -2 });
    expect(await configure(wpa('Fast-5G', 'fast-pass-1'))).toEqual({ r: -2 });
    expect(photon.storedNetworks).toEqual([]);
  });

  it('checks WPA and WEP key lengths with -4', async () => {
    expect(await configure(wpa('Home', 'short'))).toEqual({ r: -4 });
    expect(await configure(wpa('Home', 'p'.repeat(65)))).toEqual({ r: -4 });
    expect(await configure({ idx: 0, ssid: 'Home', sec: SECURITY.wpa2Aes, ch: 6 })).toEqual({
      r: -4,
    });
    expect(await configure({ ...wpa('Old', 'abcd'), sec: SECURITY.wepPsk })).toEqual({ r: -4 });
    expect(await configure({ ...wpa('Old', '0005D9178B0F95'), sec: SECURITY.wepShared })).toEqual({
      r: 0,
    });
    // WEP is not scanned, and the shared-key bit is dropped.
    expect(photon.storedNetworks[0]).toMatchObject({
      ssid: Buffer.from('Old'),
      security: SECURITY.wepPsk,
      password: '0005D9178B0F95',
    });
  });

  it('stores the security the scan found, not the one sent', async () => {
    expect(await configure(wpa('Home', 'home-pass-1', { sec: SECURITY.wpaTkip, ch: 11 }))).toEqual({
      r: 0,
    });
    expect(photon.storedNetworks).toEqual([
      {
        ssid: Buffer.from('Home'),
        security: SECURITY.wpa2Mixed,
        channel: 11,
        password: 'home-pass-1',
        enterprise: null,
      },
    ]);
  });

  it('stores an open network when sec is missing, and uses a 1-char pwd unencrypted', async () => {
    expect(await configure({ idx: 0, ssid: 'Cafe', ch: 1 })).toEqual({ r: 0 });
    expect(await configure({ idx: 0, ssid: 'Cafe2', ch: 1, pwd: 'x' })).toEqual({ r: 0 });
    expect(photon.storedNetworks.map((n) => [`${n.ssid}`, n.security, n.password])).toEqual([
      ['Cafe2', 0, 'x'],
      ['Cafe', 0, ''],
    ]);
  });

  it('writes no JSON for unknown keys or wrong types, and accepts true/null primitives', async () => {
    expect(await configure({ ...wpa('Home', 'home-pass-1'), foo: 1 })).toBeNull();
    expect(await configure({ ...wpa('Home', 'home-pass-1'), ch: '6' })).toBeNull();
    expect(await configure({ ...wpa('Home', 'home-pass-1'), idx: true, ch: null })).toEqual({
      r: 0,
    });
    expect(photon.storedNetworks[0]?.channel).toBe(0);
  });

  it('keeps five networks, newest first, replacing an SSID in place', async () => {
    const names = ['N1', 'N2', 'N3', 'N4', 'N5', 'N6'];
    for (const ssid of names)
      expect(await configure({ idx: 0, ssid, sec: 0, ch: 1 })).toEqual({ r: 0 });
    expect(photon.storedNetworks.map((n) => `${n.ssid}`)).toEqual(['N6', 'N5', 'N4', 'N3', 'N2']);
    await configure({ idx: 0, ssid: 'N4', sec: 0, ch: 9 });
    expect(photon.storedNetworks.map((n) => `${n.ssid}:${n.channel}`)).toEqual([
      'N6:1',
      'N5:1',
      'N4:9',
      'N3:1',
      'N2:1',
    ]);
  });
});

describe('configure-ap enterprise', () => {
  it('stores a PEAP network in the single enterprise slot', async () => {
    const peap = (ii: string) => ({
      idx: 0,
      ssid: 'Corp',
      sec: SECURITY.wpa2EnterpriseAes,
      ch: 9,
      eap: EAP_PEAP,
      ii,
      pwd: encryptForDevice(b, 'peap-pass'),
    });
    expect(await configure(peap('alice'))).toEqual({ r: 0 });
    expect(photon.storedNetworks[0]).toMatchObject({
      ssid: Buffer.from('Corp'),
      password: 'peap-pass',
      enterprise: { eapType: EAP_PEAP, innerIdentity: Buffer.from('alice') },
    });
    photon.setAir([...AIR, { ssid: 'Corp2', sec: SECURITY.wpa2EnterpriseAes, ch: 1, rssi: -60 }]);
    expect(await configure({ ...peap('bob'), ssid: 'Corp2' })).toEqual({ r: 0 });
    expect(
      photon.storedNetworks.filter((n) => n.enterprise !== null).map((n) => `${n.ssid}`),
    ).toEqual(['Corp2']);
  });

  it('answers 1 for incomplete enterprise credentials', async () => {
    const body = {
      idx: 0,
      ssid: 'Corp',
      sec: SECURITY.wpa2EnterpriseAes,
      ch: 9,
      eap: EAP_PEAP,
      pwd: encryptForDevice(b, 'peap-pass'),
    };
    expect(await configure(body)).toEqual({ r: 1 });
    expect(await configure({ ...body, eap: 99, ii: 'alice' })).toEqual({ r: 1 });
  });

  it('decrypts an EAP-TLS key through ek and keeps the PKCS#7 padding', async () => {
    const pem = '-----BEGIN PRIVATE KEY-----\r\nMIIB\r\n-----END PRIVATE KEY-----\r\n';
    const kiv = randomBytes(32);
    const cipher = createCipheriv('aes-128-cbc', kiv.subarray(0, 16), kiv.subarray(16));
    const key = Buffer.concat([cipher.update(pem, 'utf8'), cipher.final()]).toString('hex');
    const crt = '-----BEGIN CERTIFICATE-----\r\nMIIC\r\n-----END CERTIFICATE-----\r\n';
    const reply = await configure({
      idx: 0,
      ssid: 'Corp',
      sec: SECURITY.wpa2EnterpriseAes,
      ch: 9,
      eap: EAP_TLS,
      crt,
      key,
      ek: encryptForDevice(b, kiv),
    });
    expect(reply).toEqual({ r: 0 });
    const stored = photon.storedNetworks[0];
    expect(stored?.password).toBe('1');
    expect(stored?.enterprise?.clientCertificate).toBe(crt);
    const padding = 16 - (Buffer.byteLength(pem) % 16);
    expect(stored?.enterprise?.privateKey).toBe(pem + String.fromCharCode(padding).repeat(padding));
  });
});
