// Who devices will belong to: a developer (pasted token, or email + password with the MFA step)
// or a product customer (two-legged client credentials). The service owns every credential;
// the renderer only ever gets an AccountSummary. Secrets reach the SecretStore only when the
// operator asked to be remembered; otherwise they live in memory for this session.
import { m } from '../../../shared/i18n';
import type { AccountSummary } from '../../../shared/provisioning';
import type { AccountConnectResult } from '../../../shared/provisioning';
import type { z } from 'zod';
import type { accountInputSchema } from '../../../shared/provisioning';
import {
  CloudError,
  type CloudClient,
  type Renewal,
  type TokenGrant,
  type TokenKeeper,
} from '../cloud';
import { OperatorError } from '../runtime';
import type { OfflineGate } from '../provisioning/offline-gate';
import type { RunAccount } from '../provisioning/types';
import type { SecretStore } from '../store/secret-store';
import { JsonFileStore } from '../store/settings-store';
import { accountFactsSchema, SECRET_NAMES, type AccountFacts } from './account-facts';

export type AccountInputArgs = z.output<typeof accountInputSchema>;

interface Session {
  facts: NonNullable<AccountFacts>;
  keeper: TokenKeeper;
  clientSecret: string | null;
  remembered: boolean;
}

export interface AccountServiceDeps {
  cloud: () => CloudClient;
  secrets: SecretStore;
  factsPath: string;
  gate?: OfflineGate | undefined;
  log?: { warn(message: string): void } | undefined;
}

const lower = (value: string): string => value.trim().toLowerCase();

/**
 * Codes tried against one pending sign-in before it is dropped: particle-cli's enterOtp also
 * allows three with the same mfa_token, and every refusal counts toward the cloud's login lockout.
 */
const MFA_ATTEMPTS = 3;

/** A numeric product id travels as a number; anything else is a slug. */
const productRef = (value: string): number | string =>
  /^\d+$/.test(value.trim()) ? Number(value.trim()) : value.trim();

export class AccountService {
  private session: Session | null = null;
  private pendingMfa: {
    mfaToken: string;
    username: string;
    remember: boolean;
    attempts: number;
  } | null = null;
  private readonly facts: JsonFileStore<typeof accountFactsSchema>;

  constructor(private readonly deps: AccountServiceDeps) {
    this.facts = new JsonFileStore(deps.factsPath, accountFactsSchema);
  }

  /** Start-up: bring back a remembered sign-in without any network traffic. */
  load(): void {
    let facts: AccountFacts;
    try {
      facts = this.facts.load().value.account;
    } catch {
      return;
    }
    if (facts === null) return;
    try {
      const s = this.deps.secrets;
      const cloud = this.deps.cloud();
      if (facts.method === 'product') {
        const clientSecret = s.get(SECRET_NAMES.clientSecret);
        if (clientSecret === null) return;
        // No token kept: the first run asks for a fresh one with the client credentials.
        const grant: TokenGrant = {
          accessToken: '',
          refreshToken: null,
          expiresAt: 0,
          scope: null,
        };
        this.session = {
          facts,
          keeper: cloud.keepToken(grant, {
            kind: 'client-credentials',
            client: { clientId: facts.clientId, clientSecret },
          }),
          clientSecret,
          remembered: true,
        };
        return;
      }
      const accessToken = s.get(SECRET_NAMES.accessToken);
      if (accessToken === null) return;
      const grant: TokenGrant =
        facts.method === 'token'
          ? cloud.pastedToken(accessToken)
          : {
              accessToken,
              refreshToken: s.get(SECRET_NAMES.refreshToken),
              expiresAt: facts.expiresAt,
              scope: null,
            };
      // A password login is not refreshed (only product tokens refresh): it asks to sign in again.
      const renewal: Renewal = { kind: 'none' };
      this.session = {
        facts,
        keeper: cloud.keepToken(grant, renewal),
        clientSecret: null,
        remembered: true,
      };
    } catch (error) {
      this.deps.log?.warn(
        `The remembered sign-in could not be loaded (${error instanceof Error ? error.name : 'error'}); sign in again.`,
      );
      this.session = null;
    }
  }

  current(): AccountSummary | null {
    const session = this.session;
    if (session === null) return null;
    const expiresAt = session.keeper.grant.expiresAt;
    const tokenExpiresAt =
      expiresAt === null || expiresAt === 0 ? null : new Date(expiresAt).toISOString();
    const { facts } = session;
    if (facts.method === 'product')
      return {
        mode: 'product',
        owner: facts.customerEmail,
        signedInAs: facts.clientId,
        product: facts.product,
        tokenExpiresAt,
        remembered: session.remembered,
      };
    return {
      mode: 'developer',
      owner: facts.username,
      signedInAs: facts.username,
      product: null,
      tokenExpiresAt,
      remembered: session.remembered,
    };
  }

  async connect(input: AccountInputArgs): Promise<AccountConnectResult> {
    this.deps.gate?.guard(m('cloud.op.sign-in'));
    const cloud = this.deps.cloud();
    this.pendingMfa = null;
    switch (input.method) {
      case 'token': {
        const grant = cloud.pastedToken(input.accessToken);
        const user = await cloud.currentUser(grant.accessToken);
        return this.begin(
          { method: 'token', username: lower(user.username) },
          cloud.keepToken(grant, { kind: 'none' }),
          null,
          input.remember,
        );
      }
      case 'login': {
        const result = await cloud.login({ username: input.username, password: input.password });
        if (result.status === 'mfa-required') {
          this.pendingMfa = {
            mfaToken: result.mfaToken,
            username: lower(input.username),
            remember: input.remember,
            attempts: 0,
          };
          return { status: 'mfa-required' };
        }
        return this.finishLogin(result.grant, lower(input.username), input.remember);
      }
      case 'product': {
        const client = { clientId: input.clientId, clientSecret: input.clientSecret };
        const grant = await cloud.clientCredentials(client);
        const product = await cloud.getProduct(grant.accessToken, productRef(input.product));
        return this.begin(
          {
            method: 'product',
            clientId: input.clientId,
            product: { id: product.id, slug: product.slug, name: product.name ?? product.slug },
            customerEmail: lower(input.customerEmail),
          },
          cloud.keepToken(grant, { kind: 'client-credentials', client }),
          input.clientSecret,
          input.remember,
        );
      }
    }
  }

  async completeMfa(otp: string): Promise<AccountConnectResult> {
    const pending = this.pendingMfa;
    if (pending === null) throw new OperatorError(m('core.account.no-mfa'), 'no-mfa');
    this.deps.gate?.guard(m('cloud.op.confirm-mfa'));
    let grant: TokenGrant;
    try {
      grant = await this.deps.cloud().completeMfa({ mfaToken: pending.mfaToken, otp });
    } catch (error) {
      // A refused code leaves the sign-in waiting for another, a bounded number of times.
      pending.attempts += 1;
      const ended =
        error instanceof CloudError &&
        (error.kind === 'mfa-expired' ||
          (error.kind === 'mfa-code-rejected' && pending.attempts >= MFA_ATTEMPTS));
      if (ended) {
        this.pendingMfa = null;
        throw new CloudError({ kind: 'mfa-expired' }, error.operation, error.status);
      }
      throw error;
    }
    this.pendingMfa = null;
    return this.finishLogin(grant, pending.username, pending.remember);
  }

  /**
   * Product mode: the next devices go to another customer (a returned unit's next owner). The
   * client credentials stay; no cloud call is needed until the next run creates the customer.
   */
  setCustomer(customerEmail: string): AccountSummary {
    const session = this.session;
    if (session === null || session.facts.method !== 'product')
      throw new OperatorError(m('core.account.not-product'), 'not-product');
    session.facts = { ...session.facts, customerEmail: lower(customerEmail) };
    if (session.remembered) this.facts.save({ account: session.facts });
    return this.current()!;
  }

  signOut(): void {
    this.session = null;
    this.pendingMfa = null;
    this.forget();
  }

  /** The account a run uses; refuses when nobody is signed in. */
  runAccount(): RunAccount {
    const session = this.session;
    if (session === null) throw new OperatorError(m('core.account.signed-out'), 'signed-out');
    const token = async (minValidityMs: number, signal?: AbortSignal): Promise<string> => {
      const before = session.keeper.grant.accessToken;
      const fresh = await session.keeper.ensureFresh(minValidityMs, signal);
      if (fresh !== before && session.remembered && session.facts.method === 'login')
        this.persistTokens(session);
      return fresh;
    };
    const secrets = (): string[] =>
      [
        session.keeper.grant.accessToken,
        session.keeper.grant.refreshToken,
        session.clientSecret,
      ].filter((value): value is string => value !== null && value.length > 0);
    const { facts } = session;
    const expiresInMs = (): number | null => session.keeper.remainingMs();
    if (facts.method === 'product')
      return {
        mode: 'product',
        product: facts.product,
        client: { clientId: facts.clientId, clientSecret: session.clientSecret ?? '' },
        customerEmail: facts.customerEmail,
        token,
        secrets,
        renewable: true,
        expiresInMs,
      };
    return {
      mode: 'developer',
      username: facts.username,
      token,
      secrets,
      renewable: false,
      expiresInMs,
    };
  }

  private async finishLogin(
    grant: TokenGrant,
    username: string,
    remember: boolean,
  ): Promise<AccountConnectResult> {
    const cloud = this.deps.cloud();
    const user = await cloud.currentUser(grant.accessToken).catch(() => ({ username }));
    return this.begin(
      { method: 'login', username: lower(user.username), expiresAt: grant.expiresAt },
      cloud.keepToken(grant, { kind: 'none' }),
      null,
      remember,
    );
  }

  private begin(
    facts: NonNullable<AccountFacts>,
    keeper: TokenKeeper,
    clientSecret: string | null,
    remember: boolean,
  ): AccountConnectResult {
    const session: Session = { facts, keeper, clientSecret, remembered: remember };
    this.session = session;
    this.forget();
    if (remember) {
      this.facts.save({ account: facts });
      if (clientSecret !== null) this.deps.secrets.set(SECRET_NAMES.clientSecret, clientSecret);
      else this.persistTokens(session);
    }
    return { status: 'connected', account: this.current()! };
  }

  private persistTokens(session: Session): void {
    const { grant } = session.keeper;
    this.deps.secrets.set(SECRET_NAMES.accessToken, grant.accessToken);
    if (grant.refreshToken !== null)
      this.deps.secrets.set(SECRET_NAMES.refreshToken, grant.refreshToken);
    if (session.facts.method === 'login')
      this.facts.save({ account: { ...session.facts, expiresAt: grant.expiresAt } });
  }

  private forget(): void {
    for (const name of Object.values(SECRET_NAMES)) this.deps.secrets.delete(name);
    this.facts.save({ account: null });
  }
}
