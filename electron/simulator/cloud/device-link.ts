// What happens in the cloud when a (simulated) Photon finishes its handshake. The device presents
// the claim code it was given over SoftAP; the cloud checks it and assigns the owner before the
// device's first events go out. A bad code never stops the device coming online: it simply stays
// unclaimed, exactly as the real cloud behaves (the Photon answered {"r":0} to any code).
import { normalizeDeviceId } from '../../../shared/validate';
import type { EventHub } from './fake-events';
import {
  CLAIM_CODE_LIFETIME_MS,
  type ClaimCodeRecord,
  type DeviceRecord,
  type FakeState,
} from './fake-state';

export interface ConnectDeviceArgs {
  /** Any case: Photons report their id in uppercase over SoftAP. */
  deviceId: string;
  claimCode?: string | null | undefined;
}

export type ClaimVerdict =
  | 'claimed'
  | 'no-code'
  | 'unknown-code'
  | 'used-code'
  | 'expired-code'
  | 'not-in-product'
  | 'owned-by-other';

export interface DeviceLink {
  connectDevice(args: ConnectDeviceArgs): Promise<void>;
  disconnectDevice(deviceId: string): Promise<void>;
  publish(deviceId: string, name: string, data: string | null): void;
  /** Why the last connect of this device did or did not claim it (for tests and the demo log). */
  lastVerdict(deviceId: string): ClaimVerdict | undefined;
}

function judge(
  state: FakeState,
  device: DeviceRecord,
  code: ClaimCodeRecord | undefined,
): ClaimVerdict {
  if (!code) return 'unknown-code';
  if (code.used) return 'used-code';
  if (state.clock.now() - code.createdAt > CLAIM_CODE_LIFETIME_MS) return 'expired-code';
  if (code.product !== null && device.productId !== code.product) return 'not-in-product';
  if (device.owner && !state.isOwner(code.owner, device)) return 'owned-by-other';
  return 'claimed';
}

export function createDeviceLink(state: FakeState, hub: EventHub): DeviceLink {
  const verdicts = new Map<string, ClaimVerdict>();

  return {
    async connectDevice({ deviceId, claimCode }) {
      const device = state.ensureDevice(normalizeDeviceId(deviceId));
      let verdict: ClaimVerdict = 'no-code';
      if (claimCode) {
        const code = state.claimCodes.get(claimCode);
        verdict = judge(state, device, code);
        if (verdict === 'claimed' && code) {
          code.used = true;
          device.owner = code.owner;
        }
      }
      verdicts.set(device.id, verdict);
      // A device that dropped without the cloud noticing shows "offline" just before "online".
      if (device.online) hub.publish(device, 'spark/status', 'offline');
      const now = state.clock.now();
      device.online = true;
      device.lastHeard = now;
      device.lastHandshakeAt = now;
      device.lastIp = '198.51.100.23';
      hub.publish(device, 'spark/status', 'online');
      hub.publish(device, 'spark/device/last_reset', 'pin_reset');
      hub.publish(
        device,
        'spark/device/app-hash',
        device.id.slice(0, 8).padEnd(64, '0').toUpperCase(),
      );
      hub.publish(device, 'particle/device/updates/enabled', 'true');
      hub.publish(device, 'particle/device/updates/forced', 'false');
    },

    async disconnectDevice(deviceId) {
      const device = state.devices.get(normalizeDeviceId(deviceId));
      if (!device || !device.online) return;
      device.online = false;
      hub.publish(device, 'spark/status', 'offline');
    },

    publish(deviceId, name, data) {
      const device = state.devices.get(normalizeDeviceId(deviceId));
      if (!device) return;
      device.lastHeard = state.clock.now();
      hub.publish(device, name, data);
    },

    lastVerdict: (deviceId) => verdicts.get(normalizeDeviceId(deviceId)),
  };
}
