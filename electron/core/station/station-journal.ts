// What a station must not forget across a reload or a restart, beside the audit log (which holds
// only units that ended, one record each): when the shift began, which Photon networks it has
// finished (so a unit that is done is not set up again when its AP shows), which device answered
// on which network, and the units past their trip whose verification had not ended — they are
// verified again at the next start, and only then get their one record.
import { z } from 'zod';
import { runRecordSchema } from '../../../shared/audit';
import { JsonFileStore } from '../store/settings-store';

export const STATION_JOURNAL_FILE_NAME = 'station.json';

const deviceId = z.string().regex(/^[0-9a-f]{24}$/);

const pendingSchema = z.object({
  runId: z.string().min(1).max(64),
  startedAt: z.iso.datetime(),
  deviceId,
  deviceSsid: z.string().max(64).nullable(),
  targetSsid: z.string().max(64).nullable(),
  connectAcceptedAt: z.number(),
  phases: runRecordSchema.shape.phases,
  label: deviceId.nullable(),
  confirmIdentity: z.boolean(),
  /** Who the device was to belong to (username or customer email): resumed only for the same. */
  owner: z.string().max(254),
  /** The record's identity fields, for an "interrupted" record when it cannot be resumed. */
  note: runRecordSchema
    .pick({
      id: true,
      startedAt: true,
      station: true,
      operator: true,
      mode: true,
      product: true,
      deviceId: true,
      ssid: true,
      customerEmail: true,
    })
    .extend({ phase: runRecordSchema.shape.phases.element.shape.phase }),
});
export type PendingUnit = z.infer<typeof pendingSchema>;

const finishedSchema = z.object({
  runId: z.string().min(1).max(64),
  deviceId: deviceId.nullable(),
  passed: z.boolean(),
});

const journalSchema = z.object({
  version: z.literal(1).default(1),
  /** When the current shift began: the tally counts from here. */
  shiftStartedAt: z.iso.datetime().nullable().default(null),
  /** Photon-… networks this shift finished, by SSID. */
  finished: z.record(z.string(), finishedSchema).default({}),
  /** Which device answered on which Photon-… network (learned on its trip). */
  known: z.record(z.string(), deviceId).default({}),
  pending: z.array(pendingSchema).default([]),
});
type JournalData = z.output<typeof journalSchema>;

export class StationJournal {
  private data: JournalData;
  /** Set when the file could not be read and was put aside. */
  readonly warning: string | null;

  private readonly file: JsonFileStore<typeof journalSchema>;

  constructor(path: string, now: () => Date = () => new Date()) {
    this.file = new JsonFileStore(path, journalSchema, {
      now,
      damaged: (aside) =>
        `The station's journal could not be read and was kept as ${aside}; the tally still comes from the history.`,
    });
    const loaded = this.file.load();
    this.data = loaded.value;
    this.warning = loaded.warning;
  }

  get shiftStartedAt(): string | null {
    return this.data.shiftStartedAt;
  }

  get pending(): readonly PendingUnit[] {
    return this.data.pending;
  }

  finishedOn(ssid: string): z.infer<typeof finishedSchema> | undefined {
    return this.data.finished[ssid];
  }

  knownOn(ssid: string): string | undefined {
    return this.data.known[ssid];
  }

  /** How many finished units failed (what "Retry failed" would re-queue). */
  get failedCount(): number {
    return Object.values(this.data.finished).filter((entry) => !entry.passed).length;
  }

  /** Begins a shift now unless one is running; returns its start. */
  ensureShift(now: Date): string {
    if (this.data.shiftStartedAt === null) this.update({ shiftStartedAt: now.toISOString() });
    return this.data.shiftStartedAt!;
  }

  /** A new shift: the tally starts over, finished networks may be set up again. */
  newShift(now: Date): void {
    this.update({ shiftStartedAt: now.toISOString(), finished: {}, known: {} });
  }

  addPending(unit: PendingUnit): void {
    this.update({
      pending: [...this.data.pending.filter((entry) => entry.runId !== unit.runId), unit],
    });
  }

  removePending(runId: string): void {
    if (!this.data.pending.some((entry) => entry.runId === runId)) return;
    this.update({ pending: this.data.pending.filter((entry) => entry.runId !== runId) });
  }

  finish(ssid: string, entry: z.infer<typeof finishedSchema>): void {
    this.update({ finished: { ...this.data.finished, [ssid]: entry } });
  }

  know(ssid: string, id: string): void {
    if (this.data.known[ssid] === id) return;
    this.update({ known: { ...this.data.known, [ssid]: id } });
  }

  /** Forgets the failed units' networks, so each is set up again when it shows up; returns how many. */
  retryFailed(): number {
    const kept = Object.entries(this.data.finished).filter(([, entry]) => entry.passed);
    const count = Object.keys(this.data.finished).length - kept.length;
    if (count > 0) this.update({ finished: Object.fromEntries(kept) });
    return count;
  }

  private update(patch: Partial<JournalData>): void {
    this.data = this.file.save({ ...this.data, ...patch });
  }
}
