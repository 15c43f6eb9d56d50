// Developer routes: claim codes, the account's devices, variables, claim by id, unclaim, ping,
// and the current user.
import { E, deviceView, json, type Reply } from './fake-bodies';
import { authenticate, bodyString } from './fake-http';
import type { Route, RouteContext } from './fake-router';
import type { DeviceRecord, Principal } from './fake-state';
import { signalReply } from './signal-device';

type Seen = { ok: true; principal: Principal; device: DeviceRecord } | { ok: false; reply: Reply };

/** A device the token may see; anything else (unknown, not yours, uppercase) is legacy-A 403. */
function visibleDevice(ctx: RouteContext): Seen {
  const auth = authenticate(ctx.state, ctx.req);
  if (!auth.ok) return auth;
  const device = ctx.state.devices.get(ctx.params.id!);
  if (!device || !ctx.state.canSeeDevice(auth.principal, device))
    return { ok: false, reply: E.devicePermission() };
  return { ok: true, principal: auth.principal, device };
}

function claimCode(ctx: RouteContext): Reply {
  const auth = authenticate(ctx.state, ctx.req);
  if (!auth.ok) return auth.reply;
  const principal = auth.principal;
  if (principal.kind === 'client') return E.claimNotAllowed();
  const code = ctx.state.createClaimCode(
    principal,
    principal.kind === 'customer' ? principal.product : null,
  );
  const owned = [...ctx.state.devices.values()]
    .filter((d) => ctx.state.isOwner(principal, d))
    .map((d) => d.id);
  return json(200, { claim_code: code.code, device_ids: owned });
}

function listDevices(ctx: RouteContext): Reply {
  const auth = authenticate(ctx.state, ctx.req);
  if (!auth.ok) return auth.reply;
  const owned = [...ctx.state.devices.values()]
    .filter((d) => ctx.state.isOwner(auth.principal, d))
    .sort((a, b) => (b.lastHandshakeAt ?? 0) - (a.lastHandshakeAt ?? 0));
  return json(
    200,
    owned.map((d) => deviceView(ctx.state, d, false)),
  );
}

function getDevice(ctx: RouteContext): Reply {
  const seen = visibleDevice(ctx);
  return seen.ok ? json(200, deviceView(ctx.state, seen.device, true)) : seen.reply;
}

function readVariable(ctx: RouteContext): Reply {
  let device: DeviceRecord;
  if (ctx.params.product !== undefined) {
    const auth = authenticate(ctx.state, ctx.req);
    if (!auth.ok) return auth.reply;
    const product = ctx.state.findProduct(ctx.params.product);
    if (!product) return E.productNotFound();
    const found = ctx.state.devices.get(ctx.params.id!);
    if (!found || found.productId !== product.id) return E.productDeviceNotFound();
    if (!ctx.state.canSeeDevice(auth.principal, found)) return E.productPermission();
    device = found;
  } else {
    const seen = visibleDevice(ctx);
    if (!seen.ok) return seen.reply;
    device = seen.device;
  }
  // A device the cloud still lists online but that dropped does not answer: the read times out.
  if (!device.connected) return E.variableOffline();
  const name = ctx.params.name!;
  if (!(name in device.variables)) return E.variableMissing();
  const result = device.variables[name]!;
  if (ctx.req.query.get('format') === 'raw')
    return { status: 200, text: String(result), contentType: 'text/plain' };
  const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
  return json(200, {
    cmd: 'VarReturn',
    name,
    result,
    coreInfo: {
      last_app: '',
      last_heard: iso(device.lastHeard),
      connected: true,
      last_handshake_at: iso(device.lastHandshakeAt),
      deviceID: device.id,
      ...(device.productId === null ? {} : { product_id: device.productId }),
    },
  });
}

function claimById(ctx: RouteContext): Reply {
  const auth = authenticate(ctx.state, ctx.req);
  if (!auth.ok) return auth.reply;
  const principal = auth.principal;
  if (principal.kind === 'client') return E.claimNotAllowed();
  const id = bodyString(ctx.req, 'id') ?? '';
  const device = ctx.state.devices.get(id);
  if (!device) return E.claimNotFound();
  if (device.owner && !ctx.state.isOwner(principal, device)) return E.claimOwned();
  if (!device.online) return E.claimOffline();
  device.owner = principal;
  const userId = ctx.state.ownerId(principal);
  return json(200, { ok: true, id: device.id, connected: true, user_id: userId });
}

function unclaim(ctx: RouteContext): Reply {
  const seen = visibleDevice(ctx);
  if (!seen.ok) return seen.reply;
  seen.device.owner = null;
  return json(200, { ok: true });
}

function ping(ctx: RouteContext): Reply {
  const seen = visibleDevice(ctx);
  return seen.ok ? json(200, { online: seen.device.online, ok: true }) : seen.reply;
}

function updateDevice(ctx: RouteContext): Reply {
  const seen = visibleDevice(ctx);
  return seen.ok ? signalReply(ctx, seen.device) : seen.reply;
}

function currentUser(ctx: RouteContext): Reply {
  const auth = authenticate(ctx.state, ctx.req);
  if (!auth.ok) return auth.reply;
  const principal = auth.principal;
  if (principal.kind === 'client') return E.userPermission();
  if (principal.kind === 'customer') return json(200, { username: principal.email });
  return json(200, {
    username: principal.username,
    subscription_ids: [],
    account_info: { first_name: '', last_name: '', company_name: '', business_account: false },
    team_invites: [],
    wifi_device_count: [...ctx.state.devices.values()].filter((d) =>
      ctx.state.isOwner(principal, d),
    ).length,
    cellular_device_count: 0,
    mfa: { enabled: ctx.state.users.get(principal.username)?.mfaCode !== null },
  });
}

export const deviceRoutes: Route[] = [
  { method: 'POST', pattern: 'v1/device_claims', handler: claimCode },
  { method: 'GET', pattern: 'v1/user', handler: currentUser },
  { method: 'GET', pattern: 'v1/devices', handler: listDevices },
  { method: 'POST', pattern: 'v1/devices', handler: claimById },
  { method: 'GET', pattern: 'v1/devices/:id', handler: getDevice },
  { method: 'DELETE', pattern: 'v1/devices/:id', handler: unclaim },
  { method: 'PUT', pattern: 'v1/devices/:id', handler: updateDevice },
  { method: 'PUT', pattern: 'v1/devices/:id/ping', handler: ping },
  { method: 'GET', pattern: 'v1/devices/:id/:name', handler: readVariable },
  { method: 'GET', pattern: 'v1/products/:product/devices/:id/:name', handler: readVariable },
];
