import { useState, type FormEvent } from 'react';
import { LOCALE_NAMES } from '../../shared/i18n';
import { FIELD_LIMITS } from '../../shared/limits';
import {
  DEFAULT_CLOUD_BASE_URL,
  LANGUAGE_CHOICES,
  settingsPatchSchema,
  type LanguageChoice,
  type Settings,
} from '../../shared/settings';
import { DEFAULT_SOFTAP_PREFIX } from '../../shared/softap-prefix';
import { FormError, TextField } from '../components/fields';
import { hasProblems, schemaProblems, type Problems } from '../forms/schema-problems';
import { useLanguageOverride, useSystemLocale, useT } from '../i18n/use-t';
import { useAppState } from '../store/store-context';

export function SettingsView() {
  const t = useT();
  const settings = useAppState((state) => state.settings);
  const settingsError = useAppState((state) => state.settingsError);
  const reloadSettings = useAppState((state) => state.reloadSettings);
  // The form starts from what the core keeps: never from defaults it would then save over them.
  if (settings === null)
    return (
      <section className="card settings-card" aria-labelledby="settings-title">
        <h2 id="settings-title">{t('views.settings.title')}</h2>
        {settingsError === null ? (
          <p className="muted">{t('views.settings.loading')}</p>
        ) : (
          <>
            <p className="inline-error" role="alert">
              {t('views.settings.load-failed', { problem: settingsError })}
            </p>
            <button type="button" className="button-secondary" onClick={reloadSettings}>
              {t('views.settings.load-again')}
            </button>
          </>
        )}
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
  const t = useT();
  const save = useAppState((state) => state.saveDiagnostics);
  const saved = useAppState((state) => state.diagnosticsSaved);
  const request = useAppState((state) => state.requests.diagnostics);
  return (
    <section className="card settings-card" aria-labelledby="support-title">
      <h2 id="support-title">{t('views.settings.support.title')}</h2>
      <p className="muted">{t('views.settings.support.intro')}</p>
      <FormError message={request.error} />
      <div className="actions">
        <button
          type="button"
          className="button-secondary"
          disabled={request.busy}
          onClick={() => void save()}
        >
          {request.busy ? t('views.settings.support.collecting') : t('views.settings.support.save')}
        </button>
        {saved !== null && (
          <span className="saved" role="status">
            {t('views.settings.support.saved', { fileName: saved })}
          </span>
        )}
      </div>
    </section>
  );
}

/**
 * The window's language: saved on its own as soon as it is chosen (a change of only this field),
 * so the window speaks it at once — the store's settings are what every word is read in. Each
 * language is named in its own words, whatever the window speaks now.
 */
function LanguageChooser({ language }: { language: LanguageChoice }) {
  const t = useT();
  const chooseLanguage = useAppState((state) => state.chooseLanguage);
  const request = useAppState((state) => state.requests.language);
  const system = useSystemLocale();
  const override = useLanguageOverride();
  // The choice being saved, shown until the core answered; then the store's (the saved one, or
  // the old one again if the core refused).
  const [saving, setSaving] = useState<LanguageChoice | null>(null);

  const choose = async (next: LanguageChoice): Promise<void> => {
    setSaving(next);
    await chooseLanguage(next);
    setSaving(null);
  };

  return (
    <div className="field">
      <label htmlFor="settings-language">{t('ui.language.label')}</label>
      <select
        id="settings-language"
        value={saving ?? language}
        aria-describedby="settings-language-hint"
        aria-busy={request.busy}
        onChange={(event) => void choose(event.target.value as LanguageChoice)}
      >
        {LANGUAGE_CHOICES.map((choice) => (
          <option key={choice} value={choice} lang={choice === 'system' ? undefined : choice}>
            {choice === 'system'
              ? t('ui.language.system', { name: LOCALE_NAMES[system] })
              : LOCALE_NAMES[choice]}
          </option>
        ))}
      </select>
      <p id="settings-language-hint" className="field-hint">
        {override === null
          ? t('views.settings.language.hint')
          : t('views.settings.language.overridden', { language: LOCALE_NAMES[override] })}
      </p>
      <FormError message={request.error} />
    </div>
  );
}

function SettingsForm({ settings }: { settings: Settings }) {
  const t = useT();
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
      <h2 id="settings-title">{t('views.settings.title')}</h2>
      <div className="field-grid">
        <TextField
          label={t('views.settings.station.label')}
          value={values.station}
          onChange={change('station')}
          maxLength={FIELD_LIMITS.station}
          error={shown.station}
          hint={t('views.settings.station.hint', { max: FIELD_LIMITS.station })}
        />
        <TextField
          label={t('views.settings.operator.label')}
          value={values.operator}
          onChange={change('operator')}
          maxLength={FIELD_LIMITS.operator}
          error={shown.operator}
          hint={t('views.settings.operator.hint', { max: FIELD_LIMITS.operator })}
        />
        <TextField
          label={t('views.settings.prefix.label')}
          value={values.softApPrefix}
          onChange={change('softApPrefix')}
          maxLength={FIELD_LIMITS.softApPrefix}
          error={shown.softApPrefix}
          spellCheck={false}
          hint={t('views.settings.prefix.hint', { prefix: DEFAULT_SOFTAP_PREFIX })}
        />
        <TextField
          label={t('views.settings.cloud.label')}
          value={values.cloudBaseUrl}
          onChange={change('cloudBaseUrl')}
          maxLength={FIELD_LIMITS.cloudBaseUrl}
          error={shown.cloudBaseUrl}
          spellCheck={false}
          hint={t('views.settings.cloud.hint', { url: DEFAULT_CLOUD_BASE_URL })}
        />
        <LanguageChooser language={settings.language} />
      </div>
      <FormError message={hasProblems(request.fields) ? null : request.error} />
      <div className="actions">
        <button type="submit" className="button-primary" disabled={request.busy}>
          {request.busy ? t('views.settings.saving') : t('views.settings.save')}
        </button>
        {saved && (
          <span className="saved" role="status">
            {t('views.settings.saved')}
          </span>
        )}
      </div>
    </form>
  );
}
