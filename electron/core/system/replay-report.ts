// What start-up did with a restore journal an earlier process left, in the operator's words: the
// readiness panel shows it and the command line prints it, so a restore is never silent.
import { m, type Message } from '../../../shared/i18n';
import type { ReadinessItem } from '../../../shared/contract';
import type { ReplayResult } from '../wifi';

export function replayItem(replay: ReplayResult | null): ReadinessItem | null {
  if (replay === null) return null;
  const label = m('system.replay.label');
  const run = (kind: 'restored' | 'cleaned' | 'deferred'): Message | string => {
    const entry = replay.kind === kind ? replay.entry : null;
    const photon = entry?.temp?.ssid;
    return photon === undefined ? m('system.replay.a-photon') : photon;
  };
  switch (replay.kind) {
    case 'none':
      return null;
    case 'corrupt':
      return {
        id: 'wifi-replay',
        label,
        status: 'warn',
        detail: m('system.replay.corrupt'),
        fix: m('system.replay.corrupt.fix'),
      };
    case 'deferred':
      return {
        id: 'wifi-replay',
        label,
        status: 'warn',
        detail: m('system.replay.deferred', { photon: run('deferred') }),
      };
    case 'cleaned':
      return {
        id: 'wifi-replay',
        label,
        status: 'ok',
        detail: m('system.replay.cleaned', { photon: run('cleaned') }),
      };
    case 'restored':
      return replay.report.ok
        ? {
            id: 'wifi-replay',
            label,
            status: 'ok',
            detail:
              replay.report.network === null
                ? m('system.replay.restored', { photon: run('restored') })
                : m('system.replay.restored.named', {
                    photon: run('restored'),
                    network: replay.report.network,
                  }),
          }
        : {
            id: 'wifi-replay',
            label,
            status: 'fail',
            detail: m('system.replay.failed', { photon: run('restored') }),
            fix: replay.report.error.text,
          };
  }
}

/** The same news as one sentence or two for a terminal; null when there is none. */
export function replayLine(replay: ReplayResult | null): Message[] | null {
  const item = replayItem(replay);
  if (item === null) return null;
  return item.fix === undefined ? [item.detail] : [item.detail, item.fix];
}
