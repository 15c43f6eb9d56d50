// The macOS backend over real outputs (test/fixtures/wifi/macos): the Photon in a scan is the
// real 15.5 capture with one network named for the scenario.
import { describe, expect, it } from 'vitest';
import { MacBackend } from '../../../electron/core/wifi/mac-backend';
import { REDACTED } from '../../../electron/core/wifi/mac-parsers';
import { recordingRun } from './support/recording-run';
import { realOutput, substituted } from './support/fixtures';

const HARDWARE = 'macos/networksetup/listallhardwareports-10.14.6-imac-wifi-en1.txt';

/** The real 15.5 capture on en1, with the open SSID-3 named as a Photon. */
const profilerWithPhoton = (): string =>
  substituted('macos/system-profiler/associated-15.5.json', [
    [/"_name" : "en0"/, '"_name" : "en1"'],
    [/"_name" : "SSID-3"/g, '"_name" : "Photon-7QK2XZ"'],
  ]);

const redactedProfiler = (): string =>
  substituted('macos/system-profiler/associated-15.5.json', [
    [/"_name" : "en0"/, '"_name" : "en1"'],
    [/"_name" : "SSID-\d+"/g, `"_name" : "${REDACTED}"`],
  ]);

describe('MacBackend', () => {
  it('finds the Wi-Fi device, scans with system_profiler, joins without a password argument', async () => {
    let joined = false;
    const { run, lines } = recordingRun((file, args) => {
      if (args[0] === '-listallhardwareports') return { stdout: realOutput(HARDWARE) };
      if (file.endsWith('system_profiler')) return { stdout: profilerWithPhoton() };
      if (args[0] === '-setairportnetwork') {
        joined = true;
        return { stdout: '' };
      }
      if (args[0] === '-getairportnetwork')
        return {
          stdout: joined
            ? 'Current Wi-Fi Network: Photon-7QK2XZ\n'
            : 'Current Wi-Fi Network: SSID-2\n',
        };
      return {};
    });
    const backend = new MacBackend({ runCommand: run, associationPollMs: 1 });
    expect(await backend.interfaces()).toEqual([{ name: 'en1', connected: true }]);
    const networks = await backend.scan('en1', { fresh: false });
    expect(networks.find((n) => n.ssid === 'Photon-7QK2XZ')).toMatchObject({
      open: true,
      channel: 44,
    });
    expect(await backend.current('en1')).toEqual({ iface: 'en1', ssid: 'SSID-2' });
    await backend.joinOpen('en1', 'Photon-7QK2XZ', { timeoutMs: 100 });
    expect(lines()).toContain('/usr/sbin/networksetup -setairportnetwork en1 Photon-7QK2XZ');
  });

  it('one check reads system_profiler once: caps, interfaces and scan share the reading', async () => {
    const { run, lines } = recordingRun((file, args) => {
      if (args[0] === '-listallhardwareports') return { stdout: realOutput(HARDWARE) };
      if (file.endsWith('system_profiler')) return { stdout: profilerWithPhoton() };
      return {};
    });
    const backend = new MacBackend({ runCommand: run });
    await Promise.all([
      backend.caps(),
      backend.interfaces(),
      backend.scan('en1', { fresh: false }),
    ]);
    await backend.scan('en1', { fresh: false });
    expect(lines().filter((line) => line.includes('system_profiler'))).toHaveLength(1);
    // A fresh scan (the discover loop) reads again.
    await backend.scan('en1', { fresh: true });
    expect(lines().filter((line) => line.includes('system_profiler'))).toHaveLength(2);
  });

  it('not associated (a bench on Ethernet): the scan comes from the other key', async () => {
    const { run } = recordingRun((file) =>
      file.endsWith('system_profiler')
        ? { stdout: realOutput('macos/system-profiler/not-associated-15.5.json') }
        : {},
    );
    const networks = await new MacBackend({ runCommand: run }).scan('en0', { fresh: true });
    expect(networks.map((n) => n.ssid)).toEqual(['SSID-1', 'SSID-2']);
  });

  it('Wi-Fi off: the scan says to turn it on', async () => {
    const { run } = recordingRun((file) =>
      file.endsWith('system_profiler')
        ? { stdout: realOutput('macos/system-profiler/wifi-off-15.5.json') }
        : {},
    );
    await expect(
      new MacBackend({ runCommand: run }).scan('en0', { fresh: true }),
    ).rejects.toMatchObject({ kind: 'no-wifi', message: expect.stringMatching(/Turn it on/) });
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
      if (file.endsWith('system_profiler')) return { stdout: redactedProfiler() };
      if (args[0] === '-getairportnetwork')
        return { stdout: realOutput('macos/networksetup/getairportnetwork-not-associated.txt') };
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

  it('forget removes the Photon; "not in the list" is read from the list, not from a sentence', async () => {
    let preferred = ['SSID-2', 'Photon-7QK2XZ'];
    const { run, lines } = recordingRun((_f, args) => {
      if (args[0] === '-removepreferredwirelessnetwork') {
        const had = preferred.includes(args[2] ?? '');
        preferred = preferred.filter((name) => name !== args[2]);
        return had ? { stdout: '' } : { code: 1, stdout: 'some error text\n' };
      }
      if (args[0] === '-listpreferredwirelessnetworks')
        return {
          stdout: `Preferred networks on ${args[1]}:\n${preferred.map((n) => `\t${n}\n`).join('')}`,
        };
      return {};
    });
    const backend = new MacBackend({ runCommand: run });
    const temp = { iface: 'en1', ssid: 'Photon-7QK2XZ' };
    expect(await backend.hasProfile(temp)).toBe(true);
    await backend.forget(temp);
    expect(await backend.hasProfile(temp)).toBe(false);
    await backend.forget(temp); // already gone: fine
    expect(await backend.savedNetworks('en1')).toEqual([{ iface: 'en1', ssid: 'SSID-2' }]);
    expect(lines()[1]).toBe(
      '/usr/sbin/networksetup -removepreferredwirelessnetwork en1 Photon-7QK2XZ',
    );
  });
});
