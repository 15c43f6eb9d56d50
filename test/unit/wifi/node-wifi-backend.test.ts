// The real node-wifi 2.0.16 code, driven through a fake nmcli first on PATH (wifi.md §5 tier 1).
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCommand, type RunCommand } from '../../../electron/core/run-command';
import { WifiError } from '../../../electron/core/wifi/errors';
import { NodeWifiBackend } from '../../../electron/core/wifi/node-wifi-backend';
import { FIXTURES } from './support/fixtures';

interface Call {
  argv: string[];
  LC_ALL?: string;
  LANG?: string;
  LANGUAGE?: string;
}

let dir: string;
const savedLocale = {
  LANG: process.env.LANG,
  LC_ALL: process.env.LC_ALL,
  LC_MESSAGES: process.env.LC_MESSAGES,
  LANGUAGE: process.env.LANGUAGE,
};

const restoreVar = (name: keyof typeof savedLocale): void => {
  const value = savedLocale[name];
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
};

const calls = (): Call[] =>
  readFileSync(join(dir, 'calls.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line) as Call);

const state = (): { active: string | null; profiles: string[] } =>
  JSON.parse(readFileSync(join(dir, 'state.json'), 'utf8')) as {
    active: string | null;
    profiles: string[];
  };

/** The real runCommand, with only PATH and the fake's state folder added to the per-call env. */
const viaFakePath: RunCommand = (file, args, options) =>
  runCommand(file, args, {
    ...options,
    env: {
      ...options.env,
      PATH: `${dir}${delimiter}${options.env?.PATH ?? ''}`,
      FAKE_NMCLI_DIR: dir,
    },
  });

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fake-nmcli-'));
  const script = readFileSync(join(FIXTURES, 'fake-nmcli.cjs'), 'utf8');
  writeFileSync(join(dir, 'nmcli'), `#!${process.execPath}\n${script}`);
  chmodSync(join(dir, 'nmcli'), 0o755);
  writeFileSync(join(dir, 'calls.jsonl'), '');
  writeFileSync(
    join(dir, 'state.json'),
    JSON.stringify({
      device: 'wlan0',
      active: 'Home:Net',
      profiles: ['Home:Net'],
      aps: [
        {
          ssid: 'Home:Net',
          bssid: '60:E3:27:AA:BB:CC',
          chan: 6,
          freq: 2437,
          signal: 88,
          security: 'WPA2',
        },
        {
          ssid: 'Photon-7QK2XZ',
          bssid: '6C:0B:84:11:22:33',
          chan: 11,
          freq: 2462,
          signal: 60,
          security: '',
        },
      ],
    }),
  );
  process.env.LANG = 'de_DE.UTF-8';
  process.env.LANGUAGE = 'de_DE:de';
  delete process.env.LC_ALL;
  delete process.env.LC_MESSAGES;
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  for (const name of Object.keys(savedLocale) as (keyof typeof savedLocale)[]) restoreVar(name);
});

describe('NodeWifiBackend over the real node-wifi and a fake nmcli', () => {
  it('scans, and node-wifi’s locale change does not leak into process.env', async () => {
    const backend = new NodeWifiBackend({ runCommand: viaFakePath, platform: 'linux' });
    const networks = await backend.scan('wlan0', { fresh: true });
    expect(process.env.LANG).toBe('de_DE.UTF-8');
    expect(process.env.LC_ALL).toBeUndefined();
    expect(process.env.LC_MESSAGES).toBeUndefined();
    // node-wifi's scan parser mangles "Home:Net"; that row is dropped, the Photon comes through intact.
    expect(networks).toEqual([
      { ssid: 'Photon-7QK2XZ', bssid: '6C:0B:84:11:22:33', signal: 60, channel: 11, open: true },
    ]);
    const [scan] = calls();
    expect(scan?.argv).toEqual([
      '--terse',
      '--fields',
      'active,ssid,bssid,mode,chan,freq,signal,security,wpa-flags,rsn-flags',
      'device',
      'wifi',
      'list',
      'ifname',
      'wlan0',
    ]);
    // The child got our C locale, not node-wifi's en_US and not the user's LANGUAGE.
    expect(scan).toMatchObject({ LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8' });
    expect(scan?.LANGUAGE).toBeUndefined();
  });

  it('reads the current network with an escaped colon', async () => {
    const backend = new NodeWifiBackend({ runCommand: viaFakePath, platform: 'linux' });
    expect(await backend.current('wlan0')).toEqual({ iface: 'wlan0', ssid: 'Home:Net' });
  });

  it('joins a validated SSID without ever sending "undefined" as the password, then forgets it', async () => {
    const backend = new NodeWifiBackend({ runCommand: viaFakePath, platform: 'linux' });
    const temp = await backend.joinOpen('wlan0', 'Photon-7QK2XZ', { timeoutMs: 10_000 });
    expect(await backend.isAssociated('wlan0', 'Photon-7QK2XZ')).toBe('yes');
    const connect = calls().find((call) => call.argv.includes('connect'));
    expect(connect?.argv).toEqual([
      '-w',
      '10',
      'device',
      'wifi',
      'connect',
      'Photon-7QK2XZ',
      'password',
      '',
      'ifname',
      'wlan0',
    ]);
    expect(connect?.argv).not.toContain('undefined');
    await backend.forget(temp);
    expect(state().profiles).toEqual(['Home:Net']);
    expect(calls().at(-1)?.argv).toEqual(['connection', 'delete', 'id', 'Photon-7QK2XZ']);
  });

  it('keeps node-wifi’s error text (which may quote a secret) away from the operator', async () => {
    const backend = new NodeWifiBackend({ runCommand: viaFakePath, platform: 'linux' });
    const error = await backend
      .joinOpen('wlan0', 'Photon-ABCD', { timeoutMs: 10_000 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WifiError);
    expect((error as WifiError).message).toBe('Photon Setup could not join Photon-ABCD.');
    expect((error as WifiError).message).not.toMatch(/No network|Error:/);
  });

  it('refuses a hostile SSID before node-wifi runs anything', async () => {
    const backend = new NodeWifiBackend({ runCommand: viaFakePath, platform: 'linux' });
    await expect(
      backend.joinOpen('wlan0', 'Photon-x"&calc&"', { timeoutMs: 1_000 }),
    ).rejects.toMatchObject({ kind: 'invalid-ssid' });
    expect(calls()).toEqual([]);
  });

  it('does not replace child_process.execFile for anyone else', async () => {
    const childProcess = await import('node:child_process');
    const before = childProcess.execFile;
    await new NodeWifiBackend({ runCommand: viaFakePath, platform: 'linux' }).scan('wlan0', {
      fresh: false,
    });
    expect(childProcess.execFile).toBe(before);
  });
});
