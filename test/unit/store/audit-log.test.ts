import {
  appendFileSync,
  copyFileSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  auditMessageSchema,
  auditRecordSchema,
  type ActionRecord,
  type RunRecord,
} from '../../../shared/audit';
import { AuditLog, REDACTED } from '../../../electron/core/store/audit-log';
import { formatMessage, m, type Message } from '../../../shared/i18n';

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

  it('reads what another writer appended, a line finished later, and a file replaced or emptied', () => {
    const { path, log } = freshLog();
    log.append(run({ id: 'a' }));
    expect(log.read().records.map((record) => record.id)).toEqual(['a']);
    // Another process on the same file (the diagnostics reader beside the app): its lines count.
    const other = new AuditLog(path);
    other.append(run({ id: 'b' }));
    const half = JSON.stringify(run({ id: 'c' }));
    appendFileSync(path, half.slice(0, 30));
    expect(log.read()).toMatchObject({ records: [{ id: 'a' }, { id: 'b' }], skippedLines: 1 });
    appendFileSync(path, `${half.slice(30)}\n`);
    expect(log.read()).toMatchObject({
      records: [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
      skippedLines: 0,
    });
    // Every answer's list is the caller's own, and its records cannot be changed at all.
    const answer = log.read().records;
    answer.reverse();
    expect(log.read().records[0]?.id).toBe('a');
    expect(() => {
      (answer[0] as RunRecord).station = 'changed';
    }).toThrow(TypeError);
    expect(() =>
      (answer[0] as RunRecord).phases.push({ phase: 'verify', ms: 1, result: 'ok' }),
    ).toThrow(TypeError);
    // Rewritten in place, longer, same inode (a backup copied over it): read from the start again.
    const backup = join(dirname(path), 'backup.jsonl');
    writeFileSync(
      backup,
      ['x', 'y', 'w', 'v'].map((id) => JSON.stringify(run({ id, station: 'Line 30' }))).join('\n') +
        '\n',
    );
    copyFileSync(backup, path);
    expect(log.read().records.map((record) => record.id)).toEqual(['x', 'y', 'w', 'v']);
    // Replaced by a shorter file (restored from a backup, say): read from the start again.
    writeFileSync(path, `${JSON.stringify(run({ id: 'z' }))}\n`);
    expect(log.read().records.map((record) => record.id)).toEqual(['z']);
    rmSync(path);
    expect(log.read()).toEqual({ records: [], skippedLines: 0 });
    log.append(run({ id: 'new' }));
    expect(log.read().records.map((record) => record.id)).toEqual(['new']);
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
    log.append(
      action({ id: 'act', at: '2026-11-27T10:00:00.000Z', station: 'line 3', operator: 'ANA' }),
    );
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

  describe('an action’s detail as a sentence (detailText)', () => {
    const title = m('returns.step.release.title', {
      who: m('returns.owner.customer', { email: 'buyer@example.com' }),
    });
    const released = () =>
      action({ detail: formatMessage('en', title), detailText: title, step: 'release-from-owner' });

    it('is kept beside the English detail and read back as it was', () => {
      const { path, log } = freshLog();
      log.append(released());
      expect(log.read()).toEqual({ records: [released()], skippedLines: 0 });
      const line = JSON.parse(readFileSync(path, 'utf8').trim()) as Record<string, unknown>;
      expect(line.detail).toBe('Release from customer buyer@example.com');
      expect(line.detailText).toEqual(title);
    });

    it('one beyond the log’s bounds is left out, and the record is still written', () => {
      const { log } = freshLog();
      let deep: Message = m('returns.audit.already-done');
      // Nested deeper than any sentence of the catalogue goes (a Message literal: no id has 8 levels).
      for (let level = 0; level < 8; level++)
        deep = { id: 'returns.audit.already-done', params: { why: deep } };
      log.append(action({ detail: 'Already done', detailText: deep }));
      const [record] = log.read().records;
      expect(record).toMatchObject({ detail: 'Already done' });
      expect(record).not.toHaveProperty('detailText');
    });

    it('a record written before it existed still loads, with only its English detail', () => {
      const { path, log } = freshLog();
      const old = {
        type: 'action',
        id: 'old-1',
        at: '2026-01-01T00:00:00.000Z',
        station: 'Support desk',
        operator: 'Bo',
        deviceId: DEVICE,
        step: 'release-from-owner',
        result: 'done',
        detail: 'Release from customer buyer@example.com',
        appVersion: '0.0.9',
        simulated: false,
      };
      appendFileSync(path, `${JSON.stringify(old)}\n`);
      const { records, skippedLines } = log.read();
      expect(skippedLines).toBe(0);
      expect(records).toEqual([old]);
      expect(records[0]).not.toHaveProperty('detailText');
    });

    it('leaves the CSV exactly as it was: same columns, the English detail', () => {
      const withText = freshLog();
      const without = freshLog();
      withText.log.append(released());
      const { detailText: _left, ...old } = released();
      without.log.append(old);
      const csv = withText.log.exportCsv();
      expect(csv).toBe(without.log.exportCsv());
      const lines = csv.slice(1).trimEnd().split('\r\n');
      expect(lines[0]).toBe(
        'time,type,station,operator,device_id,mode,product,customer_email,ssid,outcome_or_step,' +
          'outcome_title,result,error_code_or_detail,duration_ms,phases,app_version,simulated',
      );
      expect(lines[1]).toBe(
        '2026-11-27T11:00:00.000Z,action,Support desk,Bo,0123456789abcdef01234567,,,,,' +
          'release-from-owner,,done,Release from customer buyer@example.com,,,0.1.0,true',
      );
      expect(csv).not.toContain('returns.step.release.title');
    });

    it('never keeps a secret: texts are redacted at any depth, a tainted id drops the sentence', () => {
      const { path, log } = freshLog();
      const secret = 's3cret-Pa55';
      const leaky: Message = m('returns.step.release.title', {
        who: m('returns.owner.customer', { email: `${secret}@example.com` }),
      });
      log.append(action({ id: 'leaky', detail: `for ${secret}`, detailText: leaky }), [secret]);
      // A secret that reads like a catalogue id: the sentence cannot be rewritten, so it goes.
      log.append(action({ id: 'tainted', detail: 'x', detailText: m('returns.no-product') }), [
        'no-product',
      ]);
      const text = readFileSync(path, 'utf8');
      expect(text).not.toContain(secret);
      expect(text).not.toContain('no-product');
      const [first, second] = log.read().records as ActionRecord[];
      expect(first?.detailText).toEqual(
        m('returns.step.release.title', {
          who: m('returns.owner.customer', { email: `${REDACTED}@example.com` }),
        }),
      );
      expect(second).not.toHaveProperty('detailText');
      expect(second?.detail).toBe('x');
    });

    it('takes only a bounded Message: a catalogue-like id, short texts, limited nesting', () => {
      const nest = (levels: number): Message =>
        levels === 0 ? { id: 'a.b' } : { id: 'a.b', params: { x: nest(levels - 1) } };
      expect(auditMessageSchema.safeParse(nest(4)).success).toBe(true);
      expect(auditMessageSchema.safeParse(nest(5)).success).toBe(false);
      expect(
        auditMessageSchema.safeParse({ id: 'a', params: { list: ['x', 1, { id: 'b' }] } }).success,
      ).toBe(true);
      for (const bad of [
        { id: '' },
        { id: 'x'.repeat(121) },
        { id: 'Your password is hunter22' },
        { id: 'a', params: { x: 'y'.repeat(501) } },
        { id: 'a', params: { x: true } },
        { id: 'a', params: { x: [['nested list']] } },
        { id: 'a', extra: 'field' },
        { id: 'a', params: Object.fromEntries([...Array(13).keys()].map((k) => [`p${k}`, k])) },
      ])
        expect(auditMessageSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
      expect(auditRecordSchema.safeParse({ ...action(), detailText: { id: 'a b' } }).success).toBe(
        false,
      );
    });
  });
});
