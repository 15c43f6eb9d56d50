// The restore journal (wifi.md §3c): written atomically before the computer leaves its network,
// removed once it is back, and looked at on the next start if a crash left it behind. It names
// its owner (pid and process start, for the record: the data-dir lock is what says the owner is
// gone) and the run it belonged to, so a start-up can write the interrupted run into the history.
import { readFile, rm } from 'node:fs/promises';
import { z } from 'zod';
import { runPhaseSchema, runRecordSchema } from '../../../shared/audit';
import { DEFAULT_SOFTAP_PREFIX } from '../../../shared/softap-prefix';
import { writeFileAtomic } from '../store/atomic-write';
import type { NetworkRef, TempJoin } from './types';

export const JOURNAL_FILE_NAME = 'wifi-restore.json';

const networkRef = z.object({
  iface: z.string(),
  ssid: z.string().optional(),
  nmUuid: z.string().optional(),
  winProfile: z.string().optional(),
});

const tempJoin = z.object({
  iface: z.string(),
  ssid: z.string(),
  nmUuid: z.string().optional(),
  profileName: z.string().optional(),
});

const ownerSchema = z.object({ pid: z.number().int().positive(), startedAt: z.string() });
export type JournalOwner = z.infer<typeof ownerSchema>;

/** When this process started: with the pid, what tells it from a later process with the same pid. */
const PROCESS_STARTED_AT = new Date(Date.now() - Math.round(process.uptime() * 1000)).toISOString();

export const currentOwner = (): JournalOwner => ({
  pid: process.pid,
  startedAt: PROCESS_STARTED_AT,
});

/** The run a trip belongs to: what an "interrupted" history record needs. */
const runNoteSchema = runRecordSchema
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
  .extend({ phase: runPhaseSchema });
export type JournalRunNote = z.infer<typeof runNoteSchema>;

const v1Schema = z.object({
  version: z.literal(1),
  platform: z.string(),
  iface: z.string(),
  previous: networkRef.nullable(),
  temp: tempJoin.nullable(),
  startedAt: z.string(),
});

const v2Schema = v1Schema.extend({
  version: z.literal(2),
  owner: ownerSchema,
  homeAddresses: z.array(z.string()),
  savedBefore: z.array(tempJoin).nullable(),
  prefix: z.string(),
  run: runNoteSchema.nullable(),
});

export interface JournalEntry {
  version: 2;
  platform: string;
  iface: string;
  previous: NetworkRef | null;
  /** The Photon network: its name before the join, its profile ids after. */
  temp: TempJoin | null;
  startedAt: string;
  /** null: written by a version that did not say (treated as gone). */
  owner: JournalOwner | null;
  homeAddresses: string[];
  savedBefore: TempJoin[] | null;
  prefix: string;
  run: JournalRunNote | null;
}

/** A journal from before owners were recorded reads as one whose owner is unknown. */
function upgrade(raw: unknown): JournalEntry | null {
  const v2 = v2Schema.safeParse(raw);
  if (v2.success) return v2.data;
  const v1 = v1Schema.safeParse(raw);
  if (!v1.success) return null;
  return {
    ...v1.data,
    version: 2,
    owner: null,
    homeAddresses: [],
    savedBefore: null,
    prefix: DEFAULT_SOFTAP_PREFIX,
    run: null,
  };
}

export type JournalRead =
  { kind: 'none' } | { kind: 'entry'; entry: JournalEntry } | { kind: 'corrupt' };

export class RestoreJournal {
  constructor(readonly path: string) {}

  /** Atomically (writeFileAtomic): a crash mid-write never leaves half a journal. */
  async write(entry: JournalEntry): Promise<void> {
    writeFileAtomic(this.path, `${JSON.stringify(entry, null, 2)}\n`);
  }

  async read(): Promise<JournalRead> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'none' };
      throw error;
    }
    try {
      const entry = upgrade(JSON.parse(text));
      return entry === null ? { kind: 'corrupt' } : { kind: 'entry', entry };
    } catch {
      return { kind: 'corrupt' };
    }
  }

  /** Whether the file still holds this very entry (same owner, same run), not a later trip's. */
  async holds(entry: JournalEntry): Promise<boolean> {
    const read = await this.read().catch(() => null);
    return (
      read?.kind === 'entry' &&
      JSON.stringify(read.entry.owner) === JSON.stringify(entry.owner) &&
      read.entry.run?.id === entry.run?.id
    );
  }

  async remove(): Promise<void> {
    await rm(this.path, { force: true });
  }
}
