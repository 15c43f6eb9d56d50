import { useEffect, useState, type FormEvent } from 'react';
import { FIELD_LIMITS } from '../../shared/limits';
import { OUTCOME_TITLES, type OutcomeKind } from '../../shared/outcome';
import { useT } from '../i18n/use-t';
import type { ShiftReportQuery } from '../store/state';
import { useAppState } from '../store/store-context';
import { FormError, TextField } from './fields';
import { recordWho } from './record-who';

/** yyyy-mm-dd of a day on this computer's calendar. */
const dayOf = (date: Date): string =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

/**
 * The shift report: the history for a date range, station and operator, with totals, as CSV
 * (with a byte-order mark, so spreadsheets show every name) or printed. The CSV is the core's,
 * in English whatever the window's language (stable columns and codes for scripts); what the
 * report shows on screen is translated. The form's fields are this form's own; the report, its
 * error (a Message, so it follows a change of language) and the calls are the store's.
 */
export function StationReport({ station }: { station: string }) {
  const t = useT();
  const today = dayOf(new Date());
  const [from, setFrom] = useState(today);
  const [to, setTo] = useState(today);
  const [stationName, setStationName] = useState(station);
  const [operator, setOperator] = useState('');
  const report = useAppState((state) => state.shiftReport);
  const error = useAppState((state) => state.requests.shiftReport.error);
  const queryShiftReport = useAppState((state) => state.queryShiftReport);
  const exportShiftReport = useAppState((state) => state.exportShiftReport);
  const clearShiftReport = useAppState((state) => state.clearShiftReport);

  // A report belongs to this form: when the form goes (the station starts, another view is
  // shown), so does the report, and the next form starts empty as it always did.
  useEffect(() => clearShiftReport, [clearShiftReport]);

  const query = (): ShiftReportQuery => ({ from, to, station: stationName, operator });

  const show = (event: FormEvent): void => {
    event.preventDefault();
    void queryShiftReport(query());
  };

  const byOutcome = new Map<OutcomeKind, number>();
  for (const record of report?.records ?? [])
    byOutcome.set(record.outcome, (byOutcome.get(record.outcome) ?? 0) + 1);

  return (
    <section className="card station-report" aria-labelledby="station-report-title">
      <h2 id="station-report-title">{t('station.ui.report.title')}</h2>
      <form className="station-report-form" onSubmit={show}>
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
      {report !== null && (
        <div className="station-report-body" data-testid="station-report">
          <p>
            {t('station.ui.report.totals', {
              done: report.tally.done,
              passed: report.tally.passed,
              failed: report.tally.failed,
              hasPace: report.tally.medianSeconds === null ? 'no' : 'yes',
              seconds: Math.round(report.tally.medianSeconds ?? 0),
              hasRate: report.tally.devicesPerHour === null ? 'no' : 'yes',
              perHour: Math.round(report.tally.devicesPerHour ?? 0),
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
            <button
              type="button"
              className="button-secondary"
              onClick={() => void exportShiftReport(query())}
            >
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
                    <td>{recordWho(record)}</td>
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
