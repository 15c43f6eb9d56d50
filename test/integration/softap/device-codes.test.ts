// The device's configure-ap result codes, end to end: -2 when the Photon cannot see a WPA network
// (hidden, 5 GHz, gone), -3 for the SSID and -4 for the password length. Our client validates
// SSIDs and passwords exactly as the device does, so -3 and -4 cannot come from its own bodies;
// to prove the mapping of the device's real answers, a thin wrapper around the real TCP transport
// rewrites the body the way a client without that validation would send it.
import { afterEach, describe, expect, it } from 'vitest';
import {
  encryptPassword,
  parseDevicePublicKey,
  SoftApClient,
  type SoftApOptions,
} from '../../../electron/core/softap';
import { TRANSPORTS } from '../../../electron/core/softap/send-command';
import {
  SECURITY,
  startSimulatedPhoton,
  type PhotonFirmware,
  type SimulatedPhoton,
} from '../../../electron/simulator/photon';
import { AIR, KEY_PEM, PASSWORD, failure, fastOptions } from './support/simulated-device';
import { said } from '../../support/english';

let photon: SimulatedPhoton | undefined;
afterEach(async () => {
  await photon?.close();
  photon = undefined;
});

async function start(firmware: PhotonFirmware = '2.3'): Promise<SimulatedPhoton> {
  photon = await startSimulatedPhoton({ privateKeyPem: KEY_PEM, air: AIR, firmware });
  return photon;
}

const wpa2 = (ssid: string, channel = 0) => ({
  ssid,
  security: SECURITY.wpa2Aes,
  channel,
  password: PASSWORD,
});

describe('-2: a WPA network the Photon cannot see', () => {
  it.each([
    ['hidden', 'Attic'],
    ['5 GHz only', 'Fast'],
    ['not in the air at all', 'Nowhere'],
  ])('%s ⇒ network-not-visible with the USB hint', async (_why, ssid) => {
    const device = await start();
    const client = new SoftApClient(fastOptions(device, 'tcp'));
    const { error } = await failure(client.configure(wpa2(ssid)));
    expect(error.problem).toEqual({ kind: 'network-not-visible', code: -2 });
    expect(error.message).toMatch(/cannot see that Wi-Fi network \(code -2\).*hidden, 5 GHz/);
    expect(error.message).toMatch(/over USB/);
    expect(device.storedNetworks).toEqual([]);
  });

  it('out of range after the scan ⇒ -2 over HTTP too', async () => {
    const device = await start('0.7');
    const client = new SoftApClient(fastOptions(device, 'http'));
    expect((await client.scan()).map((network) => network.ssid)).toContain('Home');
    device.setAir([]);
    const { error } = await failure(client.configure(wpa2('Home', 6)));
    expect(error.problem).toEqual({ kind: 'network-not-visible', code: -2 });
  });

  it('an open network is not looked for, so it is stored even when out of sight', async () => {
    const device = await start();
    const client = new SoftApClient(fastOptions(device, 'tcp'));
    await client.configure({ ssid: 'Nowhere', security: SECURITY.open });
    expect(device.storedNetworks[0]).toMatchObject({ ssid: Buffer.from('Nowhere'), security: 0 });
  });

  it('firmware ≤ 0.6 checks nothing: the hidden network is stored (r 0)', async () => {
    const device = await start('0.6');
    const client = new SoftApClient(fastOptions(device, 'tcp'));
    await client.configure(wpa2('Attic'));
    expect(device.storedNetworks[0]).toMatchObject({
      ssid: Buffer.from('Attic'),
      password: PASSWORD,
    });
  });
});

describe('-3 and -4: what the device refuses, and what our client refuses first', () => {
  /** A client whose configure-ap bodies are rewritten on their way into the real TCP transport. */
  function rewritingClient(
    device: SimulatedPhoton,
    rewrite: (body: Record<string, unknown>) => Record<string, unknown>,
  ): SoftApClient {
    const options: SoftApOptions = fastOptions(device, 'tcp');
    return new SoftApClient(options, {
      transports: {
        ...TRANSPORTS,
        tcp: (request) =>
          TRANSPORTS.tcp(
            request.command === 'configure-ap' && request.body !== undefined
              ? {
                  ...request,
                  body: Buffer.from(
                    JSON.stringify(
                      rewrite(JSON.parse(request.body.toString()) as Record<string, unknown>),
                    ),
                  ),
                }
              : request,
          ),
      },
    });
  }

  it('-3: a 33-byte SSID reaches the device ⇒ ssid-rejected', async () => {
    const device = await start();
    const client = rewritingClient(device, (body) => ({ ...body, ssid: 'x'.repeat(33) }));
    const { error } = await failure(client.configure(wpa2('Home', 6)));
    expect(error.problem).toEqual({ kind: 'ssid-rejected', code: -3 });
    expect(error.message).toMatch(/refused the network name \(code -3\)/);
  });

  it('-4: a 7-character password reaches the device ⇒ password-length', async () => {
    const device = await start();
    const key = parseDevicePublicKey(device.publicKeyField);
    const client = rewritingClient(device, (body) => ({
      ...body,
      pwd: encryptPassword(key, 'seven77'),
    }));
    const { error } = await failure(client.configure(wpa2('Home', 6), key));
    expect(error.problem).toEqual({ kind: 'password-length', code: -4 });
    expect(error.message).toMatch(/refused the password length \(code -4\)/);
    expect(device.storedNetworks).toEqual([]);
  });

  it('our own client refuses the same inputs before a byte is sent', async () => {
    const device = await start();
    const client = new SoftApClient(fastOptions(device, 'tcp'));
    const ssid = await failure(client.configure(wpa2('é'.repeat(17))));
    expect(ssid.error.problem).toMatchObject({ kind: 'invalid-input', field: 'ssid' });
    expect(ssid.error.message).toMatch(/34 bytes/);
    const password = await failure(client.configure({ ...wpa2('Home', 6), password: 'seven77' }));
    expect(password.error.problem).toMatchObject({ kind: 'invalid-input', field: 'password' });
    expect(password.error.message).not.toContain('seven77');
    expect(said(password.error.text)).not.toContain('seven77');
    expect(JSON.stringify(password.error.problem)).not.toContain('seven77');
    expect(device.commands).toEqual([]);
  });
});
