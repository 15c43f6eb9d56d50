import { useEffect, useRef, useState } from 'react';
import type { DeviceNetwork, RunProgress } from '../../shared/provisioning';
import { Countdown } from '../components/countdown';
import { DeviceNetworkList } from '../components/device-network-list';
import { FormError } from '../components/fields';
import { useFocusOnMount } from '../components/focus';
import { LedAlternatives } from '../components/led-alternatives';
import { LedIndicator } from '../components/led-indicator';
import { NetworkForm } from '../components/network-form';
import { PhaseChecklist } from '../components/phase-checklist';
import { useT } from '../i18n/use-t';
import { useAppState } from '../store/store-context';

export function SetupStep() {
  const t = useT();
  const run = useAppState((state) => state.run);
  const cancelRun = useAppState((state) => state.cancelRun);
  const request = useAppState((state) => state.requests.run);
  if (run === null) return null;
  const progress = run.progress;
  const awaiting = progress?.awaitingNetwork === true;

  return (
    <div className="setup-grid">
      <div className="setup-main">
        {/* The choice the run waits for comes first: above the checklist, and it takes focus. */}
        {awaiting && <NetworkChooser networks={run.networks?.networks ?? []} />}
        <section className="card" aria-labelledby="progress-title" data-testid="run-progress">
          <div className="card-heading">
            <div>
              <h3 id="progress-title">
                {progress?.deviceSsid === null || progress?.deviceSsid === undefined
                  ? t('ui.setup.title.unknown')
                  : t('ui.setup.title', { ssid: progress.deviceSsid })}
              </h3>
              <p className="muted" data-testid="run-device">
                {progress?.deviceId === null || progress?.deviceId === undefined
                  ? t('ui.setup.device-id.unknown')
                  : t('ui.setup.device-id', { deviceId: progress.deviceId })}
                {progress?.claimed === true && (
                  <span className="tag tag-warn">{t('ui.setup.claimed')}</span>
                )}
              </p>
            </div>
            <button
              type="button"
              className="button-danger"
              disabled={request.busy}
              onClick={() => void cancelRun()}
            >
              {t('ui.setup.cancel')}
            </button>
          </div>
          {progress === null ? (
            <p className="muted">{t('ui.setup.starting')}</p>
          ) : (
            <>
              {!awaiting && <NowDoing progress={progress} />}
              <PhaseChecklist phases={progress.phases} />
            </>
          )}
          {!awaiting && <FormError message={request.error} />}
        </section>
      </div>
      <section className="card led-card" aria-labelledby="led-title">
        <h3 id="led-title">{t('ui.setup.led.title')}</h3>
        {run.led === null ? (
          <p className="muted">{t('ui.setup.led.waiting')}</p>
        ) : (
          <>
            <LedIndicator report={run.led.led} />
            <LedAlternatives expected={run.led.led.state} />
          </>
        )}
      </section>
    </div>
  );
}

/** The active phase and its latest words at the top: an instruction (join it yourself) is seen. */
function NowDoing({ progress }: { progress: RunProgress }) {
  const t = useT();
  const active = progress.phases.find((phase) => phase.status === 'active');
  if (active === undefined) return null;
  return (
    <div className="now-doing" data-testid="now-doing">
      <p>
        <strong>{t('ui.setup.now', { phase: active.label })}</strong>{' '}
        {active.detail === null ? '' : t.msg(active.detail)}
      </p>
      <Countdown progress={progress} />
    </div>
  );
}

function NetworkChooser({ networks }: { networks: readonly DeviceNetwork[] }) {
  const t = useT();
  const chooseNetwork = useAppState((state) => state.chooseNetwork);
  const rescan = useAppState((state) => state.rescan);
  const request = useAppState((state) => state.requests.run);
  const rescanRequest = useAppState((state) => state.requests.rescan);
  const profiles = useAppState((state) => state.profiles);
  const progress = useAppState((state) => state.run?.progress ?? null);
  const [picked, setPicked] = useState<DeviceNetwork | 'other' | null>(null);
  const card = useRef<HTMLElement>(null);
  useFocusOnMount(card);
  // The list often arrives just after the question: move focus to its first row, but only from
  // where the screen change put it (a heading, or nowhere), never from where the operator went.
  const listed = networks.length > 0;
  useEffect(() => {
    const first = card.current?.querySelector<HTMLElement>('.network-row') ?? null;
    const active = document.activeElement;
    const resting =
      active === null ||
      active === document.body ||
      active.id === 'step-title' ||
      active === card.current?.querySelector('h3');
    if (listed && first !== null && resting) first.focus();
  }, [listed]);

  const pick = (network: DeviceNetwork): void => {
    // A saved profile is the same network only when its bytes are the same.
    const profile = profiles.find(
      (candidate) => candidate.ssidHex === network.ssidHex && candidate.hasSecret,
    );
    if (!network.requiresPassword && !network.enterprise && network.security !== null) {
      void chooseNetwork(
        {
          auth: 'personal',
          ssid: network.ssid,
          ssidHex: network.ssidHex,
          security: network.security,
          channel: network.channel,
        },
        false,
      );
      return;
    }
    if (profile !== undefined) {
      void chooseNetwork({ profileId: profile.id }, false);
      return;
    }
    setPicked(network);
  };

  return (
    <section
      className="card chooser"
      aria-labelledby="chooser-title"
      data-testid="network-chooser"
      ref={card}
    >
      <div className="card-heading">
        <div>
          <h3 id="chooser-title">{t('ui.chooser.title')}</h3>
          <p className="muted">{t('ui.chooser.intro')}</p>
        </div>
        <button
          type="button"
          className="button-secondary"
          disabled={rescanRequest.busy}
          onClick={() => void rescan()}
        >
          {rescanRequest.busy ? t('ui.chooser.scanning') : t('ui.chooser.rescan')}
        </button>
      </div>
      {progress !== null && <Countdown progress={progress} />}
      {picked === null ? (
        <>
          <DeviceNetworkList networks={networks} onPick={pick} />
          <button
            type="button"
            className="button-link other-network"
            onClick={() => setPicked('other')}
          >
            {t('ui.chooser.other')}
          </button>
          <FormError message={request.error ?? rescanRequest.error} />
        </>
      ) : (
        <NetworkForm
          key={picked === 'other' ? 'other' : picked.ssidHex}
          initial={
            picked === 'other'
              ? undefined
              : {
                  ssid: picked.ssid,
                  ssidHex: picked.ssidHex,
                  security: picked.security,
                  enterprise: picked.enterprise,
                  channel: picked.channel,
                }
          }
          submitLabel={t('ui.chooser.send')}
          busy={request.busy}
          error={request.error}
          offerSave
          autoFocus
          onSubmit={(network, save) =>
            void chooseNetwork(network, save).then((ok) => ok && setPicked(null))
          }
          onCancel={() => setPicked(null)}
        />
      )}
    </section>
  );
}
