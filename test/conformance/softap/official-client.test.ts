// Particle's own client (@particle/softap-setup 4.1.1) against the simulated Photon: its whole
// setup sequence over TCP and HTTP, on loopback only.
import SoftAPSetup from '@particle/softap-setup';
import { afterEach, describe, expect, it } from 'vitest';
import {
  SECURITY,
  startSimulatedPhoton,
  type PhotonFirmware,
  type SimulatedPhoton,
} from '../../../electron/simulator/photon';
import { generateDeviceKeyPem } from '../../../electron/simulator/photon/device-key';

const keyPem = generateDeviceKeyPem();
const PASSWORD = 'Tr0ub4dor & 3 — ünïcode';
const AIR = [
  { ssid: 'Home', sec: SECURITY.wpa2Aes, ch: 6, rssi: -45, mdr: 72200, password: PASSWORD },
  { ssid: 'Cafe', sec: SECURITY.open, ch: 1, rssi: -70 },
  { ssid: 'Hidden', sec: SECURITY.wpa2Aes, ch: 3, rssi: -50, hidden: true },
];

/** The client's callbacks can fire twice on errors (checkResponse does not return); take the first. */
function call<T>(fn: (cb: SoftAPSetup.Callback<T>) => void): Promise<T | undefined> {
  return new Promise((resolve, reject) => {
    let settled = false;
    fn((error, result) => {
      if (settled) return;
      settled = true;
      if (error) reject(error);
      else resolve(result);
    });
  });
}

const pemBody = (pem: string): string => pem.replace(/-----[^-]+-----|\s/g, '');

let photon: SimulatedPhoton | undefined;
afterEach(async () => {
  await photon?.close();
  photon = undefined;
});

async function start(firmware: PhotonFirmware): Promise<SimulatedPhoton> {
  photon = await startSimulatedPhoton({
    privateKeyPem: keyPem,
    firmware,
    air: AIR,
    deviceId: '3B0021001747353236343033',
  });
  return photon;
}

const client = (device: SimulatedPhoton, protocol: 'tcp' | 'http', timeout = 3000) =>
  SoftAPSetup({
    host: '127.0.0.1',
    port: protocol === 'tcp' ? device.tcpPort : device.httpPort,
    protocol,
    timeout,
  });

const cases: Array<[PhotonFirmware, 'tcp' | 'http']> = [
  ['2.3', 'tcp'],
  ['2.3', 'http'],
  ['0.7', 'tcp'],
  ['0.7', 'http'],
  // ≤ 0.6 over TCP works thanks to the client's warm-up device-id (firmware bug #1252).
  ['0.6', 'tcp'],
];

describe.each(cases)('@particle/softap-setup, firmware %s over %s', (firmware, protocol) => {
  it('runs deviceInfo, publicKey, setClaimCode, scan, configure and connect', async () => {
    const device = await start(firmware);
    const sap = client(device, protocol);

    expect(await call<{ v: number }>((cb) => sap.version(cb))).toEqual({ v: 2 });
    expect(await call<SoftAPSetup.DeviceInfo>((cb) => sap.deviceInfo(cb))).toEqual({
      id: '3b0021001747353236343033',
      claimed: false,
    });
    const pem = await call<string>((cb) => sap.publicKey(cb));
    expect(pemBody(pem ?? '')).toBe(pemBody(device.publicKeyPem));

    const claimCode = 'Xq9ZfDmm2KcVx6L1R0eTqYbOj5sH3uWnA7pQ8vE4tMd2cGkR/yJ+BfNhU0oLiSa';
    await call<void>((cb) => sap.setClaimCode(claimCode, cb));
    expect(device.claimCode).toBe(claimCode);

    const scans = await call<SoftAPSetup.ScanEntry[]>((cb) => sap.scan(cb));
    expect(scans).toEqual([
      { ssid: 'Home', rssi: -45, sec: SECURITY.wpa2Aes, ch: 6, mdr: 72200 },
      { ssid: 'Cafe', rssi: -70, sec: SECURITY.open, ch: 1, mdr: 54000 },
    ]);

    const configured = await call<{ r: number }>((cb) =>
      sap.configure({ ssid: 'Home', security: 'wpa2_aes', channel: 6, password: PASSWORD }, cb),
    );
    expect(configured).toEqual({ r: 0 });
    expect(device.storedNetworks[0]).toMatchObject({
      ssid: Buffer.from('Home'),
      password: PASSWORD,
      channel: 6,
    });
    const sent = device.commands.find((entry) => entry.command === 'configure-ap');
    expect(JSON.parse(sent?.body ?? '{}')).toMatchObject({
      idx: 0,
      ssid: 'Home',
      sec: SECURITY.wpa2Aes,
      ch: 6,
    });
    expect((JSON.parse(sent?.body ?? '{}') as { pwd: string }).pwd).toMatch(/^[0-9a-f]{256}$/);

    await call<void>((cb) => sap.connect(cb));
    await device.waitForLed('connected', 3000);
    expect(device.listening).toBe(false);
    expect(device.claimed).toBe(true);
  });
});

describe('@particle/softap-setup against quirks', () => {
  it('times out over HTTP on ≤ 0.6, whose chunked replies never end', async () => {
    const device = await start('0.6');
    const sap = client(device, 'http', 400);
    await expect(call((cb) => sap.deviceInfo(cb))).rejects.toThrow(/timed out/i);
  });

  it('gets no answer for a non-ASCII SSID: it sends the length in UTF-16 units, not bytes', async () => {
    const device = await start('2.3');
    device.setAir([...AIR, { ssid: 'Café', sec: SECURITY.open, ch: 1, rssi: -50 }]);
    // Over HTTP the short Content-Length wraps the server's uint16 remaining count and the device
    // never answers (softap-firmware.md §4): the client can only time out.
    const http = client(device, 'http', 400);
    await call((cb) => http.publicKey(cb));
    await expect(
      call((cb) => http.configure({ ssid: 'Café', security: 'open', channel: 1 }, cb)),
    ).rejects.toThrow(/timed out/i);
    const tcp = client(device, 'tcp');
    await call((cb) => tcp.publicKey(cb));
    // Over TCP the body is cut short, the device writes only "\n\n", and the client reports nothing.
    expect(
      await call((cb) => tcp.configure({ ssid: 'Café', security: 'open', channel: 1 }, cb)),
    ).toBeUndefined();
    expect(device.storedNetworks).toEqual([]);
  });

  it('is told -2 for a WPA network the device cannot see', async () => {
    const device = await start('2.3');
    const sap = client(device, 'tcp');
    await call((cb) => sap.publicKey(cb));
    expect(
      await call((cb) =>
        sap.configure(
          { ssid: 'Hidden', security: 'wpa2_aes', channel: 3, password: 'password1' },
          cb,
        ),
      ),
    ).toEqual({ r: -2 });
  });

  it('over HTTP on ≥ 0.7 gets an EAP-TLS configure through: it never sends `Connection: close`', async () => {
    const device = await start('2.3');
    device.setAir([...AIR, { ssid: 'Certs', sec: SECURITY.wpa2EnterpriseAes, ch: 9, rssi: -50 }]);
    const sap = client(device, 'http');
    await call((cb) => sap.publicKey(cb));
    const pem = (label: string) =>
      [
        `-----BEGIN ${label}-----`,
        ...Array(20).fill('B'.repeat(64)),
        `-----END ${label}-----`,
      ].join('\n');
    expect(
      await call((cb) =>
        sap.configure(
          {
            ssid: 'Certs',
            security: 'wpa2_enterprise_aes',
            channel: 9,
            eap: 'tls',
            client_certificate: pem('CERTIFICATE'),
            private_key: pem('PRIVATE KEY'),
          },
          cb,
        ),
      ),
    ).toEqual({ r: 0 });
    const sent = device.commands.find((entry) => entry.command === 'configure-ap');
    expect(sent?.bodyBytes?.length).toBeGreaterThan(1152);
  });

  it('reads escape look-alikes through JSON.parse, and so names another network (what we avoid)', async () => {
    const device = await start('2.3');
    device.setAir([
      { ssid: 'AC\\/DC', sec: SECURITY.wpa2Aes, ch: 6, rssi: -45, password: PASSWORD },
    ]);
    const sap = client(device, 'tcp');
    const scans = await call<SoftAPSetup.ScanEntry[]>((cb) => sap.scan(cb));
    expect(scans?.[0]?.ssid).toBe('AC/DC');
    await call((cb) => sap.publicKey(cb));
    expect(
      await call((cb) =>
        sap.configure(
          { ssid: scans?.[0]?.ssid ?? '', security: 'wpa2_aes', channel: 6, password: PASSWORD },
          cb,
        ),
      ),
    ).toEqual({ r: -2 });
  });
});
