import { FIELD_LIMITS } from '../../shared/limits';
import { useCallback, useEffect, useState } from 'react';
import { displaySsid } from '../../shared/ssid-text';
import type { HistoryPage } from '../../shared/provisioning';
import { FormError, TextField } from '../components/fields';
import { saveFile } from '../save-file';
import { sentence } from '../store/app-store';
import { useAppState } from '../store/store-context';

const when = (iso: string): string => new Date(iso).toLocaleString();

/** The audit log: every run and every returned-unit action, newest first. */
export function HistoryView() {
  const bridge = useAppState((state) => state.bridge);
  const [filter, setFilter] = useState('');
  const [page, setPage] = useState<HistoryPage | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(
    (deviceId: string) => {
      bridge
        .call('history.query', {
          ...(deviceId.trim() === '' ? {} : { deviceId: deviceId.trim() }),
          limit: 500,
        })
        .then((result) => {
          setPage(result);
          setError(null);
        })
        .catch((failure: unknown) => setError(sentence(failure)));
    },
    [bridge],
  );

  useEffect(() => load(filter), [load, filter]);

  const exportCsv = async (): Promise<void> => {
    try {
      const { fileName, csv } = await bridge.call(
        'history.exportCsv',
        filter.trim() === '' ? {} : { deviceId: filter.trim() },
      );
      saveFile(fileName, csv, 'text/csv');
    } catch (failure) {
      setError(sentence(failure));
    }
  };

  return (
    <section className="card history" aria-labelledby="history-title">
      <div className="card-heading">
        <div>
          <h2 id="history-title">History</h2>
          <p className="muted">
            Every setup run and every returned-unit action on this computer. Passwords and tokens
            are never recorded.
          </p>
        </div>
        <button type="button" className="button-secondary" onClick={() => void exportCsv()}>
          Export CSV
        </button>
      </div>
      <TextField
        label="Filter by device id"
        maxLength={FIELD_LIMITS.deviceIdFilter}
        value={filter}
        onChange={setFilter}
        spellCheck={false}
        placeholder="e.g. 2c003a000b47343432313031"
      />
      <FormError message={error} />
      {page !== null && page.skippedLines > 0 && (
        <p className="note note-warn">
          {page.skippedLines} damaged line(s) in the log were skipped (for example after a crash).
        </p>
      )}
      {page !== null && page.records.length === 0 ? (
        <p className="empty">
          {filter.trim() === '' ? 'No runs yet.' : 'Nothing recorded for that device id.'}
        </p>
      ) : (
        <div className="table-wrap">
          <table data-testid="history-table">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Device</th>
                <th scope="col">What</th>
                <th scope="col">Result</th>
                <th scope="col">Wi-Fi / detail</th>
                <th scope="col">Who</th>
              </tr>
            </thead>
            <tbody>
              {page?.records.map((record) =>
                record.type === 'run' ? (
                  <tr key={record.id}>
                    <td>{when(record.startedAt)}</td>
                    <td className="mono">{record.deviceId ?? '—'}</td>
                    <td>
                      Setup ({record.mode}
                      {record.product === null ? '' : `, ${record.product}`})
                    </td>
                    <td>
                      <span
                        className={`tag ${record.outcome === 'success' ? 'tag-ok' : 'tag-fail'}`}
                      >
                        {record.outcome}
                      </span>
                    </td>
                    <td>{record.ssid === null ? '—' : displaySsid(record.ssid)}</td>
                    <td>
                      {[record.operator, record.station]
                        .filter((part) => part !== '')
                        .join(' · ') || '—'}
                    </td>
                  </tr>
                ) : (
                  <tr key={record.id}>
                    <td>{when(record.at)}</td>
                    <td className="mono">{record.deviceId}</td>
                    <td>{record.step}</td>
                    <td>
                      <span className={`tag ${record.result === 'failed' ? 'tag-fail' : 'tag-ok'}`}>
                        {record.result}
                      </span>
                    </td>
                    <td>{record.detail ?? '—'}</td>
                    <td>
                      {[record.operator, record.station]
                        .filter((part) => part !== '')
                        .join(' · ') || '—'}
                    </td>
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
