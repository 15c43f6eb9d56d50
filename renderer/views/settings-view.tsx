import { useState, type FormEvent } from 'react';
import { FIELD_LIMITS } from '../../shared/limits';
import { DEFAULT_CLOUD_BASE_URL, settingsPatchSchema, type Settings } from '../../shared/settings';
import { DEFAULT_SOFTAP_PREFIX } from '../../shared/softap-prefix';
import { FormError, TextField } from '../components/fields';
import { hasProblems, schemaProblems, type Problems } from '../forms/schema-problems';
import { useAppState } from '../store/store-context';

export function SettingsView() {
  const settings = useAppState((state) => state.settings);
  // The form starts from what the core keeps: never from defaults it would then save over them.
  if (settings === null)
    return (
      <section className="card" aria-labelledby="settings-title">
        <h2 id="settings-title">Settings</h2>
        <p className="muted">Reading the settings…</p>
      </section>
    );
  return (
    <>
      <SettingsForm settings={settings} />
      <SupportCard />
    </>
  );
}

/** One file for whoever helps: the core collects it, redacted; the window saves it. */
function SupportCard() {
  const save = useAppState((state) => state.saveDiagnostics);
  const saved = useAppState((state) => state.diagnosticsSaved);
  const request = useAppState((state) => state.requests.diagnostics);
  return (
    <section className="card" aria-labelledby="support-title">
      <h2 id="support-title">Support</h2>
      <p className="muted">
        One file for whoever helps you: versions, the readiness check, these settings, the last 50
        runs and the log. It never contains a password, token or client secret.
      </p>
      <FormError message={request.error} />
      <div className="actions">
        <button
          type="button"
          className="button-secondary"
          disabled={request.busy}
          onClick={() => void save()}
        >
          {request.busy ? 'Collecting…' : 'Save diagnostics…'}
        </button>
        {saved !== null && (
          <span className="saved" role="status">
            Saved as {saved}.
          </span>
        )}
      </div>
    </section>
  );
}

function SettingsForm({ settings }: { settings: Settings }) {
  const saveSettings = useAppState((state) => state.saveSettings);
  const editSettings = useAppState((state) => state.editSettings);
  const saved = useAppState((state) => state.settingsSaved);
  const request = useAppState((state) => state.requests.settings);
  const [values, setValues] = useState<Settings>(settings);
  const [problems, setProblems] = useState<Problems>({});
  // The core's own refusal of a field lands on that field, like the form's.
  const shown: Problems = { ...request.fields, ...problems };

  const change = (field: keyof Settings) => (value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setProblems(({ [field]: _gone, ...rest }) => rest);
    editSettings();
  };

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const patch = {
      station: values.station.trim(),
      operator: values.operator.trim(),
      softApPrefix: values.softApPrefix.trim(),
      cloudBaseUrl: values.cloudBaseUrl.trim(),
    };
    const found = schemaProblems(settingsPatchSchema, patch);
    setProblems(found);
    if (!hasProblems(found)) await saveSettings(patch);
  };

  return (
    <form
      className="card settings-card"
      onSubmit={(event) => void submit(event)}
      aria-labelledby="settings-title"
      noValidate
    >
      <h2 id="settings-title">Settings</h2>
      <div className="field-grid">
        <TextField
          label="Station name"
          value={values.station}
          onChange={change('station')}
          maxLength={FIELD_LIMITS.station}
          error={shown.station}
          hint={`Recorded with every run, e.g. “Line 3” or “Support desk”. Up to ${FIELD_LIMITS.station} characters.`}
        />
        <TextField
          label="Operator name"
          value={values.operator}
          onChange={change('operator')}
          maxLength={FIELD_LIMITS.operator}
          error={shown.operator}
          hint={`Who is setting devices up; recorded with every run. Up to ${FIELD_LIMITS.operator} characters.`}
        />
        <TextField
          label="Device network prefix"
          value={values.softApPrefix}
          onChange={change('softApPrefix')}
          maxLength={FIELD_LIMITS.softApPrefix}
          error={shown.softApPrefix}
          spellCheck={false}
          hint={`Photons in listening mode offer a network named like this (${DEFAULT_SOFTAP_PREFIX} unless custom firmware changed it).`}
        />
        <TextField
          label="Particle API base URL"
          value={values.cloudBaseUrl}
          onChange={change('cloudBaseUrl')}
          maxLength={FIELD_LIMITS.cloudBaseUrl}
          error={shown.cloudBaseUrl}
          spellCheck={false}
          hint={`${DEFAULT_CLOUD_BASE_URL} unless you run a fake cloud for training. Changing it signs you out.`}
        />
      </div>
      <FormError message={hasProblems(request.fields) ? null : request.error} />
      <div className="actions">
        <button type="submit" className="button-primary" disabled={request.busy}>
          {request.busy ? 'Saving…' : 'Save settings'}
        </button>
        {saved && (
          <span className="saved" role="status">
            Saved.
          </span>
        )}
      </div>
    </form>
  );
}
