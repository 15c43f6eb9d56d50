import type { Message } from '../../shared/i18n';
import type { AccountSummary, StationProfile } from '../../shared/provisioning';
import type { StationState } from '../../shared/station';
import { displaySsid } from '../../shared/ssid-text';
import { useT } from '../i18n/use-t';
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
  error: Message | null;
  onChoose(patch: Partial<StationChoices>): void;
  onStart(): void;
  onNewShift(): void;
  onSignIn(): void;
}) {
  const t = useT();
  const profileId =
    choices.profileId !== null && profiles.some((profile) => profile.id === choices.profileId)
      ? choices.profileId
      : null;
  const ready = account !== null && profileId !== null;
  return (
    <section className="card station-setup" aria-labelledby="station-setup-title">
      <h2 id="station-setup-title">{t('station.ui.title')}</h2>
      <p className="muted">{t('station.ui.setup.intro')}</p>
      <dl className="station-setup-facts">
        <div>
          <dt>{t('station.ui.setup.owner')}</dt>
          <dd data-testid="station-owner">
            {account === null ? (
              <button type="button" className="link-button" onClick={onSignIn}>
                {t('station.ui.setup.sign-in')}
              </button>
            ) : account.product === null ? (
              account.owner
            ) : (
              t('station.ui.setup.owner-in-product', {
                owner: account.owner,
                product: account.product.slug ?? account.product.name,
              })
            )}
          </dd>
        </div>
      </dl>
      <div className="field">
        <label htmlFor="station-profile">{t('station.ui.setup.network')}</label>
        <select
          id="station-profile"
          value={profileId ?? ''}
          onChange={(event) => onChoose({ profileId: event.target.value || null })}
        >
          <option value="">
            {profiles.length === 0
              ? t('station.ui.setup.no-profiles')
              : t('station.ui.setup.choose')}
          </option>
          {profiles.map((profile) => (
            <option key={profile.id} value={profile.id}>
              {profile.channel === 0
                ? t('station.ui.setup.profile', {
                    ssid: displaySsid(profile.ssid),
                    security: profile.securityName,
                  })
                : t('station.ui.setup.profile-channel', {
                    ssid: displaySsid(profile.ssid),
                    security: profile.securityName,
                    channel: profile.channel,
                  })}
            </option>
          ))}
        </select>
      </div>
      <Checkbox
        label={t('station.ui.setup.require-label')}
        checked={choices.requireLabel}
        onChange={(requireLabel) => onChoose({ requireLabel })}
      />
      <Checkbox
        label={t('station.ui.setup.confirm-identity')}
        checked={choices.confirmIdentity}
        onChange={(confirmIdentity) => onChoose({ confirmIdentity })}
      />
      <Checkbox
        label={t('station.ui.setup.sound')}
        checked={choices.sound}
        onChange={(sound) => onChoose({ sound })}
      />
      {station.carriedOver > 0 && (
        <p className="note note-warn">
          {t('station.activity.carried-over', { count: station.carriedOver })}
        </p>
      )}
      {station.problem !== null && <p className="note note-warn">{t.msg(station.problem)}</p>}
      <FormError message={error} />
      <div className="station-setup-actions">
        <button
          type="button"
          className="button-primary"
          disabled={!ready || busy}
          onClick={onStart}
        >
          {t('station.ui.setup.start')}
        </button>
        <button type="button" className="button-secondary" onClick={onNewShift} disabled={busy}>
          {t('station.ui.setup.new-shift')}
        </button>
      </div>
    </section>
  );
}
