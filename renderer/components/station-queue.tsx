import { PHASE_LABELS } from '../../shared/phases';
import type { StationState, StationUnit } from '../../shared/station';

const stageWords: Record<StationUnit['stage'], string> = {
  trip: 'On its trip',
  verifying: 'Checking with the cloud',
  confirming: 'Waiting for your answer',
  done: 'Done',
};

function UnitLine({ unit }: { unit: StationUnit }) {
  return (
    <li className="station-unit">
      <span className="station-unit-name">
        <span className="mono">{unit.deviceId ?? unit.deviceSsid ?? 'a Photon'}</span>
        {unit.deviceId !== null && unit.deviceSsid !== null && (
          <span className="muted small"> · {unit.deviceSsid}</span>
        )}
      </span>
      <span className="station-unit-stage">
        {stageWords[unit.stage]} — {PHASE_LABELS[unit.phase]}
      </span>
      {unit.detail !== null && <span className="station-unit-detail">{unit.detail}</span>}
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
  return (
    <div className="station-queue">
      <section aria-labelledby="station-now">
        <h3 id="station-now">Now</h3>
        {station.current === null ? (
          <p className="muted small">{station.activity}</p>
        ) : (
          <ul className="station-units">
            <UnitLine unit={station.current} />
          </ul>
        )}
      </section>
      <section aria-labelledby="station-checking">
        <h3 id="station-checking">Being checked ({station.verifying.length})</h3>
        {station.verifying.length === 0 ? (
          <p className="muted small">None.</p>
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
          <h3 id="station-attention">Needs you ({station.attention.length})</h3>
          {station.retryable > 0 && (
            <button type="button" className="button-secondary" onClick={onRetry} disabled={busy}>
              Retry failed ({station.retryable})
            </button>
          )}
        </div>
        {station.attention.length === 0 ? (
          <p className="muted small">Nothing.</p>
        ) : (
          <ul className="station-units" data-testid="station-attention">
            {station.attention.map((unit) => (
              <li key={unit.runId} className="station-unit station-unit-failed">
                <span className="station-unit-name mono">{unit.deviceId ?? unit.deviceSsid}</span>
                <span className="station-unit-stage">{unit.title}</span>
                {unit.sentence !== null && (
                  <span className="station-unit-detail">{unit.sentence}</span>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
