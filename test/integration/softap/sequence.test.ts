// Our SoftApClient runs the source document's whole sequence against the simulated Photon in
// every firmware mode, over TCP and over HTTP, and the device ends up holding exactly what was
// sent: the claim code and the password (decrypted by the simulator's own RSA key).
import { afterEach, describe, expect, it } from 'vitest';
import { SoftApClient } from '../../../electron/core/softap';
import {
  SECURITY,
  startSimulatedPhoton,
  type PhotonFirmware,
  type SimulatedPhoton,
} from '../../../electron/simulator/photon';
import { closedPort } from '../../unit/softap/support/loopback';
import { AIR, CLAIM, DEVICE_ID, KEY_PEM, PASSWORD, fastOptions } from './support/simulated-device';

let photon: SimulatedPhoton | undefined;
afterEach(async () => {
  await photon?.close();
  photon = undefined;
});

async function start(firmware: PhotonFirmware): Promise<SimulatedPhoton> {
  photon = await startSimulatedPhoton({
    privateKeyPem: KEY_PEM,
    firmware,
    air: AIR,
    deviceId: DEVICE_ID,
  });
  return photon;
}

const MODES: Array<[PhotonFirmware, 'tcp' | 'http']> = [
  ['2.3', 'tcp'],
  ['2.3', 'http'],
  ['0.7', 'tcp'],
  ['0.7', 'http'],
  // ≤ 0.6 TCP leaves the first socket open after its reply: the client must parse as soon as the
  // JSON is whole rather than wait for EOF. ≤ 0.6 HTTP never sends the chunked terminator and
  // serves one socket at a time; the client's `Connection: close` makes the device close after
  // each reply (the official client times out there: see the conformance test).
  ['0.6', 'tcp'],
  ['0.6', 'http'],
];

describe.each(MODES)(
  'SoftApClient against a simulated Photon, firmware %s over %s',
  (firmware, transport) => {
    it('runs version, device-id, public-key, set, scan-ap, configure-ap and connect-ap', async () => {
      const device = await start(firmware);
      const client = new SoftApClient(fastOptions(device, transport));

      expect(await client.version()).toBe(2);
      expect(await client.deviceInfo()).toEqual({
        deviceId: DEVICE_ID.toLowerCase(),
        claimed: false,
      });
      const key = await client.publicKey();
      expect(key.der.equals(device.publicKeyDer)).toBe(true);

      await client.setClaimCode(CLAIM);
      expect(device.claimCode).toBe(CLAIM);

      const networks = await client.scan();
      expect(
        networks.map(({ ssid, rssi, security, channel }) => ({ ssid, rssi, security, channel })),
      ).toEqual([
        { ssid: 'Home', rssi: -45, security: SECURITY.wpa2Aes, channel: 6 },
        { ssid: 'Cafe', rssi: -70, security: SECURITY.open, channel: 1 },
      ]);

      const home = networks[0];
      if (home === undefined || home.security === null) throw new Error('the scan lost Home');
      await client.configure(
        { ssid: home.ssid, security: home.security, channel: home.channel, password: PASSWORD },
        key,
      );
      expect(device.storedNetworks).toEqual([
        {
          ssid: Buffer.from('Home'),
          security: SECURITY.wpa2Aes,
          channel: 6,
          password: PASSWORD,
          enterprise: null,
        },
      ]);

      expect(await client.connect()).toEqual({ kind: 'ok' });
      await device.waitForLed('connected', 3000);
      expect(device.listening).toBe(false);
      expect(device.claimed).toBe(true);

      // Every command went over the chosen transport, once each: no retries were needed.
      expect(device.commands.map((entry) => [entry.command, entry.transport])).toEqual(
        ['version', 'device-id', 'public-key', 'set', 'scan-ap', 'configure-ap', 'connect-ap'].map(
          (command) => [command, transport],
        ),
      );
    });
  },
);

describe('transport choice against the simulator', () => {
  it("'auto' falls back to HTTP when nothing listens on the TCP port, and stays there", async () => {
    const device = await start('2.3');
    const client = new SoftApClient({
      ...fastOptions(device, 'http'),
      transport: 'auto',
      tcpPort: await closedPort(),
    });
    expect(await client.version()).toBe(2);
    expect(client.transport).toBe('http');
    await client.setClaimCode(CLAIM);
    expect(device.claimCode).toBe(CLAIM);
    expect(device.commands.map((entry) => entry.transport)).toEqual(['http', 'http']);
  });
});
