import { FIELD_LIMITS } from '../../shared/limits';
import { useState, type FormEvent } from 'react';
import { emailProblem } from '../../shared/validate';
import { Checkbox, FormError, SecretField, TextField } from '../components/fields';
import { useAppState } from '../store/store-context';

type Method = 'token' | 'login' | 'product';

const methodLabels: Record<Method, [string, string]> = {
  token: ['Access token', 'Developer account'],
  login: ['Email and password', 'Developer account'],
  product: ['Product', 'OAuth client + customer'],
};

export function AccountStep() {
  const account = useAppState((state) => state.account);
  const goTo = useAppState((state) => state.goTo);
  const signOut = useAppState((state) => state.signOut);

  if (account !== null) {
    return (
      <section
        className="card"
        aria-labelledby="account-connected-title"
        data-testid="account-summary"
      >
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
            <dd>
              {account.remembered
                ? 'Saved, encrypted by this computer’s keychain'
                : 'Kept for this session only'}
            </dd>
          </div>
        </dl>
        <div className="actions">
          <button type="button" className="button-primary" onClick={() => goTo('wifi')}>
            Continue to Wi-Fi
          </button>
          <button type="button" className="button-secondary" onClick={() => void signOut()}>
            Use another account
          </button>
        </div>
      </section>
    );
  }
  return <AccountForm />;
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
  const [problems, setProblems] = useState<Record<string, string>>({});
  const request = useAppState((state) => state.accountRequest);
  const mfaRequired = useAppState((state) => state.mfaRequired);
  const connectAccount = useAppState((state) => state.connectAccount);
  const completeMfa = useAppState((state) => state.completeMfa);
  const simulated = useAppState((state) => state.info?.simulated === true);

  const validate = (): Record<string, string> => {
    const found: Record<string, string> = {};
    if (method === 'token' && token.trim().length < 20)
      found.token = 'Paste the whole access token (40 characters or more).';
    if (method === 'login') {
      const problem = emailProblem(username);
      if (problem !== null) found.username = problem;
      if (password.length === 0) found.password = 'Enter the password.';
    }
    if (method === 'product') {
      if (product.trim() === '') found.product = 'Enter the product id (a number) or its slug.';
      if (clientId.trim() === '') found.clientId = 'Enter the OAuth client id.';
      if (clientSecret === '') found.clientSecret = 'Enter the OAuth client secret.';
      const problem = emailProblem(customerEmail);
      if (problem !== null) found.customerEmail = problem;
    }
    return found;
  };

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (mfaRequired) {
      if (!/^\d{6}$/.test(otp.trim())) {
        setProblems({ otp: 'Enter the 6-digit code from your authenticator app.' });
        return;
      }
      setProblems({});
      await completeMfa(otp.trim());
      return;
    }
    const found = validate();
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    // On success this form unmounts and its secrets with it; on failure they stay (masked) to fix.
    await connectAccount(
      method === 'token'
        ? { method, accessToken: token.trim(), remember }
        : method === 'login'
          ? { method, username: username.trim(), password, remember }
          : {
              method,
              product: product.trim(),
              clientId: clientId.trim(),
              clientSecret,
              customerEmail: customerEmail.trim(),
              remember,
            },
    );
  };

  return (
    <form
      className="card account-form"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-labelledby="account-form-title"
    >
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
          onChange={setOtp}
          inputMode="numeric"
          autoComplete="one-time-code"
          hint="This account uses two-step verification: enter the 6-digit code from your authenticator app."
          error={problems.otp}
          autoFocus
        />
      ) : method === 'token' ? (
        <SecretField
          label="Access token"
          maxLength={FIELD_LIMITS.accessToken}
          value={token}
          onChange={setToken}
          hint="From the Particle console or `particle token create`. Devices are claimed to this account."
          error={problems.token}
        />
      ) : method === 'login' ? (
        <>
          <TextField
            label="Email"
            maxLength={FIELD_LIMITS.email}
            value={username}
            onChange={setUsername}
            type="email"
            autoComplete="username"
            error={problems.username}
          />
          <SecretField
            label="Password"
            maxLength={FIELD_LIMITS.loginPassword}
            value={password}
            onChange={setPassword}
            error={problems.password}
          />
        </>
      ) : (
        <>
          <TextField
            label="Product id or slug"
            maxLength={FIELD_LIMITS.product}
            value={product}
            onChange={setProduct}
            hint="Console → your product → the number or slug in its address."
            error={problems.product}
          />
          <TextField
            label="OAuth client id"
            maxLength={FIELD_LIMITS.clientId}
            value={clientId}
            onChange={setClientId}
            hint="Console → product → Authentication → a two-legged client."
            error={problems.clientId}
          />
          <SecretField
            label="OAuth client secret"
            maxLength={FIELD_LIMITS.clientSecret}
            value={clientSecret}
            onChange={setClientSecret}
            error={problems.clientSecret}
          />
          <TextField
            label="Customer email"
            maxLength={FIELD_LIMITS.email}
            value={customerEmail}
            onChange={setCustomerEmail}
            type="email"
            hint="Devices are claimed to this customer; a new one is created if needed."
            error={problems.customerEmail}
          />
        </>
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
        <Checkbox
          label="Remember on this computer (encrypted by the system keychain)"
          checked={remember}
          onChange={setRemember}
        />
      )}
      <FormError message={request.error} />
      <div className="actions">
        <button type="submit" className="button-primary" disabled={request.busy}>
          {request.busy ? 'Checking with Particle…' : mfaRequired ? 'Verify code' : 'Connect'}
        </button>
      </div>
    </form>
  );
}
