// Raw device JSON (either the developer or the product view) to CloudDevice.
import { normalizeDeviceId } from '../../../shared/validate';
import type { z } from 'zod';
import type { deviceSchema } from './schemas';
import type { CloudResponse } from './transport';
import type { CloudDevice } from './types';

/** The cloud's clock minus this computer's, from the reply's Date header (null without one). */
const skewOf = (response: CloudResponse | undefined): number | null =>
  response === undefined || response.serverDate === null
    ? null
    : response.serverDate - response.receivedAt;

export function toCloudDevice(
  raw: z.output<typeof deviceSchema>,
  response?: CloudResponse,
): CloudDevice {
  return {
    id: normalizeDeviceId(raw.id),
    name: raw.name ?? null,
    owner: raw.owner ?? null,
    // "connected" is the deprecated alias some old replies still carry.
    online: raw.online ?? raw.connected ?? false,
    productId: raw.product_id ?? null,
    platformId: raw.platform_id ?? null,
    lastHeard: raw.last_heard ?? null,
    lastHandshakeAt: raw.last_handshake_at ?? null,
    development: raw.development ?? null,
    quarantined: raw.quarantined ?? null,
    clockSkewMs: skewOf(response),
  };
}
