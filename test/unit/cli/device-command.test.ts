// `cli device …` in-process: runCli with a fake CliIo against a simulated Photon on 127.0.0.1.
// Every invocation names --host 127.0.0.1, so nothing here can reach a real 192.168.0.1.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../electron/cli/cli-io';
import { SOFTAP_WAIT_ENV } from '../../../electron/cli/device-command';
import { runCli } from '../../../electron/cli/main';
import {
  SECURITY,
  startSimulatedPhoton,
  type SimulatedPhoton,
} from '../../../electron/simulator/photon';
import { generateDeviceKeyPem } from '../../../electron/simulator/photon/device-key';
import { closedPort, readTcpRequest, startServer, type Loopback } from '../softap/support/loopback';

const KEY_PEM = generateDeviceKeyPem();
const DEVICE_ID = '3B0021001747353236343033';
const CLAIM = '4i8pwFwPkImsnLmIj54BYJA4Z94j0OLyl7vwKecELzYGKjS9mBbM5Vra6H9T0DI';
const PASSWORD = 'correct horse battery staple';
const PROMPTED = 'typed-at-the-prompt';
const SECRETS = [PASSWORD, PROMPTED, 'seven77'];
const AIR = [
  { ssid: 'Home', sec: SECURITY.wpa2Aes, ch: 6, rssi: -45, mdr: 72200, password: PASSWORD },
  { ssid: 'Home', sec: SECURITY.wpa2Aes, ch: 11, rssi: -81, password: PASSWORD },
  { ssid: 'Cafe', sec: SECURITY.open, ch: 1, rssi: -70 },
  { ssid: 'Attic', sec: SECURITY.wpa2Aes, ch: 3, rssi: -50, hidden: true, password: PASSWORD },
];

interface Run {
  code: number;
  out: string[];
  err: string[];
  prompts: string[];
  ms: number;
}

/** Everything any run printed, checked once at the end for secrets. */
const printed: string[] = [];

async function cli(
  args: string[],
  { env = {}, prompt = null }: { env?: Record<string, string>; prompt?: string | null } = {},
): Promise<Run> {
  const run: Run = { code: -1, out: [], err: [], prompts: [], ms: 0 };
  const io: CliIo = {
    out: (line) => run.out.push(line),
    err: (line) => run.err.push(line),
    env: { [SOFTAP_WAIT_ENV]: '400', ...env },
    promptHidden: (question) => {
      run.prompts.push(question);
      return Promise.resolve(prompt);
    },
  };
  const started = Date.now();
  run.code = await runCli(args, io);
  run.ms = Date.now() - started;
  printed.push(...run.out, ...run.err, ...run.prompts);
  return run;
}

let photon: SimulatedPhoton | undefined;
afterEach(async () => {
  await photon?.close();
  photon = undefined;
});
afterAll(() => {
  for (const secret of SECRETS) expect(printed.join('\n')).not.toContain(secret);
});

async function device(): Promise<{ photon: SimulatedPhoton; at: string[] }> {
  photon = await startSimulatedPhoton({ privateKeyPem: KEY_PEM, air: AIR, deviceId: DEVICE_ID });
  return { photon, at: ['--host', '127.0.0.1', '--port', String(photon.tcpPort)] };
}

describe('cli device, against a simulated Photon', () => {
  it('info: the lowercased id and the claim state, as text and as JSON', async () => {
    const { at } = await device();
    const text = await cli(['device', 'info', ...at]);
    expect(text).toMatchObject({ code: 0, err: [] });
    expect(text.out).toEqual(['Device id: 3b0021001747353236343033', 'Claimed:   no']);
    const json = await cli(['device', 'info', ...at, '--json']);
    expect(json.out.map((line) => JSON.parse(line) as unknown)).toEqual([
      { deviceId: '3b0021001747353236343033', claimed: false },
    ]);
  });

  it('info over HTTP, with --port naming the HTTP port', async () => {
    const { photon } = await device();
    const run = await cli([
      'device',
      'info',
      '--host',
      '127.0.0.1',
      '--transport',
      'http',
      '--port',
      String(photon.httpPort),
    ]);
    expect(run.code).toBe(0);
    expect(photon.commands.map((entry) => entry.transport)).toEqual(['http']);
  });

  it('public-key: the DER the device holds, in hex', async () => {
    const { photon, at } = await device();
    const run = await cli(['device', 'public-key', ...at]);
    expect(run.code).toBe(0);
    expect(run.out).toEqual([
      'RSA 1024-bit public key (DER, hex):',
      photon.publicKeyDer.toString('hex'),
    ]);
  });

  it('scan: one row per SSID, strongest first, hidden networks absent; --json too', async () => {
    const { at } = await device();
    const text = await cli(['device', 'scan', ...at]);
    expect(text.code).toBe(0);
    expect(text.out[0]).toMatch(/^SSID\s+SIGNAL\s+SECURITY\s+CH$/);
    expect(text.out.slice(1, 3)).toEqual([
      expect.stringMatching(/^Home\s+▂▄▆█\s+-45\s+WPA2 Personal \(AES\)\s+6$/),
      expect.stringMatching(/^Cafe\s+\S+\s+-70\s+Open\s+1$/),
    ]);
    expect(text.out.join('\n')).not.toContain('Attic');
    const json = await cli(['device', 'scan', ...at, '--json']);
    expect(json.out).toHaveLength(1);
    const { networks } = JSON.parse(json.out[0] ?? '') as {
      networks: Array<{ ssid: string; rssi: number; security: number; channel: number }>;
    };
    expect(
      networks.map(({ ssid, rssi, security, channel }) => [ssid, rssi, security, channel]),
    ).toEqual([
      ['Home', -45, SECURITY.wpa2Aes, 6],
      ['Cafe', -70, SECURITY.open, 1],
    ]);
  });

  it('set-claim-code: the device stores exactly the code', async () => {
    const { photon, at } = await device();
    const run = await cli(['device', 'set-claim-code', CLAIM, ...at]);
    expect(run).toMatchObject({ code: 0, out: ['Claim code stored on the device.'] });
    expect(photon.claimCode).toBe(CLAIM);
  });

  it('configure --password-env with --security: the device decrypts exactly that password', async () => {
    const { photon, at } = await device();
    const run = await cli(
      [
        'device',
        'configure',
        ...at,
        '--ssid',
        'Home',
        '--security',
        'wpa2_aes',
        '--channel',
        '6',
        '--password-env',
        'WIFI_PASS',
      ],
      { env: { WIFI_PASS: PASSWORD } },
    );
    expect(run.err).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.out[0]).toMatch(/^Stored "Home" \(WPA2 Personal \(AES\), channel 6\)/);
    expect(photon.storedNetworks).toEqual([
      {
        ssid: Buffer.from('Home'),
        security: SECURITY.wpa2Aes,
        channel: 6,
        password: PASSWORD,
        enterprise: null,
      },
    ]);
  });

  it("configure without --security: security and channel come from the device's scan", async () => {
    const { photon, at } = await device();
    const run = await cli(['device', 'configure', ...at, '--ssid', 'Home', '--json'], {
      prompt: PROMPTED,
    });
    expect(run.code).toBe(0);
    expect(run.prompts).toEqual(['Password for "Home": ']);
    expect(JSON.parse(run.out[0] ?? '')).toEqual({
      ok: true,
      ssid: 'Home',
      security: SECURITY.wpa2Aes,
      channel: 6,
    });
    expect(photon.commands.map((entry) => entry.command)).toEqual([
      'scan-ap',
      'public-key',
      'configure-ap',
    ]);
    expect(photon.storedNetworks[0]).toMatchObject({
      ssid: Buffer.from('Home'),
      channel: 6,
      password: PROMPTED,
    });
  });

  it('configure of an open network asks for no password', async () => {
    const { photon, at } = await device();
    const run = await cli(['device', 'configure', ...at, '--ssid', 'Cafe']);
    expect(run).toMatchObject({ code: 0, prompts: [] });
    expect(photon.storedNetworks[0]).toMatchObject({
      ssid: Buffer.from('Cafe'),
      security: 0,
      password: '',
    });
  });

  it('connect: accepted, and the device leaves listening mode and joins', async () => {
    const { photon, at } = await device();
    await cli(['device', 'configure', ...at, '--ssid', 'Home', '--password-env', 'P'], {
      env: { P: PASSWORD },
    });
    const run = await cli(['device', 'connect', ...at]);
    expect(run).toMatchObject({
      code: 0,
      out: ['The device accepted connect-ap and is leaving listening mode.'],
    });
    await photon.waitForLed('connected', 3_000);
  });
});

describe('cli device, refusing', () => {
  it('--password on the command line: exit 2, nothing sent', async () => {
    const { photon, at } = await device();
    for (const form of [['--password', PASSWORD], [`--password=${PASSWORD}`]]) {
      const run = await cli(['device', 'configure', ...at, '--ssid', 'Home', ...form]);
      expect(run.code).toBe(2);
      expect(run.err[0]).toMatch(/^Passwords are never taken on the command line/);
    }
    expect(photon.commands).toEqual([]);
  });

  it('--password-env naming an unset variable: exit 2 before anything is sent', async () => {
    const { photon, at } = await device();
    const run = await cli([
      'device',
      'configure',
      ...at,
      '--ssid',
      'Home',
      '--security',
      'wpa2_aes',
      '--password-env',
      'NOPE',
    ]);
    expect(run.code).toBe(2);
    expect(run.err).toEqual([
      'The environment variable NOPE is not set (it should hold the password for "Home").',
    ]);
    expect(photon.commands).toEqual([]);
  });

  it('no --password-env and no terminal to ask on: exit 2', async () => {
    const { photon, at } = await device();
    const run = await cli([
      'device',
      'configure',
      ...at,
      '--ssid',
      'Home',
      '--security',
      'wpa2_aes',
    ]);
    expect(run.code).toBe(2);
    expect(run.err[0]).toMatch(
      /^No terminal to ask for the password of "Home"\. .*--password-env VAR/,
    );
    expect(photon.storedNetworks).toEqual([]);
  });

  it('a password the Photon would refuse: exit 1, the rule but not the password', async () => {
    const { photon, at } = await device();
    const run = await cli(
      [
        'device',
        'configure',
        ...at,
        '--ssid',
        'Home',
        '--security',
        'wpa2_aes',
        '--password-env',
        'P',
      ],
      { env: { P: 'seven77' } },
    );
    expect(run.code).toBe(1);
    expect(run.err[0]).toMatch(/at least 8 characters; this one has 7/);
    expect(photon.commands).toEqual([]);
  });

  it.each([['0'], ['65536'], ['80x'], ['-1']])('--port %s: exit 2', async (port) => {
    const run = await cli(['device', 'info', '--host', '127.0.0.1', `--port=${port}`]);
    expect(run.code).toBe(2);
    expect(run.err[0]).toMatch(/^--port must be a whole number from 1 to 65535/);
  });

  it('an unknown command, option or transport: exit 2 with the usage', async () => {
    const unknown = await cli(['device', 'reboot', '--host', '127.0.0.1']);
    expect(unknown.code).toBe(2);
    expect(unknown.err[0]).toMatch(/^Unknown device command "reboot"\.\nUsage:/);
    const option = await cli(['device', 'info', '--host', '127.0.0.1', '--verbose']);
    expect(option.code).toBe(2);
    const transport = await cli(['device', 'info', '--host', '127.0.0.1', '--transport', 'udp']);
    expect(transport.code).toBe(2);
    expect(transport.err[0]).toMatch(/^--transport must be tcp or http/);
    expect((await cli(['photon'])).code).toBe(2);
  });

  it('a port where nothing listens: the operator sentence on stderr and exit 1, quickly', async () => {
    const port = await closedPort();
    const run = await cli(['device', 'info', '--host', '127.0.0.1', '--port', String(port)]);
    expect(run.code).toBe(1);
    expect(run.out).toEqual([]);
    expect(run.err).toEqual([
      "Nothing answered on the Photon's setup port while reading its device id. Check the LED blinks blue (listening mode) and this computer is on its Wi-Fi.",
    ]);
    // Three refused attempts with the capped back-off between them.
    expect(run.ms).toBeLessThan(2_000);
  });

  it('a device that never answers: a timeout sentence within the capped wait', async () => {
    const { photon, at } = await device();
    photon.setFaults({ noReply: { commands: ['device-id'], mode: 'silent' } });
    const run = await cli(['device', 'info', ...at], { env: { [SOFTAP_WAIT_ENV]: '150' } });
    expect(run.code).toBe(1);
    expect(run.err).toEqual([
      expect.stringMatching(
        /^The Photon did not answer within 150 ms while reading its device id\./,
      ),
    ]);
    expect(run.ms).toBeLessThan(3 * 150 + 2 * 150 + 1_000);
  });

  it('a scan that never ends: asked once, and told to put the device back in listening mode', async () => {
    const { photon, at } = await device();
    photon.setFaults({ wedgeScan: true });
    const run = await cli(['device', 'scan', ...at], { env: { [SOFTAP_WAIT_ENV]: '150' } });
    expect(run.code).toBe(1);
    expect(run.err).toEqual([
      expect.stringMatching(
        /^The Photon stopped answering in the middle of its Wi-Fi scan \(nothing for 150 ms\).*Press RESET, then hold SETUP until it blinks dark blue/,
      ),
    ]);
    expect(photon.commands.filter((entry) => entry.command === 'scan-ap')).toHaveLength(0);
    expect(run.ms).toBeLessThan(150 + 1_000);
  });

  it(`a bad ${SOFTAP_WAIT_ENV}: exit 2`, async () => {
    const run = await cli(['device', 'info', '--host', '127.0.0.1'], {
      env: { [SOFTAP_WAIT_ENV]: 'soon' },
    });
    expect(run.code).toBe(2);
  });
});

describe('cli device, SSIDs on the terminal', () => {
  const HOSTILE = [
    { ssid: 'Clear\x1b[2J\x07Bell', sec: SECURITY.open, ch: 1, rssi: -40 },
    { ssid: 'evil\u202Etxt.exe', sec: SECURITY.open, ch: 2, rssi: -41 },
    { ssid: 'Lab\\net', sec: SECURITY.wpa2Aes, ch: 3, rssi: -42, password: PASSWORD },
    {
      ssid: Buffer.from('Café-Net', 'latin1'),
      sec: SECURITY.wpa2Aes,
      ch: 4,
      rssi: -43,
      password: PASSWORD,
    },
  ];
  /** Any code point a terminal would act on or reorder by (C0 but tab, C1, DEL, bidi). */
  const hasRawUnsafe = (text: string): boolean =>
    [...text].some((char) => {
      const code = char.codePointAt(0) ?? 0;
      return (
        (code < 0x20 && code !== 0x09) ||
        (code >= 0x7f && code <= 0x9f) ||
        (code >= 0x202a && code <= 0x202e) ||
        (code >= 0x2066 && code <= 0x2069)
      );
    });
  let server: Loopback | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('scan escapes control and bidi characters in text and in JSON', async () => {
    photon = await startSimulatedPhoton({ privateKeyPem: KEY_PEM, air: HOSTILE });
    const at = ['--host', '127.0.0.1', '--port', String(photon.tcpPort)];
    const text = await cli(['device', 'scan', ...at]);
    expect(text.code).toBe(0);
    expect(text.out.some(hasRawUnsafe)).toBe(false);
    expect(text.out.join('\n')).toContain('Clear\\x1B[2J\\x07Bell');
    expect(text.out.join('\n')).toContain('evil\\u202Etxt.exe');
    // A literal backslash stays a backslash; a Latin-1 name reads as Latin-1.
    expect(text.out.join('\n')).toContain('Lab\\net ');
    expect(text.out.join('\n')).toContain('Café-Net');
    const json = await cli(['device', 'scan', ...at, '--json']);
    expect(hasRawUnsafe(json.out[0] ?? '')).toBe(false);
    const parsed = JSON.parse(json.out[0] ?? '') as {
      networks: Array<{ ssid: string; ssidHex: string }>;
    };
    expect(parsed.networks.map((n) => n.ssid)).toContain('evil\u202Etxt.exe');
    expect(parsed.networks.find((n) => n.ssid === 'Café-Net')?.ssidHex).toBe(
      Buffer.from('Café-Net', 'latin1').toString('hex'),
    );
  });

  it('configure by the name scan printed sends the bytes the device reported', async () => {
    photon = await startSimulatedPhoton({ privateKeyPem: KEY_PEM, air: HOSTILE });
    const at = ['--host', '127.0.0.1', '--port', String(photon.tcpPort)];
    for (const ssid of ['Lab\\net', 'Café-Net']) {
      const run = await cli(['device', 'configure', ...at, '--ssid', ssid, '--password-env', 'P'], {
        env: { P: PASSWORD },
      });
      expect(run.err).toEqual([]);
      expect(run.code).toBe(0);
    }
    expect(photon.storedNetworks.map((n) => n.ssid)).toEqual([
      Buffer.from('Café-Net', 'latin1'),
      Buffer.from('Lab\\net'),
    ]);
    const open = await cli(['device', 'configure', ...at, '--ssid', 'Clear\\x1B[2J\\x07Bell']);
    expect(open.code).toBe(0);
    expect(open.out[0]).toBe('Stored "Clear\\x1B[2J\\x07Bell" (Open, channel 1) on the device.');
    expect(photon.storedNetworks[0]?.ssid).toEqual(Buffer.from('Clear\x1b[2J\x07Bell'));
  });

  it('refuses a 1,000-character SSID: not from a Photon', async () => {
    server = await startServer((socket) => {
      void readTcpRequest(socket).then(() =>
        socket.end(
          `\n\n{"scans":[{"ssid":"${'W'.repeat(1000)}","rssi":-40,"sec":0,"ch":1,"mdr":1}]}`,
        ),
      );
    });
    const run = await cli(['device', 'scan', '--host', '127.0.0.1', '--port', String(server.port)]);
    expect(run.code).toBe(1);
    expect(run.out).toEqual([]);
    expect(run.err).toEqual([expect.stringMatching(/longer than 32 bytes.*not a Photon's answer/)]);
  });
});
