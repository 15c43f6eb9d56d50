import { afterEach, describe, expect, it } from 'vitest';
import {
  SECURITY,
  startSimulatedPhoton,
  type PhotonSimulatorOptions,
  type SimulatedPhoton,
} from '../../../../electron/simulator/photon';
import { testKeyPem } from './support/key';
import {
  chunkedComplete,
  encryptForDevice,
  exchange,
  httpRequest,
  parseChunked,
  sleep,
  splitHttpReply,
  tcpCommand,
  tcpRequest,
} from './support/raw-clients';

const AIR = [{ ssid: 'Home', sec: SECURITY.wpa2Aes, ch: 6, rssi: -50, password: 'right-password' }];

let photon: SimulatedPhoton;
afterEach(() => photon.close());
const start = async (options: PhotonSimulatorOptions = {}) => {
  photon = await startSimulatedPhoton({ privateKeyPem: testKeyPem(), air: AIR, ...options });
};

describe('fault injection', () => {
  it('no reply (silent): nothing comes back; cleared at run time, the device answers again', async () => {
    await start({ faults: { noReply: { commands: ['device-id'], mode: 'silent' } } });
    const silent = await exchange(photon.tcpPort, tcpRequest('device-id'), { timeoutMs: 200 });
    expect(silent).toMatchObject({ end: 'timeout', data: Buffer.alloc(0) });
    expect(await tcpCommand(photon.tcpPort, 'version')).toEqual({ v: 2 });
    photon.setFaults({ noReply: null });
    expect(await tcpCommand(photon.tcpPort, 'device-id')).toMatchObject({ c: '0' });
  });

  it('no reply (close): the connection closes with zero bytes on both transports', async () => {
    await start({ faults: { noReply: { commands: 'all', mode: 'close' } } });
    expect(await exchange(photon.tcpPort, tcpRequest('version'))).toMatchObject({
      end: 'closed',
      data: Buffer.alloc(0),
    });
    expect(await exchange(photon.httpPort, httpRequest('GET', '/version'))).toMatchObject({
      end: 'closed',
      data: Buffer.alloc(0),
    });
  });

  it('truncated reply: part of the JSON, then close', async () => {
    await start({ faults: { truncateReply: { commands: ['public-key'], bytes: 40 } } });
    const reply = await exchange(photon.tcpPort, tcpRequest('public-key'));
    expect(reply.end).toBe('closed');
    expect(reply.text).toBe(`\n\n{"b":"${photon.publicKeyField.slice(0, 34)}`);
    const http = await exchange(photon.httpPort, httpRequest('GET', '/public-key'), {
      timeoutMs: 1000,
    });
    expect(http.end).toBe('closed');
    expect(http.text).not.toContain('0\r\n\r\n');
  });

  it('slow scan: scan-ap takes the configured time', async () => {
    await start({ faults: { slowScanMs: 250 } });
    const started = Date.now();
    expect(await tcpCommand(photon.tcpPort, 'scan-ap')).toMatchObject({
      scans: [{ ssid: 'Home' }],
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(240);
  });

  it('wedged scan: cut mid-entry, and that server stays dead until listening mode is re-entered', async () => {
    await start({ faults: { wedgeScan: true } });
    photon.setAir([...AIR, { ssid: 'Second', sec: SECURITY.open, ch: 1, rssi: -70 }]);
    const wedged = await exchange(photon.httpPort, httpRequest('GET', '/scan-ap'), {
      timeoutMs: 300,
    });
    expect(wedged.end).toBe('timeout');
    const json = Buffer.concat(parseChunked(splitHttpReply(wedged.data).body).chunks).toString();
    expect(json).toBe(
      '{"scans":[{"ssid":"Home","rssi":-50,"sec":4194308,"ch":6,"mdr":54000},{"ssid":"Second"',
    );
    // The client left and the fault is gone, but the event thread is still stuck in the scan.
    photon.setFaults({ wedgeScan: false });
    const stuck = await exchange(photon.httpPort, httpRequest('GET', '/version'), {
      timeoutMs: 300,
    });
    expect(stuck).toMatchObject({ end: 'timeout', data: Buffer.alloc(0) });
    await photon.enterListeningMode();
    const next = await exchange(photon.httpPort, httpRequest('GET', '/version'), {
      until: chunkedComplete,
    });
    expect(next.end).toBe('until');
  });

  it('wedged scan over TCP: 5609 answers nothing more; leaving listening mode frees it', async () => {
    await start({ faults: { wedgeScan: true } });
    const wedged = await exchange(photon.tcpPort, tcpRequest('scan-ap'), { timeoutMs: 200 });
    expect(wedged.end).toBe('timeout');
    photon.setFaults({ wedgeScan: false });
    const stuck = await exchange(photon.tcpPort, tcpRequest('version'), { timeoutMs: 200 });
    expect(stuck).toMatchObject({ end: 'timeout', data: Buffer.alloc(0) });
    await photon.enterListeningMode();
    expect(await tcpCommand(photon.tcpPort, 'version')).toEqual({ v: 2 });
  });

  it("wedged scan: configure-ap's own scans each wait their cap before answering", async () => {
    await start({ faults: { wedgeScan: true }, timings: { configureScanCapMs: 150 } });
    const body = JSON.stringify({
      idx: 0,
      ssid: 'Home',
      pwd: encryptForDevice(photon.publicKeyField, 'right-password'),
      sec: SECURITY.wpa2Aes,
      ch: 6,
    });
    const started = Date.now();
    expect(await tcpCommand(photon.tcpPort, 'configure-ap', body)).toEqual({ r: 0 });
    // Dry run and save: two scans, each waiting the whole cap (sniff_security, 30 s on a Photon).
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });

  it('decrypt error: configure-ap answers the low-RAM code (or a chosen one)', async () => {
    await start({ faults: { decryptError: true } });
    const body = JSON.stringify({
      idx: 0,
      ssid: 'Home',
      pwd: encryptForDevice(photon.publicKeyField, 'right-password'),
      sec: SECURITY.wpa2Aes,
      ch: 6,
    });
    expect(await tcpCommand(photon.tcpPort, 'configure-ap', body)).toEqual({ r: -16642 });
    photon.setFaults({ decryptError: -16640 });
    expect(await tcpCommand(photon.tcpPort, 'configure-ap', body)).toEqual({ r: -16640 });
    photon.setFaults({ decryptError: false });
    expect(await tcpCommand(photon.tcpPort, 'configure-ap', body)).toEqual({ r: 0 });
  });

  it('DHCP failure: fast blinking green forever', async () => {
    await start({ faults: { dhcpFailure: true } });
    photon.setConnectOutcome('success');
    await tcpCommand(photon.tcpPort, 'connect-ap');
    await photon.waitForLed('dhcp', 1000);
    await sleep(150);
    expect(photon.led.name).toBe('dhcp');
  });

  it('dropped connect-ap reply: no bytes, but the device still leaves the AP and connects', async () => {
    await start({ faults: { dropConnectReply: true }, connectOutcome: 'success' });
    const reply = await exchange(photon.tcpPort, tcpRequest('connect-ap', '{"idx":0}'));
    expect(reply.data.length).toBe(0);
    await photon.waitForLed('connected', 2000);
  });

  it('reset during connect-ap: connection reset, LED off, then it joins with what it has', async () => {
    await start({ faults: { resetDuringConnect: true } });
    const pwd = encryptForDevice(photon.publicKeyField, 'right-password');
    await tcpCommand(
      photon.tcpPort,
      'configure-ap',
      JSON.stringify({ idx: 0, ssid: 'Home', pwd, sec: SECURITY.wpa2Aes, ch: 6 }),
    );
    const reply = await exchange(photon.tcpPort, tcpRequest('connect-ap', '{"idx":0}'));
    expect(reply).toMatchObject({ end: 'reset', data: Buffer.alloc(0) });
    await photon.waitForLed('connected', 2000);
    expect(photon.ledHistory[0]).toBe('off');
  });

  it('reset during connect-ap with a wrong password: blinks green instead of re-listening', async () => {
    await start({ faults: { resetDuringConnect: true }, timings: { relistenMs: 50 } });
    const pwd = encryptForDevice(photon.publicKeyField, 'wrong-password');
    await tcpCommand(
      photon.tcpPort,
      'configure-ap',
      JSON.stringify({ idx: 0, ssid: 'Home', pwd, sec: SECURITY.wpa2Aes, ch: 6 }),
    );
    await exchange(photon.httpPort, httpRequest('POST', '/connect-ap', { body: '{"idx":0}' }));
    await photon.waitForLed('wifi-joining', 1000);
    await sleep(200);
    expect(photon.led.name).toBe('wifi-joining');
    expect(photon.listening).toBe(false);
  });

  it('keeps the HTTP status of a normal reply intact when no fault is set', async () => {
    await start();
    const reply = await exchange(photon.httpPort, httpRequest('GET', '/version'), {
      until: chunkedComplete,
    });
    expect(splitHttpReply(reply.data).statusLine).toBe('HTTP/1.1 200 OK');
  });
});
