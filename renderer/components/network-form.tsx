import { useId, useState, type FormEvent } from 'react';
import { m, type Message } from '../../shared/i18n';
import { FIELD_LIMITS } from '../../shared/limits';
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
import { useT } from '../i18n/use-t';
import { Checkbox, FormError, SecretField, TextField, type Problem } from './fields';

interface SecurityOption {
  id: string;
  label: Message;
  value: number;
  auth: NetworkChoice['auth'];
}

const securityOptions: readonly SecurityOption[] = [
  {
    id: 'wpa2',
    label: m('ui.network.security.wpa2'),
    value: SECURITY_VALUES.wpa2_aes,
    auth: 'personal',
  },
  {
    id: 'wpa2-mixed',
    label: m('ui.network.security.wpa2-mixed'),
    value: SECURITY_VALUES.wpa2_mixed,
    auth: 'personal',
  },
  {
    id: 'wpa',
    label: m('ui.network.security.wpa'),
    value: SECURITY_VALUES.wpa_aes,
    auth: 'personal',
  },
  {
    id: 'wpa-tkip',
    label: m('ui.network.security.wpa-tkip'),
    value: SECURITY_VALUES.wpa_tkip,
    auth: 'personal',
  },
  {
    id: 'wep',
    label: m('ui.network.security.wep'),
    value: SECURITY_VALUES.wep_psk,
    auth: 'personal',
  },
  {
    id: 'open',
    label: m('ui.network.security.open'),
    value: SECURITY_VALUES.open,
    auth: 'personal',
  },
  {
    id: 'peap',
    label: m('ui.network.security.peap'),
    value: SECURITY_VALUES.wpa2_enterprise_aes,
    auth: 'peap',
  },
  {
    id: 'eap-tls',
    label: m('ui.network.security.eap-tls'),
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
  error: Problem | null;
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
  const t = useT();
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
  const [problems, setProblems] = useState<Record<string, Message>>({});

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const found: Record<string, Message> = {};
    // A name from the device's list is checked as the bytes it will go back as; a typed one as text.
    const scanned = initial === undefined ? null : hexToBytes(initial.ssidHex);
    const ssidIssue = scanned === null ? ssidProblem(ssid) : ssidBytesProblem(scanned, ssid);
    if (ssidIssue !== null) found.ssid = ssidIssue;
    const channelNumber = channel.trim() === '' ? 0 : Number(channel);
    if (!Number.isInteger(channelNumber) || channelNumber < 0 || channelNumber > 14)
      found.channel = m('ui.network.channel.problem');
    if (option.auth === 'personal') {
      const issue = networkPasswordProblem(option.value, password);
      if (issue !== null) found.password = issue;
    } else if (option.auth === 'peap') {
      const inner = identityProblem('identity', innerIdentity, true);
      if (inner !== null) found.innerIdentity = inner;
      const outer = identityProblem('outer-identity', outerIdentity, false);
      if (outer !== null) found.outerIdentity = outer;
      const pass = eapFieldProblem('password', password, true);
      if (pass !== null) found.password = pass;
    } else {
      const outer = identityProblem('outer-identity', outerIdentity, false);
      if (outer !== null) found.outerIdentity = outer;
      if (!clientCertificate.includes('BEGIN CERTIFICATE'))
        found.clientCertificate = m('ui.network.client-certificate.problem');
      if (!privateKey.includes('PRIVATE KEY'))
        found.privateKey = m('ui.network.private-key.problem');
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
        {initial === undefined
          ? t('ui.network.title.new')
          : t('ui.network.title.join', { ssid: displaySsid(initial.ssid) })}
      </h4>
      {initial === undefined && (
        <TextField
          label={t('ui.network.ssid.label')}
          maxLength={FIELD_LIMITS.ssid}
          value={ssid}
          onChange={setSsid}
          error={problems.ssid}
          autoFocus={focusSsid}
          hint={t('ui.network.ssid.hint')}
        />
      )}
      <div className="field">
        <label htmlFor={`${titleId}-security`}>{t('ui.network.security.label')}</label>
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
              {t.msg(candidate.label)}
            </option>
          ))}
        </select>
      </div>
      {initial === undefined && (
        <TextField
          label={t('ui.network.channel.label')}
          maxLength={FIELD_LIMITS.channel}
          value={channel}
          onChange={setChannel}
          inputMode="numeric"
          hint={t('ui.network.channel.hint')}
          error={problems.channel}
        />
      )}
      {option.auth === 'personal' && option.value !== 0 && (
        <SecretField
          label={t('ui.network.password.label')}
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
            label={t('ui.network.identity.label')}
            maxLength={FIELD_LIMITS.eapIdentity}
            value={innerIdentity}
            onChange={setInnerIdentity}
            error={problems.innerIdentity}
            hint={t('ui.network.identity.hint')}
            autoFocus={focusSecret}
          />
          <TextField
            label={t('ui.network.outer-identity.label')}
            maxLength={FIELD_LIMITS.eapIdentity}
            value={outerIdentity}
            onChange={setOuterIdentity}
            error={problems.outerIdentity}
            hint={t('ui.network.outer-identity.hint')}
          />
          <SecretField
            label={t('ui.network.enterprise-password.label')}
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
            label={t('ui.network.outer-identity.label')}
            maxLength={FIELD_LIMITS.eapIdentity}
            value={outerIdentity}
            onChange={setOuterIdentity}
            error={problems.outerIdentity}
          />
          <PemField
            label={t('ui.network.client-certificate.label')}
            value={clientCertificate}
            onChange={setClientCertificate}
            error={problems.clientCertificate}
          />
          <PemField
            label={t('ui.network.private-key.label')}
            value={privateKey}
            onChange={setPrivateKey}
            error={problems.privateKey}
          />
        </>
      )}
      {option.auth !== 'personal' && (
        <PemField
          label={t('ui.network.ca-certificate.label')}
          value={caCertificate}
          onChange={setCaCertificate}
        />
      )}
      {offerSave === true && (
        <Checkbox label={t('ui.network.save-profile')} checked={save} onChange={setSave} />
      )}
      <FormError message={error} />
      <div className="actions">
        <button type="submit" className="button-primary" disabled={busy}>
          {busy ? t('ui.network.sending') : submitLabel}
        </button>
        {onCancel !== undefined && (
          <button type="button" className="button-secondary" onClick={onCancel}>
            {t('ui.network.back')}
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
  error?: Message | undefined;
}) {
  const id = useId();
  const t = useT();
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
          {t.msg(error)}
        </p>
      )}
    </div>
  );
}
