import { describe, expect, it } from 'vitest';
import { NetshBackend } from '../../../electron/core/wifi/netsh-backend';
import { recordingRun } from './support/recording-run';
import { fixture } from './support/fixtures';

const connectedTo = (ssid: string, profile = ssid): string =>
  fixture('netsh-interfaces-win10.txt')
    .replace(/Home Net/g, '@@')
    .replace('SSID                   : @@', `SSID                   : ${ssid}`)
    .replace('Profile                : @@', `Profile                : ${profile}`);

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
      expect(Object.keys(call.options).sort()).toEqual(['env', 'timeoutMs']);
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
    const { run } = recordingRun(() => ({ code: 1, stdout: fixture('netsh-location-24h2.txt') }));
    const backend = new NetshBackend({ runCommand: run });
    expect((await backend.caps()).scanSsids).toBe('needs-location');
    const error = await backend.scan('Wi-Fi', { fresh: true }).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'permission' });
    expect((error as Error).message).toMatch(/Privacy & security → Location/);
    expect((error as Error).message).toMatch(
      /join the Photon-… network from the Wi-Fi menu yourself/,
    );
    expect(await backend.isAssociated('Wi-Fi', 'Photon-7QK2XZ')).toBe('unknown');
  });

  it('scans a Windows 11 listing', async () => {
    const { run } = recordingRun(() => ({ stdout: fixture('netsh-networks-win11.txt') }));
    const networks = await new NetshBackend({ runCommand: run }).scan('Wi-Fi', { fresh: true });
    expect(networks[0]).toEqual({
      ssid: 'Photon-7QK2XZ',
      bssid: '6c:0b:84:11:22:33',
      signal: 81,
      channel: 11,
      open: true,
    });
  });
});
