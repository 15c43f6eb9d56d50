// The plan the operator confirms before anything changes. The order is the cloud's own rule:
// release the owner before removing from the product (removing first would leave the claim
// pointing at a product that no longer holds the device), re-add last.
import type {
  DeviceLookup,
  ReleasePlan,
  ReleaseStep,
  ReleaseStepId,
  ReleaseWants,
} from '../../../shared/returns';
import { m, type Message } from '../../../shared/i18n';

const step = (
  id: ReleaseStepId,
  title: Message,
  description: Message,
  undo: Message,
): ReleaseStep => ({
  id,
  title,
  description,
  undo,
  state: 'pending',
  error: null,
});

/**
 * Why the credentials see nothing, in full. The lookup adds its limits in the order it asked
 * (lookup-device.ts): in product mode first the product ("not in product Widget"), then the
 * account-wide lookup, whose limit is the specific one ("these product credentials cannot see it
 * outside the product …"). Neither says the whole of it alone, so both are said, in that order.
 */
const whyBlind = (limits: readonly Message[]): Message =>
  limits.length === 0
    ? m('returns.refusal.unseen')
    : limits.reduceRight((then, first) => m('returns.limit.then', { first, then }));

export function buildReleasePlan(
  lookup: DeviceLookup,
  wants: ReleaseWants,
  planId: string,
  signedInMode: 'developer' | 'product',
): ReleasePlan {
  const plan = (steps: ReleaseStep[], refusal: Message | null = null): ReleasePlan => ({
    planId,
    deviceId: lookup.deviceId,
    product: lookup.product,
    owner: lookup.owner,
    steps,
    refusal,
  });
  const { deviceId } = lookup;

  if (!lookup.visible)
    return plan([], m('returns.refusal.blind', { why: whyBlind(lookup.limits) }));

  const steps: ReleaseStep[] = [];
  const product: Message | string =
    lookup.product?.name ??
    (lookup.product === null
      ? ''
      : m('returns.product.numbered', { id: String(lookup.product.id) }));

  if (lookup.product !== null) {
    if (signedInMode !== 'product')
      return plan([], m('returns.refusal.needs-product', { deviceId, product }));
    if (lookup.owner.kind === 'customer' || lookup.owner.kind === 'user') {
      const who =
        lookup.owner.kind === 'customer'
          ? m('returns.owner.customer', { email: lookup.owner.email })
          : lookup.owner.username;
      steps.push(
        step(
          'release-from-owner',
          m('returns.step.release.title', { who }),
          m('returns.step.release.description', { who, product }),
          m('returns.step.release.undo', { who }),
        ),
      );
    }
    if (wants.removeFromProduct === true)
      steps.push(
        step(
          'remove-from-product',
          m('returns.step.remove.title', { product }),
          m('returns.step.remove.description', { product }),
          m('returns.step.remove.undo', { product }),
        ),
      );
    if (wants.reAddToProduct === true)
      steps.push(
        step(
          're-add-to-product',
          m('returns.step.re-add.title', { product }),
          m('returns.step.re-add.description', { product }),
          m('returns.step.re-add.undo', { product }),
        ),
      );
    if (steps.length === 0) return plan([], m('returns.refusal.ready', { deviceId, product }));
    return plan(steps);
  }

  if (lookup.owner.kind === 'user' && lookup.owner.isSignedInUser) {
    const owner = lookup.owner.username;
    steps.push(
      step(
        'unclaim-developer',
        m('returns.step.unclaim.title', { owner }),
        m('returns.step.unclaim.description', { owner }),
        m('returns.step.unclaim.undo', { deviceId }),
      ),
    );
    return plan(steps);
  }
  if (lookup.owner.kind === 'user')
    return plan([], m('returns.refusal.not-yours', { deviceId, owner: lookup.owner.username }));
  return plan([], m('returns.refusal.unclaimed', { deviceId }));
}
