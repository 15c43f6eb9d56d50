// Putting the computer back where it was: remove the temporary profile, rejoin the previous
// network by its stable id (or let the OS pick), then confirm. Shared by the session's finally
// and the start-up replay of a journal left by a crash.
import { systemClock, withDeadline, type Clock } from '../runtime';
import { WifiRestoreError } from './errors';
import type { JournalEntry, RestoreJournal } from './journal';
import type { WifiProgressListener } from './progress';
import { ASSOCIATION_POLL_MS, RESTORE_TIMEOUT_MS } from './timeouts';
import type { NetworkRef, TempJoin, WifiBackend } from './types';

export type RestoreReport =
  | {
      ok: true;
      /** The network rejoined, when known. */
      network: string | null;
      /** false when the OS would not say which network it is on now. */
      verified: boolean;
      /** The temporary profile could not be removed (harmless, but worth a note). */
      profileLeft: boolean;
    }
  | { ok: false; error: WifiRestoreError };

export interface RestorePlan {
  iface: string;
  previous: NetworkRef | null;
  temp: TempJoin | null;
}

export interface RestoreOptions {
  timeoutMs?: number | undefined;
  pollMs?: number | undefined;
  clock?: Clock | undefined;
}

const hasStableId = (ref: NetworkRef): boolean =>
  ref.nmUuid !== undefined || ref.winProfile !== undefined || ref.ssid !== undefined;

async function restoreSteps(
  backend: WifiBackend,
  plan: RestorePlan,
  budgetMs: number,
  pollMs: number,
  clock: Clock,
): Promise<RestoreReport> {
  const deadline = clock.now() + budgetMs;
  const remaining = (): number => Math.max(1, deadline - clock.now());
  let profileLeft = false;
  if (plan.temp !== null) {
    try {
      await backend.forget(plan.temp);
    } catch {
      profileLeft = true;
    }
  }
  const previous = plan.previous;
  if (previous !== null && hasStableId(previous)) {
    try {
      await backend.rejoin(previous, { timeoutMs: remaining() });
    } catch {
      // The stored profile may have failed for a moment; the OS's own choice is the next best.
      await backend.letOsReconnect(plan.iface).catch(() => undefined);
    }
  } else {
    await backend.letOsReconnect(plan.iface).catch(() => undefined);
  }
  const network = previous?.ssid ?? null;
  if (previous?.ssid === undefined) return { ok: true, network, verified: false, profileLeft };
  for (;;) {
    const state = await backend
      .isAssociated(plan.iface, previous.ssid)
      .catch(() => 'unknown' as const);
    if (state === 'yes') return { ok: true, network, verified: true, profileLeft };
    if (state === 'unknown') return { ok: true, network, verified: false, profileLeft };
    if (clock.now() + pollMs > deadline) return { ok: false, error: new WifiRestoreError(network) };
    await clock.sleep(pollMs);
  }
}

/** Never throws: a failure comes back as a report with the operator sentence. */
export async function restoreNetwork(
  backend: WifiBackend,
  plan: RestorePlan,
  options: RestoreOptions = {},
): Promise<RestoreReport> {
  const clock = options.clock ?? systemClock;
  const budgetMs = options.timeoutMs ?? RESTORE_TIMEOUT_MS;
  const network = plan.previous?.ssid ?? null;
  try {
    return await withDeadline(
      restoreSteps(backend, plan, budgetMs, options.pollMs ?? ASSOCIATION_POLL_MS, clock),
      budgetMs,
      () => new WifiRestoreError(network),
      undefined,
      clock,
    );
  } catch (error) {
    return {
      ok: false,
      error:
        error instanceof WifiRestoreError ? error : new WifiRestoreError(network, { cause: error }),
    };
  }
}

export type ReplayResult =
  { replayed: false } | { replayed: true; entry: JournalEntry; report: RestoreReport };

/**
 * Start-up: if a previous run crashed while joined, undo it now. The journal is removed only
 * when the restore worked, so a failed replay is tried again next start.
 */
export async function replayRestoreJournal(
  journal: RestoreJournal,
  backend: WifiBackend,
  options: RestoreOptions & { onProgress?: WifiProgressListener } = {},
): Promise<ReplayResult> {
  const read = await journal.read();
  if (read.kind === 'none') return { replayed: false };
  if (read.kind === 'corrupt') {
    // Nothing in it can be trusted to run commands with; drop it rather than fail every start.
    await journal.remove();
    return { replayed: false };
  }
  const { entry } = read;
  options.onProgress?.({
    phase: 'replay',
    message: 'Photon Setup stopped while joined to a Photon; putting the Wi-Fi back as it was.',
    ssid: entry.temp?.ssid,
  });
  const report = await restoreNetwork(backend, entry, options);
  if (report.ok) await journal.remove();
  options.onProgress?.(
    report.ok
      ? { phase: 'restored', message: 'The Wi-Fi is back on its previous network.' }
      : { phase: 'restore-failed', message: report.error.message },
  );
  return { replayed: true, entry, report };
}
