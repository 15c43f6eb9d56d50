// What the Particle cloud client says: each problem (cloud.problem.<kind>) and each operation
// (cloud.op.*, the words in "… while trying to {operation}" and the retry countdown).
import { msg } from '../define';

export const EN_CLOUD = {
  'cloud.problem.bad-token': msg(
    'The Particle cloud did not accept the access token. Sign in again or paste a new token.',
  ),
  'cloud.problem.expired-token': msg(
    'The Particle sign-in has expired. Sign in again or paste a new token.',
  ),
  'cloud.problem.bad-credentials': msg(
    'The Particle cloud rejected the email or password. Check them and try again.',
  ),
  'cloud.problem.bad-client': msg(
    'The Particle cloud rejected the OAuth client id or secret. Check them in the product’s Authentication page.',
  ),
  'cloud.problem.mfa-required': msg(
    'This account uses two-step verification. Enter the code from your authenticator app.',
  ),
  'cloud.problem.mfa-code-rejected': msg(
    'Particle did not accept that code (mistyped, or already expired). Enter the current 6-digit code from your authenticator app.',
  ),
  'cloud.problem.mfa-expired': msg(
    'The sign-in waited too long for its code, or too many codes were refused. Sign in again with your email and password.',
  ),
  'cloud.problem.customer-refused': msg(
    "The product's OAuth client was refused a token for this customer. Check the customer email, and that the client belongs to this product.",
  ),
  'cloud.problem.permission-denied': msg(
    'This account is not allowed to do that, or the cloud does not know the device or product.',
  ),
  'cloud.problem.not-found': msg(
    'The Particle cloud could not find that device, product or customer.',
  ),
  'cloud.problem.owned-by-someone-else': msg(
    'That device belongs to another Particle account. Its owner must release it first.',
  ),
  'cloud.problem.device-offline': msg(
    'The device is not connected to the Particle cloud right now.',
  ),
  'cloud.problem.bad-request': msg('The Particle cloud refused the request as invalid.'),
  'cloud.problem.timeout': msg(
    'The Particle cloud did not answer in time. Check the internet connection and try again.',
  ),
  'cloud.problem.offline': msg(
    'Could not reach the Particle cloud. Check that this computer is online.',
  ),
  'cloud.problem.malformed-response': msg(
    'The Particle cloud sent an answer Photon Setup does not understand.',
  ),
  'cloud.problem.rate-limited': msg(
    'The Particle cloud is limiting requests. Wait a few minutes and try again.',
  ),
  'cloud.problem.rate-limited-for': msg(
    'The Particle cloud is limiting requests. Try again in {unit, select, minutes {{count, plural, one {# minute} other {# minutes}}} other {{count, plural, one {# second} other {# seconds}}}}.',
    ['unit', 'count'],
  ),
  'cloud.problem.server-error': msg(
    'The Particle cloud had a problem (HTTP {status}). Try again in a moment.',
    ['status'],
  ),
  'cloud.op.create-claim-code': msg('create a claim code'),
  'cloud.op.create-product-claim-code': msg('create a product claim code'),
  'cloud.op.read-device': msg('read the device from the cloud'),
  'cloud.op.list-devices': msg('list the account’s devices'),
  'cloud.op.read-variable': msg('read the device variable {name}', ['name']),
  'cloud.op.claim-device': msg('claim the device'),
  'cloud.op.unclaim-device': msg('unclaim the device'),
  'cloud.op.rainbow-on': msg('make the device flash rainbow'),
  'cloud.op.rainbow-off': msg('stop the rainbow'),
  'cloud.op.read-user': msg('read the signed-in account'),
  'cloud.op.list-product-devices': msg('list the product’s devices'),
  'cloud.op.read-product': msg('read the product'),
  'cloud.op.import-device': msg('add the device to the product'),
  'cloud.op.read-product-device': msg('read the product device'),
  'cloud.op.unclaim-product-device': msg('unclaim the product device'),
  'cloud.op.remove-from-product': msg('remove the device from the product'),
  'cloud.op.create-customer': msg('create the product customer'),
  'cloud.op.sign-in': msg('sign in to Particle'),
  'cloud.op.product-token': msg('get a product token'),
  'cloud.op.customer-token': msg('get a customer token'),
  'cloud.op.confirm-mfa': msg('confirm the two-step verification code'),
  'cloud.op.renew-sign-in': msg('renew the Particle sign-in'),
  'cloud.op.prepare': msg('prepare with the cloud'),
  'cloud.op.check-device': msg('check the device with the cloud'),
  'cloud.op.watch-events': msg('watch the cloud event stream'),
  'cloud.op.wait-online': msg('wait for the device to come online'),
} as const;
