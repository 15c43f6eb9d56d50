import { useState, type FormEvent } from 'react';
import type { RunRecord } from '../../shared/audit';
import { m, type Message } from '../../shared/i18n';
import { FIELD_LIMITS } from '../../shared/limits';
import { OUTCOME_TITLES, type OutcomeKind } from '../../shared/outcome';
import { tallyOf } from '../../shared/station';
import type { Bridge } from '../bridge';
import { useT } from '../i18n/use-t';
import { saveFile } from '../save-file';
import { sentence } from '../store/requests';
import { FormError, TextField } from './fields';

/** yyyy-mm-dd of a day on this computer's calendar. */
const dayOf = (date: Date): string =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

/** Local midnight at the start of that day, and of the day after, as ISO times. */
function rangeOf(from: string, to: string): { from: string; to: string } {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return {
    from: new Date(fy, fm - 1, fd).toISOString(),
    to: new Date(ty, tm - 1, td + 1).toISOString(),
  };
}

interface Report {
  records: RunRecord[];
  from: string;
}

/**
 * The shift report: the history for a date range, station and operator, with totals, as CSV
 * (with a byte-order mark, so spreadsheets show every name) or printed. The CSV is the core's,
 * in English whatever the window's language (stable columns and codes for scripts); what the
 * report shows on screen is translated.
 */
export function StationReport({ bridge, station }: { bridge: Bridge; station: string }) {
  const t = useT();
  const today = dayOf(new Date());
  const [from, setFrom] = useState(today);
  const [to, setTo] = useState(today);
  const [stationName, setStationName] = useState(station);
  const [operator, setOperator] = useState('');
  const [report, setReport] = useState<Report | null>(null);
  // A Message, not words: it follows a change of language like the rest of the screen.
  const [error, setError] = useState<Message | null>(null);

  const query = () => ({
    ...rangeOf(from, to),
    ...(stationName.trim() === '' ? {} : { station: stationName.trim() }),
    ...(operator.trim() === '' ? {} : { operator: operator.trim() }),
  });

  const show = async (event?: FormEvent): Promise<void> => {
    event?.preventDefault();
    if (from === '' || to === '' || from > to) {
      setError(m('station.ui.report.range'));
      return;
    }
    try {
      const q = query();
      const page = await bridge.call('history.query', q);
      setReport({
        records: page.records.filter((record): record is RunRecord => record.type === 'run'),
        from: q.from,
      });
      setError(null);
    } catch (failure) {
      setError(sentence(failure));
    }
  };

  const exportCsv = async (): Promise<void> => {
    try {
      const { fileName, csv } = await bridge.call('history.exportCsv', query());
      saveFile(fileName, csv, 'text/csv;charset=utf-8');
    } catch (failure) {
      setError(sentence(failure));
    }
  };

  const tally = report === null ? null : tallyOf(report.records, report.from);
  const byOutcome = new Map<OutcomeKind, number>();
  for (const record of report?.records ?? [])
    byOutcome.set(record.outcome, (byOutcome.get(record.outcome) ?? 0) + 1);

  return (
    <section className="card station-report" aria-labelledby="station-report-title">
      <h2 id="station-report-title">{t('station.ui.report.title')}</h2>
      <form className="station-report-form" onSubmit={(event) => void show(event)}>
        <div className="field">
          <label htmlFor="report-from">{t('station.ui.report.from')}</label>
          <input
            id="report-from"
            type="date"
            value={from}
            onChange={(e) => setFrom(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="report-to">{t('station.ui.report.to')}</label>
          <input id="report-to" type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </div>
        <TextField
          label={t('station.ui.report.station')}
          maxLength={FIELD_LIMITS.station}
          value={stationName}
          onChange={setStationName}
          placeholder={t('station.ui.report.any')}
        />
        <TextField
          label={t('station.ui.report.operator')}
          maxLength={FIELD_LIMITS.operator}
          value={operator}
          onChange={setOperator}
          placeholder={t('station.ui.report.any')}
        />
        <button type="submit" className="button-secondary">
          {t('station.ui.report.show')}
        </button>
      </form>
      <FormError message={error} />
      {report !== null && tally !== null && (
        <div className="station-report-body" data-testid="station-report">
          <p>
            {t('station.ui.report.totals', {
              done: tally.done,
              passed: tally.passed,
              failed: tally.failed,
              hasPace: tally.medianSeconds === null ? 'no' : 'yes',
              seconds: Math.round(tally.medianSeconds ?? 0),
              hasRate: tally.devicesPerHour === null ? 'no' : 'yes',
              perHour: Math.round(tally.devicesPerHour ?? 0),
            })}
          </p>
          {byOutcome.size > 0 && (
            <ul className="station-report-outcomes">
              {[...byOutcome].map(([kind, count]) => (
                <li key={kind}>
                  {t('station.ui.report.outcome', { title: OUTCOME_TITLES[kind], count })}
                </li>
              ))}
            </ul>
          )}
          <div className="station-report-actions">
            <button type="button" className="button-secondary" onClick={() => void exportCsv()}>
              {t('station.ui.report.export')}
            </button>
            <button type="button" className="button-secondary" onClick={() => window.print()}>
              {t('station.ui.report.print')}
            </button>
          </div>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('station.ui.report.column.started')}</th>
                  <th scope="col">{t('station.ui.report.column.device')}</th>
                  <th scope="col">{t('station.ui.report.column.result')}</th>
                  <th scope="col">{t('station.ui.report.column.who')}</th>
                </tr>
              </thead>
              <tbody>
                {report.records.map((record) => (
                  <tr key={record.id}>
                    <td>{t.dateTime(record.startedAt)}</td>
                    <td className="mono">{record.deviceId ?? '—'}</td>
                    <td>
                      <span
                        className={`tag ${record.outcome === 'success' ? 'tag-ok' : 'tag-fail'}`}
                      >
                        {t.msg(OUTCOME_TITLES[record.outcome])}
                      </span>
                    </td>
                    <td>
                      {[record.operator, record.station]
                        .filter((part) => part !== '')
                        .join(' · ') || '—'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </section>
  );
}
