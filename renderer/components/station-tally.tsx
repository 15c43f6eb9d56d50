import { m, type Message } from '../../shared/i18n';
import type { StationState } from '../../shared/station';
import { useT } from '../i18n/use-t';

/** Hours, minutes and seconds of a moment, as the window's language writes a time. */
const CLOCK: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', second: '2-digit' };

/** The shift so far, from the audit log: it survives reloads and restarts. */
export function StationTally({ station }: { station: StationState }) {
  const t = useT();
  const { tally, recent } = station;
  const rounded = (value: number | null): string =>
    value === null ? '—' : t.number(Math.round(value));
  const figures: Array<[Message, string, string]> = [
    [m('station.ui.tally.done'), t.number(tally.done), 'done'],
    [m('station.ui.tally.passed'), t.number(tally.passed), 'passed'],
    [m('station.ui.tally.failed'), t.number(tally.failed), 'failed'],
    [m('station.ui.tally.pace'), rounded(tally.medianSeconds), 'pace'],
    [m('station.ui.tally.rate'), rounded(tally.devicesPerHour), 'rate'],
  ];
  return (
    <section className="station-tally" aria-labelledby="station-tally-title">
      <h3 id="station-tally-title">
        {t('station.ui.tally.title')}{' '}
        <span className="muted small">
          {t('station.ui.tally.since', { time: t.dateTime(tally.since, CLOCK) })}
        </span>
      </h3>
      <dl className="station-figures" data-testid="station-tally">
        {figures.map(([label, value, key]) => (
          <div key={key} className={`station-figure station-figure-${key}`}>
            <dt>{t.msg(label)}</dt>
            <dd data-testid={`tally-${key}`}>{value}</dd>
          </div>
        ))}
      </dl>
      {recent.length > 0 && (
        <ol className="station-recent" aria-label={t('station.ui.tally.recent')}>
          {recent.map((unit) => (
            <li key={unit.runId}>
              <span className={`tag ${unit.passed === true ? 'tag-ok' : 'tag-fail'}`}>
                {unit.passed === true ? t('station.ui.pass') : t('station.ui.fail')}
              </span>
              <span className="mono small">{unit.deviceId ?? '—'}</span>
              {unit.title !== null && <span className="small">{t.msg(unit.title)}</span>}
              <span className="muted small">
                {unit.endedAt === null ? '' : t.dateTime(unit.endedAt, CLOCK)}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
