import { FIELD_LIMITS } from '../../shared/limits';
import { useState, type FormEvent } from 'react';
import { FormError, TextField } from '../components/fields';
import { DEFAULT_CLOUD_BASE_URL } from '../../shared/settings';
import { DEFAULT_SOFTAP_PREFIX, MAX_SOFTAP_PREFIX_LENGTH } from '../../shared/softap-prefix';
import { saveFile } from '../save-file';
import { sentence } from '../store/app-store';
import { useAppState } from '../store/store-context';

export function SettingsView() {
  const settings = useAppState((state) => state.settings);
  const updateSettings = useAppState((state) => state.updateSettings);
  const [station, setStation] = useState(settings?.station ?? '');
  const [operator, setOperator] = useState(settings?.operator ?? '');
  const [prefix, setPrefix] = useState(settings?.softApPrefix ?? DEFAULT_SOFTAP_PREFIX);
  const [cloudUrl, setCloudUrl] = useState(settings?.cloudBaseUrl ?? DEFAULT_CLOUD_BASE_URL);
  const [saved, setSaved] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const bridge = useAppState((state) => state.bridge);
  const [diagnostics, setDiagnostics] = useState<{
    busy: boolean;
    saved: string | null;
    error: string | null;
  }>({
    busy: false,
    saved: null,
    error: null,
  });

  const saveDiagnostics = async (): Promise<void> => {
    setDiagnostics({ busy: true, saved: null, error: null });
    try {
      const { fileName, json } = await bridge.call('diagnostics.collect');
      saveFile(fileName, json, 'application/json');
      setDiagnostics({ busy: false, saved: `Saved as ${fileName}.`, error: null });
    } catch (failure) {
      setDiagnostics({ busy: false, saved: null, error: sentence(failure) });
    }
  };

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (prefix.trim() === '' || prefix.length > 25) {
      setError('The network prefix is 1 to 25 characters, for example Photon-.');
      return;
    }
    const url = cloudUrl.trim();
    if (
      !url.startsWith('https://') &&
      !/^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?(\/|$)/.test(url)
    ) {
      setError(
        'The Particle API address starts with https:// (plain http only for 127.0.0.1 or localhost).',
      );
      return;
    }
    setError(null);
    const problem = await updateSettings({
      station: station.trim(),
      operator: operator.trim(),
      softApPrefix: prefix,
      cloudBaseUrl: url,
    });
    setSaved(problem === null ? 'Saved.' : null);
    setError(problem);
  };

  return (
    <>
      <form
        className="card"
        onSubmit={(event) => void submit(event)}
        aria-labelledby="settings-title"
        noValidate
      >
        <h2 id="settings-title">Settings</h2>
        <TextField
          label="Station name"
          maxLength={FIELD_LIMITS.station}
          value={station}
          onChange={setStation}
          hint="Recorded with every run, e.g. “Line 3” or “Support desk”."
        />
        <TextField
          label="Operator name"
          maxLength={FIELD_LIMITS.operator}
          value={operator}
          onChange={setOperator}
          hint="Who is setting devices up; recorded with every run."
        />
        <TextField
          label="Device network prefix"
          maxLength={MAX_SOFTAP_PREFIX_LENGTH + 1}
          value={prefix}
          onChange={setPrefix}
          hint="Photons in listening mode offer a network named like this (custom firmware may change it)."
        />
        <TextField
          label="Particle API base URL"
          maxLength={FIELD_LIMITS.cloudBaseUrl}
          value={cloudUrl}
          onChange={setCloudUrl}
          hint={`${DEFAULT_CLOUD_BASE_URL} unless you run a fake cloud for training. Changing it signs you out.`}
        />
        <FormError message={error} />
        <div className="actions">
          <button type="submit" className="button-primary">
            Save settings
          </button>
          {saved !== null && (
            <span className="saved" role="status">
              {saved}
            </span>
          )}
        </div>
      </form>
      <section className="card" aria-labelledby="support-title">
        <h2 id="support-title">Support</h2>
        <p className="muted">
          One file for whoever helps you: versions, the readiness check, these settings, the last 50
          runs and the log. It never contains a password, token or client secret.
        </p>
        <FormError message={diagnostics.error} />
        <div className="actions">
          <button
            type="button"
            className="button-secondary"
            disabled={diagnostics.busy}
            onClick={() => void saveDiagnostics()}
          >
            {diagnostics.busy ? 'Collecting…' : 'Save diagnostics…'}
          </button>
          {diagnostics.saved !== null && (
            <span className="saved" role="status">
              {diagnostics.saved}
            </span>
          )}
        </div>
      </section>
    </>
  );
}
