import { useState, type FormEvent } from 'react';
import { m, type Message } from '../../shared/i18n';
import { FIELD_LIMITS } from '../../shared/limits';
import { accountInputSchema, mfaInputSchema, type AccountInput } from '../../shared/provisioning';
import { Checkbox, FormError, SecretField, TextField } from '../components/fields';
import { HandoffNote } from '../components/handoff-note';
import { rememberedWords, rememberLabel } from '../components/secret-words';
import { hasProblems, schemaProblems, type Problems } from '../forms/schema-problems';
import { useT } from '../i18n/use-t';
import { useAppState } from '../store/store-context';

type Method = AccountInput['method'];

const methodLabels: Readonly<Record<Method, readonly [Message, Message]>> = {
  token: [m('ui.account.method.token'), m('ui.account.method.developer')],
  login: [m('ui.account.method.login'), m('ui.account.method.developer')],
  product: [m('ui.account.method.product'), m('ui.account.method.product.hint')],
};

/** The demo's sign-ins, the same in every language (shown only in simulation). */
const DEMO = {
  token: 'demo0000000000000000000000000000000token',
  product: 'tempmon-v100',
  client: 'tempmon06-3459',
  secret: 'demo-client-secret-460edfd8d70742dd1f1e',
  wifi: 'Workshop',
  password: 'photon-demo-pass',
} as const;

export function AccountStep() {
  const t = useT();
  const account = useAppState((state) => state.account);
  const goTo = useAppState((state) => state.goTo);
  const signOut = useAppState((state) => state.signOut);
  const storage = useAppState((state) => state.info?.secretStorage);
  const request = useAppState((state) => state.requests.account);

  if (account === null) return <AccountForm />;
  return (
    <section
      className="card"
      aria-labelledby="account-connected-title"
      data-testid="account-summary"
    >
      <HandoffNote />
      <h3 id="account-connected-title">{t('ui.account.connected.title')}</h3>
      <dl className="facts">
        <div>
          <dt>{t('ui.account.connected.mode')}</dt>
          <dd>
            {account.mode === 'developer'
              ? t('ui.account.connected.mode.developer')
              : t('ui.account.connected.mode.product')}
          </dd>
        </div>
        {account.product !== null && (
          <div>
            <dt>{t('ui.account.connected.product')}</dt>
            <dd>
              {account.product.name}{' '}
              <span className="muted">
                {account.product.slug === null
                  ? t('ui.account.connected.product.id', { id: String(account.product.id) })
                  : t('ui.account.connected.product.id-slug', {
                      id: String(account.product.id),
                      slug: account.product.slug,
                    })}
              </span>
            </dd>
          </div>
        )}
        <div>
          <dt>{t('ui.account.connected.owner')}</dt>
          <dd data-testid="account-owner">{account.owner}</dd>
        </div>
        <div>
          <dt>{t('ui.account.connected.signed-in-as')}</dt>
          <dd>{account.signedInAs}</dd>
        </div>
        <div>
          <dt>{t('ui.account.connected.credentials')}</dt>
          <dd>
            {account.remembered
              ? t.msg(rememberedWords(storage))
              : t('ui.account.connected.credentials.session')}
          </dd>
        </div>
      </dl>
      <FormError message={request.error} />
      <div className="actions">
        <button
          type="button"
          className="button-primary"
          data-autofocus
          onClick={() => goTo('wifi')}
        >
          {t('ui.account.continue')}
        </button>
        <button
          type="button"
          className="button-secondary"
          disabled={request.busy}
          onClick={() => void signOut()}
        >
          {t('ui.account.sign-out')}
        </button>
      </div>
    </section>
  );
}

function AccountForm() {
  const t = useT();
  const [method, setMethod] = useState<Method>('token');
  const [token, setToken] = useState('');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [product, setProduct] = useState('');
  const [clientId, setClientId] = useState('');
  const [clientSecret, setClientSecret] = useState('');
  const [customerEmail, setCustomerEmail] = useState('');
  const [otp, setOtp] = useState('');
  const [remember, setRemember] = useState(false);
  const [problems, setProblems] = useState<Problems>({});
  const request = useAppState((state) => state.requests.account);
  const mfaRequired = useAppState((state) => state.mfaRequired);
  const connectAccount = useAppState((state) => state.connectAccount);
  const completeMfa = useAppState((state) => state.completeMfa);
  const simulated = useAppState((state) => state.info?.simulated === true);
  const storage = useAppState((state) => state.info?.secretStorage);
  // The core's own per-field answer lands on the same field as the form's.
  const shown: Problems = { ...request.fields, ...problems };

  const input = (): AccountInput =>
    method === 'token'
      ? { method, accessToken: token, remember }
      : method === 'login'
        ? { method, username, password, remember }
        : { method, product, clientId, clientSecret, customerEmail, remember };

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (mfaRequired) {
      const found = schemaProblems(mfaInputSchema, { otp });
      setProblems(found);
      if (!hasProblems(found)) await completeMfa(otp.trim());
      return;
    }
    const value = input();
    const found = schemaProblems(accountInputSchema, value);
    setProblems(found);
    // On success this form unmounts and its secrets with it; on failure they stay (masked) to fix.
    if (!hasProblems(found)) await connectAccount(value);
  };

  const edit =
    (setter: (value: string) => void, field: string) =>
    (value: string): void => {
      setter(value);
      if (shown[field] !== undefined) setProblems(({ [field]: _gone, ...rest }) => rest);
    };

  return (
    <form
      className="card account-form"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-labelledby="account-form-title"
    >
      <HandoffNote />
      <h3 id="account-form-title">{t('ui.account.form.title')}</h3>
      <fieldset className="segmented" disabled={mfaRequired}>
        <legend className="visually-hidden">{t('ui.account.form.method')}</legend>
        {(Object.keys(methodLabels) as Method[]).map((candidate) => (
          <label key={candidate} className={`segment${method === candidate ? ' segment-on' : ''}`}>
            <input
              type="radio"
              name="account-method"
              value={candidate}
              checked={method === candidate}
              onChange={() => {
                setMethod(candidate);
                setProblems({});
              }}
            />
            <span>
              {t.msg(methodLabels[candidate][0])}
              <span className="segment-hint">{t.msg(methodLabels[candidate][1])}</span>
            </span>
          </label>
        ))}
      </fieldset>

      {mfaRequired ? (
        <TextField
          label={t('ui.account.otp.label')}
          maxLength={FIELD_LIMITS.otp}
          value={otp}
          onChange={edit(setOtp, 'otp')}
          inputMode="numeric"
          autoComplete="one-time-code"
          hint={t('ui.account.otp.hint')}
          error={shown.otp}
          autoFocus
        />
      ) : method === 'token' ? (
        <SecretField
          label={t('ui.account.token.label')}
          maxLength={FIELD_LIMITS.accessToken}
          value={token}
          onChange={edit(setToken, 'accessToken')}
          hint={t('ui.account.token.hint')}
          error={shown.accessToken}
        />
      ) : method === 'login' ? (
        <>
          <TextField
            label={t('ui.account.email.label')}
            maxLength={FIELD_LIMITS.email}
            value={username}
            onChange={edit(setUsername, 'username')}
            type="email"
            autoComplete="username"
            error={shown.username}
          />
          <SecretField
            label={t('ui.account.password.label')}
            maxLength={FIELD_LIMITS.loginPassword}
            value={password}
            onChange={edit(setPassword, 'password')}
            error={shown.password}
          />
        </>
      ) : (
        <div className="field-grid">
          <TextField
            label={t('ui.account.product.label')}
            maxLength={FIELD_LIMITS.product}
            value={product}
            onChange={edit(setProduct, 'product')}
            hint={t('ui.account.product.hint')}
            error={shown.product}
          />
          <TextField
            label={t('ui.account.client-id.label')}
            maxLength={FIELD_LIMITS.clientId}
            value={clientId}
            onChange={edit(setClientId, 'clientId')}
            hint={t('ui.account.client-id.hint')}
            error={shown.clientId}
          />
          <SecretField
            label={t('ui.account.client-secret.label')}
            maxLength={FIELD_LIMITS.clientSecret}
            value={clientSecret}
            onChange={edit(setClientSecret, 'clientSecret')}
            error={shown.clientSecret}
          />
          <TextField
            label={t('ui.account.customer.label')}
            maxLength={FIELD_LIMITS.email}
            value={customerEmail}
            onChange={edit(setCustomerEmail, 'customerEmail')}
            type="email"
            hint={t('ui.account.customer.hint')}
            error={shown.customerEmail}
          />
        </div>
      )}

      {simulated && !mfaRequired && (
        <p className="note" data-testid="demo-credentials">
          {t.rich('ui.account.demo', DEMO, {
            token: <code>{DEMO.token}</code>,
            product: <code>{DEMO.product}</code>,
            client: <code>{DEMO.client}</code>,
            secret: <code>{DEMO.secret}</code>,
            password: <code>{DEMO.password}</code>,
          })}
        </p>
      )}
      {!mfaRequired && (
        <Checkbox label={t.msg(rememberLabel(storage))} checked={remember} onChange={setRemember} />
      )}
      {/* In view at the bottom of the window, however many fields (and problems) are above. */}
      <div className="action-bar">
        <FormError message={hasProblems(request.fields) ? null : request.error} />
        <div className="actions">
          <button type="submit" className="button-primary" disabled={request.busy}>
            {request.busy
              ? t('ui.account.connecting')
              : mfaRequired
                ? t('ui.account.verify')
                : t('ui.account.connect')}
          </button>
        </div>
      </div>
    </form>
  );
}
