import { m, type Message } from '../../shared/i18n';
import { PHASE_LABELS } from '../../shared/phases';
import type { StationState, StationUnit } from '../../shared/station';
import { useT } from '../i18n/use-t';

const stageWords: Record<StationUnit['stage'], Message> = {
  trip: m('station.ui.stage.trip'),
  verifying: m('station.ui.stage.verifying'),
  confirming: m('station.ui.stage.confirming'),
  done: m('station.ui.stage.done'),
};

function UnitLine({ unit }: { unit: StationUnit }) {
  const t = useT();
  return (
    <li className="station-unit">
      <span className="station-unit-name">
        <span className="mono">{unit.deviceId ?? unit.deviceSsid ?? t('station.ui.a-photon')}</span>
        {unit.deviceId !== null && unit.deviceSsid !== null && (
          <span className="muted small"> · {unit.deviceSsid}</span>
        )}
      </span>
      <span className="station-unit-stage">
        {t.msg(stageWords[unit.stage])} — {t.msg(PHASE_LABELS[unit.phase])}
      </span>
      {unit.detail !== null && <span className="station-unit-detail">{t.msg(unit.detail)}</span>}
    </li>
  );
}

/** Every unit's step: the one on its trip, the ones being checked, the ones needing you. */
export function StationQueue({
  station,
  onRetry,
  busy,
}: {
  station: StationState;
  onRetry(): void;
  busy: boolean;
}) {
  const t = useT();
  return (
    <div className="station-queue">
      <section aria-labelledby="station-now">
        <h3 id="station-now">{t('station.ui.queue.now')}</h3>
        {station.current === null ? (
          <p className="muted small">{t.msg(station.activity)}</p>
        ) : (
          <ul className="station-units">
            <UnitLine unit={station.current} />
          </ul>
        )}
      </section>
      <section aria-labelledby="station-checking">
        <h3 id="station-checking">
          {t('station.ui.queue.checking', { count: station.verifying.length })}
        </h3>
        {station.verifying.length === 0 ? (
          <p className="muted small">{t('station.ui.queue.none')}</p>
        ) : (
          <ul className="station-units" data-testid="station-verifying">
            {station.verifying.map((unit) => (
              <UnitLine key={unit.runId} unit={unit} />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="station-attention">
        <div className="station-attention-heading">
          <h3 id="station-attention">
            {t('station.ui.queue.attention', { count: station.attention.length })}
          </h3>
          {station.retryable > 0 && (
            <button type="button" className="button-secondary" onClick={onRetry} disabled={busy}>
              {t('station.ui.queue.retry', { count: station.retryable })}
            </button>
          )}
        </div>
        {station.attention.length === 0 ? (
          <p className="muted small">{t('station.ui.queue.nothing')}</p>
        ) : (
          <ul className="station-units" data-testid="station-attention">
            {station.attention.map((unit) => (
              <li key={unit.runId} className="station-unit station-unit-failed">
                <span className="station-unit-name mono">{unit.deviceId ?? unit.deviceSsid}</span>
                {unit.title !== null && (
                  <span className="station-unit-stage">{t.msg(unit.title)}</span>
                )}
                {unit.sentence !== null && (
                  <span className="station-unit-detail">{t.msg(unit.sentence)}</span>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
