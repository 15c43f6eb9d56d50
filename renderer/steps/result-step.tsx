import { useState } from 'react';
import type { LedReport } from '../../shared/led';
import { displaySsid } from '../../shared/ssid-text';
import type { NextAction } from '../../shared/outcome';
import { FormError } from '../components/fields';
import { LedIndicator } from '../components/led-indicator';
import type { RunView } from '../store/state';
import { useAppState } from '../store/store-context';

const actionLabels: Record<NextAction, string> = {
  'next-device': 'Set up the next device',
  retry: 'Try again',
  'change-wifi': 'Choose another Wi-Fi',
  'change-account': 'Change the account',
  'copy-device-id': 'Copy device id',
  'rejoin-wifi': 'Open History once rejoined',
  'view-history': 'View history',
};

/**
 * The LED to check now. When the core's last LED report is that state, it is what the app saw
 * (e.g. the AP came back after a refused password: observed listening); otherwise expected.
 */
function ledToCheck(run: RunView, led: LedReport['state']): LedReport {
  const last = run.led?.led;
  if (last !== undefined && last.state === led) return last;
  return {
    state: led,
    source: 'expected',
    basis: 'Check the device: this is what it should show.',
  };
}

export function ResultStep() {
  const run = useAppState((state) => state.run);
  const dismissRun = useAppState((state) => state.dismissRun);
  const startRun = useAppState((state) => state.startRun);
  const selectProfile = useAppState((state) => state.selectProfile);
  const showView = useAppState((state) => state.showView);
  const devicesThisSession = useAppState((state) => state.memory.devicesThisSession);
  const request = useAppState((state) => state.requests.run);
  const [copied, setCopied] = useState(false);
  const result = run?.outcome;
  if (run === null || result === null || result === undefined) return null;
  const { description, outcome, record } = result;
  const deviceId = outcome.deviceId;

  const act = (action: NextAction): void => {
    switch (action) {
      case 'next-device':
        dismissRun('find');
        return;
      case 'retry':
        void startRun();
        return;
      case 'change-wifi':
        selectProfile(null);
        void startRun();
        return;
      case 'change-account':
        dismissRun('account');
        return;
      case 'copy-device-id':
        if (deviceId !== null)
          void navigator.clipboard
            .writeText(deviceId)
            .then(() => setCopied(true))
            .catch(() => setCopied(false));
        return;
      case 'rejoin-wifi':
      case 'view-history':
        showView('history');
        return;
    }
  };

  return (
    <section
      className={`card result result-${description.tone}`}
      aria-labelledby="result-title"
      data-testid="result"
      data-outcome={outcome.kind}
    >
      <div className="result-layout">
        <div>
          <p className="eyebrow">Result</p>
          <h3 id="result-title">{description.title}</h3>
          <p className="result-sentence">{description.sentence}</p>
          <dl className="facts">
            {deviceId !== null && (
              <div>
                <dt>Device id</dt>
                <dd className="mono">{deviceId}</dd>
              </div>
            )}
            {record.ssid !== null && (
              <div>
                <dt>Wi-Fi</dt>
                <dd>{displaySsid(record.ssid)}</dd>
              </div>
            )}
            <div>
              <dt>Took</dt>
              <dd>
                {((Date.parse(record.endedAt) - Date.parse(record.startedAt)) / 1000).toFixed(1)} s
              </dd>
            </div>
            <div>
              <dt>Devices set up this session</dt>
              <dd>{devicesThisSession}</dd>
            </div>
          </dl>
        </div>
        {description.led !== null && <LedIndicator report={ledToCheck(run, description.led)} />}
      </div>
      <FormError message={request.error} />
      <div className="actions">
        {description.actions.map((action, index) => (
          <button
            key={action}
            type="button"
            className={index === 0 ? 'button-primary' : 'button-secondary'}
            onClick={() => act(action)}
            disabled={(action === 'copy-device-id' && deviceId === null) || request.busy}
            {...(index === 0 ? { 'data-autofocus': true } : {})}
          >
            {action === 'copy-device-id' && copied ? 'Copied' : actionLabels[action]}
          </button>
        ))}
      </div>
    </section>
  );
}
