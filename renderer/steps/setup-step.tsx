import { useState } from 'react';
import type { DeviceNetwork } from '../../shared/provisioning';
import { DeviceNetworkList } from '../components/device-network-list';
import { FormError } from '../components/fields';
import { LedAlternatives } from '../components/led-alternatives';
import { LedIndicator } from '../components/led-indicator';
import { NetworkForm } from '../components/network-form';
import { PhaseChecklist } from '../components/phase-checklist';
import { useAppState } from '../store/store-context';

export function SetupStep() {
  const run = useAppState((state) => state.run);
  const cancelRun = useAppState((state) => state.cancelRun);
  const request = useAppState((state) => state.runRequest);
  if (run === null) return null;
  const progress = run.progress;
  const finished = run.outcome !== null;

  return (
    <div className="setup-grid">
      <section className="card" aria-labelledby="progress-title">
        <div className="card-heading">
          <div>
            <h3 id="progress-title">Setting up {progress?.deviceSsid ?? 'the device'}</h3>
            <p className="muted" data-testid="run-device">
              {(progress?.deviceId ?? null) === null
                ? 'Device id: not read yet'
                : `Device id: ${progress?.deviceId ?? ''}`}
              {progress?.claimed === true && <span className="tag tag-warn">already claimed</span>}
            </p>
          </div>
          {!finished && (
            <button type="button" className="button-danger" onClick={() => void cancelRun()}>
              Cancel
            </button>
          )}
        </div>
        {progress === null ? (
          <p className="muted">Starting…</p>
        ) : (
          <PhaseChecklist phases={progress.phases} />
        )}
        {progress !== null && progress.countdownS !== null && (
          <p className="countdown" role="timer" aria-live="off">
            {progress.countdownS} s left
          </p>
        )}
        <FormError message={request.error} />
      </section>
      <section className="card led-card" aria-labelledby="led-title">
        <h3 id="led-title">The device’s LED</h3>
        {run.led === null ? (
          <p className="muted">Waiting for the device…</p>
        ) : (
          <>
            <LedIndicator report={run.led.led} />
            <LedAlternatives expected={run.led.led.state} />
          </>
        )}
      </section>
      {progress?.awaitingNetwork === true && (
        <NetworkChooser networks={run.networks?.networks ?? []} />
      )}
    </div>
  );
}

function NetworkChooser({ networks }: { networks: readonly DeviceNetwork[] }) {
  const chooseNetwork = useAppState((state) => state.chooseNetwork);
  const rescan = useAppState((state) => state.rescan);
  const request = useAppState((state) => state.runRequest);
  const profiles = useAppState((state) => state.profiles);
  const [picked, setPicked] = useState<DeviceNetwork | 'other' | null>(null);
  const [rescanning, setRescanning] = useState(false);

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
    <section className="card chooser" aria-labelledby="chooser-title">
      <div className="card-heading">
        <div>
          <h3 id="chooser-title">Choose the Wi-Fi for this device</h3>
          <p className="muted">
            These are the networks the Photon itself can see. It only sees 2.4 GHz networks.
          </p>
        </div>
        <button
          type="button"
          className="button-secondary"
          disabled={rescanning}
          onClick={() => {
            setRescanning(true);
            void rescan().finally(() => setRescanning(false));
          }}
        >
          {rescanning ? 'Scanning…' : 'Rescan'}
        </button>
      </div>
      {picked === null ? (
        <>
          <DeviceNetworkList networks={networks} onPick={pick} />
          <button
            type="button"
            className="button-link other-network"
            onClick={() => setPicked('other')}
          >
            Other network… (hidden, or WPA2 Enterprise)
          </button>
          <FormError message={request.error} />
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
          submitLabel="Send to the device"
          busy={request.busy}
          error={request.error}
          offerSave
          onSubmit={(network, save) =>
            void chooseNetwork(network, save).then((ok) => ok && setPicked(null))
          }
          onCancel={() => setPicked(null)}
        />
      )}
    </section>
  );
}
