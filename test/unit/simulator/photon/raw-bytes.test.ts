// SSIDs and identities are bytes on the device: scan-ap writes them unescaped, configure-ap
// stores the raw token text, and the join compares exactly what was stored (softap-firmware.md
// §1, §2). These tests speak raw TCP, so every byte on the wire is the test's own.
import { afterEach, describe, expect, it } from 'vitest';
import {
  EAP_PEAP,
  SECURITY,
  startSimulatedPhoton,
  type AirNetwork,
  type PhotonSimulatorOptions,
  type SimulatedPhoton,
} from '../../../../electron/simulator/photon';
import { testKeyPem } from './support/key';
import { encryptForDevice, exchange, tcpCommand, tcpRequest } from './support/raw-clients';

const latin1 = (text: string): Buffer => Buffer.from(text, 'latin1');
const CAFE_LATIN1 = latin1('Café-Net');

const AIR: AirNetwork[] = [
  { ssid: 'Lab\\net', sec: SECURITY.wpa2Aes, ch: 1, rssi: -40, password: 'lab-password' },
  { ssid: 'AC\\/DC', sec: SECURITY.wpa2Aes, ch: 2, rssi: -41, password: 'acdc-password' },
  { ssid: CAFE_LATIN1, sec: SECURITY.wpa2Aes, ch: 3, rssi: -42, password: 'cafe-password' },
  { ssid: 'say "hi"', sec: SECURITY.open, ch: 4, rssi: -43 },
  { ssid: Buffer.from([0x41, 0x07, 0x1b, 0x5b, 0x32, 0x4a]), sec: SECURITY.open, ch: 5, rssi: -44 },
  { ssid: Buffer.from([0x4e, 0x55, 0x00, 0x4c]), sec: SECURITY.open, ch: 6, rssi: -45 },
  { ssid: Buffer.from([0x00, 0x00]), sec: SECURITY.open, ch: 7, rssi: -46 },
  { ssid: 'y'.repeat(40), sec: SECURITY.open, ch: 8, rssi: -47 },
  {
    ssid: 'Corp',
    sec: SECURITY.wpa2EnterpriseAes,
    ch: 9,
    rssi: -48,
    password: 'peap-password',
    identity: 'CORP\\jsmith',
  },
];

let photon: SimulatedPhoton;
afterEach(() => photon.close());
const start = async (options: PhotonSimulatorOptions = {}) => {
  photon = await startSimulatedPhoton({ privateKeyPem: testKeyPem(), air: AIR, ...options });
};

/** configure-ap with a body built from raw bytes, nothing escaped on the way. */
const configureRaw = async (parts: Array<string | Buffer>): Promise<unknown> => {
  const body = Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : p)));
  const reply = await exchange(
    photon.tcpPort,
    Buffer.concat([Buffer.from(`configure-ap\n${body.length}\n\n`), body]),
    { timeoutMs: 2000 },
  );
  const json = reply.data.subarray(2).toString('utf8');
  return json.length === 0 ? null : (JSON.parse(json) as unknown);
};
const pwd = (password: string) => encryptForDevice(photon.publicKeyField, password);

describe('scan-ap writes SSID bytes as the radio reported them', () => {
  it('never escapes, cuts at 32 bytes and at a NUL, and skips SSIDs that start with one', async () => {
    await start();
    const reply = await exchange(photon.tcpPort, tcpRequest('scan-ap'), { timeoutMs: 2000 });
    const raw = reply.data.subarray(2);
    const entry = (ssid: Buffer, rest: string) =>
      Buffer.concat([Buffer.from('{"ssid":"'), ssid, Buffer.from(`","rssi":${rest}}`)]);
    expect(
      raw.includes(entry(Buffer.from('Lab\\net'), '-40,"sec":4194308,"ch":1,"mdr":54000')),
    ).toBe(true);
    expect(
      raw.includes(entry(Buffer.from('AC\\/DC'), '-41,"sec":4194308,"ch":2,"mdr":54000')),
    ).toBe(true);
    expect(raw.includes(entry(CAFE_LATIN1, '-42,"sec":4194308,"ch":3,"mdr":54000'))).toBe(true);
    expect(raw.includes(Buffer.from('{"ssid":"say "hi"","rssi":-43'))).toBe(true);
    expect(raw.includes(Buffer.from([0x41, 0x07, 0x1b, 0x5b, 0x32, 0x4a, 0x22]))).toBe(true);
    expect(raw.includes(Buffer.from('{"ssid":"NU","rssi":-45'))).toBe(true);
    expect(raw.includes(Buffer.from('"ch":7'))).toBe(false);
    expect(raw.includes(Buffer.from(`{"ssid":"${'y'.repeat(32)}","rssi":-47`))).toBe(true);
    expect(() => JSON.parse(raw.toString('utf8')) as unknown).toThrow();
  });
});

describe('configure-ap keeps ssid, ii and oi as raw token text', () => {
  it('matches an SSID sent as its raw bytes, escapes and all', async () => {
    await start();
    for (const [ssid, password] of [
      ['Lab\\net', 'lab-password'],
      ['AC\\/DC', 'acdc-password'],
    ] as const) {
      expect(
        await configureRaw([
          `{"idx":0,"ssid":"${ssid}","sec":4194308,"ch":1,"pwd":"${pwd(password)}"}`,
        ]),
      ).toEqual({ r: 0 });
    }
    expect(
      await configureRaw([
        '{"idx":0,"ssid":"',
        CAFE_LATIN1,
        `","sec":4194308,"ch":3,"pwd":"${pwd('cafe-password')}"}`,
      ]),
    ).toEqual({ r: 0 });
    expect(photon.storedNetworks.map((network) => network.ssid)).toEqual([
      CAFE_LATIN1,
      Buffer.from('AC\\/DC'),
      Buffer.from('Lab\\net'),
    ]);
  });

  it('stores JSON.stringify escapes literally, so the pre-scan finds nothing: -2', async () => {
    await start();
    // JSON.stringify('AC\\/DC') doubles the backslash; the device keeps both.
    const body = JSON.stringify({
      idx: 0,
      ssid: 'AC\\/DC',
      sec: 4194308,
      ch: 2,
      pwd: pwd('acdc-password'),
    });
    expect(await tcpCommand(photon.tcpPort, 'configure-ap', body)).toEqual({ r: -2 });
    // A lossy decode of Latin-1 sends U+FFFD back: other bytes, another network.
    const lossy = JSON.stringify({
      idx: 0,
      ssid: CAFE_LATIN1.toString('utf8'),
      sec: 4194308,
      ch: 3,
      pwd: pwd('cafe-password'),
    });
    expect(await tcpCommand(photon.tcpPort, 'configure-ap', lossy)).toEqual({ r: -2 });
    expect(photon.storedNetworks).toEqual([]);
  });

  it('answers no JSON when a backslash is not a jsmn escape or a bare quote ends the string', async () => {
    await start();
    expect(await configureRaw(['{"idx":0,"ssid":"C:\\Users","sec":0,"ch":1}'])).toBeNull();
    expect(await configureRaw(['{"idx":0,"ssid":"say "hi"","sec":0,"ch":1}'])).toBeNull();
    // An escaped quote is one: `say \"hi\"` is stored with its backslashes.
    expect(await configureRaw(['{"idx":0,"ssid":"say \\"hi\\"","sec":0,"ch":4}'])).toEqual({
      r: 0,
    });
    expect(photon.storedNetworks[0]?.ssid).toEqual(Buffer.from('say \\"hi\\"'));
  });

  it('counts the SSID limit in bytes: 32 Latin-1 bytes pass, 33 are -3', async () => {
    await start();
    const ssid = (n: number) => Buffer.alloc(n, 0xe9);
    expect(await configureRaw(['{"idx":0,"ssid":"', ssid(32), '","sec":0,"ch":1}'])).toEqual({
      r: 0,
    });
    expect(await configureRaw(['{"idx":0,"ssid":"', ssid(33), '","sec":0,"ch":1}'])).toEqual({
      r: -3,
    });
  });

  it('joins PEAP only when the stored identity is byte for byte what RADIUS knows', async () => {
    await start({ timings: { relistenMs: 20 } });
    const peap = (ii: string) =>
      `{"idx":0,"ssid":"Corp","sec":${SECURITY.wpa2EnterpriseAes},"ch":9,"eap":${EAP_PEAP},"ii":"${ii}","pwd":"${pwd('peap-password')}"}`;
    // JSON.stringify's `CORP\\\\jsmith` is stored doubled: RADIUS refuses it, the AP comes back.
    expect(await configureRaw([peap('CORP\\\\jsmith')])).toEqual({ r: 0 });
    expect(photon.storedNetworks[0]?.enterprise?.innerIdentity).toEqual(
      Buffer.from('CORP\\\\jsmith'),
    );
    expect(await tcpCommand(photon.tcpPort, 'connect-ap')).toEqual({ r: 0 });
    await photon.waitForLed('wifi-joining', 1000);
    await photon.waitForLed('listening', 2000);
    expect(photon.log.some((e) => e.type === 'connect' && e.outcome === 'wrong-password')).toBe(
      true,
    );
    // Sent raw, `\j` is no jsmn escape: no JSON at all.
    expect(await configureRaw([peap('CORP\\jsmith')])).toBeNull();
  });

  it('joins PEAP with an identity RADIUS knows', async () => {
    await start();
    photon.setAir([{ ...AIR[8]!, identity: 'jsmith@corp.example' }]);
    const body = `{"idx":0,"ssid":"Corp","sec":${SECURITY.wpa2EnterpriseAes},"ch":9,"eap":${EAP_PEAP},"ii":"jsmith@corp.example","pwd":"${pwd('peap-password')}"}`;
    expect(await configureRaw([body])).toEqual({ r: 0 });
    expect(await tcpCommand(photon.tcpPort, 'connect-ap')).toEqual({ r: 0 });
    await photon.waitForLed('connected', 2000);
  });

  it('drops an outer identity over 64 bytes without an error', async () => {
    await start();
    const body = `{"idx":0,"ssid":"Corp","sec":${SECURITY.wpa2EnterpriseAes},"ch":9,"eap":${EAP_PEAP},"ii":"a@b.c","oi":"${'o'.repeat(65)}","pwd":"${pwd('peap-password')}"}`;
    expect(await configureRaw([body])).toEqual({ r: 0 });
    expect(photon.storedNetworks[0]?.enterprise?.outerIdentity).toBeNull();
  });
});
