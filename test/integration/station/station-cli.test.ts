// `cli station` against an in-process simulated tray: one JSON line per unit, labels typed on
// standard input, Ctrl+C for a summary — and no secret in anything it printed or wrote.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../electron/cli/cli-io';
import { runCli } from '../../../electron/cli/main';
import { runStationCommand } from '../../../electron/cli/station-command';
import { worldBackends } from '../../../electron/simulated-core';
import { TrayFeeder, trayPhotonOptions, trayUnits } from '../../../electron/simulator/tray';
import { startSimulatedWorld, type SimulatedWorld } from '../../../electron/simulator/world';
import {
  DEMO_TOKEN,
  FAST_CLOUD,
  FAST_CLOUD_RETRY,
  FAST_ENGINE,
  FAST_SOFTAP,
  FAST_WIFI,
  WIFI_PASSWORD,
} from '../provisioning/support/harness';

let world: SimulatedWorld | undefined;
let feeder: TrayFeeder | undefined;
afterEach(async () => {
  feeder?.stop();
  await world?.close();
  world = undefined;
});

interface TestIo extends CliIo {
  stdout: string[];
  stderr: string[];
  type(line: string): void;
  interrupt(): void;
}

function io(): TestIo {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const lineListeners = new Set<(line: string) => void>();
  const interruptListeners = new Set<() => void>();
  return {
    stdout,
    stderr,
    out: (line) => stdout.push(line),
    err: (line) => stderr.push(line),
    env: { T: DEMO_TOKEN, P: WIFI_PASSWORD },
    promptHidden: async () => null,
    onLine: (listener) => {
      lineListeners.add(listener);
      return () => lineListeners.delete(listener);
    },
    onInterrupt: (listener) => {
      interruptListeners.add(listener);
      return () => interruptListeners.delete(listener);
    },
    type: (line) => lineListeners.forEach((listener) => listener(line)),
    interrupt: () => interruptListeners.forEach((listener) => listener()),
  };
}

async function tray(count: number, faults = {}) {
  const units = trayUnits(count, { extra: faults });
  world = await startSimulatedWorld({ photons: trayPhotonOptions(units), cloudSettings: FAST_CLOUD });
  feeder = new TrayFeeder(world, 20);
  return units;
}

const fast = () => ({
  core: {
    ...worldBackends(world!),
    simulated: true,
    engineTimings: { ...FAST_ENGINE, verifyMs: 2_000 },
    wifiTimeouts: FAST_WIFI,
    softAp: FAST_SOFTAP,
    cloudRetry: FAST_CLOUD_RETRY,
    stationTimings: { scanIntervalMs: 30 },
  },
});

const common = (dataDir: string) => [
  '--token-env',
  'T',
  '--ssid',
  'Workshop',
  '--security',
  'wpa2_aes',
  '--channel',
  '6',
  '--wifi-password-env',
  'P',
  '--data-dir',
  dataDir,
  '--station',
  'line-2',
];

describe('cli station', () => {
  it('prints one JSON object per unit and stops after --units, with a summary', async () => {
    const units = await tray(3);
    const out = io();
    const dataDir = mkdtempSync(join(tmpdir(), 'photon-station-cli-'));
    feeder!.start();
    const code = await runStationCommand([...common(dataDir), '--units', '3', '--json'], out, fast());
    expect(code).toBe(0);
    const lines = out.stdout.map((line) => JSON.parse(line) as { outcome: { kind: string; deviceId: string } });
    expect(lines).toHaveLength(3);
    expect(lines.map((line) => line.outcome.kind)).toEqual(['success', 'success', 'success']);
    expect(new Set(lines.map((line) => line.outcome.deviceId))).toEqual(
      new Set(units.map((unit) => unit.deviceId)),
    );
    expect(out.stderr.join('\n')).toMatch(/Station summary: 3 units this session, 3 passed, 0 failed/);
    expect(out.stderr.join('\n')).toMatch(/This shift .*: 3 done, 3 passed, 0 failed/);
    const everything =
      out.stdout.join('\n') + out.stderr.join('\n') + readFileSync(join(dataDir, 'audit.jsonl'), 'utf8');
    for (const secret of [DEMO_TOKEN, WIFI_PASSWORD]) expect(everything).not.toContain(secret);
    expect(world!.wifi.currentNetwork).toBe('Workshop');
  });

  it('reads labels from standard input and stops with a summary at Ctrl+C (exit 1 after a failure)', async () => {
    const units = await tray(2, { 1: 'wrong-label' });
    const out = io();
    const dataDir = mkdtempSync(join(tmpdir(), 'photon-station-cli-'));
    const running = runStationCommand([...common(dataDir), '--require-label'], out, fast());
    // The operator scans the first label, then powers the unit; then the same for the second.
    const asked = (count: number) =>
      new Promise<void>((resolve) => {
        const timer = setInterval(() => {
          if (out.stderr.filter((line) => line.includes('Scan the label')).length >= count) {
            clearInterval(timer);
            resolve();
          }
        }, 10);
      });
    await asked(1);
    out.type(units[0]!.label);
    await feeder!.powerNext();
    await asked(2);
    out.type(units[1]!.label);
    await feeder!.powerNext();
    await new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        if (out.stdout.length >= 2) {
          clearInterval(timer);
          resolve();
        }
      }, 10);
    });
    out.interrupt();
    const code = await running;
    expect(code).toBe(1);
    expect(out.stdout.find((line) => line.startsWith('FAIL'))).toContain(
      `Label says ${units[1]!.label}, this Photon is ${units[1]!.deviceId}.`,
    );
    expect(out.stdout.filter((line) => line.startsWith('PASS'))).toHaveLength(1);
    expect(out.stderr.join('\n')).toMatch(/Station summary: 2 units this session, 1 passed, 1 failed/);
  });

  it('refuses a station without --security, and secrets on the command line', async () => {
    const out = io();
    expect(await runCli(['station', '--token-env', 'T', '--ssid', 'Workshop'], out)).toBe(2);
    expect(out.stderr.join('\n')).toContain('--security is required');
    const second = io();
    expect(
      await runCli(['station', '--token', DEMO_TOKEN, '--ssid', 'W', '--security', 'open'], second),
    ).toBe(2);
    expect(second.stderr.join('\n')).not.toContain(DEMO_TOKEN);
  });
});
