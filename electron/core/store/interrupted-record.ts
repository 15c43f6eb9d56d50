// The history record of a run that a crash or a kill ended: written at the next start from the
// restore journal's note, so the run is not silently missing from the history.
import type { RunRecord } from '../../../shared/audit';
import type { JournalRunNote } from '../wifi/journal';
import type { AuditLog } from './audit-log';

export function interruptedRecord(
  run: JournalRunNote,
  facts: { endedAt: string; appVersion: string; simulated: boolean },
): RunRecord {
  return {
    type: 'run',
    id: run.id,
    startedAt: run.startedAt,
    endedAt: facts.endedAt,
    station: run.station,
    operator: run.operator,
    mode: run.mode,
    product: run.product,
    deviceId: run.deviceId,
    ssid: run.ssid,
    customerEmail: run.customerEmail,
    outcome: 'interrupted',
    errorCode: 'interrupted',
    phases: [{ phase: run.phase, ms: 0, result: 'failed' }],
    appVersion: facts.appVersion,
    simulated: facts.simulated,
  };
}

/** The run's one record, unless the history already has it (a start-up replay after a deferred one). */
export function recordInterruptedOnce(
  audit: AuditLog,
  run: JournalRunNote,
  facts: { endedAt: string; appVersion: string; simulated: boolean },
): void {
  const known = audit
    .read()
    .records.some((record) => record.type === 'run' && record.id === run.id);
  if (!known) audit.append(interruptedRecord(run, facts));
}
