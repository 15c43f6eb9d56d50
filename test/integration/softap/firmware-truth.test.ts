// Our client against the simulator made as strict as Device OS (softap-firmware.md), in every
// firmware mode and over both transports: raw SSID bytes read and sent back intact, identities
// and SSIDs that cannot arrive intact refused first, multi-packet bodies that reach the device,
// the ≤ 0.6 Enterprise answer, and a wedged scan.
import { afterEach, describe, expect, it } from 'vitest';
import { SoftApClient, type ConfigureNetwork } from '../../../electron/core/softap';
import {
  EAP_TLS,
  SECURITY,
  startSimulatedPhoton,
  type AirNetwork,
  type PhotonFirmware,
  type SimulatedPhoton,
} from '../../../electron/simulator/photon';
import { COMMAND_MS, KEY_PEM, PASSWORD, failure, fastOptions } from './support/simulated-device';

const LATIN1 = Buffer.from('Café-Net', 'latin1');
const IDENTITY = 'jsmith@corp.example';
const pem = (label: string, lines: number): string =>
  [
    `-----BEGIN ${label}-----`,
    ...Array.from({ length: lines }, (_, i) => `${String(i).padStart(4, '0')}${'A'.repeat(60)}`),
    `-----END ${label}-----`,
  ].join('\n');
const CERT = pem('CERTIFICATE', 25);
const CA = pem('CERTIFICATE', 20);
const PRIVATE_KEY = pem('PRIVATE KEY', 12);

const AIR: readonly AirNetwork[] = [
  { ssid: 'Lab\\net', sec: SECURITY.wpa2Aes, ch: 1, rssi: -40, password: PASSWORD },
  { ssid: 'AC\\/DC', sec: SECURITY.wpa2Aes, ch: 2, rssi: -41, password: PASSWORD },
  { ssid: LATIN1, sec: SECURITY.wpa2Aes, ch: 3, rssi: -42, password: PASSWORD },
  { ssid: 'say "hi"', sec: SECURITY.open, ch: 4, rssi: -43 },
  {
    ssid: 'Corp',
    sec: SECURITY.wpa2EnterpriseAes,
    ch: 5,
    rssi: -44,
    password: PASSWORD,
    identity: IDENTITY,
  },
  { ssid: 'Certs', sec: SECURITY.wpa2EnterpriseAes, ch: 6, rssi: -45 },
];

const MODES: Array<[PhotonFirmware, 'tcp' | 'http']> = [
  ['2.3', 'tcp'],
  ['2.3', 'http'],
  ['0.7', 'tcp'],
  ['0.7', 'http'],
  ['0.6', 'tcp'],
  ['0.6', 'http'],
];

let photon: SimulatedPhoton | undefined;
afterEach(async () => {
  await photon?.close();
  photon = undefined;
});

async function setup(firmware: PhotonFirmware, transport: 'tcp' | 'http') {
  photon = await startSimulatedPhoton({ privateKeyPem: KEY_PEM, firmware, air: AIR });
  return { device: photon, client: new SoftApClient(fastOptions(photon, transport)) };
}

const configures = (device: SimulatedPhoton) =>
  device.commands.filter((entry) => entry.command === 'configure-ap');

describe.each(MODES)('firmware %s over %s, as strict as Device OS', (firmware, transport) => {
  const legacy = firmware === '0.6';

  it('reads SSIDs raw and sends each back as exactly the bytes the device reported', async () => {
    const { device, client } = await setup(firmware, transport);
    const networks = await client.scan();
    const byName = new Map(networks.map((network) => [network.ssid, network]));
    expect([...byName.keys()]).toEqual(
      expect.arrayContaining(['Lab\\net', 'AC\\/DC', 'Café-Net', 'say "hi"']),
    );
    expect(byName.get('Café-Net')?.ssidHex).toBe(LATIN1.toString('hex'));
    for (const name of ['Lab\\net', 'AC\\/DC', 'Café-Net']) {
      const seen = byName.get(name)!;
      const network: ConfigureNetwork = {
        ssid: seen.ssid,
        ssidBytes: Buffer.from(seen.ssidHex, 'hex'),
        security: seen.security ?? 0,
        channel: seen.channel,
        password: PASSWORD,
      };
      await client.configure(network);
    }
    expect(device.storedNetworks.map((network) => network.ssid)).toEqual([
      LATIN1,
      Buffer.from('AC\\/DC'),
      Buffer.from('Lab\\net'),
    ]);
    expect(await client.connect()).toEqual({ kind: 'ok' });
    await device.waitForLed('connected', 3000);
  });

  it('refuses, before sending, an SSID whose quote the device would read as the end', async () => {
    const { device, client } = await setup(firmware, transport);
    const quoted = (await client.scan()).find((network) => network.ssid === 'say "hi"')!;
    const { error } = await failure(
      client.configure({
        ssid: quoted.ssid,
        ssidBytes: Buffer.from(quoted.ssidHex, 'hex'),
        security: SECURITY.open,
      }),
    );
    expect(error.problem).toMatchObject({ kind: 'invalid-input', field: 'ssid' });
    expect(error.message).toMatch(/quote .* would end the name early.*Rename the network/);
    expect(configures(device)).toHaveLength(0);
  });

  it('refuses a DOMAIN\\user identity with the user@domain advice, before any traffic', async () => {
    const { device, client } = await setup(firmware, transport);
    const { error } = await failure(
      client.configure({
        ssid: 'Corp',
        security: SECURITY.wpa2EnterpriseAes,
        auth: 'peap',
        innerIdentity: 'CORP\\jsmith',
        password: PASSWORD,
      }),
    );
    expect(error.problem).toMatchObject({ kind: 'invalid-input', field: 'innerIdentity' });
    expect(error.message).toMatch(/stores identities exactly as sent.*user@domain/);
    expect(device.commands).toHaveLength(0);
  });

  it(
    legacy
      ? 'PEAP: told that WPA Enterprise needs Device OS 0.7.0'
      : 'PEAP: the identity is stored verbatim and the device joins',
    async () => {
      const { device, client } = await setup(firmware, transport);
      const peap: ConfigureNetwork = {
        ssid: 'Corp',
        security: SECURITY.wpa2EnterpriseAes,
        channel: 5,
        auth: 'peap',
        innerIdentity: IDENTITY,
        password: PASSWORD,
      };
      if (legacy) {
        const { error } = await failure(client.configure(peap));
        expect(error.problem).toEqual({ kind: 'enterprise-unsupported' });
        expect(error.message).toMatch(/WPA Enterprise needs Device OS 0\.7\.0 or later/);
        expect(error.message).not.toMatch(/firmware is a Photon/);
        return;
      }
      await client.configure(peap);
      expect(device.storedNetworks[0]?.enterprise?.innerIdentity).toEqual(Buffer.from(IDENTITY));
      expect(await client.connect()).toEqual({ kind: 'ok' });
      await device.waitForLed('connected', 3000);
    },
  );

  it(
    legacy
      ? 'EAP-TLS over several packets: the ≤ 0.6 Enterprise sentence, not a lost device'
      : 'EAP-TLS and PEAP with a CA certificate span several packets and still reach the device',
    async () => {
      const { device, client } = await setup(firmware, transport);
      const tls: ConfigureNetwork = {
        ssid: 'Certs',
        security: SECURITY.wpa2EnterpriseAes,
        channel: 6,
        auth: 'eap-tls',
        clientCertificate: CERT,
        privateKey: PRIVATE_KEY,
      };
      if (legacy) {
        const { error } = await failure(client.configure(tls));
        expect(error.problem.kind).toBe(
          transport === 'tcp' ? 'enterprise-unsupported' : 'enterprise-unanswered',
        );
        expect(error.message).toMatch(/WPA Enterprise needs Device OS 0\.7\.0 or later/);
        return;
      }
      await client.configure(tls);
      const sent = configures(device)[0];
      expect(sent?.bodyBytes?.length).toBeGreaterThan(3 * 1152);
      expect(sent?.transport).toBe(transport);
      expect(device.storedNetworks[0]?.enterprise).toMatchObject({
        eapType: EAP_TLS,
        clientCertificate: `${CERT}\r\n`,
      });
      await client.configure({
        ssid: 'Corp',
        security: SECURITY.wpa2EnterpriseAes,
        channel: 5,
        auth: 'peap',
        innerIdentity: IDENTITY,
        password: PASSWORD,
        caCertificate: CA,
      });
      expect(configures(device)[1]?.bodyBytes?.length).toBeGreaterThan(1152);
      expect(device.storedNetworks[0]?.enterprise?.caCertificate).toBe(`${CA}\r\n`);
    },
  );

  it('a wedged scan: asked once, the listening-mode sentence, and the device really is stuck', async () => {
    const { device, client } = await setup(firmware, transport);
    device.setFaults({ wedgeScan: true });
    const { error, elapsedMs } = await failure(client.scan());
    expect(error.problem).toEqual({ kind: 'scan-stuck', afterMs: COMMAND_MS });
    expect(error.message).toMatch(/Press RESET, then hold SETUP until it blinks dark blue/);
    expect(elapsedMs).toBeLessThan(2 * COMMAND_MS);
    device.setFaults({ wedgeScan: false });
    await device.enterListeningMode();
    expect((await client.scan()).length).toBeGreaterThan(0);
  });
});

describe('auto transport and large bodies', () => {
  it('sends a body that spans packets over TCP first, even after HTTP worked', async () => {
    const { device } = await setup('2.3', 'http');
    const client = new SoftApClient({ ...fastOptions(device, 'http'), transport: 'auto' });
    expect(await client.version()).toBe(2);
    await client.configure({
      ssid: 'Certs',
      security: SECURITY.wpa2EnterpriseAes,
      channel: 6,
      auth: 'eap-tls',
      clientCertificate: CERT,
      privateKey: PRIVATE_KEY,
    });
    expect(configures(device).map((entry) => entry.transport)).toEqual(['tcp']);
  });
});
