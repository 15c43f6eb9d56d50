import { useState } from 'react';
import { displaySsid } from '../../shared/ssid-text';
import { FormError } from '../components/fields';
import { HandoffNote } from '../components/handoff-note';
import { NetworkForm } from '../components/network-form';
import { savedPasswordWords } from '../components/secret-words';
import { useAppState } from '../store/store-context';

export function WifiStep() {
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
      <h3 id="wifi-choice-title">Which network will the devices join?</h3>
      <fieldset className="choice-list">
        <legend className="visually-hidden">Wi-Fi for the device</legend>
        <label className={`choice${selected === null ? ' choice-on' : ''}`}>
          <input
            type="radio"
            name="wifi-profile"
            checked={selected === null}
            onChange={() => selectProfile(null)}
          />
          <span>
            <strong>Choose from the Photon’s own list</strong>
            <span className="muted small">
              After joining the device, pick from the networks it can see (recommended for one-off
              setups).
            </span>
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
                  Station profile · {profile.securityName}
                  {profile.channel > 0 ? ` · channel ${profile.channel}` : ''}
                  {profile.hasSecret ? ` · ${savedPasswordWords(storage)}` : ''}
                </span>
              </span>
            </label>
            <button
              type="button"
              className="button-link"
              aria-label={`Delete station profile ${displaySsid(profile.ssid)}`}
              disabled={request.busy}
              onClick={() => void deleteProfile(profile.id)}
            >
              Delete
            </button>
          </div>
        ))}
      </fieldset>
      {adding ? (
        <NetworkForm
          submitLabel="Save station profile"
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
              Continue to find the device
            </button>
            <button type="button" className="button-secondary" onClick={() => setAdding(true)}>
              Add a station profile…
            </button>
          </div>
        </>
      )}
      <p className="note">
        The Photon only sees 2.4 GHz networks. A 5 GHz-only or out-of-range network cannot be
        joined.
      </p>
    </section>
  );
}
