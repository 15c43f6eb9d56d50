import { useEffect, useState, type FormEvent } from 'react';
import type { DeviceLookup, ReleasePlan, ReleaseReport, StepState } from '../../shared/returns';
import { deviceIdProblem } from '../../shared/validate';
import { Checkbox, FormError, TextField } from '../components/fields';
import { LedIndicator } from '../components/led-indicator';
import { sentence } from '../store/app-store';
import { useAppState } from '../store/store-context';

const stateWords: Record<StepState, string> = {
  pending: 'To do',
  done: 'Done',
  'already-done': 'Already done',
  failed: 'Failed',
  'not-run': 'Not run',
};

function ownerText(lookup: DeviceLookup): string {
  switch (lookup.owner.kind) {
    case 'customer':
      return `Customer ${lookup.owner.email}`;
    case 'user':
      return `${lookup.owner.username}${lookup.owner.isSignedInUser ? ' (the signed-in account)' : ''}`;
    case 'none':
      return 'Nobody — unclaimed';
    case 'unknown':
      return 'Not visible to these credentials';
  }
}

/** Returned units: look a device up, release it with a confirmed plan, then set it up again. */
export function ReturnsView() {
  const bridge = useAppState((state) => state.bridge);
  const account = useAppState((state) => state.account);
  const goTo = useAppState((state) => state.goTo);
  const setKnownDeviceId = useAppState((state) => state.setKnownDeviceId);
  const [deviceId, setDeviceId] = useState('');
  const [idError, setIdError] = useState<string | null>(null);
  const [lookup, setLookup] = useState<DeviceLookup | null>(null);
  const [removeFromProduct, setRemoveFromProduct] = useState(false);
  const [reAdd, setReAdd] = useState(false);
  const [plan, setPlan] = useState<ReleasePlan | null>(null);
  const [report, setReport] = useState<ReleaseReport | null>(null);
  const [busy, setBusy] = useState<'lookup' | 'plan' | 'run' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [photons, setPhotons] = useState<string[] | null>(null);
  const [reading, setReading] = useState(false);

  useEffect(
    () =>
      bridge.on('returns.progress', ({ plan: updated }) => {
        setPlan((current) =>
          current !== null && current.planId === updated.planId ? updated : current,
        );
      }),
    [bridge],
  );

  const doLookup = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const problem = deviceIdProblem(deviceId);
    setIdError(problem);
    if (problem !== null) return;
    setBusy('lookup');
    setError(null);
    setPlan(null);
    setReport(null);
    try {
      setLookup(await bridge.call('returns.lookup', { deviceId }));
    } catch (failure) {
      setError(sentence(failure));
    } finally {
      setBusy(null);
    }
  };

  const buildPlan = async (): Promise<void> => {
    if (lookup === null) return;
    setBusy('plan');
    setError(null);
    setReport(null);
    try {
      setPlan(
        await bridge.call('returns.plan', {
          deviceId: lookup.deviceId,
          wants: { removeFromProduct, reAddToProduct: reAdd },
        }),
      );
    } catch (failure) {
      setError(sentence(failure));
    } finally {
      setBusy(null);
    }
  };

  const runPlan = async (): Promise<void> => {
    if (plan === null) return;
    setBusy('run');
    setError(null);
    try {
      const result = await bridge.call('returns.execute', { planId: plan.planId });
      setReport(result);
      setPlan(result.plan);
      setLookup(await bridge.call('returns.lookup', { deviceId: plan.deviceId }));
    } catch (failure) {
      setError(sentence(failure));
    } finally {
      setBusy(null);
    }
  };

  const findPhotons = async (): Promise<void> => {
    setError(null);
    try {
      const found = await bridge.call('device.find', {});
      setPhotons(found.devices.map((device) => device.ssid));
      if (!found.ssidsReadable && found.hint !== null) setError(found.hint);
    } catch (failure) {
      setError(sentence(failure));
    }
  };

  const readFrom = async (ssid: string): Promise<void> => {
    setReading(true);
    setError(null);
    try {
      const info = await bridge.call('returns.readDeviceId', { ssid });
      setDeviceId(info.deviceId);
      setIdError(null);
    } catch (failure) {
      setError(sentence(failure));
    } finally {
      setReading(false);
    }
  };

  const setUpAgain = (): void => {
    if (lookup !== null) setKnownDeviceId(lookup.deviceId);
    goTo('account');
  };

  const inProduct = lookup?.product !== null && lookup?.product !== undefined;

  return (
    <div className="returns">
      <section className="card" aria-labelledby="returns-title">
        <h2 id="returns-title">Returned units</h2>
        <p className="muted">
          A unit came back? Look it up, release it from its owner (and product, if needed), then set
          it up for its next owner. Nothing changes until you confirm the plan.
        </p>
        {account === null && (
          <p className="note note-warn">
            Connect an account first (Setup → Account): lookups use its credentials.
          </p>
        )}
        <form className="lookup-form" onSubmit={(event) => void doLookup(event)} noValidate>
          <TextField
            label="Device id"
            value={deviceId}
            onChange={setDeviceId}
            spellCheck={false}
            hint="24 characters from the label, the box or the console; any case."
            error={idError}
          />
          <div className="actions">
            <button
              type="submit"
              className="button-primary"
              disabled={busy !== null || account === null}
            >
              {busy === 'lookup' ? 'Looking up…' : 'Look up'}
            </button>
            <button
              type="button"
              className="button-secondary"
              onClick={() => void findPhotons()}
              disabled={reading}
            >
              Read it from a device in listening mode…
            </button>
          </div>
        </form>
        {photons !== null && (
          <div className="read-from-device">
            {photons.length === 0 ? (
              <p className="empty">
                No Photon-… network found. Hold SETUP until the LED blinks dark blue, then try
                again.
              </p>
            ) : (
              <ul className="inline-list" aria-label="Photons in listening mode">
                {photons.map((ssid) => (
                  <li key={ssid}>
                    <button
                      type="button"
                      className="button-secondary"
                      disabled={reading}
                      onClick={() => void readFrom(ssid)}
                    >
                      {reading ? 'Reading…' : `Read the id of ${ssid}`}
                    </button>
                  </li>
                ))}
              </ul>
            )}
            <p className="muted small">
              This computer joins that network for a moment and comes back to its own Wi-Fi.
            </p>
          </div>
        )}
        <FormError message={error} />
      </section>

      {lookup !== null && (
        <section className="card" aria-labelledby="lookup-title" data-testid="lookup-result">
          <h3 id="lookup-title">Device {lookup.deviceId}</h3>
          <dl className="facts">
            <div>
              <dt>Owner</dt>
              <dd data-testid="lookup-owner">{ownerText(lookup)}</dd>
            </div>
            <div>
              <dt>Product</dt>
              <dd>
                {lookup.product === null
                  ? 'None (developer device)'
                  : `${lookup.product.name ?? 'Product'} #${lookup.product.id}`}
              </dd>
            </div>
            <div>
              <dt>Online</dt>
              <dd>
                {lookup.online === null ? 'Unknown' : lookup.online ? 'Yes' : 'No'}
                {lookup.lastHeard === null
                  ? ''
                  : ` · last heard ${new Date(lookup.lastHeard).toLocaleString()}`}
              </dd>
            </div>
            <div>
              <dt>History here</dt>
              <dd>{lookup.history.length} record(s)</dd>
            </div>
          </dl>
          {lookup.limits.map((limit) => (
            <p key={limit} className="note note-warn">
              {limit}
            </p>
          ))}
          {lookup.visible && (
            <>
              {inProduct && (
                <>
                  <Checkbox
                    label="Also remove it from the product (makes it a plain developer device)"
                    checked={removeFromProduct}
                    onChange={setRemoveFromProduct}
                  />
                  <Checkbox
                    label="Then re-add it to the product (ready for a product claim code)"
                    checked={reAdd}
                    onChange={setReAdd}
                  />
                </>
              )}
              <div className="actions">
                <button
                  type="button"
                  className="button-secondary"
                  onClick={() => void buildPlan()}
                  disabled={busy !== null}
                >
                  {busy === 'plan' ? 'Planning…' : 'Plan the release'}
                </button>
              </div>
            </>
          )}
        </section>
      )}

      {plan !== null && (
        <section className="card" aria-labelledby="plan-title" data-testid="release-plan">
          <h3 id="plan-title">Plan for {plan.deviceId}</h3>
          {plan.refusal !== null ? (
            <p className="form-error" role="alert">
              {plan.refusal}
            </p>
          ) : (
            <>
              <ol className="plan-steps">
                {plan.steps.map((step) => (
                  <li key={step.id} className={`plan-step plan-${step.state}`}>
                    <div className="plan-step-head">
                      <strong>{step.title}</strong>
                      <span
                        className={`tag ${step.state === 'failed' ? 'tag-fail' : step.state === 'pending' || step.state === 'not-run' ? 'tag-warn' : 'tag-ok'}`}
                      >
                        {stateWords[step.state]}
                      </span>
                    </div>
                    <p>{step.description}</p>
                    <p className="muted small">{step.undo}</p>
                    {step.error !== null && <p className="field-error">{step.error}</p>}
                  </li>
                ))}
              </ol>
              {report !== null && (
                <p className={report.complete ? 'note' : 'form-error'} role="status">
                  {report.summary}
                </p>
              )}
              <div className="actions">
                {report?.complete !== true && (
                  <button
                    type="button"
                    className="button-primary"
                    onClick={() => void runPlan()}
                    disabled={busy !== null}
                  >
                    {busy === 'run'
                      ? 'Working…'
                      : report === null
                        ? 'Confirm and release'
                        : 'Run the plan again'}
                  </button>
                )}
                {report?.complete === true && (
                  <button type="button" className="button-primary" onClick={setUpAgain}>
                    Set it up for its next owner
                  </button>
                )}
              </div>
            </>
          )}
        </section>
      )}

      <DeviceGuidance />
    </div>
  );
}

/** What to do to the device itself: clear its Wi-Fi, what the claimed flag means, and firmware. */
function DeviceGuidance() {
  return (
    <section className="card" aria-labelledby="guidance-title">
      <h3 id="guidance-title">On the device itself</h3>
      <ol className="guidance-steps">
        <li>
          <LedIndicator
            size="small"
            report={{
              state: 'listening',
              source: 'expected',
              basis: 'Hold SETUP for about 3 seconds.',
            }}
          />
        </li>
        <li>
          <LedIndicator
            size="small"
            report={{
              state: 'clearing-credentials',
              source: 'expected',
              basis:
                'Keep holding SETUP about 10 seconds more, then release: the stored Wi-Fi networks are erased.',
            }}
          />
        </li>
        <li>
          <LedIndicator
            size="small"
            report={{
              state: 'listening',
              source: 'expected',
              basis: 'Back to blinking dark blue with no networks: ready for its next setup.',
            }}
          />
        </li>
      </ol>
      <p className="note">
        The Photon keeps its own “claimed” flag (shown as <em>already claimed</em> when it is
        found). It can stay set after a cloud unclaim; it only records that a claim code was once
        accepted and does not give the old owner any access. The next setup sends a fresh claim
        code, and the cloud decides the new owner.
      </p>
      <p className="note">
        Re-flashing firmware (for example back to Tinker, or a product’s release) is outside Photon
        Setup. Use the Particle CLI over USB (<code>particle flash --usb tinker</code>), Particle
        Workbench, or the web tools at docs.particle.io.
      </p>
    </section>
  );
}
