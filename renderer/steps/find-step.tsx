import { useEffect } from 'react';
import { m } from '../../shared/i18n';
import { FIELD_LIMITS } from '../../shared/limits';
import { deviceIdProblem } from '../../shared/validate';
import { FormError, TextField } from '../components/fields';
import { HandoffNote } from '../components/handoff-note';
import { LedIndicator } from '../components/led-indicator';
import { SignalBars } from '../components/signal-bars';
import { useT } from '../i18n/use-t';
import { selectPrefix } from '../store/prefix';
import { useAppState } from '../store/store-context';

/** What the small LED beside the instructions stands for (a Message, like the core's). */
const LISTENING_BASIS = m('ui.find.led-basis');

export function FindStep() {
  const t = useT();
  const found = useAppState((state) => state.found);
  const request = useAppState((state) => state.requests.find);
  const findDevices = useAppState((state) => state.findDevices);
  const selected = useAppState((state) => state.selectedDeviceSsid);
  const manual = useAppState((state) => state.manualJoin);
  const selectDevice = useAppState((state) => state.selectDevice);
  const knownDeviceId = useAppState((state) => state.knownDeviceId);
  const setKnownDeviceId = useAppState((state) => state.setKnownDeviceId);
  const startRun = useAppState((state) => state.startRun);
  const runRequest = useAppState((state) => state.requests.run);
  const account = useAppState((state) => state.account);
  const prefix = useAppState(selectPrefix);

  useEffect(() => {
    void findDevices();
  }, [findDevices]);

  const idProblem = knownDeviceId.trim() === '' ? null : deviceIdProblem(knownDeviceId);
  const chosen = selected !== null || manual;
  const canStart = chosen && idProblem === null && account !== null;

  return (
    <section className="card find-card" aria-labelledby="find-title">
      <HandoffNote />
      <div className="find-layout">
        <div>
          <h3 id="find-title">{t('ui.find.title')}</h3>
          <p className="muted">{t('ui.find.instructions', { prefix })}</p>
        </div>
        <LedIndicator
          size="small"
          report={{
            state: 'listening',
            source: 'expected',
            basis: LISTENING_BASIS,
          }}
        />
      </div>

      <div className="list-heading">
        <h4>{t('ui.find.list-title', { prefix })}</h4>
        <button
          type="button"
          className="button-secondary"
          onClick={() => void findDevices()}
          disabled={request.busy}
        >
          {request.busy ? t('ui.find.scanning') : t('ui.find.scan-again')}
        </button>
      </div>
      <FormError message={request.error} />
      {found !== null && !found.ssidsReadable && (
        <p className="note note-warn" role="status">
          {t('ui.find.names-hidden', {
            hint: found.hint ?? m('ui.find.names-hidden.default'),
            manual: m('ui.find.manual'),
            prefix,
          })}
        </p>
      )}
      <fieldset className="choice-list choice-list-compact">
        <legend className="visually-hidden">{t('ui.find.devices')}</legend>
        {found?.devices.map((device) => (
          <label
            key={device.ssid}
            className={`choice${selected === device.ssid && !manual ? ' choice-on' : ''}`}
          >
            <input
              type="radio"
              name="device"
              checked={selected === device.ssid && !manual}
              onChange={() => selectDevice(device.ssid)}
            />
            <span className="choice-row">
              <strong>{device.ssid}</strong>
              {device.bars !== null && <SignalBars bars={device.bars} />}
            </span>
          </label>
        ))}
        {found !== null && found.devices.length === 0 && found.ssidsReadable && (
          <p className="empty" role="status">
            {t('ui.find.none', { prefix })}
          </p>
        )}
        <label className={`choice${manual ? ' choice-on' : ''}`}>
          <input
            type="radio"
            name="device"
            checked={manual}
            onChange={() => selectDevice(null, true)}
          />
          <span>
            <strong>{t('ui.find.manual')}</strong>
            <span className="muted small">{t('ui.find.manual.hint', { prefix })}</span>
          </span>
        </label>
      </fieldset>

      <TextField
        label={t('ui.find.device-id.label')}
        maxLength={FIELD_LIMITS.deviceIdFilter}
        value={knownDeviceId}
        onChange={setKnownDeviceId}
        hint={t('ui.find.device-id.hint')}
        error={idProblem}
        spellCheck={false}
      />
      {/* Kept in view at the bottom of the window, however long the list above grows. */}
      <div className="action-bar">
        <FormError
          message={runRequest.error ?? (account === null ? m('ui.find.account-first') : null)}
        />
        <div className="actions">
          <button
            type="button"
            className="button-primary"
            disabled={!canStart || runRequest.busy}
            onClick={() => void startRun()}
          >
            {runRequest.busy ? t('ui.find.starting') : t('ui.find.start')}
          </button>
          {!chosen && <span className="muted small">{t('ui.find.choose-above')}</span>}
        </div>
      </div>
    </section>
  );
}
