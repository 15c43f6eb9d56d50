// A file is either its old content or its new content, never half of each: write a temporary
// sibling, fsync it, rename it over the target, then fsync the directory so the rename survives.
// A process killed between the open and the rename leaves its temporary behind; the core sweeps
// stale ones from its data folder when it starts (removeStaleTemporaries).
import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/** `.settings.json.<12 hex>.tmp`: the only names writeFileAtomic gives its temporaries. */
const TEMPORARY_NAME = /^\..+\.[0-9a-f]{12}\.tmp$/;
/**
 * A temporary younger than this may belong to a write in progress in another process (the CLI
 * and the app can share a folder); a write takes milliseconds, so older ones are leftovers.
 */
const STALE_TEMPORARY_MS = 60_000;

export function writeFileAtomic(path: string, data: string | Uint8Array, mode = 0o600): void {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  const temporary = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const fd = openSync(temporary, 'wx', mode);
  try {
    writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(temporary, { force: true });
    throw error;
  }
  closeSync(fd);
  try {
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  syncDirectory(dir);
}

/** Removes writeFileAtomic's leftovers in dir older than STALE_TEMPORARY_MS; returns how many. */
export function removeStaleTemporaries(dir: string, now = Date.now()): number {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 0; // no folder yet: nothing was ever written
  }
  let removed = 0;
  for (const name of names) {
    if (!TEMPORARY_NAME.test(name)) continue;
    const path = join(dir, name);
    try {
      const stat = statSync(path);
      if (!stat.isFile() || now - stat.mtimeMs < STALE_TEMPORARY_MS) continue;
      rmSync(path, { force: true });
      removed++;
    } catch {
      // gone already (another process swept it): fine
    }
  }
  return removed;
}

function syncDirectory(dir: string): void {
  // Windows cannot open a directory for fsync; there the rename is already durable enough.
  if (process.platform === 'win32') return;
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
