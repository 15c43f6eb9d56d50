// What happens in the cloud when a (simulated) Photon reaches it after connect-ap, in the real
// order (particle-iot/device-os system/src/system_cloud_internal.cpp, Spark_Handshake): the
// handshake ends (last_handshake_at, spark/status online — the owner does not exist yet), then
// the device publishes its claim code and the cloud links the owner, then the rest of the
// handshake's events go out, now visible to the new owner. A bad code never stops the device
// coming online: it simply stays unclaimed (the Photon answered {"r":0} to any code), and the
// device keeps its code to present again at the next handshake.
//
// A device that drops is not noticed at once: it stays listed online for settings.offlineLagMs
// (API reference, Devices: "Wi-Fi devices will generally be accurate to within a few minutes").
import { normalizeDeviceId } from '../../../shared/validate';
import type { EventHub } from './fake-events';
import type { FakeSettings } from './fake-router';
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
  /** The device's handshake and claim; resolves once the claim was processed. */
  connectDevice(args: ConnectDeviceArgs): Promise<void>;
  /** The device left the cloud (listening mode, power off): listed offline after the lag. */
  disconnectDevice(deviceId: string): Promise<void>;
  publish(deviceId: string, name: string, data: string | null): void;
  /** Why the last connect of this device did or did not claim it (for tests and the demo log). */
  lastVerdict(deviceId: string): ClaimVerdict | undefined;
  close(): void;
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

const wait = (ms: number): Promise<void> =>
  ms <= 0 ? Promise.resolve() : new Promise((resolve) => setTimeout(resolve, ms));

export function createDeviceLink(
  state: FakeState,
  hub: EventHub,
  settings: FakeSettings,
): DeviceLink {
  const verdicts = new Map<string, ClaimVerdict>();
  /** Devices that dropped but are still listed online, with the timer that will notice. */
  const dropping = new Map<string, NodeJS.Timeout>();

  const markOffline = (device: DeviceRecord): void => {
    dropping.delete(device.id);
    if (!device.online) return;
    device.online = false;
    hub.publish(device, 'spark/status', 'offline');
  };

  return {
    async connectDevice({ deviceId, claimCode }) {
      const device = state.ensureDevice(normalizeDeviceId(deviceId));
      const pending = dropping.get(device.id);
      if (pending !== undefined) clearTimeout(pending);
      dropping.delete(device.id);
      // API reference, spark/status: "If the device comes online and the cloud did not know it
      // was previously offline, the offline will be generated immediately before the online".
      if (device.online) hub.publish(device, 'spark/status', 'offline');
      const now = state.clock.now();
      device.online = true;
      device.connected = true;
      device.lastHeard = now;
      device.lastHandshakeAt = now;
      device.lastIp = '198.51.100.23';
      hub.publish(device, 'spark/status', 'online');

      await wait(settings.claimDelayMs);
      let verdict: ClaimVerdict = 'no-code';
      if (claimCode) {
        const code = state.claimCodes.get(claimCode);
        verdict = judge(state, device, code);
        if (verdict === 'claimed' && code) {
          code.used = true;
          device.owner = code.owner;
        }
        device.lastHeard = state.clock.now();
      }
      verdicts.set(device.id, verdict);
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
      if (!device) return;
      device.connected = false;
      if (!device.online || dropping.has(device.id)) return;
      if (settings.offlineLagMs <= 0) return markOffline(device);
      const timer = setTimeout(() => markOffline(device), settings.offlineLagMs);
      timer.unref();
      dropping.set(device.id, timer);
    },

    publish(deviceId, name, data) {
      const device = state.devices.get(normalizeDeviceId(deviceId));
      if (!device) return;
      device.lastHeard = state.clock.now();
      hub.publish(device, name, data);
    },

    lastVerdict: (deviceId) => verdicts.get(normalizeDeviceId(deviceId)),

    close() {
      for (const timer of dropping.values()) clearTimeout(timer);
      dropping.clear();
    },
  };
}
