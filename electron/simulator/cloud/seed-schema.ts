// What the fake cloud starts with. Seeds come from tests (objects) or files (the CLI, demo mode),
// so both go through this schema; a bad seed fails loudly at start, not at the first request.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';

const deviceId = z.string().regex(/^[0-9a-f]{24}$/, 'device ids are 24 lowercase hex characters');
const email = z
  .string()
  .min(1)
  .transform((value) => value.trim().toLowerCase());

const seedSchema = z.strictObject({
  users: z
    .array(
      z.strictObject({
        username: email,
        password: z.string().min(1),
        /** When set, password login answers mfa_required and this is the one-time code. */
        mfaCode: z.string().min(1).optional(),
      }),
    )
    .default([]),
  /** Ready-made developer tokens, e.g. the one the demo pastes. */
  tokens: z
    .array(
      z.strictObject({
        accessToken: z.string().min(8),
        username: email,
        /** Seconds from start; 0 or absent = never expires. */
        expiresIn: z.number().int().nonnegative().optional(),
      }),
    )
    .default([]),
  clients: z
    .array(
      z.strictObject({
        clientId: z.string().min(1),
        clientSecret: z.string().min(1),
        /** Product id for two-legged product clients. */
        product: z.number().int().positive().optional(),
      }),
    )
    .default([]),
  products: z
    .array(
      z.strictObject({
        id: z.number().int().positive(),
        slug: z
          .string()
          .regex(/^[a-z0-9][a-z0-9-]*$/, 'slugs are lowercase letters, digits and dashes'),
        name: z.string().min(1),
        platformId: z.number().int().default(6),
        /** Usernames of team members (their tokens may use the product routes). */
        team: z.array(email).default([]),
      }),
    )
    .default([]),
  customers: z.array(z.strictObject({ product: z.number().int().positive(), email })).default([]),
  devices: z
    .array(
      z.strictObject({
        id: deviceId,
        name: z.string().optional(),
        platformId: z.number().int().default(6),
        product: z.number().int().positive().optional(),
        ownerUser: email.optional(),
        ownerCustomer: email.optional(),
        online: z.boolean().default(false),
        variables: z.record(z.string(), z.union([z.number(), z.string(), z.boolean()])).default({}),
      }),
    )
    .default([]),
});

export type Seed = z.output<typeof seedSchema>;
export type SeedInput = z.input<typeof seedSchema>;

export class SeedError extends Error {
  override name = 'SeedError';
}

export function parseSeed(value: unknown, source = 'seed'): Seed {
  const result = seedSchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    throw new SeedError(
      `The ${source} is not a valid fake-cloud seed${where}: ${issue?.message ?? 'invalid'}.`,
    );
  }
  const seed = result.data;
  const productIds = new Set(seed.products.map((p) => p.id));
  for (const client of seed.clients) {
    if (client.product !== undefined && !productIds.has(client.product)) {
      throw new SeedError(
        `The ${source} names OAuth client ${client.clientId} for product ${client.product}, which it does not define.`,
      );
    }
  }
  for (const customer of seed.customers) {
    if (!productIds.has(customer.product))
      throw new SeedError(
        `The ${source} puts a customer in product ${customer.product}, which it does not define.`,
      );
  }
  return seed;
}

export async function loadSeedFile(path: string): Promise<Seed> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new SeedError(`Cannot read the seed file ${path}.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new SeedError(`The seed file ${path} is not valid JSON.`);
  }
  return parseSeed(json, `seed file ${path}`);
}
