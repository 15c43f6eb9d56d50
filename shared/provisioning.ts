// The types and argument schemas of one device's setup as the renderer sees it: the account
// devices will belong to, the Wi-Fi they will join, the run's live progress and its outcome.
import { z } from 'zod';
import type { ActionRecord, RunRecord } from './audit';
import type { LedReport } from './led';
import type { Outcome, OutcomeDescription, RunPhase } from './outcome';
import { DEVICE_ID_INPUT_MAX } from './validate';

// ---------------------------------------------------------------- account

// Each rule carries the sentence the operator reads, so the account form shows the schema's own
// words and the core refuses exactly what the form would.
const required = (what: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, `Enter the ${what}.`)
    .max(max, `The ${what} is at most ${max} characters.`);
/** Also a customer's: devices are claimed to this address. */
export const emailSchema = z
  .string()
  .trim()
  .min(1, 'Enter an email address.')
  .max(254, 'An email address is at most 254 characters.')
  .pipe(z.email('That is not an email address (name@example.com).'));
const secret = (what: string) =>
  z.string().min(1, `Enter the ${what}.`).max(200, `The ${what} is at most 200 characters.`);

/** What each account field allows, for the form's maxLength. */
export const ACCOUNT_FIELD_MAX = {
  token: 200,
  email: 254,
  product: 80,
  clientId: 200,
  secret: 200,
};

export const accountInputSchema = z.discriminatedUnion('method', [
  /** A developer's access token pasted from the console or `particle token create`. */
  z.strictObject({
    method: z.literal('token'),
    accessToken: required('access token', ACCOUNT_FIELD_MAX.token).min(
      20,
      'Paste the whole access token (40 characters or more).',
    ),
    remember: z.boolean().default(false),
  }),
  /** A developer's email and password (the cloud may then ask for an MFA code). */
  z.strictObject({
    method: z.literal('login'),
    username: emailSchema,
    password: secret('password'),
    remember: z.boolean().default(false),
  }),
  /** Product mode: two-legged OAuth client credentials, claiming to a (shadow) customer. */
  z.strictObject({
    method: z.literal('product'),
    product: required('product id or slug', ACCOUNT_FIELD_MAX.product),
    clientId: required('OAuth client id', ACCOUNT_FIELD_MAX.clientId),
    clientSecret: secret('OAuth client secret'),
    customerEmail: emailSchema,
    remember: z.boolean().default(false),
  }),
]);
export type AccountInput = z.input<typeof accountInputSchema>;

export const mfaInputSchema = z.strictObject({
  otp: z
    .string()
    .trim()
    .regex(/^\d{6}$/, 'Enter the 6-digit code from your authenticator app.'),
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

/** What each network field allows (the forms' maxLength); the device's own rules are in validate.ts. */
export const NETWORK_FIELD_MAX = { ssid: 64, password: 128, identity: 64, pem: 8192 } as const;
const M = NETWORK_FIELD_MAX;

const ssid = z.string().min(1).max(M.ssid);
const security = z.number().int();
const channel = z.number().int().min(0).max(14).default(0);

/** The network the device should join, as the operator chose it (secrets included, once). */
export const networkChoiceSchema = z.discriminatedUnion('auth', [
  z.strictObject({
    auth: z.literal('personal'),
    ssid,
    security,
    channel,
    password: z.string().max(M.password).optional(),
  }),
  z.strictObject({
    auth: z.literal('peap'),
    ssid,
    security,
    channel,
    innerIdentity: z.string().min(1).max(M.identity),
    outerIdentity: z.string().max(M.identity).optional(),
    password: z.string().min(1).max(M.password),
    caCertificate: z.string().max(M.pem).optional(),
  }),
  z.strictObject({
    auth: z.literal('eap-tls'),
    ssid,
    security,
    channel,
    outerIdentity: z.string().max(M.identity).optional(),
    clientCertificate: z.string().min(1).max(M.pem),
    privateKey: z.string().min(1).max(M.pem),
    caCertificate: z.string().max(M.pem).optional(),
  }),
]);
export type NetworkChoice = z.input<typeof networkChoiceSchema>;

/** A saved station profile as the renderer sees it: never its password. */
export interface StationProfile {
  id: string;
  ssid: string;
  security: number;
  securityName: string;
  channel: number;
  auth: 'personal' | 'peap' | 'eap-tls';
  hasSecret: boolean;
}

/** One network as the Photon's own scan-ap reports it (de-duplicated, strongest first). */
export interface DeviceNetwork {
  ssid: string;
  rssi: number;
  bars: 0 | 1 | 2 | 3 | 4;
  /** WICED value to send back in configure-ap; null when the device could not tell. */
  security: number | null;
  securityName: string;
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
  hint: string | null;
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
  /** Known beforehand (typed or from the label): lets product mode import it while online. */
  deviceId: z.string().trim().max(DEVICE_ID_INPUT_MAX).optional(),
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
  label: string;
  status: PhaseStatus;
  /** Time spent in the phase so far (or in all, once done). */
  ms: number | null;
  /** The latest thing that happened in it, in plain words. */
  detail: string | null;
}

export interface RunProgress {
  runId: string;
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
  led: LedReport;
}

export interface RunNetworks {
  runId: string;
  networks: DeviceNetwork[];
}

export interface RunOutcome {
  runId: string;
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
  deviceId: z.string().trim().max(DEVICE_ID_INPUT_MAX).optional(),
  limit: z.number().int().min(1).max(10_000).optional(),
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
