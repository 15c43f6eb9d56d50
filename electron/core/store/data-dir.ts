// The data folder must take a write before the core says it is ready: otherwise the window
// opens "ready" and every action then fails with an internal problem nobody can act on.
import { m, type Message } from '../../../shared/i18n';
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { OperatorError } from '../runtime';

const REASONS: Record<string, Message> = {
  EACCES: m('core.data-dir.reason.denied'),
  EPERM: m('core.data-dir.reason.denied'),
  EROFS: m('core.data-dir.reason.read-only'),
  ENOSPC: m('core.data-dir.reason.full'),
  EDQUOT: m('core.data-dir.reason.quota'),
  ENOTDIR: m('core.data-dir.reason.not-a-folder'),
  EEXIST: m('core.data-dir.reason.in-the-way'),
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
      m('core.data-dir.unwritable', {
        dir,
        reason: REASONS[code] ?? m('core.data-dir.reason.other'),
      }),
      'data-dir-unwritable',
    );
  }
}
