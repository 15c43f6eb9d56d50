import { describe, expect, it } from 'vitest';
import { NetshBackend } from '../../../electron/core/wifi/netsh-backend';
import { recordingRun } from './support/recording-run';
import { realOutput, substituted } from './support/fixtures';

// Windows 10's own output, with the SSID and profile the reporter masked put back.
const connectedTo = (ssid: string, profile = ssid): string =>
  substituted('netsh/en-US/show-interfaces.win10.txt', [
    [/(Name +): WiFi/, '$1: Wi-Fi'],
    [/(SSID +): x+/, `$1: ${ssid}`],
    [/(Profile +): x+/, `$1: ${profile}`],
  ]);

describe('NetshBackend', () => {
  it('joins with its own open profile, polls until associated, rejoins by profile, deletes its profile', async () => {
    let polls = 0;
    let on = 'Home Net';
    const xml: string[] = [];
    const { run, calls, lines } = recordingRun((_file, args) => {
      const joined = args.join(' ');
      if (joined === 'wlan show interfaces') {
        polls++;
        return {
          stdout:
            polls < 3
              ? connectedTo('Home Net')
              : connectedTo(on, on === 'Home Net' ? 'Home Net' : `photon-setup-${on}`),
        };
      }
      if (joined.startsWith('wlan connect name=photon-setup-')) on = 'Photon-7QK2XZ';
      if (joined.startsWith('wlan connect name=Home Net')) on = 'Home Net';
      return { stdout: '' };
    });
    const backend = new NetshBackend({
      runCommand: run,
      associationPollMs: 1,
      withTempFile: async (_name, content, use) => {
        xml.push(content);
        return use('C:\\Users\\Jane Doe\\AppData\\Local\\Temp\\photon-setup-x\\photon-profile.xml');
      },
    });

    const previous = await backend.current('Wi-Fi');
    expect(previous).toEqual({ iface: 'Wi-Fi', ssid: 'Home Net', winProfile: 'Home Net' });
    const temp = await backend.joinOpen('Wi-Fi', 'Photon-7QK2XZ', { timeoutMs: 1_000 });
    expect(temp).toEqual({
      iface: 'Wi-Fi',
      ssid: 'Photon-7QK2XZ',
      profileName: 'photon-setup-Photon-7QK2XZ',
    });
    expect(xml[0]).toContain('<name>photon-setup-Photon-7QK2XZ</name>');
    await backend.forget(temp);
    if (previous === null) throw new Error('no previous');
    await backend.rejoin(previous, { timeoutMs: 1_000 });

    expect(lines()).toEqual([
      'netsh wlan show interfaces',
      'netsh wlan add profile filename=C:\\Users\\Jane Doe\\AppData\\Local\\Temp\\photon-setup-x\\photon-profile.xml interface=Wi-Fi user=current',
      'netsh wlan connect name=photon-setup-Photon-7QK2XZ ssid=Photon-7QK2XZ interface=Wi-Fi',
      'netsh wlan show interfaces',
      'netsh wlan show interfaces',
      'netsh wlan delete profile name=photon-setup-Photon-7QK2XZ interface=Wi-Fi',
      'netsh wlan connect name=Home Net interface=Wi-Fi',
      'netsh wlan show interfaces',
    ]);
    // The path with a space is one argv element: no shell, no hand quoting.
    expect(calls[1]?.args[3]).toBe(
      'filename=C:\\Users\\Jane Doe\\AppData\\Local\\Temp\\photon-setup-x\\photon-profile.xml',
    );
    for (const call of calls)
      expect(Object.keys(call.options).sort()).toEqual(['env', 'raw', 'timeoutMs']);
  });

  it('gives up on association in time and removes its profile', async () => {
    const { run, lines } = recordingRun((_f, args) =>
      args.join(' ') === 'wlan show interfaces' ? { stdout: connectedTo('Home Net') } : {},
    );
    const backend = new NetshBackend({
      runCommand: run,
      associationPollMs: 5,
      withTempFile: async (_n, _c, use) => use('p.xml'),
    });
    await expect(
      backend.joinOpen('Wi-Fi', 'Photon-7QK2XZ', { timeoutMs: 30 }),
    ).rejects.toMatchObject({ kind: 'timeout' });
    expect(lines().at(-1)).toBe(
      'netsh wlan delete profile name=photon-setup-Photon-7QK2XZ interface=Wi-Fi',
    );
  });

  it('turns the 24H2 location text into the permission sentence', async () => {
    const { run } = recordingRun(() => ({
      code: 1,
      stdout: realOutput('netsh/location-denied/en-US.txt'),
    }));
    const backend = new NetshBackend({ runCommand: run });
    expect((await backend.caps()).scanSsids).toBe('needs-location');
    const error = await backend.scan('Wi-Fi', { fresh: true }).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'permission' });
    expect((error as Error).message).toMatch(/Privacy & security → Location/);
    expect((error as Error).message).toMatch(/I’ll join it myself when asked/);
    expect(await backend.isAssociated('Wi-Fi', 'Photon-7QK2XZ')).toBe('unknown');
  });

  it('scans a Windows 11 listing and finds the open Photon in it', async () => {
    const listing = substituted('netsh/en-US/show-networks-bssid.txt', [
      ['SSID 6 : tecnico-guest', 'SSID 6 : Photon-7QK2XZ'],
    ]);
    const { run } = recordingRun(() => ({ stdout: listing }));
    const networks = await new NetshBackend({ runCommand: run }).scan('Wi-Fi', { fresh: true });
    expect(networks.find((n) => n.ssid === 'Photon-7QK2XZ')).toEqual({
      ssid: 'Photon-7QK2XZ',
      bssid: 'f4:cf:e2:67:58:e0',
      signal: 100,
      channel: 1,
      open: true,
    });
    expect(networks.find((n) => n.ssid === 'eduroam')?.open).toBe(false);
  });

  it('forget: a failed delete is fine when the profile list no longer has it (any language)', async () => {
    // The French list as published, with our temporary profile in it while it exists.
    let exists = true;
    const list = (): string =>
      realOutput('netsh-profiles/fr-FR/show-profiles.heatmapper.txt') +
      (exists ? '\n   Profil Tous les utilisateurs     : photon-setup-Photon-7QK2XZ\n' : '\n');
    const { run, lines } = recordingRun((_f, args) => {
      const joined = args.join(' ');
      if (joined.startsWith('wlan show profiles')) return { stdout: list() };
      if (joined.startsWith('wlan delete profile')) {
        const had = exists;
        exists = false;
        return had ? { stdout: '' } : { code: 1, stdout: 'Le profil est introuvable.\n' };
      }
      return {};
    });
    const backend = new NetshBackend({ runCommand: run });
    const temp = {
      iface: 'Wi-Fi',
      ssid: 'Photon-7QK2XZ',
      profileName: 'photon-setup-Photon-7QK2XZ',
    };
    expect(await backend.hasProfile(temp)).toBe(true);
    await backend.forget(temp);
    expect(await backend.hasProfile(temp)).toBe(false);
    await backend.forget(temp);
    expect(lines().filter((line) => line.includes('delete profile'))).toHaveLength(2);
    expect((await backend.savedNetworks('Wi-Fi'))?.map((entry) => entry.profileName)).toEqual([
      'Profile1 2',
      'Profile2',
      'Profile3',
      'Profile4',
      'Profile5',
      'Profile6',
    ]);
  });

  it('forget fails loudly when the profile is still listed', async () => {
    const { run } = recordingRun((_f, args) =>
      args.join(' ').startsWith('wlan show profiles')
        ? {
            stdout: `${realOutput('netsh-profiles/en-US/show-profiles.powershell-wifitools.txt')}    All User Profile     : photon-setup-Photon-7QK2XZ\n`,
          }
        : { code: 1 },
    );
    await expect(
      new NetshBackend({ runCommand: run }).forget({ iface: 'Wi-Fi', ssid: 'Photon-7QK2XZ' }),
    ).rejects.toMatchObject({ kind: 'command-failed' });
  });
});
