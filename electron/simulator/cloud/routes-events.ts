// Event stream routes. Listed before the device routes so "events" is never read as a device id
// or a variable name; the trailing path is a name-prefix filter (either raw or %2F-encoded).
import { E, type Reply } from './fake-bodies';
import { authenticate } from './fake-http';
import type { Route, RouteContext } from './fake-router';

function userStream(ctx: RouteContext): Reply | null {
  const auth = authenticate(ctx.state, ctx.req);
  if (!auth.ok) return auth.reply;
  const principal = auth.principal;
  ctx.hub.open(
    ctx.res,
    { kind: 'owner', matches: (device) => ctx.state.isOwner(principal, device) },
    ctx.rest,
  );
  return null;
}

function deviceStream(ctx: RouteContext): Reply | null {
  const auth = authenticate(ctx.state, ctx.req);
  if (!auth.ok) return auth.reply;
  let productShape = false;
  if (ctx.params.product !== undefined) {
    const product = ctx.state.findProduct(ctx.params.product);
    if (!product) return E.productNotFound();
    if (!ctx.state.canManageProduct(auth.principal, product)) return E.productPermission();
    const device = ctx.state.devices.get(ctx.params.id!);
    if (!device || device.productId !== product.id) return E.productDeviceNotFound();
    productShape = true;
  } else {
    const device = ctx.state.devices.get(ctx.params.id!);
    if (!device || !ctx.state.canSeeDevice(auth.principal, device)) return E.devicePermission();
  }
  ctx.hub.open(ctx.res, { kind: 'device', deviceId: ctx.params.id!, productShape }, ctx.rest);
  return null;
}

function productStream(ctx: RouteContext): Reply | null {
  const auth = authenticate(ctx.state, ctx.req);
  if (!auth.ok) return auth.reply;
  const product = ctx.state.findProduct(ctx.params.product!);
  if (!product) return E.productNotFound();
  if (!ctx.state.canManageProduct(auth.principal, product)) return E.productPermission();
  ctx.hub.open(ctx.res, { kind: 'product', productId: product.id }, ctx.rest);
  return null;
}

export const eventRoutes: Route[] = [
  { method: 'GET', pattern: 'v1/devices/events/*', handler: userStream },
  { method: 'GET', pattern: 'v1/devices/:id/events/*', handler: deviceStream },
  { method: 'GET', pattern: 'v1/products/:product/events/*', handler: productStream },
  { method: 'GET', pattern: 'v1/products/:product/devices/:id/events/*', handler: deviceStream },
];
