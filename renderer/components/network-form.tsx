import { FIELD_LIMITS } from '../../shared/limits';
import { useId, useState, type FormEvent } from 'react';
import type { NetworkChoice } from '../../shared/provisioning';
import { SECURITY_VALUES } from '../../shared/security';
import { displaySsid, hexToBytes } from '../../shared/ssid-text';
import {
  eapFieldProblem,
  identityProblem,
  networkPasswordProblem,
  ssidBytesProblem,
  ssidProblem,
} from '../../shared/validate';
import { Checkbox, FormError, SecretField, TextField } from './fields';

interface SecurityOption {
  id: string;
  label: string;
  value: number;
  auth: NetworkChoice['auth'];
}

const securityOptions: readonly SecurityOption[] = [
  { id: 'wpa2', label: 'WPA2 Personal (AES)', value: SECURITY_VALUES.wpa2_aes, auth: 'personal' },
  {
    id: 'wpa2-mixed',
    label: 'WPA2 Personal (AES+TKIP)',
    value: SECURITY_VALUES.wpa2_mixed,
    auth: 'personal',
  },
  { id: 'wpa', label: 'WPA Personal (AES)', value: SECURITY_VALUES.wpa_aes, auth: 'personal' },
  {
    id: 'wpa-tkip',
    label: 'WPA Personal (TKIP)',
    value: SECURITY_VALUES.wpa_tkip,
    auth: 'personal',
  },
  { id: 'wep', label: 'WEP', value: SECURITY_VALUES.wep_psk, auth: 'personal' },
  { id: 'open', label: 'Open (no password)', value: SECURITY_VALUES.open, auth: 'personal' },
  {
    id: 'peap',
    label: 'WPA2 Enterprise — PEAP',
    value: SECURITY_VALUES.wpa2_enterprise_aes,
    auth: 'peap',
  },
  {
    id: 'eap-tls',
    label: 'WPA2 Enterprise — EAP-TLS',
    value: SECURITY_VALUES.wpa2_enterprise_aes,
    auth: 'eap-tls',
  },
];

/** The option that matches a security value the device reported (enterprise defaults to PEAP). */
function optionFor(security: number | null, enterprise: boolean): SecurityOption {
  const fallback = securityOptions[0] as SecurityOption;
  if (security === null) return fallback;
  if (enterprise) return securityOptions.find((option) => option.id === 'peap') ?? fallback;
  return (
    securityOptions.find((option) => option.value === security) ?? { ...fallback, value: security }
  );
}

interface NetworkFormProps {
  /** Pre-filled from the device's scan; the SSID (and the bytes it is sent as) is then fixed. */
  initial?:
    | {
        ssid: string;
        ssidHex: string;
        security: number | null;
        enterprise: boolean;
        channel: number;
      }
    | undefined;
  submitLabel: string;
  busy: boolean;
  error: string | null;
  /** Offer "save as a station profile" (only when choosing for a run). */
  offerSave?: boolean | undefined;
  /** Put focus in the first field to fill (the password of a network picked from a list). */
  autoFocus?: boolean | undefined;
  onSubmit(network: NetworkChoice, save: boolean): void;
  onCancel?(): void;
}

/** SSID, security and the secrets that security needs, validated with the device's own rules. */
export function NetworkForm({
  initial,
  submitLabel,
  busy,
  error,
  offerSave,
  autoFocus,
  onSubmit,
  onCancel,
}: NetworkFormProps) {
  const focusSsid = autoFocus === true && initial === undefined;
  const focusSecret = autoFocus === true && initial !== undefined;
  const titleId = useId();
  const [ssid, setSsid] = useState(initial?.ssid ?? '');
  const [option, setOption] = useState<SecurityOption>(
    initial === undefined
      ? (securityOptions[0] as SecurityOption)
      : optionFor(initial.security, initial.enterprise),
  );
  const [channel, setChannel] = useState(
    initial === undefined ? '' : String(initial.channel || ''),
  );
  const [password, setPassword] = useState('');
  const [innerIdentity, setInnerIdentity] = useState('');
  const [outerIdentity, setOuterIdentity] = useState('');
  const [clientCertificate, setClientCertificate] = useState('');
  const [privateKey, setPrivateKey] = useState('');
  const [caCertificate, setCaCertificate] = useState('');
  const [save, setSave] = useState(false);
  const [problems, setProblems] = useState<Record<string, string>>({});

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const found: Record<string, string> = {};
    // A name from the device's list is checked as the bytes it will go back as; a typed one as text.
    const scanned = initial === undefined ? null : hexToBytes(initial.ssidHex);
    const ssidIssue = scanned === null ? ssidProblem(ssid) : ssidBytesProblem(scanned, ssid);
    if (ssidIssue !== null) found.ssid = ssidIssue;
    const channelNumber = channel.trim() === '' ? 0 : Number(channel);
    if (!Number.isInteger(channelNumber) || channelNumber < 0 || channelNumber > 14)
      found.channel = 'The channel is 1 to 14 (2.4 GHz), or empty for any.';
    if (option.auth === 'personal') {
      const issue = networkPasswordProblem(option.value, password);
      if (issue !== null) found.password = issue;
    } else if (option.auth === 'peap') {
      const inner = identityProblem('identity', innerIdentity, true);
      if (inner !== null) found.innerIdentity = inner;
      const outer = identityProblem('outer identity', outerIdentity, false);
      if (outer !== null) found.outerIdentity = outer;
      const pass = eapFieldProblem('password', password, true);
      if (pass !== null) found.password = pass;
    } else {
      const outer = identityProblem('outer identity', outerIdentity, false);
      if (outer !== null) found.outerIdentity = outer;
      if (!clientCertificate.includes('BEGIN CERTIFICATE'))
        found.clientCertificate =
          'Paste the client certificate in PEM form (-----BEGIN CERTIFICATE-----).';
      if (!privateKey.includes('PRIVATE KEY'))
        found.privateKey = 'Paste the private key in PEM form (-----BEGIN … PRIVATE KEY-----).';
    }
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    const base = {
      ssid,
      ...(initial === undefined ? {} : { ssidHex: initial.ssidHex }),
      security: option.value,
      channel: channelNumber,
    };
    const ca = caCertificate.trim() === '' ? {} : { caCertificate };
    const outer = outerIdentity.trim() === '' ? {} : { outerIdentity };
    const network: NetworkChoice =
      option.auth === 'personal'
        ? { auth: 'personal', ...base, ...(password === '' ? {} : { password }) }
        : option.auth === 'peap'
          ? { auth: 'peap', ...base, innerIdentity, password, ...outer, ...ca }
          : { auth: 'eap-tls', ...base, clientCertificate, privateKey, ...outer, ...ca };
    onSubmit(network, save);
    setPassword('');
    setPrivateKey('');
  };

  return (
    <form className="network-form" onSubmit={submit} noValidate aria-labelledby={titleId}>
      <h4 id={titleId}>
        {initial === undefined ? 'Network details' : `Join “${displaySsid(initial.ssid)}”`}
      </h4>
      {initial === undefined && (
        <TextField
          label="Network name (SSID)"
          maxLength={FIELD_LIMITS.ssid}
          value={ssid}
          onChange={setSsid}
          error={problems.ssid}
          autoFocus={focusSsid}
          hint="Type it exactly; hidden networks work too."
        />
      )}
      <div className="field">
        <label htmlFor={`${titleId}-security`}>Security</label>
        <select
          id={`${titleId}-security`}
          value={option.id}
          onChange={(event) =>
            setOption(
              securityOptions.find((candidate) => candidate.id === event.target.value) ?? option,
            )
          }
        >
          {securityOptions.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.label}
            </option>
          ))}
        </select>
      </div>
      {initial === undefined && (
        <TextField
          label="Channel"
          maxLength={FIELD_LIMITS.channel}
          value={channel}
          onChange={setChannel}
          inputMode="numeric"
          hint="1–14, or leave empty for any."
          error={problems.channel}
        />
      )}
      {option.auth === 'personal' && option.value !== 0 && (
        <SecretField
          label="Wi-Fi password"
          maxLength={FIELD_LIMITS.wifiPassword}
          value={password}
          onChange={setPassword}
          error={problems.password}
          autoFocus={focusSecret}
        />
      )}
      {option.auth === 'peap' && (
        <>
          <TextField
            label="Identity (user name)"
            maxLength={FIELD_LIMITS.eapIdentity}
            value={innerIdentity}
            onChange={setInnerIdentity}
            error={problems.innerIdentity}
            hint="In the user@domain form: the Photon cannot send a backslash (DOMAIN\user) intact."
            autoFocus={focusSecret}
          />
          <TextField
            label="Outer identity (optional)"
            maxLength={FIELD_LIMITS.eapIdentity}
            value={outerIdentity}
            onChange={setOuterIdentity}
            error={problems.outerIdentity}
            hint="Often 'anonymous'."
          />
          <SecretField
            label="Enterprise password"
            maxLength={FIELD_LIMITS.wifiPassword}
            value={password}
            onChange={setPassword}
            error={problems.password}
          />
        </>
      )}
      {option.auth === 'eap-tls' && (
        <>
          <TextField
            label="Outer identity (optional)"
            maxLength={FIELD_LIMITS.eapIdentity}
            value={outerIdentity}
            onChange={setOuterIdentity}
            error={problems.outerIdentity}
          />
          <PemField
            label="Client certificate (PEM)"
            value={clientCertificate}
            onChange={setClientCertificate}
            error={problems.clientCertificate}
          />
          <PemField
            label="Private key (PEM)"
            value={privateKey}
            onChange={setPrivateKey}
            error={problems.privateKey}
          />
        </>
      )}
      {option.auth !== 'personal' && (
        <PemField
          label="CA certificate (PEM, optional)"
          value={caCertificate}
          onChange={setCaCertificate}
        />
      )}
      {offerSave === true && (
        <Checkbox
          label="Save as a station profile for the next devices"
          checked={save}
          onChange={setSave}
        />
      )}
      <FormError message={error} />
      <div className="actions">
        <button type="submit" className="button-primary" disabled={busy}>
          {busy ? 'Sending…' : submitLabel}
        </button>
        {onCancel !== undefined && (
          <button type="button" className="button-secondary" onClick={onCancel}>
            Back
          </button>
        )}
      </div>
    </form>
  );
}

function PemField({
  label,
  value,
  onChange,
  error,
}: {
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string | undefined;
}) {
  const id = useId();
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={4}
        maxLength={FIELD_LIMITS.pem}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        spellCheck={false}
        aria-invalid={error ? true : undefined}
      />
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
