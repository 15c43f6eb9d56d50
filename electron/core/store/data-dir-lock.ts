// One live core per data folder (desktop, web host and CLI alike): two would share one restore
// journal and one Wi-Fi radio, and the second would pull the first off its Photon. The lock is a
// file created exclusively, naming its owner; the owner touches it while it lives, so a lock
// whose process is gone, or whose heartbeat stopped, is taken over instead of blocking forever.
import { lockHolderWords } from './lock-holder';
import { m } from '../../../shared/i18n';
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeSync,
} from 'node:fs';
import { hostname, uptime } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { OperatorError } from '../runtime';

export const DATA_DIR_LOCK_FILE = 'photon-setup.lock';
/** How often the owner shows it is alive. */
const LOCK_HEARTBEAT_MS = 10_000;
/**
 * No heartbeat for this long: the owner hangs, its pid now belongs to another program, or (on
 * a shared folder) its machine is gone. Long enough that a laptop waking from sleep or an app
 * napping in the background never loses a lock it still holds.
 */
const LOCK_STALE_MS = 10 * 60_000;
/** A lock younger than this that cannot be read is still being written. */
const LOCK_WRITE_GRACE_MS = 2_000;

const lockSchema = z.object({
  pid: z.number().int().positive(),
  startedAt: z.string().refine((at) => !Number.isNaN(Date.parse(at))),
  host: z.string(),
  token: z.string(),
  /** The machine: a pid means nothing on another one (a shared or roaming folder). */
  hostname: z.string().optional(),
});
export type LockOwner = z.infer<typeof lockSchema>;

export class DataDirBusyError extends OperatorError {
  constructor(
    readonly dir: string,
    readonly owner: LockOwner | null,
  ) {
    super(
      owner === null
        ? m('core.data-dir.busy', { dir })
        : m('core.data-dir.busy.named', {
            dir,
            host: lockHolderWords(owner.host),
            pid: String(owner.pid),
            startedAt: Date.parse(owner.startedAt),
          }),
      'data-dir-busy',
    );
    this.name = 'DataDirBusyError';
  }
}

export interface DataDirLock {
  readonly path: string;
  /** The owner of a stale lock this one replaced (it crashed or hung), or null. */
  readonly replaced: LockOwner | null;
  release(): void;
}

export interface LockOptions {
  /** Who takes it: "desktop app", "web host", "command line". */
  host: string;
  now?: () => number;
  isAlive?: (pid: number) => boolean;
  heartbeatMs?: number;
  /** This machine's name and when it booted (for tests; the OS's otherwise). */
  machine?: { hostname: string; bootedAt: number };
  /** Someone replaced this lock while it was held (a clock jump, a shared folder): say so. */
  onLost?: () => void;
}

function pidAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

type Existing =
  | { kind: 'gone' }
  | { kind: 'live'; owner: LockOwner | null }
  | { kind: 'stale'; raw: string; owner: LockOwner | null };

function inspect(
  path: string,
  now: number,
  isAlive: (pid: number) => boolean,
  machine: { hostname: string; bootedAt: number },
): Existing {
  let raw: string;
  let age: number;
  try {
    raw = readFileSync(path, 'utf8');
    age = now - statSync(path).mtimeMs;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'gone' };
    throw error;
  }
  let owner: LockOwner | null = null;
  try {
    const parsed = lockSchema.safeParse(JSON.parse(raw));
    owner = parsed.success ? parsed.data : null;
  } catch {
    owner = null;
  }
  if (owner === null)
    return age < LOCK_WRITE_GRACE_MS ? { kind: 'live', owner } : { kind: 'stale', raw, owner };
  const fresh = age < LOCK_STALE_MS;
  const here = owner.hostname === undefined || owner.hostname === machine.hostname;
  if (!here) return fresh ? { kind: 'live', owner } : { kind: 'stale', raw, owner };
  // Written before this machine booted: whatever has that pid now is not its owner.
  if (now - age < machine.bootedAt) return { kind: 'stale', raw, owner };
  return isAlive(owner.pid) && fresh ? { kind: 'live', owner } : { kind: 'stale', raw, owner };
}

/** Takes the data folder or throws DataDirBusyError naming who has it. */
export function acquireDataDirLock(dir: string, options: LockOptions): DataDirLock {
  const now = options.now ?? Date.now;
  const isAlive = options.isAlive ?? pidAlive;
  const machine = options.machine ?? {
    hostname: hostname(),
    bootedAt: Date.now() - Math.round(uptime() * 1000),
  };
  mkdirSync(dir, { recursive: true });
  const path = join(dir, DATA_DIR_LOCK_FILE);
  const mine: LockOwner = {
    pid: process.pid,
    startedAt: new Date(now() - Math.round(process.uptime() * 1000)).toISOString(),
    host: options.host,
    token: randomBytes(8).toString('hex'),
    hostname: machine.hostname,
  };
  const content = `${JSON.stringify(mine)}\n`;
  let replaced: LockOwner | null = null;
  // Twice at most: a stale lock is moved aside, then the exclusive create is tried once more.
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx', 0o600);
      try {
        writeSync(fd, content);
      } finally {
        closeSync(fd);
      }
      return holdLock(
        path,
        mine,
        replaced,
        options.heartbeatMs ?? LOCK_HEARTBEAT_MS,
        options.onLost,
      );
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // Windows: a lock file being deleted, or held open by a scanner, refuses with these.
      if (code === 'EPERM' || code === 'EBUSY') throw new DataDirBusyError(dir, null);
      if (code !== 'EEXIST') throw error;
    }
    const existing = inspect(path, now(), isAlive, machine);
    if (existing.kind === 'live') throw new DataDirBusyError(dir, existing.owner);
    if (existing.kind === 'stale') {
      // Move it aside only if it is still the stale one we looked at: a starter that won the
      // race in between keeps its fresh lock.
      const aside = `${path}.${mine.token}.stale`;
      try {
        if (readFileSync(path, 'utf8') !== existing.raw) continue;
        renameSync(path, aside);
        rmSync(aside, { force: true });
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EPERM' || code === 'EBUSY') throw new DataDirBusyError(dir, existing.owner);
        if (code !== 'ENOENT') throw error;
      }
      replaced = existing.owner;
    }
  }
  // Another starter took it between our two attempts.
  const last = inspect(path, now(), isAlive, machine);
  throw new DataDirBusyError(dir, last.kind === 'gone' ? null : last.owner);
}

/** Every lock this process holds, released by one exit hook. */
const held = new Set<() => void>();
let exitHooked = false;

function holdLock(
  path: string,
  mine: LockOwner,
  replaced: LockOwner | null,
  heartbeatMs: number,
  onLost: (() => void) | undefined,
): DataDirLock {
  const stillMine = (): boolean => {
    try {
      return (
        lockSchema.safeParse(JSON.parse(readFileSync(path, 'utf8'))).data?.token === mine.token
      );
    } catch {
      return false;
    }
  };
  let lost = false;
  const beat = setInterval(() => {
    // Only our own lock is kept alive; one that another process replaced is not touched.
    if (!stillMine()) {
      if (!lost) onLost?.();
      lost = true;
      return;
    }
    try {
      const at = new Date();
      utimesSync(path, at, at);
    } catch {
      // Unwritable: the next start treats it as stale, which is what it is.
    }
  }, heartbeatMs);
  beat.unref();
  let released = false;
  const release = (): void => {
    if (released) return;
    released = true;
    clearInterval(beat);
    held.delete(release);
    if (stillMine()) rmSync(path, { force: true });
  };
  held.add(release);
  if (!exitHooked) {
    exitHooked = true;
    // A process that exits without close() still leaves the folder free (not after kill -9:
    // then the pid check and the heartbeat's age free it).
    process.once('exit', () => [...held].forEach((free) => free()));
  }
  return { path, replaced, release };
}
