// Who a returned unit belongs to, as far as the signed-in credentials can see, and what the
// audit log remembers of it. Where the credentials are blind, say so instead of guessing.
import { m, type Message } from '../../../shared/i18n';
import type { DeviceLookup, DeviceOwner } from '../../../shared/returns';
import { deviceIdProblem, normalizeDeviceId } from '../../../shared/validate';
import { CloudError } from '../cloud';
import type { CloudDevice } from '../cloud/types';
import { OperatorError } from '../runtime';
import type { ReturnsContext } from './returns-context';

const isBlind = (error: unknown): boolean =>
  error instanceof CloudError &&
  (error.kind === 'not-found' ||
    error.kind === 'permission-denied' ||
    error.kind === 'owned-by-someone-else');

function ownerOf(device: CloudDevice, context: ReturnsContext, inProduct: boolean): DeviceOwner {
  if (device.owner === null) return inProduct ? { kind: 'none' } : { kind: 'unknown' };
  if (inProduct && context.account.mode === 'product')
    return { kind: 'customer', email: device.owner };
  const isSignedInUser =
    context.account.username !== null &&
    device.owner.toLowerCase() === context.account.username.toLowerCase();
  return inProduct && !isSignedInUser
    ? { kind: 'customer', email: device.owner }
    : { kind: 'user', username: device.owner, isSignedInUser };
}

export async function lookupDevice(context: ReturnsContext, rawId: string): Promise<DeviceLookup> {
  const problem = deviceIdProblem(rawId);
  if (problem !== null) throw new OperatorError(problem);
  const deviceId = normalizeDeviceId(rawId);
  const token = await context.account.token();
  const history = context.audit.query({ deviceId, limit: 200 }).records;
  const limits: Message[] = [];
  const base = { deviceId, history };

  const product = context.account.product;
  if (product !== null) {
    try {
      const device = await context.cloud.getProductDevice(token, product.id, deviceId);
      return {
        ...base,
        visible: true,
        name: device.name,
        product,
        owner: ownerOf(device, context, true),
        online: device.online,
        lastHeard: device.lastHeard,
        limits,
      };
    } catch (error) {
      if (!isBlind(error)) throw error;
      limits.push(
        m('returns.limit.not-in-product', { product: product.name ?? String(product.id) }),
      );
    }
  }

  try {
    const device = await context.cloud.getDevice(token, deviceId);
    const productFacts =
      device.productId !== null &&
      device.platformId !== null &&
      device.productId !== device.platformId
        ? { id: device.productId, slug: null, name: null }
        : null;
    if (productFacts !== null && product === null)
      limits.push(m('returns.limit.other-product', { productId: String(productFacts.id) }));
    return {
      ...base,
      visible: true,
      name: device.name,
      product: productFacts,
      owner: ownerOf(device, context, false),
      online: device.online,
      lastHeard: device.lastHeard,
      limits,
    };
  } catch (error) {
    if (!isBlind(error)) throw error;
    limits.push(
      context.account.mode === 'developer'
        ? m('returns.limit.blind.developer')
        : m('returns.limit.blind.product'),
    );
    return {
      ...base,
      visible: false,
      name: null,
      product: null,
      owner: { kind: 'unknown' },
      online: null,
      lastHeard: null,
      limits,
    };
  }
}
