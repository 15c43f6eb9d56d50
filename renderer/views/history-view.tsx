import { useEffect } from 'react';
import { FIELD_LIMITS } from '../../shared/limits';
import { displaySsid } from '../../shared/ssid-text';
import { FormError, TextField } from '../components/fields';
import { saveFile } from '../save-file';
import { useAppState } from '../store/store-context';

const when = (iso: string): string => new Date(iso).toLocaleString();

/** The audit log: every run and every returned-unit action, newest first. */
export function HistoryView() {
  const filter = useAppState((state) => state.historyFilter);
  const setFilter = useAppState((state) => state.setHistoryFilter);
  const page = useAppState((state) => state.history);
  const loadHistory = useAppState((state) => state.loadHistory);
  const exportHistory = useAppState((state) => state.exportHistory);
  const request = useAppState((state) => state.requests.history);

  useEffect(() => {
    void loadHistory();
  }, [loadHistory]);

  const exportCsv = async (): Promise<void> => {
    const csv = await exportHistory();
    if (csv !== null) saveFile(csv.fileName, csv.csv, 'text/csv');
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
        value={filter}
        onChange={setFilter}
        spellCheck={false}
        maxLength={FIELD_LIMITS.deviceIdFilter}
        placeholder="e.g. 2c003a000b47343432313031"
      />
      <FormError message={request.error} />
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
                        {record.outcome === 'success' ? '✓ ' : '✕ '}
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
                        {record.result === 'failed' ? '✕ ' : '✓ '}
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
