// POST /oauth/token and the customer routes that mint tokens.
import { E, json, type Reply } from './fake-bodies';
import { authenticate, authenticateClient, bodyString } from './fake-http';
import { newMfaToken } from './fake-ids';
import type { Route, RouteContext } from './fake-router';
import { ACCESS_TOKEN_LIFETIME_S, MFA_TOKEN_LIFETIME_MS, type Principal } from './fake-state';

const LOCKOUT_AFTER_FAILURES = 10;
const LOCKOUT_MS = 30 * 60 * 1000;

function lifetime(ctx: RouteContext): number {
  const expiresAt = bodyString(ctx.req, 'expires_at');
  if (expiresAt !== undefined) {
    const at = Date.parse(expiresAt);
    if (!Number.isNaN(at)) return Math.max(1, Math.round((at - ctx.state.clock.now()) / 1000));
  }
  const expiresIn = bodyString(ctx.req, 'expires_in');
  if (expiresIn !== undefined && /^\d+$/.test(expiresIn)) return Number(expiresIn);
  return ACCESS_TOKEN_LIFETIME_S;
}

function grant(ctx: RouteContext): Reply {
  const { state, req } = ctx;
  if (req.bodyKind !== 'form') return E.notForm();
  const auth = authenticateClient(state, req);
  if (!auth.ok) return auth.reply;
  const client = auth.client;
  const type = bodyString(req, 'grant_type');
  const issue = (principal: Principal, scope: string | null) =>
    json(200, state.issueToken(principal, client.clientId, lifetime(ctx), scope));

  switch (type) {
    case 'password': {
      const username = (bodyString(req, 'username') ?? '').trim().toLowerCase();
      const user = state.users.get(username);
      if (!user || user.password !== bodyString(req, 'password')) return E.badCredentials();
      if (user.mfaCode !== null) {
        const mfaToken = newMfaToken();
        state.mfaTokens.set(mfaToken, {
          username,
          expiresAt: state.clock.now() + MFA_TOKEN_LIFETIME_MS,
        });
        return E.mfaRequired(mfaToken);
      }
      return issue({ kind: 'user', username }, null);
    }
    case 'urn:custom:mfa-otp': {
      const pending = state.mfaTokens.get(bodyString(req, 'mfa_token') ?? '');
      if (!pending || pending.expiresAt <= state.clock.now()) return E.badMfaToken();
      const user = state.users.get(pending.username);
      if (!user || user.mfaCode !== bodyString(req, 'otp')) return E.badOtp();
      state.mfaTokens.delete(bodyString(req, 'mfa_token') ?? '');
      return issue({ kind: 'user', username: user.username }, null);
    }
    case 'client_credentials': {
      const scope = bodyString(req, 'scope');
      if (scope === undefined || scope === '')
        return issue({ kind: 'client', clientId: client.clientId, product: client.product }, null);
      const match = /^customer=(.+)$/.exec(scope);
      if (!match || client.product === null) return E.unknownCustomer();
      const email = match[1]!.trim().toLowerCase();
      if (!state.customer(client.product, email)) return E.unknownCustomer();
      return issue({ kind: 'customer', product: client.product, email }, `customer=${email}`);
    }
    case 'refresh_token': {
      const key = bodyString(req, 'refresh_token') ?? '';
      const record = state.refreshTokens.get(key);
      if (!record || record.clientId !== client.clientId) return E.badRefresh();
      if (record.expiresAt <= state.clock.now()) return E.expiredRefresh();
      // "Refresh tokens only work for product tokens" (API reference, Generate an access token).
      if (record.principal.kind === 'user') return E.userRefresh();
      state.refreshTokens.delete(key);
      return issue(record.principal, record.scope);
    }
    default:
      return E.badGrantType();
  }
}

/** Wraps grant() with the failed-login lockout. */
function tokenRoute(ctx: RouteContext): Reply {
  const { state, settings } = ctx;
  const now = state.clock.now();
  if (settings.oauthLockout && state.lockedUntil > now)
    return E.lockedOut(Math.ceil((state.lockedUntil - now) / 1000));
  const reply = grant(ctx);
  const failed =
    reply.status === 400 &&
    ['invalid_grant', 'invalid_client'].includes(String((reply.body as { error?: unknown }).error));
  if (!failed) {
    if (reply.status === 200) state.loginFailures = 0;
    return reply;
  }
  state.loginFailures += 1;
  if (settings.oauthLockout && state.loginFailures >= LOCKOUT_AFTER_FAILURES) {
    state.lockedUntil = now + LOCKOUT_MS;
    state.loginFailures = 0;
  }
  return reply;
}

function createCustomer(ctx: RouteContext): Reply {
  const { state, req, params } = ctx;
  const product = state.findProduct(params.product!);
  if (!product) return E.productNotFound();
  const auth = authenticateClient(state, req);
  if (!auth.ok) return auth.reply;
  if (auth.client.product !== product.id) return E.productPermission();
  const email = (bodyString(req, 'email') ?? '').trim().toLowerCase();
  if (email === '') return E.customerEmailMissing();
  if (state.customer(product.id, email)) return E.customerExists();
  state.addCustomer(product.id, email);
  const scope = `customer=${email}`;
  return json(
    201,
    state.issueToken(
      { kind: 'customer', product: product.id, email },
      auth.client.clientId,
      lifetime(ctx),
      scope,
    ),
  );
}

function listCustomers(ctx: RouteContext): Reply {
  const { state, req, params } = ctx;
  const auth = authenticate(state, req);
  if (!auth.ok) return auth.reply;
  const product = state.findProduct(params.product!);
  if (!product) return E.productNotFound();
  if (!state.canManageProduct(auth.principal, product)) return E.productPermission();
  const customers = [...state.customers.values()].filter((c) => c.product === product.id);
  const devices = [...state.devices.values()].filter((d) => d.productId === product.id);
  const owned = (email: string) =>
    devices.filter((d) => d.owner?.kind === 'customer' && d.owner.email === email).map((d) => d.id);
  return json(200, {
    customers: customers.map((c) => ({ id: c.id, username: c.email, devices: owned(c.email) })),
    devices: devices.map((d) => ({
      id: d.id,
      product_id: product.id,
      last_ip_address: d.lastIp,
      firmware_version: 1,
      online: d.online,
    })),
    meta: { total_pages: 1 },
  });
}

function deleteCustomer(ctx: RouteContext): Reply {
  const { state, req, params } = ctx;
  const auth = authenticate(state, req);
  if (!auth.ok) return auth.reply;
  const product = state.findProduct(params.product!);
  if (!product) return E.productNotFound();
  if (!state.canManageProduct(auth.principal, product)) return E.productPermission();
  if (!state.removeCustomer(product.id, params.email!.trim().toLowerCase()))
    return E.customerNotFound();
  return json(200, { ok: true });
}

export const oauthRoutes: Route[] = [
  { method: 'POST', pattern: 'oauth/token', handler: tokenRoute },
  { method: 'POST', pattern: 'v1/products/:product/customers', handler: createCustomer },
  { method: 'GET', pattern: 'v1/products/:product/customers', handler: listCustomers },
  { method: 'DELETE', pattern: 'v1/products/:product/customers/:email', handler: deleteCustomer },
];
