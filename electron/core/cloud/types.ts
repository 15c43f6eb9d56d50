// What the cloud client hands back: camelCase, lowercase device ids, absent fields as null.

export interface TokenGrant {
  accessToken: string;
  refreshToken: string | null;
  /** Epoch ms; null when the token never expires (expires_in=0) or the lifetime is unknown. */
  expiresAt: number | null;
  /** "customer=<email>" for customer-scoped tokens. */
  scope: string | null;
}

export type LoginOutcome =
  | { status: 'ok'; grant: TokenGrant }
  /** The account has two-step verification: call completeMfa with this token and the user's code. */
  | { status: 'mfa-required'; mfaToken: string };

export interface ClaimCode {
  claimCode: string;
  /** Devices the caller already owns, so a setup can skip claiming one that is listed. */
  deviceIds: string[];
}

export interface CloudProduct {
  id: number;
  slug: string;
  name: string | null;
  platformId: number | null;
}

/** Numeric product id or slug; every product route accepts either. */
export type ProductRef = number | string;

export interface ImportResult {
  /**
   * The reply named the ids it added or already had (today's API); replies before 2019 gave
   * only the refused ids and a count.
   */
  listsAdded: boolean;
  updated: number;
  updatedDeviceIds: string[];
  existingDeviceIds: string[];
  nonmemberDeviceIds: string[];
  invalidDeviceIds: string[];
  protectedDeviceIds: string[];
}

export interface CloudDevice {
  id: string;
  name: string | null;
  /** Username or customer email; null when unclaimed or not shown (developer lists omit it). */
  owner: string | null;
  online: boolean;
  productId: number | null;
  platformId: number | null;
  lastHeard: string | null;
  lastHandshakeAt: string | null;
  development: boolean | null;
  quarantined: boolean | null;
  /**
   * The cloud's clock minus this computer's when this was read (from the Date header, 1 s
   * resolution), to compare the cloud's timestamps with local moments; null when unknown.
   */
  clockSkewMs: number | null;
}

export interface DevicePage {
  devices: CloudDevice[];
  page: number;
  totalPages: number;
}

export interface VariableValue {
  name: string;
  result: number | string | boolean | null;
}

export interface CloudUser {
  username: string;
}

export interface CustomerToken {
  grant: TokenGrant;
  /** False when the customer already existed and a scoped token was issued instead. */
  created: boolean;
}

export interface ClientCredentials {
  clientId: string;
  clientSecret: string;
}
