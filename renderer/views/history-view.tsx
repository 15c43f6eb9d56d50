import { useEffect } from 'react';
import type { ActionRecord } from '../../shared/audit';
import { m, type Message } from '../../shared/i18n';
import { FIELD_LIMITS } from '../../shared/limits';
import { OUTCOME_TITLES } from '../../shared/outcome';
import { displaySsid } from '../../shared/ssid-text';
import { FormError, TextField } from '../components/fields';
import { useT, type Translate } from '../i18n/use-t';
import { recordWho } from '../components/record-who';
import { useAppState } from '../store/store-context';

/** An example device id for the filter's placeholder (an id is never translated). */
const EXAMPLE_DEVICE_ID = '2c003a000b47343432313031';

/** A returned-unit step as the operator reads it; a step this build does not know, by its code. */
const STEP_WORDS: Readonly<Record<string, Message>> = {
  'release-from-owner': m('views.history.step.release-from-owner'),
  'remove-from-product': m('views.history.step.remove-from-product'),
  'unclaim-developer': m('views.history.step.unclaim-developer'),
  're-add-to-product': m('views.history.step.re-add-to-product'),
};

const RESULT_WORDS: Readonly<Record<ActionRecord['result'], Message>> = {
  done: m('views.history.result.done'),
  skipped: m('views.history.result.skipped'),
  failed: m('views.history.result.failed'),
};

/** A result tag: the mark that does not depend on colour, then the words. */
const tagText = (ok: boolean, words: string): string => `${ok ? '✓' : '✕'} ${words}`;

const words = (t: Translate, message: Message | undefined, fallback: string): string =>
  message === undefined ? fallback : t.msg(message);

/** The audit log: every run and every returned-unit action, newest first. */
export function HistoryView() {
  const t = useT();
  const filter = useAppState((state) => state.historyFilter);
  const setFilter = useAppState((state) => state.setHistoryFilter);
  const page = useAppState((state) => state.history);
  const loadHistory = useAppState((state) => state.loadHistory);
  const exportHistory = useAppState((state) => state.exportHistory);
  const request = useAppState((state) => state.requests.history);

  useEffect(() => {
    void loadHistory();
  }, [loadHistory]);

  return (
    <section className="card history" aria-labelledby="history-title">
      <div className="card-heading">
        <div>
          <h2 id="history-title">{t('views.history.title')}</h2>
          <p className="muted">{t('views.history.intro')}</p>
        </div>
        <button type="button" className="button-secondary" onClick={() => void exportHistory()}>
          {t('views.history.export')}
        </button>
      </div>
      <TextField
        label={t('views.history.filter.label')}
        value={filter}
        onChange={setFilter}
        spellCheck={false}
        maxLength={FIELD_LIMITS.deviceIdFilter}
        placeholder={t('views.history.filter.placeholder', { example: EXAMPLE_DEVICE_ID })}
      />
      <FormError message={request.error} />
      {page !== null && page.skippedLines > 0 && (
        <p className="note note-warn">{t('views.history.skipped', { count: page.skippedLines })}</p>
      )}
      {page !== null && page.records.length === 0 ? (
        <p className="empty">
          {filter.trim() === '' ? t('views.history.empty') : t('views.history.empty-filtered')}
        </p>
      ) : (
        <div className="table-wrap">
          <table data-testid="history-table">
            <thead>
              <tr>
                <th scope="col">{t('views.history.column.when')}</th>
                <th scope="col">{t('views.history.column.device')}</th>
                <th scope="col">{t('views.history.column.what')}</th>
                <th scope="col">{t('views.history.column.result')}</th>
                <th scope="col">{t('views.history.column.detail')}</th>
                <th scope="col">{t('views.history.column.who')}</th>
              </tr>
            </thead>
            <tbody>
              {page?.records.map((record) =>
                record.type === 'run' ? (
                  <tr key={record.id}>
                    <td>{t.dateTime(record.startedAt)}</td>
                    <td className="mono">{record.deviceId ?? '—'}</td>
                    <td>
                      {record.product === null
                        ? t('views.history.run.what', { mode: record.mode })
                        : t('views.history.run.what-product', {
                            mode: record.mode,
                            productName: record.product,
                          })}
                    </td>
                    <td>
                      <span
                        className={`tag ${record.outcome === 'success' ? 'tag-ok' : 'tag-fail'}`}
                        data-outcome={record.outcome}
                      >
                        {tagText(
                          record.outcome === 'success',
                          t.msg(OUTCOME_TITLES[record.outcome]),
                        )}
                      </span>
                    </td>
                    <td>{record.ssid === null ? '—' : displaySsid(record.ssid)}</td>
                    <td>{recordWho(record)}</td>
                  </tr>
                ) : (
                  <tr key={record.id}>
                    <td>{t.dateTime(record.at)}</td>
                    <td className="mono">{record.deviceId}</td>
                    <td title={record.step}>{words(t, STEP_WORDS[record.step], record.step)}</td>
                    <td>
                      <span className={`tag ${record.result === 'failed' ? 'tag-fail' : 'tag-ok'}`}>
                        {tagText(record.result !== 'failed', t.msg(RESULT_WORDS[record.result]))}
                      </span>
                    </td>
                    {/* The sentence in this window's language where the record keeps it (the
                        English the CSV has stays at hand as the cell's title, as the step's code
                        does); a record from before it did has only its English detail. */}
                    <td
                      title={
                        record.detailText === undefined ? undefined : (record.detail ?? undefined)
                      }
                    >
                      {record.detailText === undefined
                        ? (record.detail ?? '—')
                        : t.msg(record.detailText)}
                    </td>
                    <td>{recordWho(record)}</td>
                  </tr>
                ),
              )}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
