import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { RestoreJournal } from '../../../../electron/core/wifi/journal';
import { NmcliBackend } from '../../../../electron/core/wifi/nmcli-backend';
import type { WifiProgress } from '../../../../electron/core/wifi/progress';
import { WifiSession, type WifiSessionDeps } from '../../../../electron/core/wifi/session';
import type { WifiTimeouts } from '../../../../electron/core/wifi/timeouts';
import type { ProbeDevice } from '../../../../electron/core/wifi/types';
import { FakeNmWorld } from './fake-nm-world';

export const DEVICE_ID = '0123456789abcdef01234567';

/** Millisecond budgets: the same code paths as production, finishing in well under a second. */
export const FAST: Partial<WifiTimeouts> = {
  commandMs: 200,
  preflightMs: 500,
  discoverMs: 400,
  scanIntervalMs: 2,
  joinMs: 400,
  associationPollMs: 2,
  dhcpMs: 300,
  addressPollMs: 2,
  probeAttemptMs: 50,
  probeWindowMs: 150,
  manualJoinMs: 400,
  watchdogMs: 5,
  restoreMs: 400,
  sessionCapMs: 3_000,
};

export function harness(world = new FakeNmWorld(), overrides: Partial<WifiSessionDeps> = {}) {
  const journalPath = join(mkdtempSync(join(tmpdir(), 'wifi-journal-')), 'wifi-restore.json');
  const journal = new RestoreJournal(journalPath);
  const progress: WifiProgress[] = [];
  const probes: string[] = [];
  const probeDevice: ProbeDevice = async (endpoint) => {
    probes.push(`${endpoint.host}:${endpoint.tcpPort}`);
    return world.onPhoton ? { id: DEVICE_ID } : null;
  };
  const backend = new NmcliBackend({ runCommand: world.runCommand, userName: 'operator' });
  const session = new WifiSession({
    backend,
    net: world.net,
    probeDevice,
    journal,
    platform: 'linux',
    timeouts: FAST,
    reachCloud: world.reachCloud,
    onProgress: (event) => progress.push(event),
    ...overrides,
  });
  return { world, session, journal, journalPath, progress, probes, backend };
}

export const commandLines = (world: FakeNmWorld): string[] =>
  world.calls.map((call) => call.args.join(' '));

/** Every command went through RunCommand as file + argv, with a timeout and a C locale, no shell. */
export function expectNoShell(world: FakeNmWorld): void {
  for (const call of world.calls) {
    expect(call.file).toBe('nmcli');
    // `signal` rides along on joins and rejoins, so a cancelled one is killed.
    expect(
      Object.keys(call.options)
        .filter((key) => key !== 'signal')
        .sort(),
    ).toEqual(['env', 'timeoutMs']);
    expect(call.options.timeoutMs).toBeGreaterThan(0);
    expect(call.options.env?.LC_ALL).toBe('C.UTF-8');
    expect('shell' in call.options).toBe(false);
  }
}
