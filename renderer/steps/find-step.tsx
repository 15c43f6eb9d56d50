import { FIELD_LIMITS } from '../../shared/limits';
import { useEffect } from 'react';
import { deviceIdProblem } from '../../shared/validate';
import { FormError, TextField } from '../components/fields';
import { HandoffNote } from '../components/handoff-note';
import { LedIndicator } from '../components/led-indicator';
import { SignalBars } from '../components/signal-bars';
import { selectPrefix } from '../store/prefix';
import { useAppState } from '../store/store-context';

/** The manual path's option, named once: the hint for hidden network names points at it. */
const MANUAL_OPTION = 'I’ll join it myself when asked';

export function FindStep() {
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
          <h3 id="find-title">Put the Photon in listening mode</h3>
          <p className="muted">
            Power it and hold SETUP for about 3 seconds until the LED blinks dark blue. Its {prefix}
            … network then appears below.
          </p>
        </div>
        <LedIndicator
          size="small"
          report={{
            state: 'listening',
            source: 'expected',
            basis: 'What the device should show now.',
          }}
        />
      </div>

      <div className="list-heading">
        <h4>{prefix}… networks this computer sees</h4>
        <button
          type="button"
          className="button-secondary"
          onClick={() => void findDevices()}
          disabled={request.busy}
        >
          {request.busy ? 'Scanning…' : 'Scan again'}
        </button>
      </div>
      <FormError message={request.error} />
      {found !== null && !found.ssidsReadable && (
        <p className="note note-warn" role="status">
          {found.hint ?? 'This computer hides Wi-Fi network names.'} You can still continue: choose
          “{MANUAL_OPTION}”, and join the {prefix}… network from the system Wi-Fi menu when the
          checklist asks.
        </p>
      )}
      <fieldset className="choice-list choice-list-compact">
        <legend className="visually-hidden">Device to set up</legend>
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
            No {prefix}… network yet. Check the LED blinks dark blue, then scan again.
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
            <strong>{MANUAL_OPTION}</strong>
            <span className="muted small">
              For computers where Photon Setup cannot switch Wi-Fi: after the cloud step, join the{' '}
              {prefix}… network from the system Wi-Fi menu when the checklist asks.
            </span>
          </span>
        </label>
      </fieldset>

      <TextField
        label="Device id (optional)"
        maxLength={FIELD_LIMITS.deviceIdFilter}
        value={knownDeviceId}
        onChange={setKnownDeviceId}
        hint="From the label or box, if known. In product mode it is imported before the computer leaves the internet."
        error={idProblem}
        spellCheck={false}
      />
      {/* Kept in view at the bottom of the window, however long the list above grows. */}
      <div className="action-bar">
        <FormError
          message={
            runRequest.error ?? (account === null ? 'Connect an account first (step 1).' : null)
          }
        />
        <div className="actions">
          <button
            type="button"
            className="button-primary"
            disabled={!canStart || runRequest.busy}
            onClick={() => void startRun()}
          >
            {runRequest.busy ? 'Starting…' : 'Start setup'}
          </button>
          {!chosen && <span className="muted small">Choose the Photon above first.</span>}
        </div>
      </div>
    </section>
  );
}
