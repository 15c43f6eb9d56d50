// Shapes of the cloud's success bodies, as recorded from the real API (docs/cloud-api.md).
// Loose objects: the cloud adds fields over time and we must not break on them.
import { z } from 'zod';

export const tokenResponseSchema = z.looseObject({
  token_type: z.string().optional(),
  access_token: z.string().min(1),
  // A number in every real reply, though the docs type it as a string.
  expires_in: z.union([z.number(), z.string().regex(/^\d+$/).transform(Number)]).optional(),
  refresh_token: z.string().optional(),
  scope: z.string().optional(),
});

export const mfaRequiredSchema = z.looseObject({
  error: z.literal('mfa_required'),
  mfa_token: z.string().min(1),
});

export const claimCodeResponseSchema = z.looseObject({
  claim_code: z.string().min(1),
  device_ids: z.array(z.string()).default([]),
});

const productSchema = z.looseObject({
  id: z.number(),
  slug: z.string(),
  name: z.string().optional(),
  platform_id: z.number().optional(),
});

/** In 2018 the cloud wrapped the product in a one-element array; accept both. */
export const productResponseSchema = z.looseObject({
  product: z.union([
    productSchema,
    z
      .array(productSchema)
      .length(1)
      .transform((list) => list[0]!),
  ]),
});

const idList = z.array(z.string()).default([]);
export const importResponseSchema = z.looseObject({
  updated: z.number().default(0),
  updatedDeviceIds: idList,
  existingDeviceIds: idList,
  nonmemberDeviceIds: idList,
  invalidDeviceIds: idList,
  protectedDeviceIds: idList,
});

const nullableString = z.string().nullable().optional();
export const deviceSchema = z.looseObject({
  id: z.string(),
  name: nullableString,
  owner: nullableString,
  online: z.boolean().optional(),
  connected: z.boolean().optional(),
  product_id: z.number().optional(),
  platform_id: z.number().optional(),
  last_heard: nullableString,
  last_handshake_at: nullableString,
  last_ip_address: nullableString,
  serial_number: nullableString,
  development: z.boolean().optional(),
  quarantined: z.boolean().optional(),
  denied: z.boolean().optional(),
});

export const deviceListSchema = z.array(deviceSchema);

export const productDeviceListSchema = z.looseObject({
  devices: z.array(deviceSchema),
  customers: z
    .array(z.looseObject({ id: z.string().optional(), username: z.string() }))
    .default([]),
  meta: z.looseObject({ total_pages: z.number().optional() }).default({}),
});

export const variableResponseSchema = z.looseObject({
  name: z.string(),
  result: z.union([z.number(), z.string(), z.boolean(), z.null()]),
});

export const userResponseSchema = z.looseObject({
  username: z.string(),
});

/** Unclaim answers 200 {ok:true} or, possibly, 204 with no body. */
export const okOrEmptySchema = z.union([z.null(), z.looseObject({ ok: z.boolean().optional() })]);
