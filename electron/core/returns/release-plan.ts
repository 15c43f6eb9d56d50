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

const step = (
  id: ReleaseStepId,
  title: string,
  description: string,
  undo: string,
): ReleaseStep => ({
  id,
  title,
  description,
  undo,
  state: 'pending',
  error: null,
});

export function buildReleasePlan(
  lookup: DeviceLookup,
  wants: ReleaseWants,
  planId: string,
  signedInMode: 'developer' | 'product',
): ReleasePlan {
  const plan = (steps: ReleaseStep[], refusal: string | null = null): ReleasePlan => ({
    planId,
    deviceId: lookup.deviceId,
    product: lookup.product,
    owner: lookup.owner,
    steps,
    refusal,
  });

  if (!lookup.visible)
    return plan(
      [],
      `Nothing can be released with these credentials: ${lookup.limits.join(' ') || 'the device is not visible to them.'}`,
    );

  const steps: ReleaseStep[] = [];
  const productName =
    lookup.product?.name ?? (lookup.product === null ? '' : `product ${lookup.product.id}`);

  if (lookup.product !== null) {
    if (signedInMode !== 'product')
      return plan(
        [],
        `Device ${lookup.deviceId} is in ${productName}. Sign in with that product's OAuth client (Account → Product) to release it.`,
      );
    if (lookup.owner.kind === 'customer' || lookup.owner.kind === 'user') {
      const who =
        lookup.owner.kind === 'customer' ? `customer ${lookup.owner.email}` : lookup.owner.username;
      steps.push(
        step(
          'release-from-owner',
          `Release from ${who}`,
          `Unclaim the device from ${who}. It stays in ${productName} with no owner, ready to be claimed by its next customer.`,
          `To undo, set it up again for ${who}.`,
        ),
      );
    }
    if (wants.removeFromProduct === true)
      steps.push(
        step(
          'remove-from-product',
          `Remove from ${productName}`,
          `Take the device out of ${productName}; it becomes a plain developer device that anyone can claim. Also stops product firmware updates for it.`,
          `To undo, re-add it to ${productName} (import its id).`,
        ),
      );
    if (wants.reAddToProduct === true)
      steps.push(
        step(
          're-add-to-product',
          `Re-add to ${productName}`,
          `Import the device id into ${productName} again, so a product claim code can claim it for the next customer.`,
          `To undo, remove it from ${productName}.`,
        ),
      );
    if (steps.length === 0)
      return plan(
        [],
        `Device ${lookup.deviceId} is in ${productName} and has no owner: it is already ready for its next customer.`,
      );
    return plan(steps);
  }

  if (lookup.owner.kind === 'user' && lookup.owner.isSignedInUser) {
    steps.push(
      step(
        'unclaim-developer',
        `Unclaim from ${lookup.owner.username}`,
        `Remove the device from the developer account ${lookup.owner.username}; it can then be claimed by any account.`,
        `To undo, claim it again by id (particle device add ${lookup.deviceId}) while it is online.`,
      ),
    );
    return plan(steps);
  }
  if (lookup.owner.kind === 'user')
    return plan(
      [],
      `Device ${lookup.deviceId} belongs to ${lookup.owner.username}, not to the signed-in account. Only its owner (or Particle support) can release it.`,
    );
  return plan(
    [],
    `Device ${lookup.deviceId} has no owner these credentials can release: it is already unclaimed.`,
  );
}
