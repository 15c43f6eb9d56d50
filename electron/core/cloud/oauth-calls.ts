// Getting tokens: password login (with the MFA step), two-legged client credentials with and
// without a customer scope, refresh, and the create-or-scope dance for shadow customers.
import { m, type Message } from '../../../shared/i18n';
import type { CallContext } from './call-context';
import { PARTICLE_LOGIN_CLIENT } from './constants';
import { CloudError, type CloudProblem } from './errors';
import { mfaRequiredSchema, tokenResponseSchema } from './schemas';
import { errorFromResponse, type CloudRequest, type Refusal } from './transport';
import type {
  ClientCredentials,
  CustomerToken,
  LoginOutcome,
  ProductRef,
  TokenGrant,
} from './types';

const TOKEN_PATH = '/oauth/token';

export const productPath = (product: ProductRef): string =>
  `/v1/products/${encodeURIComponent(String(product))}`;

const normalizeEmail = (email: string): string => email.trim().toLowerCase();

/**
 * The one-time-code step (grant_type=urn:custom:mfa-otp). Its refusal body is not published:
 * Particle's OAuth library test answers 401 invalid_token "Could not validate OTP.", a
 * particle-cli stub 400 invalid_grant "OTP expired". Either way it is the code, not the account
 * or a token, that was refused — unless the refusal names the mfa_token, which ends the sign-in.
 */
const refineMfaRefusal = (_problem: CloudProblem, refusal: Refusal): CloudProblem =>
  /mfa[_ ]?token/.test(refusal.text) ? { kind: 'mfa-expired' } : { kind: 'mfa-code-rejected' };

/**
 * A customer-scoped client-credentials grant: an unknown customer comes back as invalid_scope
 * (node-oauth2-server checkScope) or invalid_grant; a wrong client is still the client.
 */
const refineCustomerRefusal = (problem: CloudProblem, _refusal: Refusal): CloudProblem =>
  problem.kind === 'bad-client' ? problem : { kind: 'customer-refused' };

/**
 * "Customer already exists" from POST …/customers: its body is not published, so this looks for
 * the words rather than trusting any 4xx (a 401, 403 or 404 is a real refusal and is shown).
 */
const isCustomerExistsRefusal = (error: unknown): boolean =>
  error instanceof CloudError &&
  (error.status === 400 || error.status === 409 || error.status === 422) &&
  error.kind !== 'bad-client' &&
  /exist/i.test(error.detail ?? '');

export function createOAuthCalls(ctx: CallContext) {
  function toGrant(body: unknown, operation: Message): TokenGrant {
    const parsed = ctx.parse(tokenResponseSchema, body, operation);
    ctx.redactor.add(parsed.access_token);
    ctx.redactor.add(parsed.refresh_token);
    const seconds = parsed.expires_in;
    return {
      accessToken: parsed.access_token,
      refreshToken: parsed.refresh_token ?? null,
      // expires_in=0 means "never"; a missing value means we cannot know, so treat it the same.
      expiresAt: seconds === undefined || seconds === 0 ? null : ctx.now() + seconds * 1000,
      scope: parsed.scope ?? null,
    };
  }

  const basic = (client: ClientCredentials) => {
    ctx.redactor.add(client.clientSecret);
    return { kind: 'basic' as const, username: client.clientId, password: client.clientSecret };
  };

  async function tokenGrant(
    operation: Message,
    client: ClientCredentials,
    form: Record<string, string>,
    signal?: AbortSignal | undefined,
    refine?: CloudRequest['refine'],
  ): Promise<TokenGrant> {
    const response = await ctx.request({
      operation,
      method: 'POST',
      path: TOKEN_PATH,
      auth: basic(client),
      body: { kind: 'form', value: form },
      signal,
      refine,
    });
    return toGrant(response.body, operation);
  }

  const lifetime = (expiresInSeconds: number | undefined): Record<string, string> =>
    expiresInSeconds === undefined ? {} : { expires_in: String(expiresInSeconds) };

  /** Two-legged product auth; with customerEmail the token acts as that (existing) customer. */
  function clientCredentials(
    args: ClientCredentials & {
      customerEmail?: string | undefined;
      expiresInSeconds?: number | undefined;
      signal?: AbortSignal | undefined | undefined;
    },
  ): Promise<TokenGrant> {
    const scope: Record<string, string> =
      args.customerEmail === undefined
        ? {}
        : { scope: `customer=${normalizeEmail(args.customerEmail)}` };
    return tokenGrant(
      args.customerEmail === undefined ? m('cloud.op.product-token') : m('cloud.op.customer-token'),
      args,
      { grant_type: 'client_credentials', ...scope, ...lifetime(args.expiresInSeconds) },
      args.signal,
      args.customerEmail === undefined ? undefined : refineCustomerRefusal,
    );
  }

  /** Creates a password-less (shadow) customer and returns its token. */
  async function createCustomer(
    args: ClientCredentials & {
      product: ProductRef;
      email: string;
      signal?: AbortSignal | undefined;
    },
  ): Promise<TokenGrant> {
    const operation = m('cloud.op.create-customer');
    const response = await ctx.request({
      operation,
      method: 'POST',
      path: `${productPath(args.product)}/customers`,
      auth: basic(args),
      body: { kind: 'form', value: { email: normalizeEmail(args.email), no_password: 'true' } },
      signal: args.signal,
    });
    return toGrant(response.body, operation);
  }

  return {
    /** Developer login with the particle:particle client. Never retried blindly: ten failures lock the IP out. */
    async login(args: {
      username: string;
      password: string;
      expiresInSeconds?: number | undefined;
      signal?: AbortSignal | undefined;
    }): Promise<LoginOutcome> {
      const operation = m('cloud.op.sign-in');
      ctx.redactor.add(args.password);
      const response = await ctx.request({
        operation,
        method: 'POST',
        path: TOKEN_PATH,
        auth: basic(PARTICLE_LOGIN_CLIENT),
        body: {
          kind: 'form',
          value: {
            grant_type: 'password',
            username: normalizeEmail(args.username),
            password: args.password,
            ...lifetime(args.expiresInSeconds),
          },
        },
        notIdempotent: true,
        passStatuses: [403],
        signal: args.signal,
      });
      if (response.status === 403) {
        const mfa = mfaRequiredSchema.safeParse(response.body);
        if (mfa.success) {
          ctx.redactor.add(mfa.data.mfa_token);
          return { status: 'mfa-required', mfaToken: mfa.data.mfa_token };
        }
        throw errorFromResponse(ctx.transport, response, operation);
      }
      return { status: 'ok', grant: toGrant(response.body, operation) };
    },

    async completeMfa(args: {
      mfaToken: string;
      otp: string;
      signal?: AbortSignal | undefined;
    }): Promise<TokenGrant> {
      ctx.redactor.add(args.mfaToken);
      ctx.redactor.add(args.otp);
      return tokenGrant(
        m('cloud.op.confirm-mfa'),
        PARTICLE_LOGIN_CLIENT,
        { grant_type: 'urn:custom:mfa-otp', mfa_token: args.mfaToken, otp: args.otp },
        args.signal,
        refineMfaRefusal,
      );
    },

    clientCredentials,

    refresh(
      args: ClientCredentials & {
        refreshToken: string;
        signal?: AbortSignal | undefined | undefined;
      },
    ): Promise<TokenGrant> {
      ctx.redactor.add(args.refreshToken);
      return tokenGrant(
        m('cloud.op.renew-sign-in'),
        args,
        { grant_type: 'refresh_token', refresh_token: args.refreshToken },
        args.signal,
      );
    },

    createCustomer,

    /**
     * The customer's token whether or not the customer exists yet: create it, and when the cloud
     * says it already exists ask for a scoped token. Any other refusal is reported as it is.
     */
    async customerToken(
      args: ClientCredentials & {
        product: ProductRef;
        email: string;
        signal?: AbortSignal | undefined;
      },
    ): Promise<CustomerToken> {
      try {
        return { grant: await createCustomer(args), created: true };
      } catch (error) {
        if (!isCustomerExistsRefusal(error)) throw error;
      }
      return {
        grant: await clientCredentials({ ...args, customerEmail: args.email }),
        created: false,
      };
    },
  };
}

export type OAuthCalls = ReturnType<typeof createOAuthCalls>;
