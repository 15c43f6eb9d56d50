// What the returned-units flow needs from the rest of the core: a cloud client, a token for the
// signed-in account, and the audit log. api.ts builds it from the account service.
import type { createCloudClient } from '../cloud';
import type { AuditLog } from '../store/audit-log';

type CloudClient = ReturnType<typeof createCloudClient>;

export interface ReturnsAccount {
  mode: 'developer' | 'product';
  /** A fresh token for the account (product mode: the product's client-credentials token). */
  token(): Promise<string>;
  /** Product mode: the product the credentials manage. */
  product: { id: number; slug: string | null; name: string | null } | null;
  /** Developer mode: the signed-in username. */
  username: string | null;
}

export interface ReturnsContext {
  cloud: CloudClient;
  account: ReturnsAccount;
  audit: AuditLog;
  who: { station: string; operator: string };
  appVersion: string;
  simulated: boolean;
  now(): Date;
  newId(): string;
}
