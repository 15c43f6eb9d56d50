// The one audit record a run leaves, whatever its end: who, where, which device and network,
// how it ended and how long each phase took. It has no field a secret could go in.
import type { RunRecord } from '../../../shared/audit';
import type { Outcome } from '../../../shared/outcome';
import { isDeviceId, normalizeDeviceId } from '../../../shared/validate';
import type { PhaseResult } from '../../../shared/audit';
import type { RunPhase } from '../../../shared/phases';
import type { JournalRunNote } from '../wifi/journal';
import type { RunAccount, RunContextInfo } from './types';

export interface RecordInput {
  runId: string;
  startedAt: Date;
  endedAt: Date;
  context: RunContextInfo;
  account: RunAccount;
  deviceId: string | null;
  ssid: string | null;
  outcome: Outcome;
  errorCode: string | null;
  phases: Array<{ phase: RunPhase; ms: number; result: PhaseResult }>;
  appVersion: string;
  simulated: boolean;
}

const cap = (value: string | null, max: number): string | null =>
  value === null ? null : value.slice(0, max);

export function buildRunRecord(input: RecordInput): RunRecord {
  const deviceId =
    input.deviceId !== null && isDeviceId(input.deviceId)
      ? normalizeDeviceId(input.deviceId)
      : null;
  const product =
    input.account.mode === 'product'
      ? (input.account.product.slug ?? String(input.account.product.id))
      : null;
  return {
    type: 'run',
    id: input.runId,
    startedAt: input.startedAt.toISOString(),
    endedAt: input.endedAt.toISOString(),
    station: input.context.station.slice(0, 120),
    operator: input.context.operator.slice(0, 120),
    mode: input.account.mode,
    product: cap(product, 120),
    deviceId,
    ssid: cap(input.ssid, 64),
    customerEmail: input.account.mode === 'product' ? input.account.customerEmail : null,
    outcome: input.outcome.kind,
    errorCode: cap(input.errorCode, 80),
    phases: input.phases,
    appVersion: input.appVersion.slice(0, 40),
    simulated: input.simulated,
  };
}

/**
 * What the restore journal keeps about the run on the device's network: the record's identity
 * fields, so a start-up after a crash can write it into the history as interrupted.
 */
export function buildRunNote(
  input: Pick<RecordInput, 'runId' | 'startedAt' | 'context' | 'account' | 'deviceId' | 'ssid'> & {
    phase: RunPhase;
  },
): JournalRunNote {
  const { id, startedAt, station, operator, mode, product, deviceId, ssid, customerEmail } =
    buildRunRecord({
      ...input,
      endedAt: input.startedAt,
      outcome: { kind: 'interrupted', deviceId: input.deviceId, phase: input.phase },
      errorCode: null,
      phases: [],
      appVersion: '',
      simulated: false,
    });
  return {
    id,
    startedAt,
    station,
    operator,
    mode,
    product,
    deviceId,
    ssid,
    customerEmail,
    phase: input.phase,
  };
}
