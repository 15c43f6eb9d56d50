// Poller 2: watch the host's scan for the device's own setup network. A Photon that could not
// join the network it was given goes back to listening mode and offers it again.
import type { Clock } from '../../runtime';
import type { ApVisible } from '../ap-visibility';
import type { Verdict } from './verdicts';

export interface ApWatchArgs {
  apVisible: ApVisible;
  ssid: string;
  /** When verify began: a sighting this long after it counts even if no scan saw the AP gone. */
  startedAt: number;
  intervalMs: number;
  staleGraceMs: number;
  clock: Clock;
  signal: AbortSignal;
}

/** Resolves when the AP is back; otherwise scans until the signal aborts. */
export async function watchDeviceAp(args: ApWatchArgs): Promise<Verdict> {
  const { clock, signal } = args;
  let gone = false;
  for (;;) {
    await clock.sleep(args.intervalMs, signal);
    // A failed scan says nothing either way.
    const visible = await args.apVisible(args.ssid, signal).catch(() => null);
    if (signal.aborted) continue;
    if (visible === false) gone = true;
    // Shortly after rejoining, a host's scan cache may still list the AP it just left.
    if (visible === true && (gone || clock.now() - args.startedAt >= args.staleGraceMs))
      return { kind: 'ap-reappeared' };
  }
}
