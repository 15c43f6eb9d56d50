import { existsSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  acquireDataDirLock,
  DATA_DIR_LOCK_FILE,
  DataDirBusyError,
} from '../../../electron/core/store/data-dir-lock';

const freshDir = (): string => mkdtempSync(join(tmpdir(), 'photon-lock-'));
const lockOf = (pid: number) =>
  `${JSON.stringify({ pid, startedAt: '2026-12-01T08:00:00.000Z', host: 'the web host', token: 'abc' })}\n`;

describe('the data-dir lock', () => {
  it('one holder at a time; released, it can be taken again', () => {
    const dir = freshDir();
    const lock = acquireDataDirLock(dir, { host: 'the command line' });
    expect(existsSync(join(dir, DATA_DIR_LOCK_FILE))).toBe(true);
    const error = (() => {
      try {
        acquireDataDirLock(dir, { host: 'the web host' });
        return null;
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(DataDirBusyError);
    expect((error as Error).message).toMatch(
      new RegExp(
        `the command line, process ${process.pid}.*${dir.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')}`,
      ),
    );
    lock.release();
    expect(existsSync(join(dir, DATA_DIR_LOCK_FILE))).toBe(false);
    acquireDataDirLock(dir, { host: 'the web host' }).release();
  });

  it('a lock whose process is gone is taken over, and says whose it was', () => {
    const dir = freshDir();
    writeFileSync(join(dir, DATA_DIR_LOCK_FILE), lockOf(4_000_000));
    const lock = acquireDataDirLock(dir, { host: 'the desktop app', isAlive: () => false });
    expect(lock.replaced).toMatchObject({ pid: 4_000_000, host: 'the web host' });
    expect(JSON.parse(readFileSync(lock.path, 'utf8'))).toMatchObject({ pid: process.pid });
    lock.release();
  });

  it('a live pid with a stopped heartbeat (a hang, or the pid reused) is stale too', () => {
    const dir = freshDir();
    const path = join(dir, DATA_DIR_LOCK_FILE);
    writeFileSync(path, lockOf(4_000_001));
    const old = new Date(Date.now() - 15 * 60_000);
    utimesSync(path, old, old);
    const lock = acquireDataDirLock(dir, { host: 'the desktop app', isAlive: () => true });
    expect(lock.replaced?.pid).toBe(4_000_001);
    lock.release();
  });

  it('a lock written before this machine booted is stale, whoever has its pid now', () => {
    const dir = freshDir();
    const path = join(dir, DATA_DIR_LOCK_FILE);
    writeFileSync(path, lockOf(4_000_004));
    const machine = { hostname: 'bench-3', bootedAt: Date.now() + 1_000 };
    const lock = acquireDataDirLock(dir, { host: 'x', isAlive: () => true, machine });
    expect(lock.replaced?.pid).toBe(4_000_004);
    lock.release();
  });

  it('another machine’s lock on a shared folder: its pid means nothing here, its heartbeat does', () => {
    const dir = freshDir();
    const path = join(dir, DATA_DIR_LOCK_FILE);
    const theirs = (pid: number) =>
      `${JSON.stringify({ pid, startedAt: '2026-12-01T08:00:00.000Z', host: 'the desktop app', token: 't', hostname: 'bench-7' })}\n`;
    const machine = { hostname: 'bench-3', bootedAt: 0 };
    writeFileSync(path, theirs(4_000_005));
    expect(() => acquireDataDirLock(dir, { host: 'x', isAlive: () => false, machine })).toThrow(
      /process 4000005/,
    );
    const old = new Date(Date.now() - 15 * 60_000);
    utimesSync(path, old, old);
    acquireDataDirLock(dir, { host: 'x', isAlive: () => false, machine }).release();
  });

  it('a live pid with a fresh heartbeat is respected', () => {
    const dir = freshDir();
    writeFileSync(join(dir, DATA_DIR_LOCK_FILE), lockOf(4_000_002));
    expect(() => acquireDataDirLock(dir, { host: 'x', isAlive: () => true })).toThrow(
      /process 4000002/,
    );
  });

  it('a half-written lock is left alone while young and taken over once old', () => {
    const dir = freshDir();
    const path = join(dir, DATA_DIR_LOCK_FILE);
    writeFileSync(path, '{"pid": 12');
    expect(() => acquireDataDirLock(dir, { host: 'x' })).toThrow(DataDirBusyError);
    const old = new Date(Date.now() - 10_000);
    utimesSync(path, old, old);
    const lock = acquireDataDirLock(dir, { host: 'x' });
    expect(lock.replaced).toBeNull();
    lock.release();
  });

  it('release never removes a lock someone else now holds, and the heartbeat notices', async () => {
    const dir = freshDir();
    let lost = 0;
    const lock = acquireDataDirLock(dir, { host: 'x', heartbeatMs: 5, onLost: () => lost++ });
    writeFileSync(lock.path, lockOf(4_000_003));
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(lost).toBe(1);
    lock.release();
    expect(readFileSync(join(dir, DATA_DIR_LOCK_FILE), 'utf8')).toContain('4000003');
  });
});
