// Prepare, while the host is still online: fresh tokens, the claim code, and for a product the
// customer token and the import of a device id known beforehand. Everything the offline part
// of the run will need is fetched here, so nothing cloud-side is needed while joined.
import { m, type Message } from '../../../shared/i18n';
import type { RunPhase } from '../../../shared/outcome';
import type { CloudClient, ImportResult } from '../cloud';
import { EngineError } from './engine-error';
import type { OfflineGate } from './offline-gate';
import type { ProductRunAccount, RunAccount } from './types';

export interface Prepared {
  claimCode: string;
  /** The account token used to verify (developer) or the product token (product). */
  verifyToken: string;
  /** Product mode: the customer's token, for the record of secrets only. */
  customerToken: string | null;
  /** The device id imported while online, if one was known. */
  importedId: string | null;
}

export interface PrepareArgs {
  cloud: CloudClient;
  gate: OfflineGate;
  account: RunAccount;
  knownDeviceId: string | null;
  minValidityMs: number;
  signal: AbortSignal;
  onDetail(text: Message): void;
}

/**
 * Refuses ids the product will not take. The cloud answers 200 whatever it did, so read the
 * lists: an id it refused is named in one of them, and when the reply names the ids it added or
 * already had (today's API) the id must be among those. Only the old reply, which names refusals
 * alone, lets an id it does not mention through.
 */
export function assertImported(
  result: ImportResult,
  deviceId: string,
  phase: RunPhase = 'prepare',
): void {
  const added =
    result.updatedDeviceIds.includes(deviceId) || result.existingDeviceIds.includes(deviceId);
  const why = result.nonmemberDeviceIds.includes(deviceId)
    ? 'nonmember'
    : result.protectedDeviceIds.includes(deviceId)
      ? 'protected'
      : result.invalidDeviceIds.includes(deviceId)
        ? 'invalid'
        : result.listsAdded && !added
          ? 'not-added'
          : null;
  if (why === null) return;
  const message = m(`run.import.${why}`, { deviceId });
  throw new EngineError(
    {
      kind: 'cloud-error',
      deviceId,
      phase,
      problem: { kind: 'device-not-importable', message },
    },
    message,
    'device-not-importable',
  );
}

export interface ImportArgs {
  cloud: CloudClient;
  gate: OfflineGate;
  account: ProductRunAccount;
  deviceId: string;
  minValidityMs: number;
  signal: AbortSignal;
  phase: RunPhase;
}

export async function importDevice(args: ImportArgs): Promise<void> {
  const { cloud, gate, account, deviceId, minValidityMs, signal, phase } = args;
  gate.guard(m('cloud.op.import-device'));
  const token = await account.token(minValidityMs, signal);
  const result = await cloud.importDevices(token, account.product.id, [deviceId], { signal });
  assertImported(result, deviceId, phase);
}

export async function prepare(args: PrepareArgs): Promise<Prepared> {
  const { cloud, gate, account, signal } = args;
  gate.guard(m('cloud.op.prepare'));
  args.onDetail(m('run.prepare.sign-in'));
  const token = await account.token(args.minValidityMs, signal);
  if (account.mode === 'developer') {
    args.onDetail(m('run.prepare.claim-code'));
    const code = await cloud.createClaimCode(token, { signal });
    return { claimCode: code.claimCode, verifyToken: token, customerToken: null, importedId: null };
  }
  args.onDetail(m('run.prepare.customer-token', { email: account.customerEmail }));
  const customer = await cloud.customerToken({
    ...account.client,
    product: account.product.id,
    email: account.customerEmail,
    signal,
  });
  args.onDetail(m('run.prepare.product-claim-code'));
  const code = await cloud.createProductClaimCode(customer.grant.accessToken, account.product.id, {
    signal,
  });
  let importedId: string | null = null;
  if (args.knownDeviceId !== null) {
    args.onDetail(m('run.import.adding', { deviceId: args.knownDeviceId }));
    const result = await cloud.importDevices(token, account.product.id, [args.knownDeviceId], {
      signal,
    });
    assertImported(result, args.knownDeviceId);
    importedId = args.knownDeviceId;
  }
  return {
    claimCode: code.claimCode,
    verifyToken: token,
    customerToken: customer.grant.accessToken,
    importedId,
  };
}
