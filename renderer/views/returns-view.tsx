import { useRef, useState, type FormEvent } from 'react';
import { m, type Message } from '../../shared/i18n';
import { FIELD_LIMITS } from '../../shared/limits';
import { emailSchema } from '../../shared/provisioning';
import type { DeviceLookup, ReleaseActivity, StepState } from '../../shared/returns';
import { Checkbox, FormError, TextField } from '../components/fields';
import { useFocusOnMount } from '../components/focus';
import { LedIndicator } from '../components/led-indicator';
import { schemaProblems } from '../forms/schema-problems';
import { useT, type Translate } from '../i18n/use-t';
import { selectPrefix } from '../store/prefix';
import type { NextOwner } from '../store/state';
import { useAppState } from '../store/store-context';

const stateWords: Record<StepState, Message> = {
  pending: m('views.returns.step.pending'),
  done: m('views.returns.step.done'),
  'already-done': m('views.returns.step.already-done'),
  failed: m('views.returns.step.failed'),
  'not-run': m('views.returns.step.not-run'),
};

/** How the CLI says it; never translated (a command the operator types). */
const FLASH_TINKER = 'particle flash --usb tinker';

const stateTag = (state: StepState): string =>
  state === 'failed'
    ? 'tag-fail'
    : state === 'pending' || state === 'not-run'
      ? 'tag-warn'
      : 'tag-ok';

function ownerText(t: Translate, lookup: DeviceLookup): string {
  switch (lookup.owner.kind) {
    case 'customer':
      return t('views.returns.owner.customer', { email: lookup.owner.email });
    case 'user':
      return lookup.owner.isSignedInUser
        ? t('views.returns.owner.user-signed-in', { username: lookup.owner.username })
        : t('views.returns.owner.user', { username: lookup.owner.username });
    case 'none':
      return t('views.returns.owner.none');
    case 'unknown':
      return t('views.returns.owner.unknown');
  }
}

/** A product by its name and number ("Temperature Monitor #1319"). */
const productText = (t: Translate, product: { id: number; name: string | null }): string =>
  product.name === null
    ? t('views.returns.product.unnamed', { id: product.id })
    : t('views.returns.product.named', { name: product.name, id: product.id });

/** Whether the cloud sees it online, and when it last heard from it. */
function onlineText(t: Translate, lookup: DeviceLookup): string {
  const online =
    lookup.online === null
      ? m('views.returns.online.unknown')
      : lookup.online
        ? m('views.returns.online.yes')
        : m('views.returns.online.no');
  return lookup.lastHeard === null
    ? t.msg(online)
    : t('views.returns.online.last-heard', { online, when: t.dateTime(lookup.lastHeard) });
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
  const t = useT();
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
      <h2 id="returns-title">{t('views.returns.title')}</h2>
      <p className="muted">{t('views.returns.intro')}</p>
      {account === null && <p className="note note-warn">{t('views.returns.no-account')}</p>}
      <form className="lookup-form" onSubmit={submit} noValidate>
        <TextField
          label={t('views.returns.device-id.label')}
          value={draft}
          onChange={setDraft}
          spellCheck={false}
          maxLength={FIELD_LIMITS.lookupDeviceId}
          hint={t('views.returns.device-id.hint')}
          error={lookupRequest.error}
        />
        <div className="actions">
          <button
            type="submit"
            className="button-primary"
            disabled={lookupRequest.busy || account === null}
          >
            {lookupRequest.busy ? t('views.returns.looking-up') : t('views.returns.look-up')}
          </button>
          <button
            type="button"
            className="button-secondary"
            onClick={() => void findPhotons()}
            disabled={photonsRequest.busy || readRequest.busy}
          >
            {photonsRequest.busy
              ? t('views.returns.finding-photons')
              : t('views.returns.read-from-device')}
          </button>
        </div>
      </form>
      {photons !== null && (
        <div className="read-from-device">
          {photons.length === 0 ? (
            <p className="empty">{t('views.returns.no-photons', { prefix })}</p>
          ) : (
            <ul className="inline-list" aria-label={t('views.returns.photons.label')}>
              {photons.map((ssid) => (
                <li key={ssid}>
                  <button
                    type="button"
                    className="button-secondary"
                    disabled={readRequest.busy}
                    onClick={() => void readIdFrom(ssid)}
                  >
                    {readRequest.busy
                      ? t('views.returns.reading')
                      : t('views.returns.read-id', { ssid })}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <p className="muted small">{t('views.returns.joins-briefly')}</p>
        </div>
      )}
      <FormError message={photonsRequest.error ?? readRequest.error} />
    </section>
  );
}

function LookupResult({ lookup }: { lookup: DeviceLookup }) {
  const t = useT();
  const wants = useAppState((state) => state.wants);
  const setWants = useAppState((state) => state.setWants);
  const planRelease = useAppState((state) => state.planRelease);
  const request = useAppState((state) => state.requests.plan);
  const card = useRef<HTMLElement>(null);
  useFocusOnMount(card);
  const inProduct = lookup.product !== null;

  return (
    <section className="card" aria-labelledby="lookup-title" data-testid="lookup-result" ref={card}>
      <h3 id="lookup-title">{t('views.returns.device.title', { deviceId: lookup.deviceId })}</h3>
      <dl className="facts">
        <div>
          <dt>{t('views.returns.fact.owner')}</dt>
          <dd data-testid="lookup-owner">{ownerText(t, lookup)}</dd>
        </div>
        <div>
          <dt>{t('views.returns.fact.product')}</dt>
          <dd>
            {lookup.product === null
              ? t('views.returns.product.none')
              : productText(t, lookup.product)}
          </dd>
        </div>
        <div>
          <dt>{t('views.returns.fact.online')}</dt>
          <dd>{onlineText(t, lookup)}</dd>
        </div>
        <div>
          <dt>{t('views.returns.fact.history')}</dt>
          <dd>{t('views.returns.history.count', { count: lookup.history.length })}</dd>
        </div>
      </dl>
      {lookup.limits.map((limit, index) => (
        <p key={`${index}-${limit.id}`} className="note note-warn">
          {t.msg(limit)}
        </p>
      ))}
      {lookup.visible && (
        <>
          {inProduct && (
            <>
              <Checkbox
                label={t('views.returns.want.remove')}
                checked={wants.removeFromProduct}
                onChange={(removeFromProduct) => setWants({ removeFromProduct })}
              />
              <Checkbox
                label={t('views.returns.want.re-add')}
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
              {request.busy ? t('views.returns.planning') : t('views.returns.plan')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}

function PlanCard({ activity }: { activity: ReleaseActivity }) {
  const t = useT();
  const runPlan = useAppState((state) => state.runPlan);
  const request = useAppState((state) => state.requests.release);
  const card = useRef<HTMLElement>(null);
  useFocusOnMount(card);
  const { plan, report, running } = activity;
  const busy = running || request.busy;

  return (
    <section className="card" aria-labelledby="plan-title" data-testid="release-plan" ref={card}>
      <h3 id="plan-title">{t('views.returns.plan.title', { deviceId: plan.deviceId })}</h3>
      {plan.refusal !== null ? (
        <p className="form-error" role="alert">
          {t.msg(plan.refusal)}
        </p>
      ) : (
        <>
          <ol className="plan-steps">
            {plan.steps.map((step) => (
              <li key={step.id} className={`plan-step plan-${step.state}`}>
                <div className="plan-step-head">
                  <strong>{t.msg(step.title)}</strong>
                  <span className={`tag ${stateTag(step.state)}`}>
                    {t.msg(stateWords[step.state])}
                  </span>
                </div>
                <p>{t.msg(step.description)}</p>
                <p className="muted small">{t.msg(step.undo)}</p>
                {step.error !== null && <p className="field-error">{t.msg(step.error)}</p>}
              </li>
            ))}
          </ol>
          {report !== null && (
            <p className="form-error" role="status">
              {t.msg(report.summary)}
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
              {busy
                ? t('views.returns.working')
                : report === null
                  ? t('views.returns.confirm')
                  : t('views.returns.run-again')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}

/** After a complete release: where the device is now (from the steps that ran), and who next. */
function ReleasedCard({ activity }: { activity: ReleaseActivity }) {
  const t = useT();
  const card = useRef<HTMLElement>(null);
  useFocusOnMount(card);
  const report = activity.report;
  if (report === null) return null;
  const left = report.leftAs;
  const product = left?.product ?? null;
  const productName = product === null ? null : productText(t, product);

  return (
    <section
      className="card result result-success"
      aria-labelledby="released-title"
      data-testid="released"
      ref={card}
    >
      <p className="eyebrow">{t('views.returns.released.eyebrow')}</p>
      <h3 id="released-title">
        {t('views.returns.released.title', { deviceId: activity.plan.deviceId })}
      </h3>
      <dl className="facts">
        <div>
          <dt>{t('views.returns.released.owner')}</dt>
          <dd data-testid="released-owner">{t('views.returns.owner.none')}</dd>
        </div>
        <div>
          <dt>{t('views.returns.released.product')}</dt>
          <dd data-testid="released-product">
            {productName === null
              ? t('views.returns.released.product.none')
              : t('views.returns.released.product.in', { product: productName })}
          </dd>
        </div>
      </dl>
      <ol className="plan-steps plan-steps-compact">
        {activity.plan.steps.map((step) => (
          <li key={step.id} className={`plan-step plan-${step.state}`}>
            <div className="plan-step-head">
              <strong>{t.msg(step.title)}</strong>
              <span className={`tag ${stateTag(step.state)}`}>{t.msg(stateWords[step.state])}</span>
            </div>
          </li>
        ))}
      </ol>
      <NextOwnerForm />
    </section>
  );
}

function NextOwnerForm() {
  const t = useT();
  const account = useAppState((state) => state.account);
  const setUpForNextOwner = useAppState((state) => state.setUpForNextOwner);
  const request = useAppState((state) => state.requests.nextOwner);
  const product = account?.mode === 'product';
  const [choice, setChoice] = useState<'customer' | 'this-account' | 'other-account'>(
    product ? 'customer' : 'this-account',
  );
  const [email, setEmail] = useState('');
  const [problem, setProblem] = useState<Message | null>(null);

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
      <h4 id="next-owner-title">{t('views.returns.next.title')}</h4>
      <fieldset className="choice-list choice-list-compact">
        <legend className="visually-hidden">{t('views.returns.next.legend')}</legend>
        {product && (
          <label className={`choice${choice === 'customer' ? ' choice-on' : ''}`}>
            <input
              type="radio"
              name="next-owner"
              checked={choice === 'customer'}
              onChange={() => setChoice('customer')}
            />
            <span>
              <strong>
                {account?.product?.name === null || account?.product?.name === undefined
                  ? t('views.returns.next.customer')
                  : t('views.returns.next.customer-of', { product: account.product.name })}
              </strong>
              <span className="muted small">{t('views.returns.next.customer.hint')}</span>
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
              <strong>{t('views.returns.next.this-account', { owner: account.owner })}</strong>
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
            <strong>{t('views.returns.next.other-account')}</strong>
            <span className="muted small">{t('views.returns.next.other-account.hint')}</span>
          </span>
        </label>
      </fieldset>
      {choice === 'customer' && (
        <TextField
          label={t('views.returns.next.email')}
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
          {request.busy ? t('views.returns.working') : t('views.returns.next.submit')}
        </button>
      </div>
    </form>
  );
}

/** What to do to the device itself: clear its Wi-Fi, what the claimed flag means, and firmware. */
function DeviceGuidance() {
  const t = useT();
  return (
    <section className="card" aria-labelledby="guidance-title">
      <h3 id="guidance-title">{t('views.returns.guidance.title')}</h3>
      <ol className="guidance-steps">
        <li>
          <LedIndicator
            size="small"
            report={{
              state: 'listening',
              source: 'expected',
              basis: m('views.returns.guidance.hold-setup'),
            }}
          />
        </li>
        <li>
          <LedIndicator
            size="small"
            report={{
              state: 'clearing-credentials',
              source: 'expected',
              basis: m('views.returns.guidance.keep-holding'),
            }}
          />
        </li>
        <li>
          <LedIndicator
            size="small"
            report={{
              state: 'listening',
              source: 'expected',
              basis: m('views.returns.guidance.ready'),
            }}
          />
        </li>
      </ol>
      <p className="note">
        {t.rich(
          'views.returns.guidance.claimed-flag',
          { flag: t('views.returns.guidance.already-claimed') },
          { flag: <em>{t('views.returns.guidance.already-claimed')}</em> },
        )}
      </p>
      <p className="note">
        {t.rich(
          'views.returns.guidance.firmware',
          { command: FLASH_TINKER },
          { command: <code>{FLASH_TINKER}</code> },
        )}
      </p>
    </section>
  );
}
