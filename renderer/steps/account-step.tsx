import { FIELD_LIMITS } from '../../shared/limits';
import { useState, type FormEvent } from 'react';
import { accountInputSchema, mfaInputSchema, type AccountInput } from '../../shared/provisioning';
import { Checkbox, FormError, SecretField, TextField } from '../components/fields';
import { HandoffNote } from '../components/handoff-note';
import { rememberedWords, rememberLabel } from '../components/secret-words';
import { hasProblems, schemaProblems, type Problems } from '../forms/schema-problems';
import { useAppState } from '../store/store-context';

type Method = AccountInput['method'];

const methodLabels: Record<Method, [string, string]> = {
  token: ['Access token', 'Developer account'],
  login: ['Email and password', 'Developer account'],
  product: ['Product', 'OAuth client + customer'],
};

export function AccountStep() {
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
      <h3 id="account-connected-title">Connected</h3>
      <dl className="facts">
        <div>
          <dt>Mode</dt>
          <dd>
            {account.mode === 'developer' ? 'Developer account' : 'Product (two-legged OAuth)'}
          </dd>
        </div>
        {account.product !== null && (
          <div>
            <dt>Product</dt>
            <dd>
              {account.product.name}{' '}
              <span className="muted">
                (#{account.product.id}
                {account.product.slug === null ? '' : `, ${account.product.slug}`})
              </span>
            </dd>
          </div>
        )}
        <div>
          <dt>Devices will belong to</dt>
          <dd data-testid="account-owner">{account.owner}</dd>
        </div>
        <div>
          <dt>Signed in as</dt>
          <dd>{account.signedInAs}</dd>
        </div>
        <div>
          <dt>Credentials</dt>
          <dd>{account.remembered ? rememberedWords(storage) : 'Kept for this session only'}</dd>
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
          Continue to Wi-Fi
        </button>
        <button
          type="button"
          className="button-secondary"
          disabled={request.busy}
          onClick={() => void signOut()}
        >
          Use another account
        </button>
      </div>
    </section>
  );
}

function AccountForm() {
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
      <h3 id="account-form-title">Who will the devices belong to?</h3>
      <fieldset className="segmented" disabled={mfaRequired}>
        <legend className="visually-hidden">Account type</legend>
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
              {methodLabels[candidate][0]}
              <span className="segment-hint">{methodLabels[candidate][1]}</span>
            </span>
          </label>
        ))}
      </fieldset>

      {mfaRequired ? (
        <TextField
          label="Authentication code"
          maxLength={FIELD_LIMITS.otp}
          value={otp}
          onChange={edit(setOtp, 'otp')}
          inputMode="numeric"
          autoComplete="one-time-code"
          hint="This account uses two-step verification: enter the 6-digit code from your authenticator app."
          error={shown.otp}
          autoFocus
        />
      ) : method === 'token' ? (
        <SecretField
          label="Access token"
          maxLength={FIELD_LIMITS.accessToken}
          value={token}
          onChange={edit(setToken, 'accessToken')}
          hint="From the Particle console or `particle token create`. Devices are claimed to this account."
          error={shown.accessToken}
        />
      ) : method === 'login' ? (
        <>
          <TextField
            label="Email"
            maxLength={FIELD_LIMITS.email}
            value={username}
            onChange={edit(setUsername, 'username')}
            type="email"
            autoComplete="username"
            error={shown.username}
          />
          <SecretField
            label="Password"
            maxLength={FIELD_LIMITS.loginPassword}
            value={password}
            onChange={edit(setPassword, 'password')}
            error={shown.password}
          />
        </>
      ) : (
        <div className="field-grid">
          <TextField
            label="Product id or slug"
            maxLength={FIELD_LIMITS.product}
            value={product}
            onChange={edit(setProduct, 'product')}
            hint="Console → your product → the number or slug in its address."
            error={shown.product}
          />
          <TextField
            label="OAuth client id"
            maxLength={FIELD_LIMITS.clientId}
            value={clientId}
            onChange={edit(setClientId, 'clientId')}
            hint="Console → product → Authentication → a two-legged client."
            error={shown.clientId}
          />
          <SecretField
            label="OAuth client secret"
            maxLength={FIELD_LIMITS.clientSecret}
            value={clientSecret}
            onChange={edit(setClientSecret, 'clientSecret')}
            error={shown.clientSecret}
          />
          <TextField
            label="Customer email"
            maxLength={FIELD_LIMITS.email}
            value={customerEmail}
            onChange={edit(setCustomerEmail, 'customerEmail')}
            type="email"
            hint="Devices are claimed to this customer; a new one is created if needed."
            error={shown.customerEmail}
          />
        </div>
      )}

      {simulated && !mfaRequired && (
        <p className="note" data-testid="demo-credentials">
          Demo accounts (simulation only): token{' '}
          <code>demo0000000000000000000000000000000token</code>; or product{' '}
          <code>tempmon-v100</code>, client <code>tempmon06-3459</code> /{' '}
          <code>demo-client-secret-460edfd8d70742dd1f1e</code>, any customer email. The demo Wi-Fi
          “Workshop” has the password <code>photon-demo-pass</code>.
        </p>
      )}
      {!mfaRequired && (
        <Checkbox label={rememberLabel(storage)} checked={remember} onChange={setRemember} />
      )}
      {/* In view at the bottom of the window, however many fields (and problems) are above. */}
      <div className="action-bar">
        <FormError message={hasProblems(request.fields) ? null : request.error} />
        <div className="actions">
          <button type="submit" className="button-primary" disabled={request.busy}>
            {request.busy ? 'Checking with Particle…' : mfaRequired ? 'Verify code' : 'Connect'}
          </button>
        </div>
      </div>
    </form>
  );
}
