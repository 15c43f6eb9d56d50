import type { Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  SECURITY,
  SSID_SUFFIX_ALPHABET,
  startSimulatedPhoton,
  type PhotonSimulatorOptions,
  type SimulatedPhoton,
} from '../../../../electron/simulator/photon';
import { testKeyPem } from './support/key';
import {
  encryptForDevice,
  exchange,
  httpRequest,
  parseChunked,
  sleep,
  splitHttpReply,
  tcpCommand,
  tcpRequest,
} from './support/raw-clients';

let photon: SimulatedPhoton;
afterEach(() => photon.close());
const start = async (options: PhotonSimulatorOptions) => {
  photon = await startSimulatedPhoton({ privateKeyPem: testKeyPem(), ...options });
};
/** ≤ 0.6 leaves the first TCP connection open; take it, as softap-setup-js does with its warm-up. */
const warmUp = () =>
  exchange(photon.tcpPort, tcpRequest('device-id'), { until: (d) => d.includes('}') });
const suffixPattern = (length: number) =>
  new RegExp(`^Photon-[${SSID_SUFFIX_ALPHABET}]{${length}}$`);

describe('firmware 0.6', () => {
  it('uses a 4-character SSID code', async () => {
    await start({ firmware: '0.6' });
    expect(photon.ssid).toMatch(suffixPattern(4));
  });

  it('keeps the first TCP connection of a session open, closes the later ones', async () => {
    await start({ firmware: '0.6' });
    const first = await exchange(photon.tcpPort, tcpRequest('device-id'), { timeoutMs: 250 });
    expect(first.end).toBe('timeout');
    expect(first.text).toMatch(/^\n\n\{"id":"[0-9A-F]{24}","c":"0"\}$/);
    const second = await exchange(photon.tcpPort, tcpRequest('device-id'));
    expect(second.end).toBe('closed');
  });

  it('never terminates a chunked HTTP reply', async () => {
    await start({ firmware: '0.6' });
    const reply = await exchange(photon.httpPort, httpRequest('GET', '/version'), {
      timeoutMs: 250,
    });
    expect(reply.end).toBe('timeout');
    const { chunks, terminated } = parseChunked(splitHttpReply(reply.data).body);
    expect(Buffer.concat(chunks).toString()).toBe('{"v":2}');
    expect(terminated).toBe(false);
  });

  it('has a single HTTP socket: a second client waits until the first leaves', async () => {
    await start({ firmware: '0.6' });
    let firstSocket: Socket | undefined;
    const first = exchange(photon.httpPort, httpRequest('GET', '/version'), {
      timeoutMs: 2000,
      onSocket: (s) => (firstSocket = s),
    });
    await sleep(60);
    const second = exchange(photon.httpPort, httpRequest('GET', '/device-id'), {
      timeoutMs: 2000,
      until: (d) => d.includes('}\r\n'),
    });
    const early = await Promise.race([
      second.then(() => 'served'),
      sleep(200).then(() => 'waiting'),
    ]);
    expect(early).toBe('waiting');
    firstSocket?.destroy();
    expect((await second).end).toBe('until');
    await first;
  });

  it('stores configure-ap without validation, scanning or enterprise keys', async () => {
    await start({ firmware: '0.6', air: [] });
    await warmUp();
    const pwd = encryptForDevice(photon.publicKeyField, 'pw');
    const ssid = 'A'.repeat(40);
    expect(
      await tcpCommand(
        photon.tcpPort,
        'configure-ap',
        JSON.stringify({ idx: 0, ssid, pwd, sec: SECURITY.wpaTkip, ch: 3 }),
      ),
    ).toEqual({ r: 0 });
    expect(photon.storedNetworks[0]).toEqual({
      ssid: Buffer.from('A'.repeat(32)),
      security: SECURITY.wpaTkip,
      channel: 3,
      password: 'pw',
      enterprise: null,
    });
    expect(
      await tcpCommand(
        photon.tcpPort,
        'configure-ap',
        JSON.stringify({ idx: 0, ssid: 'X', sec: 0, eap: 25 }),
      ),
    ).toBeNull();
  });

  it('uses tropicssl error codes, also for an empty pwd', async () => {
    await start({ firmware: '0.6' });
    expect((await warmUp()).end).toBe('until');
    const reply = await tcpCommand(
      photon.tcpPort,
      'configure-ap',
      JSON.stringify({ idx: 0, ssid: 'Open', pwd: '', sec: 0, ch: 1 }),
    );
    expect(reply).toEqual({ r: -1040 });
    photon.setFaults({ decryptError: true });
    const pwd = encryptForDevice(photon.publicKeyField, 'password1');
    expect(
      await tcpCommand(
        photon.tcpPort,
        'configure-ap',
        JSON.stringify({ idx: 0, ssid: 'H', pwd, sec: 0, ch: 1 }),
      ),
    ).toEqual({ r: -1103 });
  });
});

describe('firmware 0.7 and 2.3', () => {
  it('generate 6-character SSID codes and honour a custom prefix and suffix', async () => {
    await start({ firmware: '0.7' });
    expect(photon.ssid).toMatch(suffixPattern(6));
    await photon.close();
    await start({ ssidPrefix: 'Widget', ssidSuffix: 'AB12' });
    expect(photon.ssid).toBe('Widget-AB12');
  });

  it('both validate configure-ap and close every TCP connection', async () => {
    for (const firmware of ['0.7', '2.3'] as const) {
      await start({ firmware, air: [] });
      const pwd = encryptForDevice(photon.publicKeyField, 'password1');
      expect(
        await tcpCommand(
          photon.tcpPort,
          'configure-ap',
          JSON.stringify({ idx: 0, ssid: 'Gone', pwd, sec: SECURITY.wpa2Aes, ch: 1 }),
        ),
      ).toEqual({ r: -2 });
      expect((await exchange(photon.tcpPort, tcpRequest('version'))).end).toBe('closed');
      await photon.close();
    }
    await start({});
  });

  it('rejects options a Photon cannot have', async () => {
    await expect(startSimulatedPhoton({ deviceId: 'xyz' })).rejects.toThrow(/24 hex/);
    await expect(startSimulatedPhoton({ ssidPrefix: 'P'.repeat(26) })).rejects.toThrow(/prefix/);
    await expect(startSimulatedPhoton({ ssidSuffix: '1234567' })).rejects.toThrow(/suffix/);
    await start({});
  });
});
