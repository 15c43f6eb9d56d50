import { useEffect, useState } from 'react';
import { PHASE_LABELS } from '../../shared/phases';
import type { StationState } from '../../shared/station';
import { useT } from '../i18n/use-t';

/** A result stays on the tile this long, then the tile goes back to the unit in progress. */
const RESULT_HOLD_MS = 10_000;

export type TileMode = 'pass' | 'fail' | 'running' | 'waiting';

function modeOf(station: StationState, now: number): TileMode {
  const last = station.last;
  if (last !== null && last.endedAt !== null && now - Date.parse(last.endedAt) < RESULT_HOLD_MS)
    return last.passed === true ? 'pass' : 'fail';
  if (station.current !== null) return 'running';
  return 'waiting';
}

/** The result readable from a metre away: PASS or FAIL in full colour, the id, the reason. */
export function StationTile({ station }: { station: StationState }) {
  const t = useT();
  // A clock that ticks each second, so a held result gives way to the next unit by itself.
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(timer);
  }, []);
  const mode = modeOf(station, now);
  const last = station.last;
  const current = station.current;
  return (
    <section
      className={`station-tile station-tile-${mode}`}
      data-testid="station-tile"
      data-mode={mode}
      role="status"
      aria-live="polite"
    >
      {(mode === 'pass' || mode === 'fail') && last !== null && (
        <>
          <p className="station-verdict">
            {mode === 'pass' ? t('station.ui.pass') : t('station.ui.fail')}
          </p>
          <p className="station-device-id" data-testid="station-tile-device">
            {last.deviceId ?? t('station.ui.tile.unknown-device')}
          </p>
          <p className="station-reason">
            {last.title !== null && (
              <strong>{t('station.ui.tile.heading', { title: last.title })}</strong>
            )}{' '}
            {mode === 'fail' && last.sentence !== null ? t.msg(last.sentence) : null}
          </p>
        </>
      )}
      {mode === 'running' && current !== null && (
        <>
          <p className="station-tile-eyebrow">{t('station.ui.tile.setting-up')}</p>
          <p className="station-device-id">{current.deviceSsid ?? t('station.ui.a-photon')}</p>
          <p className="station-reason">
            <strong>{t('station.ui.tile.heading', { title: PHASE_LABELS[current.phase] })}</strong>{' '}
            {current.detail === null ? null : t.msg(current.detail)}
          </p>
          {current.label !== null && (
            <p className="station-tile-note">
              {t('station.ui.tile.label', { label: current.label })}
            </p>
          )}
        </>
      )}
      {mode === 'waiting' && (
        <>
          <p className="station-tile-eyebrow">
            {station.status === 'running'
              ? t('station.ui.tile.ready')
              : t('station.ui.tile.stopped')}
          </p>
          <p className="station-waiting">
            {station.waitingFor === 'label'
              ? t('station.ui.tile.scan-label')
              : t('station.ui.tile.next-photon')}
          </p>
          <p className="station-reason">
            {station.waitingFor === 'label'
              ? t('station.ui.tile.scanner-hint')
              : t.msg(station.activity)}
          </p>
        </>
      )}
    </section>
  );
}
