// An SSE message from the cloud as a typed event. Like Particle's own client, messages without an
// event name or with unreadable data are dropped rather than failing the stream.
import { z } from 'zod';
import { normalizeDeviceId } from '../../../shared/validate';
import type { SseMessage } from './sse-parser';

export interface CloudEvent {
  name: string;
  /** Always a string (JSON payloads arrive double-encoded) or null. */
  data: string | null;
  publishedAt: string | null;
  /** Lowercased device id, or "api"/"particle-internal" for cloud-originated events. */
  deviceId: string;
  /** Product streams only: the owner's user id, "" when unclaimed. */
  userId: string | null;
  productId: number | null;
}

const eventDataSchema = z.looseObject({
  data: z.string().nullable().optional(),
  ttl: z.union([z.number(), z.string()]).optional(),
  published_at: z.string().optional(),
  coreid: z.string(),
  userid: z.string().optional(),
  productID: z.number().optional(),
});

export function toCloudEvent(message: SseMessage): CloudEvent | null {
  if (message.event === null) return null;
  let json: unknown;
  try {
    json = JSON.parse(message.data);
  } catch {
    return null;
  }
  const parsed = eventDataSchema.safeParse(json);
  if (!parsed.success) return null;
  return {
    name: message.event,
    data: parsed.data.data ?? null,
    publishedAt: parsed.data.published_at ?? null,
    deviceId: normalizeDeviceId(parsed.data.coreid),
    userId: parsed.data.userid ?? null,
    productId: parsed.data.productID ?? null,
  };
}
