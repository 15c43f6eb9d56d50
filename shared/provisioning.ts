// The types and argument schemas of one device's setup as the renderer sees it: the account
// devices will belong to, the Wi-Fi they will join, the run's live progress and its outcome.
import { z } from 'zod';
import { issueText, m, type Message } from './i18n';
import { FIELD_LIMITS } from './limits';
import type { ActionRecord, RunRecord } from './audit';
import type { LedReport } from './led';
import type { Outcome, OutcomeDescription, RunPhase } from './outcome';

// ---------------------------------------------------------------- account

// Each rule carries the sentence the operator reads (a catalogue entry in the issue), so the
// account form shows the schema's own words and the core refuses exactly what the form would.
type Field = 'access-token' | 'password' | 'product' | 'client-id' | 'client-secret';
const empty = (field: Field): string => issueText(m(`validate.account.${field}.empty`));
const tooLong = (field: Field, max: number): string =>
  issueText(m(`validate.account.${field}.too-long`, { max }));
const required = (field: Field, max: number) =>
  z.string().trim().min(1, empty(field)).max(max, tooLong(field, max));
/** Also a customer's: devices are claimed to this address. */
export const emailSchema = z
  .string()
  .trim()
  .min(1, issueText(m('validate.email.empty')))
  .max(FIELD_LIMITS.email, issueText(m('validate.email.too-long', { max: FIELD_LIMITS.email })))
  .pipe(z.email(issueText(m('validate.email.form'))));
const secret = (field: Field, max: number) =>
  z.string().min(1, empty(field)).max(max, tooLong(field, max));

export const accountInputSchema = z.discriminatedUnion('method', [
  /** A developer's access token pasted from the console or `particle token create`. */
  z.strictObject({
    method: z.literal('token'),
    accessToken: required('access-token', FIELD_LIMITS.accessToken).min(
      20,
      issueText(m('validate.account.access-token.short')),
    ),
    remember: z.boolean().default(false),
  }),
  /** A developer's email and password (the cloud may then ask for an MFA code). */
  z.strictObject({
    method: z.literal('login'),
    username: emailSchema,
    password: secret('password', FIELD_LIMITS.loginPassword),
    remember: z.boolean().default(false),
  }),
  /** Product mode: two-legged OAuth client credentials, claiming to a (shadow) customer. */
  z.strictObject({
    method: z.literal('product'),
    product: required('product', FIELD_LIMITS.product),
    clientId: required('client-id', FIELD_LIMITS.clientId),
    clientSecret: secret('client-secret', FIELD_LIMITS.clientSecret),
    customerEmail: emailSchema,
    remember: z.boolean().default(false),
  }),
]);
export type AccountInput = z.input<typeof accountInputSchema>;

export const mfaInputSchema = z.strictObject({
  otp: z
    .string()
    .max(FIELD_LIMITS.otp)
    .trim()
    .regex(/^\d{6}$/, issueText(m('validate.otp.form'))),
});

/** Product mode: claim the next devices to this customer (a returned unit's next owner). */
export const customerInputSchema = z.strictObject({ customerEmail: emailSchema });

export interface AccountSummary {
  mode: 'developer' | 'product';
  /** Who set-up devices will belong to: the developer's username or the customer's email. */
  owner: string;
  /** The signed-in developer, or the OAuth client id in product mode. */
  signedInAs: string;
  product: { id: number; slug: string | null; name: string } | null;
  tokenExpiresAt: string | null;
  /** True when the credentials are kept (encrypted) for the next session. */
  remembered: boolean;
}

export type AccountConnectResult =
  { status: 'connected'; account: AccountSummary } | { status: 'mfa-required' };

// ---------------------------------------------------------------- Wi-Fi for the device

const ssid = z.string().min(1).max(FIELD_LIMITS.ssid);
/**
 * The SSID's exact bytes in lowercase hex (1–32 bytes), when it came from the device's own scan:
 * SSIDs are bytes, and `ssid` is only their readable form. Absent for a name typed by hand.
 */
const ssidHex = z
  .string()
  .regex(/^(?:[0-9a-f]{2}){1,32}$/)
  .optional();
const security = z.number().int();
const channel = z.number().int().min(0).max(14).default(0);

/** The network the device should join, as the operator chose it (secrets included, once). */
export const networkChoiceSchema = z.discriminatedUnion('auth', [
  z.strictObject({
    auth: z.literal('personal'),
    ssid,
    ssidHex,
    security,
    channel,
    password: z.string().max(FIELD_LIMITS.wifiPassword).optional(),
  }),
  z.strictObject({
    auth: z.literal('peap'),
    ssid,
    ssidHex,
    security,
    channel,
    innerIdentity: z.string().min(1).max(FIELD_LIMITS.eapIdentity),
    outerIdentity: z.string().max(FIELD_LIMITS.eapIdentity).optional(),
    password: z.string().min(1).max(FIELD_LIMITS.wifiPassword),
    caCertificate: z.string().max(FIELD_LIMITS.pem).optional(),
  }),
  z.strictObject({
    auth: z.literal('eap-tls'),
    ssid,
    ssidHex,
    security,
    channel,
    outerIdentity: z.string().max(FIELD_LIMITS.eapIdentity).optional(),
    clientCertificate: z.string().min(1).max(FIELD_LIMITS.pem),
    privateKey: z.string().min(1).max(FIELD_LIMITS.pem),
    caCertificate: z.string().max(FIELD_LIMITS.pem).optional(),
  }),
]);
export type NetworkChoice = z.input<typeof networkChoiceSchema>;

/** A saved station profile as the renderer sees it: never its password. */
export interface StationProfile {
  id: string;
  ssid: string;
  /** The bytes it is sent as (from the scan it was chosen in, or the typed name's UTF-8). */
  ssidHex: string;
  security: number;
  securityName: Message;
  channel: number;
  auth: 'personal' | 'peap' | 'eap-tls';
  hasSecret: boolean;
}

/** One network as the Photon's own scan-ap reports it (de-duplicated, strongest first). */
export interface DeviceNetwork {
  /** Readable: UTF-8 when valid, else Latin-1; show it through displaySsid (shared/ssid-text.ts). */
  ssid: string;
  /** The bytes the device reported, in hex: send these back, never a re-encoding of `ssid`. */
  ssidHex: string;
  rssi: number;
  bars: 0 | 1 | 2 | 3 | 4;
  /** WICED value to send back in configure-ap; null when the device could not tell. */
  security: number | null;
  securityName: Message;
  requiresPassword: boolean;
  enterprise: boolean;
  /** 0 when unknown. */
  channel: number;
}

// ---------------------------------------------------------------- finding the device

export const findInputSchema = z.strictObject({ prefix: z.string().min(1).max(25).optional() });

export interface FoundDevice {
  /** The Photon's setup network, e.g. Photon-K7QD. */
  ssid: string;
  bars: 0 | 1 | 2 | 3 | 4 | null;
}

export interface FindResult {
  devices: FoundDevice[];
  /** False when the OS hides network names (location permission): offer the manual path. */
  ssidsReadable: boolean;
  /** What to do when names are hidden, or null. */
  hint: Message | null;
}

// ---------------------------------------------------------------- a run

export const startInputSchema = z.strictObject({
  /** Join this Photon-… network, or (manual) the one the operator joined from the system menu. */
  device: z.union([
    z.strictObject({ ssid: z.string().min(1).max(32) }),
    z.strictObject({ manual: z.literal(true) }),
  ]),
  /** A saved station profile, or null to choose from the device's own scan. */
  profileId: z.string().min(1).max(64).nullable(),
  /**
   * A network typed in full beforehand (factory scripts); with a security and a channel the run
   * skips the device's scan. Not together with profileId.
   */
  network: networkChoiceSchema.optional(),
  /**
   * Known beforehand (typed or from the label): product mode imports it while online, and the
   * run stops before the claim code goes on a device that reports another id.
   */
  deviceId: z.string().trim().max(FIELD_LIMITS.deviceIdFilter).optional(),
});
export type StartInput = z.input<typeof startInputSchema>;

export const chooseNetworkInputSchema = z.strictObject({
  runId: z.string().min(1).max(64),
  network: z.union([networkChoiceSchema, z.strictObject({ profileId: z.string().min(1).max(64) })]),
  /** Save the choice as a station profile (password encrypted) for the next devices. */
  saveAsProfile: z.boolean().default(false),
});
export type ChooseNetworkInput = z.input<typeof chooseNetworkInputSchema>;

export const runIdInputSchema = z.strictObject({ runId: z.string().min(1).max(64) });

export type PhaseStatus = 'pending' | 'active' | 'done' | 'failed' | 'skipped';

export interface PhaseState {
  phase: RunPhase;
  label: Message;
  status: PhaseStatus;
  /** Time spent in the phase so far (or in all, once done). */
  ms: number | null;
  /** The latest thing that happened in it, in plain words. */
  detail: Message | null;
}

/**
 * Set on the run.* events of a station unit: the Station view follows its units through
 * station.changed, and the Setup wizard must not take a unit's progress or result for its own.
 */
export type RunOrigin = 'station';

export interface RunProgress {
  runId: string;
  origin?: RunOrigin;
  phase: RunPhase;
  phases: PhaseState[];
  /** Once the device told us (lowercase). */
  deviceId: string | null;
  /** The device's own "claimed" flag, once read. */
  claimed: boolean | null;
  /** The Photon-… network in use. */
  deviceSsid: string | null;
  /** The network the device is being given. */
  targetSsid: string | null;
  /** Seconds left of the current wait (scanning for the AP, waiting to come online), when known. */
  countdownS: number | null;
  /** When that wait ends (ISO time), so a window can count down — also one that opened late. */
  countdownEndsAt: string | null;
  /** True while the engine waits for the operator to choose a network. */
  awaitingNetwork: boolean;
}

export interface RunLed {
  runId: string;
  origin?: RunOrigin;
  led: LedReport;
}

export interface RunNetworks {
  runId: string;
  origin?: RunOrigin;
  networks: DeviceNetwork[];
}

export interface RunOutcome {
  runId: string;
  origin?: RunOrigin;
  outcome: Outcome;
  description: OutcomeDescription;
  record: RunRecord;
}

/**
 * A run as the core last reported it (its latest event of each kind), so a window that opens
 * or reloads mid-run shows that run, its network list and its Cancel. Finished runs keep their
 * outcome.
 */
export interface RunSnapshot {
  runId: string;
  progress: RunProgress | null;
  led: RunLed | null;
  networks: RunNetworks | null;
  outcome: RunOutcome | null;
}

// ---------------------------------------------------------------- history

export const historyQuerySchema = z.strictObject({
  deviceId: z.string().trim().max(FIELD_LIMITS.deviceIdFilter).optional(),
  limit: z.number().int().min(1).max(10_000).optional(),
  /** A shift report: records that started at or after `from` and before `to` (ISO times). */
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  /** Only this station's / operator's records (exact, ignoring case and outer spaces). */
  station: z.string().trim().max(FIELD_LIMITS.station).optional(),
  operator: z.string().trim().max(FIELD_LIMITS.operator).optional(),
});

export interface HistoryPage {
  records: Array<RunRecord | ActionRecord>;
  /** Damaged lines that were skipped (e.g. a torn last line after a crash). */
  skippedLines: number;
}

export interface CsvExport {
  fileName: string;
  csv: string;
}
