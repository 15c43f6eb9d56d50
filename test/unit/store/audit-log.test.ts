import { appendFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ActionRecord, RunRecord } from '../../../shared/audit';
import { AuditLog, REDACTED } from '../../../electron/core/store/audit-log';

const DEVICE = '0123456789abcdef01234567';
const freshLog = () => {
  const path = join(mkdtempSync(join(tmpdir(), 'audit-')), 'audit.jsonl');
  return { path, log: new AuditLog(path) };
};

const run = (overrides: Partial<RunRecord> = {}): RunRecord => ({
  type: 'run',
  id: 'run-1',
  startedAt: '2026-11-27T10:00:00.000Z',
  endedAt: '2026-11-27T10:00:42.500Z',
  station: 'Line 3',
  operator: 'Ana',
  mode: 'product',
  product: 'acme-sensors',
  deviceId: DEVICE,
  ssid: 'Factory "North", 2.4',
  customerEmail: 'buyer@example.com',
  outcome: 'success',
  errorCode: null,
  phases: [
    { phase: 'prepare', ms: 800, result: 'ok' },
    { phase: 'configure', ms: 2100, result: 'ok' },
  ],
  appVersion: '0.1.0',
  simulated: true,
  ...overrides,
});

const action = (overrides: Partial<ActionRecord> = {}): ActionRecord => ({
  type: 'action',
  id: 'act-1',
  at: '2026-11-27T11:00:00.000Z',
  station: 'Support desk',
  operator: 'Bo',
  deviceId: DEVICE,
  step: 'release-from-customer',
  result: 'done',
  detail: null,
  appVersion: '0.1.0',
  simulated: true,
  ...overrides,
});

describe('AuditLog', () => {
  it('appends one JSON line per record and reads them back', () => {
    const { path, log } = freshLog();
    log.append(run());
    log.append(action());
    expect(readFileSync(path, 'utf8').trim().split('\n')).toHaveLength(2);
    expect(log.read()).toEqual({ records: [run(), action()], skippedLines: 0 });
  });

  it('tolerates a torn last line after a crash, and the next record still gets its own line', () => {
    const { path, log } = freshLog();
    log.append(run({ id: 'before-crash' }));
    appendFileSync(path, '{"type":"run","id":"torn","startedAt":"2026-');
    expect(log.read()).toMatchObject({ records: [{ id: 'before-crash' }], skippedLines: 1 });
    log.append(run({ id: 'after-crash' }));
    expect(log.read()).toMatchObject({
      records: [{ id: 'before-crash' }, { id: 'after-crash' }],
      skippedLines: 1,
    });
  });

  it('refuses records with fields the schema does not know (a password has no place here)', () => {
    const { log } = freshLog();
    expect(() => log.append({ ...run(), password: 'hunter22' } as unknown as RunRecord)).toThrow();
    expect(log.read().records).toEqual([]);
  });

  it('replaces any known secret that still reaches the line', () => {
    const { path, log } = freshLog();
    log.append(action({ detail: 'nmcli said: password s3cret-Pa55 rejected' }), ['s3cret-Pa55']);
    const text = readFileSync(path, 'utf8');
    expect(text).not.toContain('s3cret-Pa55');
    expect(text).toContain(REDACTED);
  });

  it('a secret that equals a field name or fixed value does not break the record', () => {
    const { log } = freshLog();
    log.append(run({ mode: 'developer' }), ['developer', 'station']);
    expect(log.read()).toMatchObject({ records: [{ id: 'run-1' }], skippedLines: 0 });
  });

  it('queries by device id in any case, newest first, with a limit', () => {
    const { log } = freshLog();
    log.append(run({ id: 'a' }));
    log.append(run({ id: 'b', deviceId: 'ffffffffffffffffffffffff' }));
    log.append(action({ id: 'c' }));
    expect(log.query({ deviceId: ` ${DEVICE.toUpperCase()} ` }).records.map((r) => r.id)).toEqual([
      'c',
      'a',
    ]);
    expect(log.query({ limit: 1 }).records.map((r) => r.id)).toEqual(['c']);
  });

  it('filters a shift report by time range, station and operator (names ignoring case)', () => {
    const { log } = freshLog();
    log.append(run({ id: 'early', startedAt: '2026-11-27T07:59:59.000Z' }));
    log.append(run({ id: 'in', startedAt: '2026-11-27T08:00:00.000Z' }));
    log.append(run({ id: 'other-line', startedAt: '2026-11-27T09:00:00.000Z', station: 'Line 4' }));
    log.append(run({ id: 'other-op', startedAt: '2026-11-27T09:30:00.000Z', operator: 'Cy' }));
    log.append(run({ id: 'late', startedAt: '2026-11-27T16:00:00.000Z' }));
    log.append(action({ id: 'act', at: '2026-11-27T10:00:00.000Z', station: 'line 3', operator: 'ANA' }));
    const ids = (query: Parameters<AuditLog['query']>[0]) =>
      log.query(query).records.map((record) => record.id);
    const shift = { from: '2026-11-27T08:00:00.000Z', to: '2026-11-27T16:00:00.000Z' };
    expect(ids(shift)).toEqual(['act', 'other-op', 'other-line', 'in']);
    expect(ids({ ...shift, station: ' line 3 ', operator: 'ana' })).toEqual(['act', 'in']);
    expect(ids({ station: '' })).toHaveLength(6);
  });

  it('exports CSV with quoting, durations and spreadsheet formulas defused', () => {
    const { log } = freshLog();
    log.append(
      run({ operator: '=HYPERLINK("http://x")', errorCode: '-2', outcome: 'network-not-visible' }),
    );
    const csv = log.exportCsv();
    // A byte-order mark first, so spreadsheets read the names as UTF-8.
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^time,type,station,operator,device_id/);
    expect(lines[1]).toContain('"Factory ""North"", 2.4"');
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(lines[1]).toContain(",'-2,");
    expect(lines[1]).toContain(',42500,');
    expect(lines[1]).toContain('prepare:800ms:ok configure:2100ms:ok');
    // The outcome readable beside its code, never only the code.
    expect(lines[1]).toContain(',network-not-visible,The device cannot see that network,failed,');
  });
});
