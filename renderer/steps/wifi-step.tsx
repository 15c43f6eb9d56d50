import { useState } from 'react';
import { displaySsid } from '../../shared/ssid-text';
import { FormError } from '../components/fields';
import { HandoffNote } from '../components/handoff-note';
import { NetworkForm } from '../components/network-form';
import { savedPasswordWords } from '../components/secret-words';
import { useT } from '../i18n/use-t';
import { useAppState } from '../store/store-context';

export function WifiStep() {
  const t = useT();
  const profiles = useAppState((state) => state.profiles);
  const selected = useAppState((state) => state.selectedProfileId);
  const selectProfile = useAppState((state) => state.selectProfile);
  const saveProfile = useAppState((state) => state.saveProfile);
  const deleteProfile = useAppState((state) => state.deleteProfile);
  const request = useAppState((state) => state.requests.profiles);
  const goTo = useAppState((state) => state.goTo);
  const storage = useAppState((state) => state.info?.secretStorage);
  const [adding, setAdding] = useState(false);

  return (
    <section className="card" aria-labelledby="wifi-choice-title">
      <HandoffNote />
      <h3 id="wifi-choice-title">{t('ui.wifi.title')}</h3>
      <fieldset className="choice-list">
        <legend className="visually-hidden">{t('ui.wifi.legend')}</legend>
        <label className={`choice${selected === null ? ' choice-on' : ''}`}>
          <input
            type="radio"
            name="wifi-profile"
            checked={selected === null}
            onChange={() => selectProfile(null)}
          />
          <span>
            <strong>{t('ui.wifi.from-device')}</strong>
            <span className="muted small">{t('ui.wifi.from-device.hint')}</span>
          </span>
        </label>
        {profiles.map((profile) => (
          <div key={profile.id} className={`choice${selected === profile.id ? ' choice-on' : ''}`}>
            <label className="choice-main">
              <input
                type="radio"
                name="wifi-profile"
                checked={selected === profile.id}
                onChange={() => selectProfile(profile.id)}
              />
              <span>
                <strong>{displaySsid(profile.ssid)}</strong>
                <span className="muted small">
                  {t('ui.wifi.profile', { security: profile.securityName })}
                  {profile.channel > 0
                    ? t('ui.wifi.profile.channel', { channel: profile.channel })
                    : ''}
                  {profile.hasSecret
                    ? t('ui.wifi.profile.secret', { secret: savedPasswordWords(storage) })
                    : ''}
                </span>
              </span>
            </label>
            <button
              type="button"
              className="button-link"
              aria-label={t('ui.wifi.profile.delete.label', { ssid: displaySsid(profile.ssid) })}
              disabled={request.busy}
              onClick={() => void deleteProfile(profile.id)}
            >
              {t('ui.wifi.profile.delete')}
            </button>
          </div>
        ))}
      </fieldset>
      {adding ? (
        <NetworkForm
          submitLabel={t('ui.wifi.profile.save')}
          busy={request.busy}
          error={request.error}
          onSubmit={(network) => void saveProfile(network).then((ok) => ok && setAdding(false))}
          onCancel={() => setAdding(false)}
        />
      ) : (
        <>
          <FormError message={request.error} />
          <div className="actions">
            <button
              type="button"
              className="button-primary"
              data-autofocus
              onClick={() => goTo('find')}
            >
              {t('ui.wifi.continue')}
            </button>
            <button type="button" className="button-secondary" onClick={() => setAdding(true)}>
              {t('ui.wifi.profile.add')}
            </button>
          </div>
        </>
      )}
      <p className="note">{t('ui.wifi.note')}</p>
    </section>
  );
}
