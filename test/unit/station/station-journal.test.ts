// What the station keeps across restarts beside the audit log: the shift's start, the networks
// it finished, which device answered where, and units whose verification had not ended.
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StationJournal, type PendingUnit } from '../../../electron/core/station/station-journal';

const DEVICE = '0123456789abcdef01234567';
const fresh = () => join(mkdtempSync(join(tmpdir(), 'station-journal-')), 'station.json');

const pending = (runId: string): PendingUnit => ({
  runId,
  startedAt: '2026-11-27T08:00:00.000Z',
  deviceId: DEVICE,
  deviceSsid: 'Photon-K7QD',
  targetSsid: 'Workshop',
  connectAcceptedAt: 1_700_000_000_000,
  phases: [{ phase: 'configure', ms: 4000, result: 'ok' }],
  label: null,
  confirmIdentity: false,
  owner: 'dev@example.com',
  note: {
    id: runId,
    startedAt: '2026-11-27T08:00:00.000Z',
    station: 'Line 3',
    operator: 'Ana',
    mode: 'developer',
    product: null,
    deviceId: DEVICE,
    ssid: 'Workshop',
    customerEmail: null,
    phase: 'verify',
  },
});

describe('StationJournal', () => {
  it('survives a restart: shift, finished networks, known devices, pending units', () => {
    const path = fresh();
    const journal = new StationJournal(path);
    const shift = journal.ensureShift(new Date('2026-11-27T07:55:00.000Z'));
    expect(journal.ensureShift(new Date('2026-11-27T09:00:00.000Z'))).toBe(shift);
    journal.finish('Photon-AAAA', { runId: 'r1', deviceId: DEVICE, passed: true });
    journal.finish('Photon-BBBB', { runId: 'r2', deviceId: null, passed: false });
    journal.know('Photon-CCCC', DEVICE);
    journal.addPending(pending('r3'));
    const again = new StationJournal(path);
    expect(again.shiftStartedAt).toBe('2026-11-27T07:55:00.000Z');
    expect(again.finishedOn('Photon-AAAA')?.passed).toBe(true);
    expect(again.knownOn('Photon-CCCC')).toBe(DEVICE);
    expect(again.pending.map((unit) => unit.runId)).toEqual(['r3']);
    expect(again.failedCount).toBe(1);
    // Retry failed forgets the failed networks only.
    expect(again.retryFailed()).toBe(1);
    expect(again.finishedOn('Photon-BBBB')).toBeUndefined();
    expect(again.finishedOn('Photon-AAAA')).toBeDefined();
    again.removePending('r3');
    expect(new StationJournal(path).pending).toEqual([]);
  });

  it('a new shift forgets what was finished', () => {
    const journal = new StationJournal(fresh());
    journal.finish('Photon-AAAA', { runId: 'r1', deviceId: DEVICE, passed: true });
    journal.newShift(new Date('2026-11-28T06:00:00.000Z'));
    expect(journal.shiftStartedAt).toBe('2026-11-28T06:00:00.000Z');
    expect(journal.finishedOn('Photon-AAAA')).toBeUndefined();
  });

  it('puts a damaged file aside and starts empty, saying so', () => {
    const path = fresh();
    writeFileSync(path, '{"version": 1, "pending": "oops"');
    const journal = new StationJournal(path, () => new Date('2026-11-27T10:00:00.000Z'));
    expect(journal.warning).toContain('could not be read');
    expect(journal.pending).toEqual([]);
    expect(existsSync(path)).toBe(false);
    expect(readdirSync(join(path, '..')).some((name) => name.includes('damaged'))).toBe(true);
  });
});
