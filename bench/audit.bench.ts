// The audit log read after each station unit: a whole parse of a year's log (what every read
// did before) against the incremental read (only the line just appended is parsed). Side by
// side on the same file, median of several reads each.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { RunRecord } from '../shared/audit';
import { AuditLog } from '../electron/core/store/audit-log';
import { median } from './median';

const RECORDS = Number(process.env.AUDIT_BENCH_RECORDS ?? 100_000);
const ROUNDS = 7;

const record = (i: number): RunRecord => ({
  type: 'run',
  id: `run-${i}`,
  startedAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
  endedAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000 + 42_000).toISOString(),
  station: 'Line 3',
  operator: 'Ana',
  mode: 'product',
  product: 'acme-sensors',
  deviceId: '2c003a000247353137323334',
  ssid: 'Workshop',
  customerEmail: 'buyer@example.com',
  outcome: 'success',
  errorCode: null,
  phases: [
    { phase: 'prepare', ms: 800, result: 'ok' },
    { phase: 'configure', ms: 2100, result: 'ok' },
    { phase: 'verify', ms: 11_500, result: 'ok' },
  ],
  appVersion: '0.1.0',
  simulated: false,
});

const dir = mkdtempSync(join(tmpdir(), 'audit-bench-'));
try {
  const path = join(dir, 'audit.jsonl');
  const writer = new AuditLog(path);
  // Written in one go as the log would hold it after a year; append() fsyncs each line.
  writeFileSync(
    path,
    Array.from({ length: RECORDS }, (_, i) => `${JSON.stringify(record(i))}\n`).join(''),
  );

  const whole: number[] = [];
  const incremental: number[] = [];
  const reader = new AuditLog(path);
  reader.read(); // the first read of a session parses everything once
  for (let round = 0; round < ROUNDS; round++) {
    writer.append(record(RECORDS + round));
    let started = performance.now();
    const fresh = new AuditLog(path).read(); // a reader with nothing cached: the old cost
    whole.push(performance.now() - started);
    started = performance.now();
    const kept = reader.read();
    incremental.push(performance.now() - started);
    if (kept.records.length !== fresh.records.length) throw new Error('the reads disagree');
  }
  const w = median(whole);
  const i = median(incremental);
  console.log(`audit log of ${RECORDS} records, one record appended before each read:`);
  console.log(`  whole parse   ${w.toFixed(1)} ms`);
  console.log(`  incremental   ${i.toFixed(1)} ms`);
  console.log(`  incremental / whole = ${(i / w).toFixed(3)}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
