// The restore journal (wifi.md §3c): written atomically before the computer leaves its network,
// removed once it is back, and replayed at start-up if a crash left it behind.
import { readFile, rm } from 'node:fs/promises';
import { z } from 'zod';
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

const entrySchema = z.object({
  version: z.literal(1),
  platform: z.string(),
  iface: z.string(),
  previous: networkRef.nullable(),
  temp: tempJoin.nullable(),
  startedAt: z.string(),
});

export interface JournalEntry {
  version: 1;
  platform: string;
  iface: string;
  previous: NetworkRef | null;
  /** The Photon network: its name before the join, its profile ids after. */
  temp: TempJoin | null;
  startedAt: string;
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
      const parsed = entrySchema.safeParse(JSON.parse(text));
      return parsed.success ? { kind: 'entry', entry: parsed.data } : { kind: 'corrupt' };
    } catch {
      return { kind: 'corrupt' };
    }
  }

  async remove(): Promise<void> {
    await rm(this.path, { force: true });
  }
}
