import { describe, expect, it } from 'vitest';
import { NmcliBackend } from '../../../electron/core/wifi/nmcli-backend';
import { WIFI_COMMAND_TIMEOUT_MS } from '../../../electron/core/wifi/timeouts';
import { recordingRun } from './support/recording-run';

/** nmcli's own wait for a requested scan (src/nmcli/devices.c, NetworkManager 1.26 and later). */
const NMCLI_RESCAN_WAIT_MS = 15_000;

describe('NmcliBackend command budgets', () => {
  it('a scan that may rescan outlasts nmcli’s own 15 s scan wait; reading the cache keeps the default', async () => {
    const { calls, run } = recordingRun();
    const backend = new NmcliBackend({ runCommand: run });

    await backend.scan('wlan0', { fresh: true });
    await backend.scan('wlan0', { fresh: false });
    await backend.isAssociated('wlan0', 'Photon-7QK2XZ');

    const budget = (rescan: string) =>
      calls.find((call) => call.args.includes('--rescan') && call.args.includes(rescan))?.options
        .timeoutMs;
    expect(budget('yes')).toBeGreaterThan(NMCLI_RESCAN_WAIT_MS);
    expect(budget('auto')).toBeGreaterThan(NMCLI_RESCAN_WAIT_MS);
    expect(budget('no')).toBe(WIFI_COMMAND_TIMEOUT_MS);
  });

  it('a refused fresh scan (nmcli before 1.26) falls back to the cache once', async () => {
    const { lines, run } = recordingRun((_, args) =>
      args.includes('yes') ? { code: 1, stderr: 'Error: Scanning not allowed.' } : {},
    );
    await new NmcliBackend({ runCommand: run }).scan('wlan0', { fresh: true });
    expect(lines().map((line) => line.split(' --rescan ')[1])).toEqual([
      'yes ifname wlan0',
      'auto ifname wlan0',
    ]);
  });
});
