// The data folder must take a write before the core says it is ready: otherwise the window
// opens "ready" and every action then fails with an internal problem nobody can act on.
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { OperatorError } from '../runtime';

const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  ENOTDIR: 'part of that path is a file, not a folder',
  EEXIST: 'a file of that name is in the way',
};

/** Creates the folder if needed and proves a file can be written there; else one sentence. */
export function assertWritableDataDir(dir: string): void {
  const probe = join(dir, `.write-check-${randomBytes(4).toString('hex')}`);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(probe, '', { mode: 0o600 });
    rmSync(probe, { force: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new OperatorError(
      `Photon Setup cannot write to its data folder ${dir} (${REASONS[code] ?? 'it cannot be written'}). Fix the folder's permissions or start Photon Setup with another data folder.`,
      'data-dir-unwritable',
    );
  }
}
