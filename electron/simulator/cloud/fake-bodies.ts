// The cloud's error bodies (docs/cloud-api.md §§1-8), kept verbatim in one place. Where the real
// wording is unverified the constant says so; tests compare against these, not copies.
import type { DeviceRecord, FakeState, ProductRecord } from './fake-state';

export interface Reply {
  status: number;
  body?: unknown | undefined;
  headers?: Record<string, string> | undefined;
  /** Raw text instead of JSON (HTML error pages, ?format=raw). */
  text?: string | undefined;
  contentType?: string | undefined;
}

export const json = (status: number, body: unknown, headers?: Record<string, string>): Reply => ({
  status,
  body,
  headers,
});

const oauth = (
  status: number,
  error: string,
  description: string,
  headers?: Record<string, string>,
) => json(status, { error, error_description: description }, headers);

export const E = {
  tokenMissing: () => oauth(400, 'invalid_request', 'The access token was not found'),
  tokenTwice: () =>
    oauth(
      400,
      'invalid_request',
      'Only one method may be used to authenticate at a time (Auth header, GET or POST)',
    ),
  tokenInvalid: () => oauth(401, 'invalid_token', 'The access token provided is invalid.'),
  /** node-oauth2-server lib/authorise.js, verbatim. */
  tokenInJsonBody: () =>
    oauth(
      400,
      'invalid_request',
      'When putting the token in the body, content type must be application/x-www-form-urlencoded.',
    ),
  /** node-oauth2-server lib/authorise.js, verbatim. */
  tokenInGetBody: () =>
    oauth(400, 'invalid_request', 'Method cannot be GET When putting the token in the body.'),
  tokenExpired: () => oauth(401, 'invalid_token', 'The access token provided has expired.'),
  notForm: () =>
    oauth(
      400,
      'invalid_request',
      'Method must be POST with application/x-www-form-urlencoded encoding',
    ),
  badGrantType: () => oauth(400, 'invalid_request', 'Invalid or missing grant_type parameter'),
  missingClientId: () => oauth(400, 'invalid_client', 'Invalid or missing client_id parameter'),
  missingClientSecret: () => oauth(400, 'invalid_client', 'Missing client_secret parameter'),
  badClient: () =>
    oauth(400, 'invalid_client', 'Client credentials are invalid', {
      'WWW-Authenticate': 'Basic realm="Service"',
    }),
  badCredentials: () => oauth(400, 'invalid_grant', 'User credentials are invalid'),
  /** particle-iot/node-oauth2-server test/grant.mfaOtp.test.js (the OTP check is closed source). */
  badOtp: () => oauth(401, 'invalid_token', 'Could not validate OTP.'),
  /** [unverified] a stale or unknown mfa_token. */
  badMfaToken: () => oauth(400, 'invalid_grant', 'Invalid or expired MFA token'),
  badRefresh: () => oauth(400, 'invalid_grant', 'Invalid refresh token'),
  /**
   * A refresh of a password login's token. API reference ("Generate an access token"): "Refresh
   * tokens only work for product tokens"; the body is inferred from node-oauth2-server.
   */
  userRefresh: () => oauth(400, 'invalid_grant', 'Invalid refresh token'),
  expiredRefresh: () => oauth(400, 'invalid_grant', 'Refresh token has expired'),
  /** scope=customer=<unknown>: node-oauth2-server checkScope → invalid_scope (route wiring unverified). */
  unknownCustomer: () => oauth(400, 'invalid_scope', 'Invalid scope'),
  /** The real reply, as captured in particle-iot/docs issue #1132 ("Multi-factor", hyphenated). */
  mfaRequired: (mfaToken: string) =>
    json(403, {
      mfa_token: mfaToken,
      error: 'mfa_required',
      error_description: 'Multi-factor authentication required',
    }),
  /**
   * The lockout after ten failed token requests (API reference, rate limits). Body from
   * node-oauth2-server's rate_limit_exceeded; the Retry-After header is [unverified].
   */
  lockedOut: (retryAfterS: number) =>
    json(
      429,
      { error: 'rate_limit_exceeded', error_description: 'Rate limit exceeded.' },
      { 'Retry-After': String(retryAfterS) },
    ),
  /** [unverified] wording; the import takes JSON, a form or a multipart file (API reference). */
  importContentType: () =>
    json(400, { ok: false, error: 'Send the device ids as JSON, a form or a file upload.' }),

  /** Legacy A: unknown or not-yours device on device routes. */
  devicePermission: () =>
    json(403, {
      error: 'Permission Denied',
      info: "I didn't recognize that device name or ID, try opening https://api.particle.io/v1/devices?access_token=undefined",
    }),
  productNotFound: () => json(404, { ok: false, error: 'Product not found.' }),
  /** Chosen for a known product the token may not use (the CLI shows "Permission denied"). */
  productPermission: () => json(403, { ok: false, error: 'Permission denied' }),
  productDeviceNotFound: () => json(404, { ok: false, error: 'Device not found for this product' }),
  /** [unverified] wording; the API refuses a second create of the same customer. */
  customerExists: () =>
    json(400, { ok: false, errors: ['Customer already exists for this product'] }),
  customerEmailMissing: () => json(400, { ok: false, errors: ['email is required'] }),
  customerNotFound: () => json(404, { ok: false, error: 'Customer not found' }),
  claimNotFound: () => json(404, { ok: false, errors: ['device not found'] }),
  claimOffline: () => json(404, { ok: false, errors: [["Core isn't online", 404]] }),
  claimOwned: () => json(403, { errors: ['That belongs to someone else.'] }),
  claimNotAllowed: () =>
    json(403, { ok: false, errors: ['Only users and customers can claim devices'] }),
  variableOffline: () => json(408, { error: 'Timed out.' }),
  /** A signal to an offline device (monkbroc/particlerb cassette _signal_device/offline, 2015). */
  signalOffline: () =>
    json(500, {
      ok: false,
      code: 500,
      errors: [{ error: "Timed out, didn't hear back from device service" }],
    }),
  /** [unverified] wording: a device update that names nothing this fake knows how to change. */
  nothingToUpdate: () => json(400, { ok: false, error: 'Nothing to update.' }),
  variableMissing: () => json(404, { ok: false, error: 'Variable not found' }),
  userPermission: () => json(403, { ok: false, error: 'Permission denied' }),
  badJson: () => json(400, { ok: false, error: 'Invalid JSON body' }),
  routeNotFound: () => json(404, { ok: false, error: 'Not found' }),
  /** Rate limit injected by a test; real body and headers are [unverified]. */
  rateLimited: (retryAfter?: string) =>
    json(
      429,
      { ok: false, error: 'Too Many Requests' },
      retryAfter === undefined ? undefined : { 'Retry-After': retryAfter },
    ),
  serverError: (status: number) =>
    json(status, { ok: false, code: status, errors: [{ error: 'Internal server error' }] }),
  htmlError: (status: number): Reply => ({
    status,
    text: `<html><head><title>${status} Bad Gateway</title></head><body><center><h1>${status}</h1></center></body></html>`,
    contentType: 'text/html',
  }),
};

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** The developer view (GET /v1/devices/:id). List items drop `owner`, as the real list does. */
export function deviceView(
  state: FakeState,
  device: DeviceRecord,
  withOwner: boolean,
): Record<string, unknown> {
  const view: Record<string, unknown> = {
    id: device.id,
    name: device.name,
    last_ip_address: device.lastIp,
    last_heard: iso(device.lastHeard),
    last_handshake_at: iso(device.lastHandshakeAt),
    product_id: device.productId ?? device.platformId,
    online: device.online,
    connected: device.online,
    platform_id: device.platformId,
    cellular: false,
    notes: null,
    functions: device.online ? [] : null,
    variables: device.online
      ? Object.fromEntries(
          Object.entries(device.variables).map(([k, v]) => [
            k,
            typeof v === 'number' ? 'int32' : typeof v === 'boolean' ? 'bool' : 'string',
          ]),
        )
      : null,
    status: 'normal',
    serial_number: `PH-${device.id.slice(-8).toUpperCase()}`,
    mac_wifi: null,
    system_firmware_version: '1.5.2',
    firmware_updates_enabled: true,
    firmware_updates_forced: false,
  };
  if (withOwner && device.owner) view.owner = state.ownerName(device.owner);
  return view;
}

/** The product view: the developer fields plus membership fields; `owner` only when claimed. */
export function productDeviceView(state: FakeState, device: DeviceRecord): Record<string, unknown> {
  return {
    ...deviceView(state, device, true),
    groups: [],
    development: device.development,
    quarantined: device.quarantined,
    denied: device.denied,
    firmware_product_id: device.productId,
    firmware_version: 1,
    desired_firmware_version: null,
    targeted_firmware_release_version: null,
    mobile_secret: null,
  };
}

export function productView(product: ProductRecord): Record<string, unknown> {
  return {
    id: product.id,
    platform_id: product.platformId,
    name: product.name,
    slug: product.slug,
    description: '',
    subscription_id: 1,
    mb_limit: null,
    groups: [],
    settings: { location: {}, known_application: { opt_in: true }, quarantine: false },
    org: null,
  };
}
