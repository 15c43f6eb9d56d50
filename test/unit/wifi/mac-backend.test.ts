import { describe, expect, it } from 'vitest';
import { MacBackend } from '../../../electron/core/wifi/mac-backend';
import { recordingRun } from './support/recording-run';
import { fixture } from './support/fixtures';

describe('MacBackend', () => {
  it('finds the Wi-Fi device, scans with system_profiler, joins without a password argument', async () => {
    let joined = false;
    const { run, lines } = recordingRun((file, args) => {
      if (args[0] === '-listallhardwareports')
        return { stdout: fixture('networksetup-hardwareports.txt') };
      if (file.endsWith('system_profiler')) return { stdout: fixture('system-profiler.json') };
      if (args[0] === '-setairportnetwork') {
        joined = true;
        return { stdout: '' };
      }
      if (args[0] === '-getairportnetwork')
        return {
          stdout: joined
            ? 'Current Wi-Fi Network: Photon-7QK2XZ\n'
            : 'Current Wi-Fi Network: Home Net\n',
        };
      return {};
    });
    const backend = new MacBackend({ runCommand: run, associationPollMs: 1 });
    expect(await backend.interfaces()).toEqual([{ name: 'en1', connected: true }]);
    expect((await backend.scan('en1', { fresh: true })).map((n) => n.ssid)).toEqual([
      'Photon-7QK2XZ',
      'Neighbour 5G',
    ]);
    expect(await backend.current('en1')).toEqual({ iface: 'en1', ssid: 'Home Net' });
    await backend.joinOpen('en1', 'Photon-7QK2XZ', { timeoutMs: 100 });
    expect(lines()).toContain('/usr/sbin/networksetup -setairportnetwork en1 Photon-7QK2XZ');
  });

  it('treats "Could not find network" (exit 0) as failure', async () => {
    const { run } = recordingRun((_f, args) =>
      args[0] === '-setairportnetwork' ? { stdout: 'Could not find network Photon-7QK2XZ.\n' } : {},
    );
    await expect(
      new MacBackend({ runCommand: run }).joinOpen('en0', 'Photon-7QK2XZ', { timeoutMs: 50 }),
    ).rejects.toMatchObject({
      kind: 'not-found',
    });
  });

  it('with names redacted: scan asks for Location Services, current is unknown, restore power-cycles', async () => {
    const { run, lines } = recordingRun((file, args) => {
      if (file.endsWith('system_profiler'))
        return { stdout: fixture('system-profiler-redacted.json') };
      if (args[0] === '-getairportnetwork')
        return { stdout: 'You are not associated with an AirPort network.\n' };
      return {};
    });
    const backend = new MacBackend({ runCommand: run });
    expect((await backend.caps()).scanSsids).toBe('needs-location');
    await expect(backend.scan('en1', { fresh: true })).rejects.toMatchObject({
      kind: 'permission',
    });
    const previous = await backend.current('en1');
    expect(previous).toEqual({ iface: 'en1' });
    expect(await backend.isAssociated('en1', 'Photon-7QK2XZ')).toBe('unknown');
    if (previous === null) throw new Error('no previous');
    await backend.rejoin(previous, { timeoutMs: 100 });
    expect(lines().slice(-2)).toEqual([
      '/usr/sbin/networksetup -setairportpower en1 off',
      '/usr/sbin/networksetup -setairportpower en1 on',
    ]);
  });

  it('forget removes the Photon from the preferred networks', async () => {
    const { run, lines } = recordingRun(() => ({
      stdout: 'Removed Photon-7QK2XZ from the preferred networks list\n',
    }));
    await new MacBackend({ runCommand: run }).forget({ iface: 'en1', ssid: 'Photon-7QK2XZ' });
    expect(lines()).toEqual([
      '/usr/sbin/networksetup -removepreferredwirelessnetwork en1 Photon-7QK2XZ',
    ]);
  });
});
