import type { AccountSummary, StationProfile } from '../../shared/provisioning';
import type { StationState } from '../../shared/station';
import { displaySsid } from '../../shared/ssid-text';
import type { StationChoices } from '../store/state';
import { Checkbox, FormError } from './fields';

/** Before a tray: who the units go to, the network they all get, and the options. Then Start. */
export function StationSetup({
  account,
  profiles,
  station,
  choices,
  busy,
  error,
  onChoose,
  onStart,
  onNewShift,
  onSignIn,
}: {
  account: AccountSummary | null;
  profiles: readonly StationProfile[];
  station: StationState;
  choices: StationChoices;
  busy: boolean;
  error: string | null;
  onChoose(patch: Partial<StationChoices>): void;
  onStart(): void;
  onNewShift(): void;
  onSignIn(): void;
}) {
  const profileId =
    choices.profileId !== null && profiles.some((profile) => profile.id === choices.profileId)
      ? choices.profileId
      : null;
  const ready = account !== null && profileId !== null;
  return (
    <section className="card station-setup" aria-labelledby="station-setup-title">
      <h2 id="station-setup-title">Station</h2>
      <p className="muted">
        Choose the account and the network once, press Start, then put each Photon in listening
        mode: the station finds it, sets it up, checks it with the cloud in the background and
        moves on to the next.
      </p>
      <dl className="station-setup-facts">
        <div>
          <dt>Units go to</dt>
          <dd data-testid="station-owner">
            {account === null ? (
              <button type="button" className="link-button" onClick={onSignIn}>
                Sign in first (Setup → Account)
              </button>
            ) : (
              `${account.owner}${account.product === null ? '' : ` in ${account.product.slug ?? account.product.name}`}`
            )}
          </dd>
        </div>
      </dl>
      <div className="field">
        <label htmlFor="station-profile">Network for every unit (a saved station profile)</label>
        <select
          id="station-profile"
          value={profileId ?? ''}
          onChange={(event) => onChoose({ profileId: event.target.value || null })}
        >
          <option value="">
            {profiles.length === 0 ? 'No saved network yet (Setup → Wi-Fi)' : 'Choose…'}
          </option>
          {profiles.map((profile) => (
            <option key={profile.id} value={profile.id}>
              {displaySsid(profile.ssid)} — {profile.securityName}
              {profile.channel === 0 ? '' : `, channel ${profile.channel}`}
            </option>
          ))}
        </select>
      </div>
      <Checkbox
        label="Require a label scan for each unit (checked against the device before anything is claimed)"
        checked={choices.requireLabel}
        onChange={(requireLabel) => onChoose({ requireLabel })}
      />
      <Checkbox
        label="Confirm each unit by its rainbow once it is online (one key: Y or N)"
        checked={choices.confirmIdentity}
        onChange={(confirmIdentity) => onChoose({ confirmIdentity })}
      />
      <Checkbox
        label="A sound for each result"
        checked={choices.sound}
        onChange={(sound) => onChoose({ sound })}
      />
      {station.carriedOver > 0 && (
        <p className="note note-warn">
          {station.carriedOver} unit{station.carriedOver === 1 ? '' : 's'} from before the restart
          will be checked with the cloud when the station starts.
        </p>
      )}
      {station.problem !== null && <p className="note note-warn">{station.problem}</p>}
      <FormError message={error} />
      <div className="station-setup-actions">
        <button
          type="button"
          className="button-primary"
          disabled={!ready || busy}
          onClick={onStart}
        >
          Start station
        </button>
        <button type="button" className="button-secondary" onClick={onNewShift} disabled={busy}>
          New shift
        </button>
      </div>
    </section>
  );
}
