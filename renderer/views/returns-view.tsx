import { useRef, useState, type FormEvent } from 'react';
import { FIELD_LIMITS } from '../../shared/limits';
import { emailSchema } from '../../shared/provisioning';
import type { DeviceLookup, ReleaseActivity, StepState } from '../../shared/returns';
import { Checkbox, FormError, TextField } from '../components/fields';
import { useFocusOnMount } from '../components/focus';
import { LedIndicator } from '../components/led-indicator';
import { schemaProblems } from '../forms/schema-problems';
import { selectPrefix } from '../store/prefix';
import type { NextOwner } from '../store/state';
import { useAppState } from '../store/store-context';

const stateWords: Record<StepState, string> = {
  pending: 'To do',
  done: 'Done',
  'already-done': 'Already done',
  failed: 'Failed',
  'not-run': 'Not run',
};

const stateTag = (state: StepState): string =>
  state === 'failed'
    ? 'tag-fail'
    : state === 'pending' || state === 'not-run'
      ? 'tag-warn'
      : 'tag-ok';

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
  const lookup = useAppState((state) => state.lookup);
  const activity = useAppState((state) => state.activity);
  const released = activity?.report?.complete === true;
  // A complete release replaces the lookup: right after it the cloud's view lags or is blind.
  const showLookup =
    lookup !== null &&
    !released &&
    (activity === null || activity.plan.deviceId === lookup.deviceId);

  return (
    <div className="returns">
      <LookupCard />
      {showLookup && <LookupResult lookup={lookup} />}
      {activity !== null && !released && <PlanCard activity={activity} />}
      {activity !== null && released && <ReleasedCard activity={activity} />}
      <DeviceGuidance />
    </div>
  );
}

function LookupCard() {
  const account = useAppState((state) => state.account);
  const draft = useAppState((state) => state.returnsDraftId);
  const setDraft = useAppState((state) => state.setReturnsDraftId);
  const lookUp = useAppState((state) => state.lookUp);
  const lookupRequest = useAppState((state) => state.requests.lookup);
  const photonsRequest = useAppState((state) => state.requests.photons);
  const readRequest = useAppState((state) => state.requests.readId);
  const findPhotons = useAppState((state) => state.findPhotons);
  const readIdFrom = useAppState((state) => state.readIdFrom);
  const photons = useAppState((state) => state.photons);
  const prefix = useAppState(selectPrefix);

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    void lookUp();
  };

  return (
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
      <form className="lookup-form" onSubmit={submit} noValidate>
        <TextField
          label="Device id"
          value={draft}
          onChange={setDraft}
          spellCheck={false}
          maxLength={FIELD_LIMITS.lookupDeviceId}
          hint="24 characters from the label, the box or the console; any case."
          error={lookupRequest.error}
        />
        <div className="actions">
          <button
            type="submit"
            className="button-primary"
            disabled={lookupRequest.busy || account === null}
          >
            {lookupRequest.busy ? 'Looking up…' : 'Look up'}
          </button>
          <button
            type="button"
            className="button-secondary"
            onClick={() => void findPhotons()}
            disabled={photonsRequest.busy || readRequest.busy}
          >
            {photonsRequest.busy
              ? 'Looking for Photons…'
              : 'Read it from a device in listening mode…'}
          </button>
        </div>
      </form>
      {photons !== null && (
        <div className="read-from-device">
          {photons.length === 0 ? (
            <p className="empty">
              No {prefix}… network found. Hold SETUP until the LED blinks dark blue, then try again.
            </p>
          ) : (
            <ul className="inline-list" aria-label="Photons in listening mode">
              {photons.map((ssid) => (
                <li key={ssid}>
                  <button
                    type="button"
                    className="button-secondary"
                    disabled={readRequest.busy}
                    onClick={() => void readIdFrom(ssid)}
                  >
                    {readRequest.busy ? 'Reading…' : `Read the id of ${ssid}`}
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
      <FormError message={photonsRequest.error ?? readRequest.error} />
    </section>
  );
}

function LookupResult({ lookup }: { lookup: DeviceLookup }) {
  const wants = useAppState((state) => state.wants);
  const setWants = useAppState((state) => state.setWants);
  const planRelease = useAppState((state) => state.planRelease);
  const request = useAppState((state) => state.requests.plan);
  const card = useRef<HTMLElement>(null);
  useFocusOnMount(card);
  const inProduct = lookup.product !== null;

  return (
    <section className="card" aria-labelledby="lookup-title" data-testid="lookup-result" ref={card}>
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
                checked={wants.removeFromProduct}
                onChange={(removeFromProduct) => setWants({ removeFromProduct })}
              />
              <Checkbox
                label="Then re-add it to the product (ready for a product claim code)"
                checked={wants.reAddToProduct}
                onChange={(reAddToProduct) => setWants({ reAddToProduct })}
              />
            </>
          )}
          <FormError message={request.error} />
          <div className="actions">
            <button
              type="button"
              className="button-secondary"
              onClick={() => void planRelease()}
              disabled={request.busy}
            >
              {request.busy ? 'Planning…' : 'Plan the release'}
            </button>
          </div>
        </>
      )}
    </section>
  );
}

function PlanCard({ activity }: { activity: ReleaseActivity }) {
  const runPlan = useAppState((state) => state.runPlan);
  const request = useAppState((state) => state.requests.release);
  const card = useRef<HTMLElement>(null);
  useFocusOnMount(card);
  const { plan, report, running } = activity;
  const busy = running || request.busy;

  return (
    <section className="card" aria-labelledby="plan-title" data-testid="release-plan" ref={card}>
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
                  <span className={`tag ${stateTag(step.state)}`}>{stateWords[step.state]}</span>
                </div>
                <p>{step.description}</p>
                <p className="muted small">{step.undo}</p>
                {step.error !== null && <p className="field-error">{step.error}</p>}
              </li>
            ))}
          </ol>
          {report !== null && (
            <p className="form-error" role="status">
              {report.summary}
            </p>
          )}
          <FormError message={request.error} />
          <div className="actions">
            <button
              type="button"
              className="button-primary"
              onClick={() => void runPlan()}
              disabled={busy}
              data-autofocus
            >
              {busy ? 'Working…' : report === null ? 'Confirm and release' : 'Run the plan again'}
            </button>
          </div>
        </>
      )}
    </section>
  );
}

/** After a complete release: where the device is now (from the steps that ran), and who next. */
function ReleasedCard({ activity }: { activity: ReleaseActivity }) {
  const card = useRef<HTMLElement>(null);
  useFocusOnMount(card);
  const report = activity.report;
  if (report === null) return null;
  const left = report.leftAs;
  const product = left?.product ?? null;
  const productName = product === null ? null : `${product.name ?? 'Product'} #${product.id}`;

  return (
    <section
      className="card result result-success"
      aria-labelledby="released-title"
      data-testid="released"
      ref={card}
    >
      <p className="eyebrow">Released</p>
      <h3 id="released-title">Device {activity.plan.deviceId} is released</h3>
      <dl className="facts">
        <div>
          <dt>Owner now</dt>
          <dd data-testid="released-owner">Nobody — unclaimed</dd>
        </div>
        <div>
          <dt>Product now</dt>
          <dd data-testid="released-product">
            {productName === null ? 'None (a plain developer device)' : `In ${productName}`}
          </dd>
        </div>
      </dl>
      <ol className="plan-steps plan-steps-compact">
        {activity.plan.steps.map((step) => (
          <li key={step.id} className={`plan-step plan-${step.state}`}>
            <div className="plan-step-head">
              <strong>{step.title}</strong>
              <span className={`tag ${stateTag(step.state)}`}>{stateWords[step.state]}</span>
            </div>
          </li>
        ))}
      </ol>
      <NextOwnerForm />
    </section>
  );
}

function NextOwnerForm() {
  const account = useAppState((state) => state.account);
  const setUpForNextOwner = useAppState((state) => state.setUpForNextOwner);
  const request = useAppState((state) => state.requests.nextOwner);
  const product = account?.mode === 'product';
  const [choice, setChoice] = useState<'customer' | 'this-account' | 'other-account'>(
    product ? 'customer' : 'this-account',
  );
  const [email, setEmail] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    let owner: NextOwner;
    if (choice === 'customer') {
      const found = schemaProblems(emailSchema, email)[''];
      setProblem(found ?? null);
      if (found !== undefined) return;
      owner = { kind: 'customer', email: email.trim() };
    } else owner = { kind: choice };
    void setUpForNextOwner(owner);
  };

  return (
    <form className="next-owner" onSubmit={submit} noValidate aria-labelledby="next-owner-title">
      <h4 id="next-owner-title">Who is its next owner?</h4>
      <fieldset className="choice-list choice-list-compact">
        <legend className="visually-hidden">Next owner</legend>
        {product && (
          <label className={`choice${choice === 'customer' ? ' choice-on' : ''}`}>
            <input
              type="radio"
              name="next-owner"
              checked={choice === 'customer'}
              onChange={() => setChoice('customer')}
            />
            <span>
              <strong>A customer of {account?.product?.name ?? 'the product'}</strong>
              <span className="muted small">Claimed to their email; created if new.</span>
            </span>
          </label>
        )}
        {!product && account !== null && (
          <label className={`choice${choice === 'this-account' ? ' choice-on' : ''}`}>
            <input
              type="radio"
              name="next-owner"
              checked={choice === 'this-account'}
              onChange={() => setChoice('this-account')}
            />
            <span>
              <strong>This account ({account.owner})</strong>
            </span>
          </label>
        )}
        <label className={`choice${choice === 'other-account' ? ' choice-on' : ''}`}>
          <input
            type="radio"
            name="next-owner"
            checked={choice === 'other-account'}
            onChange={() => setChoice('other-account')}
          />
          <span>
            <strong>Another developer account</strong>
            <span className="muted small">Signs out here; you sign in with theirs next.</span>
          </span>
        </label>
      </fieldset>
      {choice === 'customer' && (
        <TextField
          label="Next owner’s email"
          type="email"
          value={email}
          onChange={(value) => {
            setEmail(value);
            setProblem(null);
          }}
          maxLength={FIELD_LIMITS.email}
          error={problem ?? request.fields.customerEmail}
          data-autofocus
        />
      )}
      <FormError message={request.error} />
      <div className="actions">
        <button
          type="submit"
          className="button-primary"
          disabled={request.busy}
          {...(choice === 'customer' ? {} : { 'data-autofocus': true })}
        >
          {request.busy ? 'Working…' : 'Set it up for its next owner'}
        </button>
      </div>
    </form>
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
