// Product routes: product info, device import, the product's devices, unclaim and removal,
// and product claim codes (which need a customer token of that product).
import { E, json, productDeviceView, productView, type Reply } from './fake-bodies';
import { authenticate, bodyString } from './fake-http';
import type { Route, RouteContext } from './fake-router';
import type { DeviceRecord, Principal, ProductRecord } from './fake-state';
import { signalReply } from './signal-device';

const DEVICE_ID = /^[0-9a-f]{24}$/;
const DEFAULT_PER_PAGE = 25;

type Managed =
  { ok: true; principal: Principal; product: ProductRecord } | { ok: false; reply: Reply };

function manage(ctx: RouteContext): Managed {
  const auth = authenticate(ctx.state, ctx.req);
  if (!auth.ok) return auth;
  const product = ctx.state.findProduct(ctx.params.product!);
  if (!product) return { ok: false, reply: E.productNotFound() };
  if (!ctx.state.canManageProduct(auth.principal, product))
    return { ok: false, reply: E.productPermission() };
  return { ok: true, principal: auth.principal, product };
}

/** Exact id only: the cloud is case-sensitive, so an uppercase id is an unknown device. */
function productDevice(ctx: RouteContext, product: ProductRecord): DeviceRecord | null {
  const device = ctx.state.devices.get(ctx.params.id!);
  return device && device.productId === product.id ? device : null;
}

function getProduct(ctx: RouteContext): Reply {
  const m = manage(ctx);
  if (!m.ok) return m.reply;
  const view = productView(m.product);
  return json(200, { product: ctx.settings.productAsArray ? [view] : view });
}

function listProducts(ctx: RouteContext): Reply {
  const auth = authenticate(ctx.state, ctx.req);
  if (!auth.ok) return auth.reply;
  const products = [...ctx.state.products.values()].filter((p) =>
    ctx.state.canManageProduct(auth.principal, p),
  );
  return json(200, { products: products.map(productView) });
}

function importDevices(ctx: RouteContext): Reply {
  const m = manage(ctx);
  if (!m.ok) return m.reply;
  const { state, req } = ctx;
  // API reference, Import devices into product: `id`/`ids` as JSON or a form, or a multipart
  // `file`; a body of any other type is not an import.
  if (req.bodyKind === 'other') return E.importContentType();
  const identifiers: string[] = [];
  const id = bodyString(req, 'id');
  if (id !== undefined) identifiers.push(id);
  if (Array.isArray(req.body.ids))
    identifiers.push(...req.body.ids.filter((value): value is string => typeof value === 'string'));
  for (const file of req.files)
    identifiers.push(
      ...file
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line.length > 0),
    );
  const result = {
    updated: 0,
    updatedDeviceIds: [] as string[],
    existingDeviceIds: [] as string[],
    nonmemberDeviceIds: [] as string[],
    invalidDeviceIds: [] as string[],
    protectedDeviceIds: [] as string[],
  };
  for (const identifier of identifiers) {
    if (!DEVICE_ID.test(identifier)) {
      result.invalidDeviceIds.push(identifier);
      continue;
    }
    // Particle knows every device it made; an id that no device ever had is reported invalid
    // (particle-cli test/e2e/product.e2e.js: "Fails to add a single device when `device` is unknown").
    const device = state.devices.get(identifier);
    if (device === undefined) {
      result.invalidDeviceIds.push(identifier);
    } else if (device.productId === m.product.id) {
      device.quarantined = false;
      result.existingDeviceIds.push(identifier);
    } else if (device.productId !== null || device.platformId !== m.product.platformId) {
      result.invalidDeviceIds.push(identifier);
    } else if (device.owner?.kind === 'user' && !m.product.team.has(device.owner.username)) {
      result.nonmemberDeviceIds.push(identifier);
    } else {
      device.productId = m.product.id;
      device.quarantined = false;
      device.denied = false;
      result.updated += 1;
      result.updatedDeviceIds.push(identifier);
    }
  }
  return json(200, result);
}

function listDevices(ctx: RouteContext): Reply {
  const m = manage(ctx);
  if (!m.ok) return m.reply;
  const { state, req } = ctx;
  const page = Math.max(1, Number(req.query.get('page') ?? 1) || 1);
  const perPage = Math.max(
    1,
    Number(req.query.get('perPage') ?? req.query.get('per_page') ?? DEFAULT_PER_PAGE) ||
      DEFAULT_PER_PAGE,
  );
  const idFilter = req.query.get('deviceId');
  const nameFilter = req.query.get('deviceName');
  const all = [...state.devices.values()]
    .filter((d) => d.productId === m.product.id)
    .filter((d) => !idFilter || d.id.includes(idFilter))
    .filter((d) => !nameFilter || d.name.includes(nameFilter))
    .sort(
      (a, b) => (b.lastHandshakeAt ?? 0) - (a.lastHandshakeAt ?? 0) || a.id.localeCompare(b.id),
    );
  const totalPages = Math.max(1, Math.ceil(all.length / perPage));
  const slice = all.slice((page - 1) * perPage, page * perPage);
  const customerEmails = new Set(
    slice.flatMap((d) => (d.owner?.kind === 'customer' ? [d.owner.email] : [])),
  );
  const customers = [...customerEmails].map((email) => ({
    id: state.customer(m.product.id, email)?.id ?? '',
    username: email,
  }));
  return json(200, {
    devices: slice.map((d) => productDeviceView(state, d)),
    customers,
    meta: { page, per_page: perPage, total_pages: totalPages, total: all.length },
  });
}

function getDevice(ctx: RouteContext): Reply {
  const m = manage(ctx);
  if (!m.ok) return m.reply;
  const device = productDevice(ctx, m.product);
  return device ? json(200, productDeviceView(ctx.state, device)) : E.productDeviceNotFound();
}

function removeDevice(ctx: RouteContext): Reply {
  const m = manage(ctx);
  if (!m.ok) return m.reply;
  const device = productDevice(ctx, m.product);
  if (!device) return E.productDeviceNotFound();
  if (ctx.req.body.deny === true || bodyString(ctx.req, 'deny') === 'true') {
    device.denied = true;
    device.quarantined = false;
  }
  // Removal sends the device back to the generic platform and drops a customer owner with it.
  device.productId = null;
  if (device.owner?.kind === 'customer') device.owner = null;
  return { status: 204 };
}

function updateDevice(ctx: RouteContext): Reply {
  const m = manage(ctx);
  if (!m.ok) return m.reply;
  const device = productDevice(ctx, m.product);
  return device ? signalReply(ctx, device) : E.productDeviceNotFound();
}

function removeOwner(ctx: RouteContext): Reply {
  const m = manage(ctx);
  if (!m.ok) return m.reply;
  const device = productDevice(ctx, m.product);
  if (!device) return E.productDeviceNotFound();
  device.owner = null;
  return ctx.settings.unclaimOwnerStatus === 204 ? { status: 204 } : json(200, { ok: true });
}

function productClaimCode(ctx: RouteContext): Reply {
  const auth = authenticate(ctx.state, ctx.req);
  if (!auth.ok) return auth.reply;
  const product = ctx.state.findProduct(ctx.params.product!);
  if (!product) return E.productNotFound();
  const principal = auth.principal;
  // Only a customer of this product (or a team member, who claims as themselves) gets a code.
  if (principal.kind === 'client') return E.productPermission();
  const allowed =
    principal.kind === 'customer'
      ? principal.product === product.id
      : product.team.has(principal.username);
  if (!allowed) return E.productPermission();
  const code = ctx.state.createClaimCode(principal, product.id);
  const owned = [...ctx.state.devices.values()]
    .filter((d) => ctx.state.isOwner(principal, d))
    .map((d) => d.id);
  return json(200, { claim_code: code.code, device_ids: owned });
}

export const productRoutes: Route[] = [
  { method: 'GET', pattern: 'v1/products', handler: listProducts },
  { method: 'GET', pattern: 'v1/products/:product', handler: getProduct },
  { method: 'POST', pattern: 'v1/products/:product/device_claims', handler: productClaimCode },
  { method: 'POST', pattern: 'v1/products/:product/devices', handler: importDevices },
  { method: 'GET', pattern: 'v1/products/:product/devices', handler: listDevices },
  { method: 'GET', pattern: 'v1/products/:product/devices/:id', handler: getDevice },
  { method: 'PUT', pattern: 'v1/products/:product/devices/:id', handler: updateDevice },
  { method: 'DELETE', pattern: 'v1/products/:product/devices/:id', handler: removeDevice },
  { method: 'DELETE', pattern: 'v1/products/:product/devices/:id/owner', handler: removeOwner },
];
