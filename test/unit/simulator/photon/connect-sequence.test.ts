import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  SECURITY,
  startSimulatedPhoton,
  type PhotonSimulatorOptions,
  type SimulatedPhoton,
} from '../../../../electron/simulator/photon';
import { testKeyPem } from './support/key';
import { encryptForDevice, exchange, tcpCommand, tcpRequest } from './support/raw-clients';

const AIR = [{ ssid: 'Home', sec: SECURITY.wpa2Aes, ch: 6, rssi: -50, password: 'right-password' }];

let photon: SimulatedPhoton;
afterEach(() => photon.close());

async function start(options: PhotonSimulatorOptions = {}): Promise<SimulatedPhoton> {
  photon = await startSimulatedPhoton({ privateKeyPem: testKeyPem(), air: AIR, ...options });
  return photon;
}

async function configureAndConnect(password: string, ssid = 'Home'): Promise<unknown> {
  const pwd = encryptForDevice(photon.publicKeyField, password);
  const configured = await tcpCommand(
    photon.tcpPort,
    'configure-ap',
    JSON.stringify({ idx: 0, ssid, pwd, sec: SECURITY.wpa2Aes, ch: 6 }),
  );
  if (ssid === 'Home') expect(configured).toEqual({ r: 0 });
  return tcpCommand(photon.tcpPort, 'connect-ap', '{"idx":0}');
}

describe('connect-ap success', () => {
  it('walks the LED from blinking green to breathing cyan and marks the device claimed', async () => {
    const cloud = { connect: vi.fn(async () => undefined) };
    await start({ deviceId: 'ABCDEF0123456789ABCDEF01', cloud });
    await tcpCommand(photon.tcpPort, 'set', '{"k":"cc","v":"claim-me"}');
    expect(await configureAndConnect('right-password')).toEqual({ r: 0 });
    await photon.waitForLed('connected', 2000);
    expect(photon.ledHistory).toEqual([
      'wifi-joining',
      'dhcp',
      'cloud-connecting',
      'cloud-handshake',
      'connected',
    ]);
    expect(photon.led).toEqual({ name: 'connected', color: 'cyan', pattern: 'breathing' });
    expect(cloud.connect).toHaveBeenCalledWith({
      deviceId: 'abcdef0123456789abcdef01',
      claimCode: 'claim-me',
    });
    expect(photon.claimed).toBe(true);
    expect(photon.listening).toBe(false);
  });

  it('stops serving once the reply is out', async () => {
    const apEvents: boolean[] = [];
    await start();
    photon.onAp((up) => apEvents.push(up));
    await configureAndConnect('right-password');
    await photon.waitForLed('wifi-joining', 1000);
    expect(apEvents).toEqual([false]);
    await expect(exchange(photon.tcpPort, tcpRequest('version'))).rejects.toThrow(/ECONNREFUSED/);
    await expect(exchange(photon.httpPort, 'GET /version HTTP/1.1\r\n\r\n')).rejects.toThrow(
      /ECONNREFUSED/,
    );
  });

  it('leaves c at "0" without a claim code, or when the cloud does not acknowledge it', async () => {
    await start({ cloud: { connect: () => ({ claimed: false }) } });
    await tcpCommand(photon.tcpPort, 'set', '{"k":"cc","v":"expired"}');
    await configureAndConnect('right-password');
    await photon.waitForLed('connected', 2000);
    expect(photon.claimed).toBe(false);
  });

  it('stays blinking cyan when the cloud cannot be reached', async () => {
    await start({ cloud: { connect: () => Promise.reject(new Error('cloud down')) } });
    await configureAndConnect('right-password');
    await photon.waitForLed('cloud-connecting', 2000);
    await new Promise((r) => setTimeout(r, 150));
    expect(photon.led.name).toBe('cloud-connecting');
    expect(photon.log.some((e) => e.type === 'cloud' && !e.ok && e.detail === 'cloud down')).toBe(
      true,
    );
  });
});

describe('connect-ap failure', () => {
  it('goes back to listening with the AP on the same ports after a wrong password, keeping the entry', async () => {
    await start({ timings: { relistenMs: 80 } });
    const ports = [photon.tcpPort, photon.httpPort];
    await configureAndConnect('wrong-password');
    await photon.waitForLed('wifi-joining', 1000);
    expect(photon.listening).toBe(false);
    await photon.waitForLed('listening', 2000);
    expect(photon.listening).toBe(true);
    expect([photon.tcpPort, photon.httpPort]).toEqual(ports);
    expect(photon.storedNetworks[0]?.password).toBe('wrong-password');
    expect(await tcpCommand(photon.tcpPort, 'version')).toEqual({ v: 2 });
    expect(photon.log.some((e) => e.type === 'connect' && e.outcome === 'wrong-password')).toBe(
      true,
    );
  });

  it('goes back to listening when the network has gone', async () => {
    await start();
    const pwd = encryptForDevice(photon.publicKeyField, 'right-password');
    await tcpCommand(
      photon.tcpPort,
      'configure-ap',
      JSON.stringify({ idx: 0, ssid: 'Home', pwd, sec: SECURITY.wpa2Aes, ch: 6 }),
    );
    photon.setAir([]);
    await tcpCommand(photon.tcpPort, 'connect-ap');
    await photon.waitForLed('wifi-joining', 1000);
    await photon.waitForLed('listening', 2000);
    expect(photon.log.some((e) => e.type === 'connect' && e.outcome === 'unreachable')).toBe(true);
  });

  it('blinks green forever when the credentials did not change in this session', async () => {
    await start({
      storedNetworks: [
        {
          ssid: Buffer.from('Home'),
          security: SECURITY.wpa2Aes,
          channel: 6,
          password: 'stale',
          enterprise: null,
        },
      ],
    });
    expect(await tcpCommand(photon.tcpPort, 'connect-ap')).toEqual({ r: 0 });
    await photon.waitForLed('wifi-joining', 1000);
    await new Promise((r) => setTimeout(r, 200));
    expect(photon.led.name).toBe('wifi-joining');
    expect(photon.listening).toBe(false);
  });

  it('re-enters listening when connect-ap is sent with no credentials', async () => {
    await start();
    await tcpCommand(photon.tcpPort, 'connect-ap');
    await photon.waitForLed('wifi-joining', 1000);
    await photon.waitForLed('listening', 2000);
    expect(photon.ledHistory).toEqual(['wifi-joining', 'listening']);
  });

  it('stays fast blinking green when DHCP fails', async () => {
    await start({ connectOutcome: 'dhcp-failure' });
    await configureAndConnect('right-password');
    await photon.waitForLed('dhcp', 1000);
    await new Promise((r) => setTimeout(r, 150));
    expect(photon.led).toEqual({ name: 'dhcp', color: 'green', pattern: 'fast-blinking' });
  });

  it('follows a forced outcome whatever the air says', async () => {
    await start({ connectOutcome: 'success', air: [] });
    await tcpCommand(photon.tcpPort, 'connect-ap');
    await photon.waitForLed('connected', 2000);
  });

  it('can be put back into listening mode by hand', async () => {
    await start();
    await configureAndConnect('right-password');
    await photon.waitForLed('connected', 2000);
    await photon.enterListeningMode();
    expect(photon.listening).toBe(true);
    expect(await tcpCommand(photon.tcpPort, 'version')).toEqual({ v: 2 });
  });
});
