// Two processes on one data folder, and a process killed mid-trip: the real data-dir lock and
// restore journal across real processes (a child runs a whole core, see support/hold-run.ts).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core, type CoreOptions } from '../../../electron/core/api';
import { AUDIT_FILE_NAME } from '../../../electron/core/core-services';
import { DataDirBusyError } from '../../../electron/core/store/data-dir-lock';
import { JOURNAL_FILE_NAME, WifiError } from '../../../electron/core/wifi';
import { m } from '../../../shared/i18n';
import { worldBackends } from '../../../electron/simulated-core';
import { startSimulatedWorld, type SimulatedWorld } from '../../../electron/simulator/world';
import { en } from '../../support/english';

const HOLD_RUN = join(import.meta.dirname, 'support', 'hold-run.ts');
/** Starting a child core (tsx compiling the sources) and reaching the Photon. */
const CHILD_READY_MS = 40_000;

let child: ChildProcess | undefined;
let world: SimulatedWorld | undefined;
let core: Core | undefined;
afterEach(async () => {
  child?.kill('SIGKILL');
  await core?.close();
  await world?.close();
  child = undefined;
  core = undefined;
  world = undefined;
});

/** A CLI core on `dataDir` in `world`, as a later start of the app would make it. */
function coreOn(
  on: SimulatedWorld,
  dataDir: string,
  wifi: Partial<NonNullable<CoreOptions['hostWifi']>> = {},
): Promise<Core> {
  const backends = worldBackends(on);
  return createCore({
    ...backends,
    hostWifi: { ...backends.hostWifi!, ...wifi },
    host: 'cli',
    simulated: true,
    dataDir,
    log: { warn: () => undefined },
  });
}

interface Joined {
  joined: string;
  runId: string;
  pid: number;
}

/** Starts a child core that joins the Photon and waits there; resolves when it says so. */
function holdRun(dataDir: string): Promise<{ process: ChildProcess; joined: Joined }> {
  const proc = spawn(process.execPath, ['--import', 'tsx', HOLD_RUN, dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child = proc;
  let stderr = '';
  proc.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the child never reached the Photon: ${stderr}`)),
      CHILD_READY_MS,
    );
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the child exited (${code}): ${stderr}`));
    });
    createInterface({ input: proc.stdout! }).once('line', (line) => {
      clearTimeout(timer);
      resolve({ process: proc, joined: JSON.parse(line) as Joined });
    });
  });
}

const killHard = (proc: ChildProcess): Promise<void> =>
  new Promise((resolve) => {
    proc.removeAllListeners('exit');
    proc.once('exit', () => resolve());
    proc.kill('SIGKILL');
  });

describe('one live core per data folder', () => {
  it('a second process is refused, names the first, and never touches its trip', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'photon-owner-'));
    const first = await holdRun(dataDir);
    expect(first.joined.joined).toBe('Photon-K7QD');
    const journalBefore = readFileSync(join(dataDir, JOURNAL_FILE_NAME), 'utf8');

    world = await startSimulatedWorld();
    const error = await coreOn(world, dataDir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataDirBusyError);
    expect((error as Error).message).toContain(`process ${first.joined.pid}`);
    expect((error as Error).message).toContain(dataDir);
    // The second never ran a Wi-Fi command, and the first's journal is as it was.
    expect(world.wifi.calls).toEqual([]);
    expect(readFileSync(join(dataDir, JOURNAL_FILE_NAME), 'utf8')).toBe(journalBefore);
    expect(first.process.exitCode).toBeNull();
  });

  it('kill -9 mid-trip, then start: restored, and the interrupted run is in the history', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'photon-killed-'));
    const first = await holdRun(dataDir);
    await killHard(first.process);
    expect(existsSync(join(dataDir, JOURNAL_FILE_NAME))).toBe(true);

    // The computer's Wi-Fi outlives the process: it is still on the Photon when the app restarts.
    world = await startSimulatedWorld();
    await world.wifi.backend.joinOpen(world.wifi.iface, first.joined.joined, { timeoutMs: 2_000 });
    expect(world.wifi.currentNetwork).toBe('Photon-K7QD');
    core = await coreOn(world, dataDir);
    expect(core.services.replay).toMatchObject({ kind: 'restored', report: { ok: true } });
    expect(world.wifi.currentNetwork).not.toBe('Photon-K7QD');
    expect(existsSync(join(dataDir, JOURNAL_FILE_NAME))).toBe(false);
    const history = await core.handlers['history.query']({});
    const record = history.records.find(
      (entry) => entry.type === 'run' && entry.id === first.joined.runId,
    );
    expect(record).toMatchObject({ outcome: 'interrupted', deviceId: expect.any(String) });
    const readiness = await core.handlers['system.check'](undefined);
    const replayed = readiness.items.find((item) => item.id === 'wifi-replay');
    expect(replayed?.status).toBe('ok');
    expect(en(replayed?.detail)).toMatch(/put the Wi-Fi back/);
    const lines = readFileSync(join(dataDir, AUDIT_FILE_NAME), 'utf8').trim().split('\n');
    expect(lines.filter((line) => line.includes(first.joined.runId))).toHaveLength(1);
  });

  it('kill -9, then start while another Photon Setup holds the radio: nothing touched, the run recorded once', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'photon-radio-busy-'));
    const first = await holdRun(dataDir);
    await killHard(first.process);
    const journalBefore = readFileSync(join(dataDir, JOURNAL_FILE_NAME), 'utf8');

    // Another Photon Setup (another data folder) is on a trip: the host is on *its* Photon.
    world = await startSimulatedWorld();
    await world.wifi.backend.joinOpen(world.wifi.iface, first.joined.joined, { timeoutMs: 2_000 });
    world.wifi.calls.length = 0;
    const busyRadio = (): (() => void) => {
      throw new WifiError('busy', m('wifi.radio-busy'));
    };
    core = await coreOn(world, dataDir, { radioLock: busyRadio });
    expect(core.services.replay).toMatchObject({ kind: 'deferred' });
    expect(world.wifi.calls).toEqual([]);
    expect(world.wifi.currentNetwork).toBe(first.joined.joined);
    expect(readFileSync(join(dataDir, JOURNAL_FILE_NAME), 'utf8')).toBe(journalBefore);
    const readiness = await core.handlers['system.check'](undefined);
    const replayed = readiness.items.find((item) => item.id === 'wifi-replay');
    expect(replayed?.status).toBe('warn');
    expect(en(replayed?.detail)).toMatch(/another Photon Setup is using this computer’s Wi-Fi/);
    expect(en(replayed?.detail)).toContain(first.joined.joined);
    // Once the journal is dealt with (this copy's next trip settles it), the panel stops saying so.
    const journalPath = join(dataDir, JOURNAL_FILE_NAME);
    rmSync(journalPath);
    const later = await core.handlers['system.check'](undefined);
    expect(later.items.some((item) => item.id === 'wifi-replay')).toBe(false);
    // Nor while this copy's own later trip has a journal of its own there.
    const own = JSON.parse(journalBefore) as { owner: { pid: number } };
    writeFileSync(
      journalPath,
      JSON.stringify({ ...own, owner: { ...own.owner, pid: process.pid } }),
    );
    const during = await core.handlers['system.check'](undefined);
    expect(during.items.some((item) => item.id === 'wifi-replay')).toBe(false);
    writeFileSync(journalPath, journalBefore);
    await core.close();

    // The radio is free at the next start: the journal is dealt with, the run still has one record.
    core = await coreOn(world, dataDir);
    expect(core.services.replay).toMatchObject({ kind: 'restored' });
    expect(existsSync(join(dataDir, JOURNAL_FILE_NAME))).toBe(false);
    const lines = readFileSync(join(dataDir, AUDIT_FILE_NAME), 'utf8').trim().split('\n');
    expect(lines.filter((line) => line.includes(first.joined.runId))).toHaveLength(1);
    expect(lines.find((line) => line.includes(first.joined.runId))).toContain('"interrupted"');
  });

  it('kill -9, then start with the host already home: cleaned without any disconnect', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'photon-home-'));
    const first = await holdRun(dataDir);
    await killHard(first.process);

    world = await startSimulatedWorld();
    const home = world.wifi.currentNetwork;
    core = await coreOn(world, dataDir);
    expect(core.services.replay).toMatchObject({ kind: 'cleaned' });
    expect(world.wifi.currentNetwork).toBe(home);
    expect(
      world.wifi.calls.filter(
        (c) => c.startsWith('join ') || c.startsWith('rejoin ') || c === 'reconnect',
      ),
    ).toEqual([]);
    const history = await core.handlers['history.query']({});
    expect(
      history.records.some((entry) => entry.type === 'run' && entry.outcome === 'interrupted'),
    ).toBe(true);
  });
});
