// Read-only views of the fake's state for tests and the demo: who owns what, what is online.
import type { FakeState } from './fake-state';

export interface DeviceSnapshot {
  id: string;
  name: string;
  /** What the cloud lists (it lags behind a drop). */
  online: boolean;
  /** Whether the device really holds a session now. */
  connected: boolean;
  /** Username or customer email. */
  owner: string | null;
  ownerKind: 'user' | 'customer' | null;
  productId: number | null;
  lastHandshakeAt: string | null;
}

export function snapshotDevices(state: FakeState): DeviceSnapshot[] {
  return [...state.devices.values()].map((device) => ({
    id: device.id,
    name: device.name,
    online: device.online,
    connected: device.connected,
    owner: state.ownerName(device.owner),
    ownerKind: device.owner?.kind ?? null,
    productId: device.productId,
    lastHandshakeAt:
      device.lastHandshakeAt === null ? null : new Date(device.lastHandshakeAt).toISOString(),
  }));
}
