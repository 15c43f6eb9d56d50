// Shapes of the device's JSON replies, checked where they enter (softap-protocol.md §4); scan-ap's
// is not JSON and is read by scan-reply.ts. Extra keys are
// ignored; wrong types are a malformed reply. The claimed flag is the string "0"/"1" on a Photon,
// and a boolean from softap-emulator-js, so both are read.
import { z } from 'zod';
import { normalizeDeviceId } from '../../../shared/validate';

export const versionReply = z.object({ v: z.number().int() });

export const deviceIdReply = z
  .object({
    id: z.string().regex(/^[0-9a-fA-F]{24}$/),
    c: z.union([z.enum(['0', '1']), z.boolean(), z.literal(0), z.literal(1)]),
  })
  .transform(({ id, c }) => ({
    deviceId: normalizeDeviceId(id),
    claimed: c === '1' || c === true || c === 1,
  }));

export type DeviceInfo = z.output<typeof deviceIdReply>;

export const resultReply = z.object({ r: z.number().int() });

/** `b` is absent when `r` is 1 (no key on the device). */
export const publicKeyReply = z.object({ b: z.string().optional(), r: z.number().int() });
