// `--lang` on the command line: which language the core's sentences are printed in. Human output
// follows it; --json output keeps each sentence's catalogue id and its English text whatever it
// says, so scripts read the same JSON everywhere.
import { afterEach, describe, expect, it } from 'vitest';
import { jsonLine, type CliIo } from '../../../electron/cli/cli-io';
import { SOFTAP_WAIT_ENV } from '../../../electron/cli/device-command';
import { takeLanguage } from '../../../electron/cli/language-option';
import { runCli } from '../../../electron/cli/main';
import {
  SECURITY,
  startSimulatedPhoton,
  type SimulatedPhoton,
} from '../../../electron/simulator/photon';
import { generateDeviceKeyPem } from '../../../electron/simulator/photon/device-key';
import { m } from '../../../shared/i18n/catalogue';
import { formatMessage } from '../../../shared/i18n/format';
import { en } from '../../support/english';
import { closedPort } from '../softap/support/loopback';

describe('takeLanguage', () => {
  it('takes --lang X and --lang=X anywhere, and leaves the rest of the command line as it was', () => {
    expect(takeLanguage(['--lang', 'de', 'device', 'info'])).toEqual({
      args: ['device', 'info'],
      locale: 'de',
      problem: null,
    });
    expect(takeLanguage(['device', '--lang=zh-CN', 'scan', '--json'])).toEqual({
      args: ['device', 'scan', '--json'],
      locale: 'zh-CN',
      problem: null,
    });
    expect(takeLanguage(['provision', '--lang', 'en'])).toMatchObject({
      args: ['provision'],
      locale: 'en',
      problem: null,
    });
  });

  it('reads a regional or differently written tag as the language this build speaks', () => {
    expect(takeLanguage(['--lang', 'de-AT']).locale).toBe('de');
    expect(takeLanguage(['--lang=de_CH']).locale).toBe('de');
    expect(takeLanguage(['--lang', 'ZH-cn']).locale).toBe('zh-CN');
    expect(takeLanguage(['--lang', 'zh-Hans-CN']).locale).toBe('zh-CN');
    expect(takeLanguage(['--lang', 'en-GB']).locale).toBe('en');
  });

  it('refuses a language it does not speak, by name, instead of quietly printing English', () => {
    for (const wanted of ['fr', 'xx', 'zh-TW']) {
      const choice = takeLanguage(['device', 'info', '--lang', wanted]);
      expect(choice.locale).toBeNull();
      expect(choice.args).toEqual(['device', 'info']);
      expect(choice.problem).toBe(
        `Unknown language "${wanted}" for --lang. Use one of: en, de, zh-CN.`,
      );
    }
    // --lang with nothing after it, or an empty value, is a mistake too.
    expect(takeLanguage(['device', '--lang']).problem).toMatch(/^Unknown language "" for --lang/);
    expect(takeLanguage(['--lang=']).problem).toMatch(/^Unknown language ""/);
  });

  it('without --lang: no language, no problem, nothing taken away', () => {
    expect(takeLanguage(['device', 'info', '--json'])).toEqual({
      args: ['device', 'info', '--json'],
      locale: null,
      problem: null,
    });
    expect(takeLanguage([])).toEqual({ args: [], locale: null, problem: null });
  });
});

interface Run {
  code: number;
  out: string[];
  err: string[];
}

async function cli(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const run: Run = { code: -1, out: [], err: [] };
  const io: CliIo = {
    out: (line) => run.out.push(line),
    err: (line) => run.err.push(line),
    // A short SoftAP wait cap, so a refused port fails fast.
    env: { [SOFTAP_WAIT_ENV]: '400', ...env },
    promptHidden: () => Promise.resolve(null),
  };
  run.code = await runCli(args, io);
  return run;
}

let photon: SimulatedPhoton | undefined;
afterEach(async () => {
  await photon?.close();
  photon = undefined;
});

describe('runCli --lang', () => {
  // What `device info` says when nothing listens on the Photon's setup port: an OperatorError
  // (SoftApError) whose sentence holds a fragment, "while {doing}", said in the same language.
  const refused = m('softap.connection.refused', { doing: m('softap.doing.device-id') });

  it("prints an OperatorError's sentence in German with --lang de, in English without", async () => {
    const port = String(await closedPort());
    const german = await cli([
      '--lang',
      'de',
      'device',
      'info',
      '--host',
      '127.0.0.1',
      '--port',
      port,
    ]);
    expect(german.code).toBe(1);
    expect(german.out).toEqual([]);
    expect(german.err).toEqual([formatMessage('de', refused)]);
    // German words, the fragment in German too, and nothing left unformatted.
    expect(german.err[0]).not.toBe(en(refused));
    expect(german.err[0]).toContain(formatMessage('de', m('softap.doing.device-id')));
    expect(german.err[0]).not.toContain(en(m('softap.doing.device-id')));
    expect(german.err[0]).not.toMatch(/\[object Object\]|softap\.|\{doing\}/);

    const english = await cli(['device', 'info', '--host', '127.0.0.1', '--port', port]);
    expect(english.code).toBe(1);
    expect(english.err).toEqual([
      "Nothing answered on the Photon's setup port while reading its device id. Check the LED blinks blue (listening mode) and this computer is on its Wi-Fi.",
    ]);
  });

  it('says a validation problem in the language asked for, after the area (--lang=zh-CN)', async () => {
    photon = await startSimulatedPhoton({
      privateKeyPem: generateDeviceKeyPem(),
      air: [{ ssid: 'Home', sec: SECURITY.wpa2Aes, ch: 6, rssi: -45, password: 'long enough pw' }],
      deviceId: '3b0021001747353236343033',
    });
    const run = await cli(
      [
        'device',
        'configure',
        '--lang=zh-CN',
        '--host',
        '127.0.0.1',
        '--port',
        String(photon.tcpPort),
        '--ssid',
        'Home',
        '--security',
        'wpa2_aes',
        '--password-env',
        'P',
      ],
      { P: 'seven77' },
    );
    const problem = m('validate.passphrase.too-short', { min: 8, unit: 'characters', count: 7 });
    expect(run.code).toBe(1);
    expect(run.err).toEqual([formatMessage('zh-CN', problem)]);
    expect(run.err[0]).not.toBe(en(problem));
    expect(run.err.join('\n') + run.out.join('\n')).not.toContain('seven77');
    expect(photon.commands).toEqual([]);
  });

  it('an unknown language: exit 2 with the problem and the usage, before anything runs', async () => {
    const run = await cli(['--lang', 'fr', 'device', 'info', '--host', '127.0.0.1']);
    expect(run.code).toBe(2);
    expect(run.out).toEqual([]);
    expect(run.err).toHaveLength(1);
    expect(run.err[0]).toMatch(
      /^Unknown language "fr" for --lang\. Use one of: en, de, zh-CN\.\nUsage: /,
    );
  });

  it('--json output stays English with --lang de: each sentence keeps its id and gains its text', async () => {
    photon = await startSimulatedPhoton({
      privateKeyPem: generateDeviceKeyPem(),
      air: [{ ssid: 'Cafe', sec: SECURITY.open, ch: 1, rssi: -70 }],
      deviceId: '3b0021001747353236343033',
    });
    const at = ['--host', '127.0.0.1', '--port', String(photon.tcpPort)];
    const json = await cli(['--lang', 'de', 'device', 'scan', ...at, '--json']);
    expect(json.code).toBe(0);
    const { networks } = JSON.parse(json.out[0] ?? '') as {
      networks: Array<{ ssid: string; securityName: unknown }>;
    };
    expect(networks.map((network) => [network.ssid, network.securityName])).toEqual([
      ['Cafe', { id: 'security.open', text: 'Open' }],
    ]);
    // The same line without --lang: scripts see one JSON whatever the operator reads.
    const plain = await cli(['device', 'scan', ...at, '--json']);
    expect(plain.out).toEqual(json.out);
  });
});

describe('jsonLine', () => {
  it('adds the English text to a catalogue Message, keeping its id and parameters', () => {
    const problem = m('validate.device-id.length', { length: 3 });
    expect(JSON.parse(jsonLine({ ok: false, problem }))).toEqual({
      ok: false,
      problem: {
        id: 'validate.device-id.length',
        params: { length: 3 },
        text: 'A device id is 24 characters long; this one has 3.',
      },
    });
    // A Message at the top and in a list, formatted in English even when nested fragments are.
    const busy = m('core.busy', {
      activity: m('core.activity.setting-up', { ssid: 'Photon-K7QD' }),
    });
    const [top] = JSON.parse(jsonLine([busy])) as Array<{ id: string; text: string }>;
    expect(top).toMatchObject({
      id: 'core.busy',
      text: 'Photon Setup is busy setting up Photon-K7QD. Wait for it to finish, then try again.',
    });
  });

  it('leaves alone objects that only look like a Message', () => {
    const value = {
      // An id the catalogue does not know, and a field a Message does not have.
      odd: { id: 'x', other: 1 },
      // A catalogue id with fields besides id and params: a record, not a sentence.
      record: { id: 'validate.ssid.empty', deviceId: 'abc' },
      // A device or a run with an id.
      device: { id: '3b0021001747353236343033', name: 'Photon-K7QD' },
      list: [{ id: 'x', other: 1 }],
    };
    expect(JSON.parse(jsonLine(value))).toEqual(value);
    expect(jsonLine({ id: 'x', other: 1 })).toBe('{"id":"x","other":1}');
  });

  it('escapes control and bidi characters in the added text too', () => {
    const line = jsonLine(m('validate.ssid.quote', { name: 'a\u202eb"' }));
    expect(line).not.toMatch(/\u202e/);
    expect(line).toContain('\\u202e');
    expect((JSON.parse(line) as { text: string }).text).toContain('a\u202eb"');
  });
});
