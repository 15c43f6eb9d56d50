// Putting the computer back where it was: remove the temporary profile and any Photon network
// the OS learned during the trip, rejoin the previous network by its stable id (or let the OS
// pick), then confirm — the OS's word first, then the network itself (home-check.ts). Shared by
// the session's finally and the start-up replay of a journal left by a crash.
import { m } from '../../../shared/i18n';
import { systemClock, withDeadline, type Clock } from '../runtime';
import { WifiRestoreError } from './errors';
import {
  checkHome,
  confirmHome,
  HOME_CONFIRM_MS,
  type HomeState,
  type ReachCloud,
} from './home-check';
import type { JournalEntry, JournalRead, RestoreJournal } from './journal';
import type { WifiProgressListener } from './progress';
import { ASSOCIATION_POLL_MS, RESTORE_TIMEOUT_MS } from './timeouts';
import { isPhotonSsid, type SsidRules } from './ssid';
import type { NetProbe, NetworkRef, TempJoin, WifiBackend } from './types';

export type RestoreReport =
  | {
      ok: true;
      /** The network rejoined, when known. */
      network: string | null;
      /** false when the OS would not say which network it is on now. */
      verified: boolean;
      /** The temporary profile could not be removed (harmless, but worth a note). */
      profileLeft: boolean;
      /** What the network itself says; 'unknown' when nothing could check it. */
      home: HomeState | 'never-left';
      /** Photon networks the OS had learned during the trip, now removed from its saved list. */
      removed: string[];
    }
  | { ok: false; error: WifiRestoreError };

/** The host never left its network: nothing was done, nothing needed checking. */
export const NOTHING_TO_RESTORE: RestoreReport = Object.freeze({
  ok: true,
  network: null,
  verified: true,
  profileLeft: false,
  home: 'never-left',
  removed: [],
});

export interface RestorePlan {
  iface: string;
  previous: NetworkRef | null;
  temp: TempJoin | null;
  /** The OS's saved networks before the trip; absent or null when they could not be listed. */
  savedBefore?: TempJoin[] | null | undefined;
  /** What a Photon's network is called here, for telling learned Photons from anything else. */
  photonRules?: SsidRules | undefined;
  /** How to check the network itself after the rejoin; absent: only the OS's word. */
  home?: HomeProbe | undefined;
}

interface HomeProbe {
  net: NetProbe;
  homeAddresses: readonly string[];
  reachCloud?: ReachCloud | undefined;
  probePhoton?: (() => Promise<boolean>) | undefined;
}

export interface RestoreOptions {
  timeoutMs?: number | undefined;
  pollMs?: number | undefined;
  clock?: Clock | undefined;
}

const hasStableId = (ref: NetworkRef): boolean =>
  ref.nmUuid !== undefined || ref.winProfile !== undefined || ref.ssid !== undefined;

const savedKey = (entry: TempJoin): string => entry.profileName ?? entry.ssid;

/**
 * A Photon joined from the system menu stays in the OS's saved list (macOS preferred networks,
 * a Windows profile) and would be joined again while it still broadcasts: remove every Photon
 * network that was not saved before the trip. Never anything else, never one saved before.
 */
async function removeLearnedPhotons(backend: WifiBackend, plan: RestorePlan): Promise<string[]> {
  const before = plan.savedBefore;
  if (before === undefined || before === null || backend.savedNetworks === undefined) return [];
  const after = await backend.savedNetworks(plan.iface).catch(() => null);
  if (after === null) return [];
  const known = new Set(before.map(savedKey));
  const temp = plan.temp === null ? null : savedKey(plan.temp);
  const removed: string[] = [];
  for (const entry of after) {
    const key = savedKey(entry);
    if (known.has(key) || key === temp || !isPhotonSsid(entry.ssid, plan.photonRules)) continue;
    try {
      await backend.forget(entry);
      removed.push(entry.ssid);
    } catch {
      // Left in the list (and then counted as saved before the next trip, so it stays): not
      // worth failing the restore for; the report lists only what was removed.
    }
  }
  return removed;
}

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
  const removed = await removeLearnedPhotons(backend, plan);
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
  let verified = false;
  if (previous?.ssid !== undefined) {
    for (;;) {
      const state = await backend
        .isAssociated(plan.iface, previous.ssid)
        .catch(() => 'unknown' as const);
      if (state === 'yes') verified = true;
      if (state !== 'no') break;
      if (clock.now() + pollMs > deadline)
        return { ok: false, error: new WifiRestoreError(network) };
      await clock.sleep(pollMs);
    }
  }
  const home =
    plan.home === undefined
      ? 'unknown'
      : await confirmHome(
          { ...plan.home, iface: plan.iface },
          Math.min(HOME_CONFIRM_MS, remaining()),
          clock,
        );
  // Whatever the OS said, an address from the Photon means the computer is still there.
  if (home === 'on-photon') return { ok: false, error: new WifiRestoreError(network) };
  return { ok: true, network, verified, profileLeft, home, removed };
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
  | { kind: 'none' }
  /** Unreadable: removed, nothing run from it. */
  | { kind: 'corrupt' }
  /** The host was still on the Photon: restored (or tried to; the report says). */
  | { kind: 'restored'; entry: JournalEntry; report: RestoreReport }
  /** The host was already off the Photon: only what the trip left was removed, no network touched. */
  | { kind: 'cleaned'; entry: JournalEntry; removed: string[] }
  /** Start-up only: another Photon Setup's trip holds the radio; nothing run, the journal kept. */
  | { kind: 'deferred'; entry: JournalEntry };

export interface ReplayOptions extends RestoreOptions {
  onProgress?: WifiProgressListener | undefined;
  net: NetProbe;
  reachCloud?: ReachCloud | undefined;
  /** Whether a Photon answers its setup port from here (see home-check.ts). */
  probePhoton?: (() => Promise<boolean>) | undefined;
}

/**
 * Whether the host is still on the journal's Photon: the OS's word, else the device answering
 * its setup port (else a new 192.168.0.x address, where no probe exists).
 */
async function stillOnPhoton(
  backend: WifiBackend,
  entry: JournalEntry,
  options: Pick<ReplayOptions, 'net' | 'probePhoton'>,
): Promise<boolean> {
  if (entry.temp !== null) {
    const state = await backend
      .isAssociated(entry.iface, entry.temp.ssid)
      .catch(() => 'unknown' as const);
    if (state !== 'unknown') return state === 'yes';
  }
  const state = await checkHome({
    net: options.net,
    iface: entry.iface,
    homeAddresses: entry.homeAddresses,
    probePhoton: options.probePhoton,
  });
  return state === 'on-photon';
}

/**
 * Start-up, when a journal is left: undo only what is still there. The caller holds the data
 * folder's lock (store/data-dir-lock.ts), so the process that wrote the journal is gone by
 * definition — its pid is kept for the record only: after a reboot that number may name any
 * other program. Then a host still on the Photon is put back, a host already home only loses the temporary profile
 * and the Photons it learned (no rejoin, no disconnect — it may be on another network by now),
 * and the journal goes. A failed restore keeps the journal, so the next start tries again.
 */
export async function replayRestoreJournal(
  journal: RestoreJournal,
  backend: WifiBackend,
  options: ReplayOptions,
  /** The journal as the caller already read it (one read decides and acts). */
  alreadyRead?: JournalRead,
): Promise<ReplayResult> {
  const read = alreadyRead ?? (await journal.read());
  if (read.kind === 'none') return { kind: 'none' };
  if (read.kind === 'corrupt') {
    // Nothing in it can be trusted to run commands with; drop it rather than fail every start.
    await journal.remove();
    return { kind: 'corrupt' };
  }
  const { entry } = read;
  const rules = { prefix: entry.prefix };
  const onPhoton = await stillOnPhoton(backend, entry, options);
  if (!onPhoton) {
    if (entry.temp !== null) await backend.forget(entry.temp).catch(() => undefined);
    const removed = await removeLearnedPhotons(backend, {
      iface: entry.iface,
      previous: null,
      temp: entry.temp,
      savedBefore: entry.savedBefore,
      photonRules: rules,
    });
    await journal.remove();
    options.onProgress?.({
      phase: 'replay',
      message: m('wifi.replay.cleaned'),
    });
    return { kind: 'cleaned', entry, removed };
  }
  options.onProgress?.({
    phase: 'replay',
    message: m('wifi.replay.restoring'),
    ssid: entry.temp?.ssid,
  });
  const report = await restoreNetwork(
    backend,
    {
      ...entry,
      photonRules: rules,
      home: {
        net: options.net,
        homeAddresses: entry.homeAddresses,
        reachCloud: options.reachCloud,
        probePhoton: options.probePhoton,
      },
    },
    options,
  );
  if (report.ok) await journal.remove();
  options.onProgress?.(
    report.ok
      ? { phase: 'restored', message: m('wifi.replay.restored') }
      : { phase: 'restore-failed', message: report.error.text },
  );
  return { kind: 'restored', entry, report };
}
