import { useEffect, useRef, useState } from 'react';
import { StationLabelInput } from '../components/station-label-input';
import { StationQuestion } from '../components/station-question';
import { StationQueue } from '../components/station-queue';
import { StationReport } from '../components/station-report';
import { StationSetup } from '../components/station-setup';
import { StationTally } from '../components/station-tally';
import { StationTile } from '../components/station-tile';
import { useT } from '../i18n/use-t';
import { playResult, unlockSound } from '../station-sound';
import { useAppState } from '../store/store-context';
import '../styles/station.css';

/**
 * Station mode: a tray of Photons with no action per unit. Stopped, it shows the choices and
 * the shift report; running, the big result tile, the label field, every unit's step and the
 * tally — all of it within a 1366×768 screen.
 */
export function StationView() {
  const t = useT();
  const account = useAppState((state) => state.account);
  const profiles = useAppState((state) => state.profiles);
  const settings = useAppState((state) => state.settings);
  const goTo = useAppState((state) => state.goTo);
  const station = useAppState((state) => state.station);
  const choices = useAppState((state) => state.stationChoices);
  const request = useAppState((state) => state.requests.station);
  const busy = request.busy;
  const error = request.error;
  const labelError = useAppState((state) => state.requests.stationLabel.error);
  const choose = useAppState((state) => state.chooseStation);
  const startStation = useAppState((state) => state.startStation);
  const stopStation = useAppState((state) => state.stopStation);
  const scanLabel = useAppState((state) => state.scanStationLabel);
  const answerStation = useAppState((state) => state.answerStation);
  const retryFailed = useAppState((state) => state.retryFailedUnits);
  const newShift = useAppState((state) => state.newStationShift);
  const [focusKey, setFocusKey] = useState(0);

  // A tone for each new result, when the operator asked for one.
  const heard = useRef<string | null | undefined>(undefined);
  const lastRun = station?.last?.runId ?? null;
  const lastPassed = station?.last?.passed ?? null;
  useEffect(() => {
    if (heard.current === undefined) {
      heard.current = lastRun; // what was already there when the view opened
      return;
    }
    if (lastRun === null || lastRun === heard.current) return;
    heard.current = lastRun;
    if (choices.sound) playResult(lastPassed === true);
  }, [lastRun, lastPassed, choices.sound]);

  if (station === null)
    return (
      <section className="card" aria-busy="true">
        <p className="muted">{error === null ? t('station.ui.loading') : t.msg(error)}</p>
      </section>
    );

  if (station.status === 'stopped')
    return (
      <div className="station-stopped">
        <StationSetup
          account={account}
          profiles={profiles}
          station={station}
          choices={choices}
          busy={busy}
          error={error}
          onChoose={choose}
          onStart={() => {
            if (choices.sound) unlockSound();
            void startStation();
          }}
          onNewShift={() => void newShift()}
          onSignIn={() => goTo('account')}
        />
        <div className="station-stopped-side">
          <section className="card">
            <StationTally station={station} />
          </section>
          <StationReport station={settings?.station ?? ''} />
        </div>
      </div>
    );

  const answer = (confirmed: boolean): void => {
    void answerStation(confirmed).then(() => setFocusKey((key) => key + 1));
  };
  return (
    <div className="station" aria-labelledby="station-title">
      <div className="station-main">
        <h2 id="station-title" className="visually-hidden">
          {t('station.ui.title')}
        </h2>
        <StationTile station={station} />
        {station.question !== null ? (
          <StationQuestion question={station.question} onAnswer={answer} />
        ) : (
          <StationLabelInput
            station={station}
            error={labelError}
            onScan={scanLabel}
            focusKey={focusKey}
          />
        )}
        {station.problem !== null && <p className="note note-warn">{t.msg(station.problem)}</p>}
        <div className="station-controls">
          <p className="muted small">
            {station.config === null
              ? ''
              : t('station.ui.config', {
                  network: station.config.network,
                  requireLabel: station.config.requireLabel ? 'yes' : 'no',
                  confirmIdentity: station.config.confirmIdentity ? 'yes' : 'no',
                })}
          </p>
          {station.status === 'running' ? (
            <button
              type="button"
              className="button-secondary"
              onClick={() => void stopStation(false)}
              disabled={busy}
            >
              {t('station.ui.stop')}
            </button>
          ) : (
            <button
              type="button"
              className="button-secondary"
              onClick={() => void stopStation(true)}
              disabled={busy}
            >
              {t('station.ui.stop-now')}
            </button>
          )}
        </div>
        {error !== null && <p className="form-error">{t.msg(error)}</p>}
      </div>
      <aside className="station-side" aria-label={t('station.ui.side.label')}>
        <StationTally station={station} />
        <StationQueue station={station} onRetry={() => void retryFailed()} busy={busy} />
      </aside>
    </div>
  );
}
