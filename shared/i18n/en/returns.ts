import { msg } from '../define';

export const EN_RETURNS = {
  'returns.limit.not-in-product': msg(
    'It is not in product {product} (or these credentials may not read it there).',
    ['product'],
  ),
  'returns.limit.other-product': msg(
    "It belongs to product {productId}; sign in with that product's OAuth client to release it from its customer.",
    ['productId'],
  ),
  'returns.limit.blind.developer': msg(
    'These credentials cannot see it: it is not claimed to this account and not in a product you can read. It may belong to someone else, or the id may be wrong.',
  ),
  'returns.limit.blind.product': msg(
    'These product credentials cannot see it outside the product. It may belong to a developer account or another product, or the id may be wrong.',
  ),
  // Two limits said one after the other: what the product check found, then what is true
  // outside it. A language that writes sentences without a space between them says so here.
  'returns.limit.then': msg('{first} {then}', ['first', 'then']),
  'returns.refusal.blind': msg('Nothing can be released with these credentials: {why}', ['why']),
  'returns.refusal.unseen': msg('the device is not visible to them.'),
  'returns.product.numbered': msg('product {id}', ['id']),
  'returns.owner.customer': msg('customer {email}', ['email']),
  'returns.refusal.needs-product': msg(
    "Device {deviceId} is in {product}. Sign in with that product's OAuth client (Account → Product) to release it.",
    ['deviceId', 'product'],
  ),
  'returns.step.release.title': msg('Release from {who}', ['who']),
  'returns.step.release.description': msg(
    'Unclaim the device from {who}. It stays in {product} with no owner, ready to be claimed by its next customer.',
    ['who', 'product'],
  ),
  'returns.step.release.undo': msg('To undo, set it up again for {who}.', ['who']),
  'returns.step.remove.title': msg('Remove from {product}', ['product']),
  'returns.step.remove.description': msg(
    'Take the device out of {product}; it becomes a plain developer device that anyone can claim. Also stops product firmware updates for it.',
    ['product'],
  ),
  'returns.step.remove.undo': msg('To undo, re-add it to {product} (import its id).', ['product']),
  'returns.step.re-add.title': msg('Re-add to {product}', ['product']),
  'returns.step.re-add.description': msg(
    'Import the device id into {product} again, so a product claim code can claim it for the next customer.',
    ['product'],
  ),
  'returns.step.re-add.undo': msg('To undo, remove it from {product}.', ['product']),
  'returns.refusal.ready': msg(
    'Device {deviceId} is in {product} and has no owner: it is already ready for its next customer.',
    ['deviceId', 'product'],
  ),
  'returns.step.unclaim.title': msg('Unclaim from {owner}', ['owner']),
  'returns.step.unclaim.description': msg(
    'Remove the device from the developer account {owner}; it can then be claimed by any account.',
    ['owner'],
  ),
  'returns.step.unclaim.undo': msg(
    'To undo, claim it again by id (particle device add {deviceId}) while it is online.',
    ['deviceId'],
  ),
  'returns.refusal.not-yours': msg(
    'Device {deviceId} belongs to {owner}, not to the signed-in account. Only its owner (or Particle support) can release it.',
    ['deviceId', 'owner'],
  ),
  'returns.refusal.unclaimed': msg(
    'Device {deviceId} has no owner these credentials can release: it is already unclaimed.',
    ['deviceId'],
  ),
  'returns.step.unexpected': msg('An unexpected problem stopped this step.'),
  'returns.no-product': msg('This device is in no product.'),
  'returns.re-add.other-account': msg(
    'The product refused the device: it belongs to another account.',
  ),
  'returns.re-add.refused': msg(
    'The product refused the device id (wrong platform, or in another product).',
  ),
  'returns.audit.already-done': msg('Already done in the cloud.'),
  'returns.summary.stopped': msg(
    'Stopped at “{step}”: {error} Nothing was changed. Run the plan again to continue from here.',
    ['step', 'error'],
  ),
  'returns.summary.stopped-after': msg(
    'Stopped at “{step}”: {error} Done before it: {ran}. Run the plan again to continue from here.',
    ['step', 'error', 'ran'],
  ),
  'returns.summary.released': msg('Device {deviceId} is released: {steps}.', ['deviceId', 'steps']),
  'returns.step.was-done': msg('{title} (was already done)', ['title']),
  'returns.plan-gone': msg(
    'That plan is no longer known (the app restarted?). Look the device up again.',
  ),
  'returns.no-wifi': msg('Photon Setup cannot switch Wi-Fi here; type the device id instead.'),
} as const;
