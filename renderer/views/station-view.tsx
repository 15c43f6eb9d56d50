import { useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { StationLabelInput } from '../components/station-label-input';
import { StationQuestion } from '../components/station-question';
import { StationQueue } from '../components/station-queue';
import { StationReport } from '../components/station-report';
import { StationSetup } from '../components/station-setup';
import { StationTally } from '../components/station-tally';
import { StationTile } from '../components/station-tile';
import { playResult, unlockSound } from '../station-sound';
import { useAppState } from '../store/store-context';
import { createStationStore } from '../store/station-store';
import '../styles/station.css';

/**
 * Station mode: a tray of Photons with no action per unit. Stopped, it shows the choices and
 * the shift report; running, the big result tile, the label field, every unit's step and the
 * tally — all of it within a 1366×768 screen.
 */
export function StationView() {
  const bridge = useAppState((state) => state.bridge);
  const account = useAppState((state) => state.account);
  const profiles = useAppState((state) => state.profiles);
  const settings = useAppState((state) => state.settings);
  const goTo = useAppState((state) => state.goTo);
  const [store] = useState(() => createStationStore(bridge));
  useEffect(() => store.getState().start(), [store]);
  const station = useStore(store, (state) => state.station);
  const choices = useStore(store, (state) => state.choices);
  const busy = useStore(store, (state) => state.busy);
  const error = useStore(store, (state) => state.error);
  const labelError = useStore(store, (state) => state.labelError);
  const actions = store.getState();
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
        <p className="muted">{error ?? 'Loading the station…'}</p>
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
          onChoose={actions.choose}
          onStart={() => {
            if (choices.sound) unlockSound();
            void actions.begin();
          }}
          onNewShift={() => void actions.newShift()}
          onSignIn={() => goTo('account')}
        />
        <div className="station-stopped-side">
          <section className="card">
            <StationTally station={station} />
          </section>
          <StationReport bridge={bridge} station={settings?.station ?? ''} />
        </div>
      </div>
    );

  const answer = (confirmed: boolean): void => {
    void actions.answer(confirmed).then(() => setFocusKey((key) => key + 1));
  };
  return (
    <div className="station" aria-labelledby="station-title">
      <div className="station-main">
        <h2 id="station-title" className="visually-hidden">
          Station
        </h2>
        <StationTile station={station} />
        {station.question !== null ? (
          <StationQuestion question={station.question} onAnswer={answer} />
        ) : (
          <StationLabelInput
            station={station}
            error={labelError}
            onScan={actions.scanLabel}
            focusKey={focusKey}
          />
        )}
        {station.problem !== null && <p className="note note-warn">{station.problem}</p>}
        <div className="station-controls">
          <p className="muted small">
            {station.config === null
              ? ''
              : `Every unit gets ${station.config.network}${station.config.requireLabel ? ', label required' : ''}${station.config.confirmIdentity ? ', confirmed by rainbow' : ''}.`}
          </p>
          {station.status === 'running' ? (
            <button
              type="button"
              className="button-secondary"
              onClick={() => void actions.stop(false)}
              disabled={busy}
            >
              Stop (cancels the unit on its trip)
            </button>
          ) : (
            <button
              type="button"
              className="button-secondary"
              onClick={() => void actions.stop(true)}
              disabled={busy}
            >
              Stop the checks now
            </button>
          )}
        </div>
        {error !== null && <p className="form-error">{error}</p>}
      </div>
      <aside className="station-side" aria-label="Units and tally">
        <StationTally station={station} />
        <StationQueue station={station} onRetry={() => void actions.retryFailed()} busy={busy} />
      </aside>
    </div>
  );
}
