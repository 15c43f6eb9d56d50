// Holds one sign-in and renews it before a run needs it: a run must never start with a token
// that expires half-way, because by then the host may be on the Photon's AP with no internet.
import { m } from '../../../shared/i18n';
import { isCancelled } from '../runtime';
import { CloudError, isRetryable } from './errors';
import type { OAuthCalls } from './oauth-calls';
import type { ClientCredentials, TokenGrant } from './types';

export type Renewal =
  /**
   * A pasted token or a password login: nothing to renew with, the operator signs in again.
   * "Refresh tokens only work for product tokens" (API reference, Generate an access token), and
   * a refused refresh would count towards the ten-failures lockout of the login.
   */
  | { kind: 'none' }
  /** Two-legged: refresh, or simply ask for a new token with the client credentials. */
  | { kind: 'client-credentials'; client: ClientCredentials; customerEmail?: string | undefined };

export interface TokenKeeper {
  readonly grant: TokenGrant;
  /** Ms until expiry, or null when it never expires / is unknown. */
  remainingMs(): number | null;
  /** The access token, renewed first if it has less than minValidityMs left. */
  ensureFresh(minValidityMs: number, signal?: AbortSignal): Promise<string>;
}

const OPERATION = m('cloud.op.renew-sign-in');
/** Failures that say nothing about the refresh token itself. */
const transient = (error: unknown): boolean =>
  isCancelled(error) || (error instanceof CloudError && isRetryable(error.problem));

export function createTokenKeeper(options: {
  oauth: OAuthCalls;
  now: () => number;
  grant: TokenGrant;
  renewal: Renewal;
}): TokenKeeper {
  let grant = options.grant;
  let inFlight: Promise<TokenGrant> | null = null;

  async function renew(signal?: AbortSignal): Promise<TokenGrant> {
    const { renewal } = options;
    if (renewal.kind === 'none') throw new CloudError({ kind: 'expired-token' }, OPERATION);
    if (grant.refreshToken !== null) {
      try {
        return await options.oauth.refresh({
          ...renewal.client,
          refreshToken: grant.refreshToken,
          signal,
        });
      } catch (error) {
        // Offline or a cloud outage: a second grant would fail the same way, and "sign in again" would mislead.
        if (transient(error)) throw error;
      }
    }
    return options.oauth.clientCredentials({
      ...renewal.client,
      customerEmail: renewal.customerEmail,
      signal,
    });
  }

  const remainingMs = () => (grant.expiresAt === null ? null : grant.expiresAt - options.now());

  return {
    get grant() {
      return grant;
    },
    remainingMs,
    async ensureFresh(minValidityMs, signal) {
      const left = remainingMs();
      if (left === null || left >= minValidityMs) return grant.accessToken;
      // Two callers at once share one renewal instead of burning two refresh tokens.
      inFlight ??= renew(signal).finally(() => {
        inFlight = null;
      });
      grant = await inFlight;
      return grant.accessToken;
    },
  };
}
