// What start-up did with a restore journal an earlier process left, in the operator's words: the
// readiness panel shows it and the command line prints it, so a restore is never silent.
import type { ReadinessItem } from '../../../shared/contract';
import type { ReplayResult } from '../wifi';

export function replayItem(replay: ReplayResult | null): ReadinessItem | null {
  if (replay === null) return null;
  const label = 'Earlier session';
  const run = (kind: 'restored' | 'cleaned'): string => {
    const entry = replay.kind === kind ? replay.entry : null;
    const photon = entry?.temp?.ssid;
    return photon === undefined ? 'a Photon' : photon;
  };
  switch (replay.kind) {
    case 'none':
      return null;
    case 'corrupt':
      return {
        id: 'wifi-replay',
        label,
        status: 'warn',
        detail:
          'A damaged Wi-Fi restore note from an earlier session was removed; nothing was changed.',
        fix: 'If this computer is not on its usual Wi-Fi, join it from the system Wi-Fi menu.',
      };
    case 'owned':
      return {
        id: 'wifi-replay',
        label,
        status: 'warn',
        detail: 'Another Photon Setup still owns an unfinished Wi-Fi trip; it was left alone.',
      };
    case 'cleaned':
      return {
        id: 'wifi-replay',
        label,
        status: 'ok',
        detail: `Photon Setup stopped during an earlier setup (on ${run('cleaned')}). This computer was already back on its own network, so only the temporary Photon network was removed; the run is in History as interrupted.`,
      };
    case 'restored':
      return replay.report.ok
        ? {
            id: 'wifi-replay',
            label,
            status: 'ok',
            detail: `Photon Setup stopped while this computer was on ${run('restored')}; at this start it put the Wi-Fi back${replay.report.network === null ? '' : ` on ${replay.report.network}`}. The run is in History as interrupted.`,
          }
        : {
            id: 'wifi-replay',
            label,
            status: 'fail',
            detail: `Photon Setup stopped while this computer was on ${run('restored')}, and could not put the Wi-Fi back.`,
            fix: replay.report.error.message,
          };
  }
}

/** The same news as one line for a terminal; null when there is none. */
export function replayLine(replay: ReplayResult | null): string | null {
  const item = replayItem(replay);
  if (item === null) return null;
  return item.fix === undefined ? item.detail : `${item.detail} ${item.fix}`;
}
