import { useState } from 'react';
import { m, type Message } from '../../shared/i18n';
import type { LedReport } from '../../shared/led';
import { displaySsid } from '../../shared/ssid-text';
import type { NextAction } from '../../shared/outcome';
import { FormError } from '../components/fields';
import { LedIndicator } from '../components/led-indicator';
import { useT } from '../i18n/use-t';
import type { RunView } from '../store/state';
import { useAppState } from '../store/store-context';

const actionLabels: Readonly<Record<NextAction, Message>> = {
  'next-device': m('ui.result.action.next-device'),
  retry: m('ui.result.action.retry'),
  'change-wifi': m('ui.result.action.change-wifi'),
  'change-account': m('ui.result.action.change-account'),
  'copy-device-id': m('ui.result.action.copy-device-id'),
  'rejoin-wifi': m('ui.result.action.rejoin-wifi'),
  'view-history': m('ui.result.action.view-history'),
};

const EXPECTED_BASIS = m('ui.result.led-basis');

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
    basis: EXPECTED_BASIS,
  };
}

export function ResultStep() {
  const t = useT();
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
          <p className="eyebrow">{t('ui.result.eyebrow')}</p>
          <h3 id="result-title">{t.msg(description.title)}</h3>
          <p className="result-sentence">{t.msg(description.sentence)}</p>
          <dl className="facts">
            {deviceId !== null && (
              <div>
                <dt>{t('ui.result.device-id')}</dt>
                <dd className="mono">{deviceId}</dd>
              </div>
            )}
            {record.ssid !== null && (
              <div>
                <dt>{t('ui.result.wifi')}</dt>
                <dd>{displaySsid(record.ssid)}</dd>
              </div>
            )}
            <div>
              <dt>{t('ui.result.took')}</dt>
              <dd>
                {t('ui.duration.seconds', {
                  seconds: (Date.parse(record.endedAt) - Date.parse(record.startedAt)) / 1000,
                })}
              </dd>
            </div>
            <div>
              <dt>{t('ui.result.session-count')}</dt>
              <dd>{t.number(devicesThisSession)}</dd>
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
            {action === 'copy-device-id' && copied
              ? t('ui.result.copied')
              : t.msg(actionLabels[action])}
          </button>
        ))}
      </div>
    </section>
  );
}
