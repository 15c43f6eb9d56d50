// Every fault the simulated Photon can inject ends, through our real client and transports, in
// its typed outcome within the short timeouts the test configures: nothing hangs, nothing is
// silently retried forever, and connect-ap's lost replies count as probable success.
import { afterEach, describe, expect, it } from 'vitest';
import { SoftApClient, type SoftApOptions } from '../../../electron/core/softap';
import {
  SECURITY,
  startSimulatedPhoton,
  type PhotonSimulatorOptions,
  type SimulatedPhoton,
} from '../../../electron/simulator/photon';
import {
  AIR,
  CLAIM,
  COMMAND_MS,
  KEY_PEM,
  PASSWORD,
  failure,
  fastOptions,
} from './support/simulated-device';
import { said } from '../../support/english';

/** Vitest's limit per test: far below the real timeouts, above the configured ones. */
const TEST_MS = 5_000;
/** Scheduling slack on a loaded CI machine. */
const SLACK_MS = 1_500;

let photon: SimulatedPhoton | undefined;
afterEach(async () => {
  await photon?.close();
  photon = undefined;
});

async function setup(
  transport: 'tcp' | 'http',
  options: PhotonSimulatorOptions = {},
  extra: SoftApOptions = {},
): Promise<{ device: SimulatedPhoton; client: SoftApClient }> {
  const device = await startSimulatedPhoton({ privateKeyPem: KEY_PEM, air: AIR, ...options });
  photon = device;
  return { device, client: new SoftApClient(fastOptions(device, transport, extra)) };
}

const home = { ssid: 'Home', security: SECURITY.wpa2Aes, channel: 6, password: PASSWORD };

describe.each(['tcp', 'http'] as const)('faults over %s', (transport) => {
  it(
    'no reply, socket left open: a reply timeout after the bounded attempts',
    async () => {
      const { client } = await setup(
        transport,
        { faults: { noReply: { commands: ['device-id'], mode: 'silent' } } },
        { attempts: { 'device-id': 2 } },
      );
      const { error, elapsedMs } = await failure(client.deviceInfo());
      expect(error.problem).toEqual({ kind: 'timeout', stage: 'reply', afterMs: COMMAND_MS });
      expect(error.message).toMatch(/did not answer within 600 ms while reading its device id/);
      expect(elapsedMs).toBeGreaterThanOrEqual(2 * COMMAND_MS);
      expect(elapsedMs).toBeLessThan(2 * COMMAND_MS + SLACK_MS);
      // Other commands still work: the fault is per command.
      expect(await client.version()).toBe(2);
    },
    TEST_MS,
  );

  it(
    'no reply, socket closed: "rejected", not retried',
    async () => {
      const { device, client } = await setup(transport, {
        faults: { noReply: { commands: ['set'], mode: 'close' } },
      });
      const { error, elapsedMs } = await failure(client.setClaimCode(CLAIM));
      expect(error.problem).toEqual({ kind: 'rejected' });
      expect(elapsedMs).toBeLessThan(SLACK_MS);
      expect(device.commands.filter((entry) => entry.command === 'set')).toHaveLength(1);
      expect(device.claimCode).toBeNull();
    },
    TEST_MS,
  );

  it(
    'truncated reply: malformed, at once (the cut arrives as EOF, not as a timeout)',
    async () => {
      const { device, client } = await setup(transport, {
        faults: { truncateReply: { commands: ['public-key'], bytes: 40 } },
      });
      const key = await failure(client.publicKey());
      expect(key.error.problem.kind).toBe('malformed');
      expect(key.error.message).toMatch(/not what a Photon sends/);
      expect(key.elapsedMs).toBeLessThan(SLACK_MS);
      // Not retried: a cut reply is an answer (a reply came), unlike a failed connection.
      expect(device.commands.filter((entry) => entry.command === 'public-key')).toHaveLength(1);
      expect((await client.deviceInfo()).claimed).toBe(false);
    },
    TEST_MS,
  );

  it(
    'slow scan inside the scan timeout: the networks arrive',
    async () => {
      const { client } = await setup(transport, { faults: { slowScanMs: 300 } });
      const started = Date.now();
      expect((await client.scan()).map((network) => network.ssid)).toEqual(['Home', 'Cafe']);
      expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    },
    TEST_MS,
  );

  it(
    'wedged scan (device-os#1407): one attempt, the listening-mode sentence; only re-listening frees it',
    async () => {
      const { device, client } = await setup(
        transport,
        { faults: { wedgeScan: true } },
        { attempts: { 'scan-ap': 3 } },
      );
      const { error, elapsedMs } = await failure(client.scan());
      expect(error.problem).toEqual({ kind: 'scan-stuck', afterMs: COMMAND_MS });
      expect(error.message).toMatch(/stopped answering in the middle of its Wi-Fi scan/);
      expect(error.message).toMatch(/hold SETUP until it blinks dark blue/);
      // Not retried into a wedged device, whatever the attempts allow.
      expect(elapsedMs).toBeGreaterThanOrEqual(COMMAND_MS);
      expect(elapsedMs).toBeLessThan(COMMAND_MS + SLACK_MS);
      // The device really is stuck: the fault gone, it still answers nothing on that port.
      device.setFaults({ wedgeScan: false });
      const again = await failure(client.version());
      expect(again.error.problem.kind).toBe('timeout');
      await device.enterListeningMode();
      expect((await client.scan()).map((network) => network.ssid)).toEqual(['Home', 'Cafe']);
    },
    TEST_MS,
  );

  it(
    'reset during connect-ap: probable success, and the device joins',
    async () => {
      const { device, client } = await setup(transport, { faults: { resetDuringConnect: true } });
      await client.configure(home);
      expect(await client.connect()).toEqual({ kind: 'probably-connected', reason: 'reset' });
      await device.waitForLed('connected', 2_000);
      expect(device.ledHistory[0]).toBe('off');
      expect(device.commands.filter((entry) => entry.command === 'connect-ap')).toHaveLength(1);
    },
    TEST_MS,
  );

  it(
    'dropped connect-ap reply: probable success (no reply), and the device joins',
    async () => {
      const { device, client } = await setup(transport, {
        faults: { dropConnectReply: true },
        connectOutcome: 'success',
      });
      expect(await client.connect()).toEqual({ kind: 'probably-connected', reason: 'no-reply' });
      await device.waitForLed('connected', 2_000);
      expect(device.commands.filter((entry) => entry.command === 'connect-ap')).toHaveLength(1);
    },
    TEST_MS,
  );

  it(
    'decrypt error: the key is fetched again, configure-ap re-sent once, then a key problem',
    async () => {
      const { device, client } = await setup(transport, { faults: { decryptError: true } });
      const { error } = await failure(client.configure(home));
      expect(error.problem).toEqual({ kind: 'key-problem', code: -16642 });
      expect(error.message).toMatch(/could not decrypt the password \(code -16642\)/);
      expect(error.message).not.toContain(PASSWORD);
      expect(said(error.text)).not.toContain(PASSWORD);
      expect(device.commands.map((entry) => entry.command)).toEqual([
        'public-key',
        'configure-ap',
        'public-key',
        'configure-ap',
      ]);
      expect(device.storedNetworks).toEqual([]);
    },
    TEST_MS,
  );
});

describe('faults that end on the device, not in the client', () => {
  it('a decrypt error that clears after a refetch: configure succeeds on the second send', async () => {
    const { device, client } = await setup('tcp', { faults: { decryptError: true } });
    // Low RAM is transient: free it as soon as the first configure-ap has failed.
    const off = device.onLog((entry) => {
      if (entry.type === 'command' && entry.command === 'configure-ap')
        device.setFaults({ decryptError: false });
    });
    await client.configure(home);
    off();
    expect(device.storedNetworks[0]?.password).toBe(PASSWORD);
    expect(device.commands.filter((entry) => entry.command === 'configure-ap')).toHaveLength(2);
  });

  it('DHCP failure: connect-ap is accepted; the LED stays fast blinking green', async () => {
    const { device, client } = await setup('tcp', { faults: { dhcpFailure: true } });
    await client.configure(home);
    expect(await client.connect()).toEqual({ kind: 'ok' });
    await device.waitForLed('dhcp', 2_000);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(device.led.name).toBe('dhcp');
    expect(device.listening).toBe(false);
    // With the AP gone the client's next command is refused at once, not left to time out.
    const { error, elapsedMs } = await failure(
      new SoftApClient(fastOptions(device, 'tcp', { attempts: { version: 1 } })).version(),
    );
    expect(error.problem).toEqual({ kind: 'connection-failed', reason: 'refused' });
    expect(elapsedMs).toBeLessThan(SLACK_MS);
  });

  it('a wrong password: connect-ap is accepted, the AP comes back and the client can retry', async () => {
    const { device, client } = await setup('tcp', { timings: { relistenMs: 50 } });
    await client.configure({ ...home, password: 'not-the-password' });
    expect(await client.connect()).toEqual({ kind: 'ok' });
    await new Promise<void>((resolve) => {
      const off = device.onAp((up) => {
        if (up) {
          off();
          resolve();
        }
      });
    });
    expect(device.led.name).toBe('listening');
    await client.configure(home);
    expect(await client.connect()).toEqual({ kind: 'ok' });
    await device.waitForLed('connected', 2_000);
  });
});
