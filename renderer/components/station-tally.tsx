import type { StationState } from '../../shared/station';

const time = (iso: string): string =>
  new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** The shift so far, from the audit log: it survives reloads and restarts. */
export function StationTally({ station }: { station: StationState }) {
  const { tally, recent } = station;
  const figures: Array<[string, string, string]> = [
    ['Done', String(tally.done), 'done'],
    ['Passed', String(tally.passed), 'passed'],
    ['Failed', String(tally.failed), 'failed'],
    ['Median s / unit', tally.medianSeconds === null ? '—' : String(Math.round(tally.medianSeconds)), 'pace'],
    ['Per hour', tally.devicesPerHour === null ? '—' : String(Math.round(tally.devicesPerHour)), 'rate'],
  ];
  return (
    <section className="station-tally" aria-labelledby="station-tally-title">
      <h3 id="station-tally-title">
        This shift <span className="muted small">since {time(tally.since)}</span>
      </h3>
      <dl className="station-figures" data-testid="station-tally">
        {figures.map(([label, value, key]) => (
          <div key={key} className={`station-figure station-figure-${key}`}>
            <dt>{label}</dt>
            <dd data-testid={`tally-${key}`}>{value}</dd>
          </div>
        ))}
      </dl>
      {recent.length > 0 && (
        <ol className="station-recent" aria-label="Last units">
          {recent.map((unit) => (
            <li key={unit.runId}>
              <span className={`tag ${unit.passed === true ? 'tag-ok' : 'tag-fail'}`}>
                {unit.passed === true ? 'PASS' : 'FAIL'}
              </span>
              <span className="mono small">{unit.deviceId ?? '—'}</span>
              <span className="small">{unit.title}</span>
              <span className="muted small">{unit.endedAt === null ? '' : time(unit.endedAt)}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
