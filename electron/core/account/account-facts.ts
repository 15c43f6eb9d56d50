// The non-secret half of a remembered sign-in, kept in the data dir next to the settings: who,
// which way, which product. The secret half lives in the SecretStore only.
import { z } from 'zod';

export const ACCOUNT_FILE_NAME = 'account.json';

export const accountFactsSchema = z.object({
  account: z
    .discriminatedUnion('method', [
      z.object({ method: z.literal('token'), username: z.string() }),
      z.object({
        method: z.literal('login'),
        username: z.string(),
        expiresAt: z.number().nullable(),
      }),
      z.object({
        method: z.literal('product'),
        clientId: z.string(),
        product: z.object({ id: z.number().int(), slug: z.string().nullable(), name: z.string() }),
        customerEmail: z.string(),
      }),
    ])
    .nullable()
    .default(null),
});

export type AccountFacts = z.output<typeof accountFactsSchema>['account'];

/** Names in the SecretStore. */
export const SECRET_NAMES = {
  accessToken: 'account.accessToken',
  refreshToken: 'account.refreshToken',
  clientSecret: 'account.clientSecret',
} as const;
