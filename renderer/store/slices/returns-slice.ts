// Returned units: look a device up, release it with a confirmed plan, and hand it to the wizard
// for its next owner. The plan's progress comes from the core (returns.progress / current).
import { deviceIdProblem } from '../../../shared/validate';
import type { SliceTools } from '../slice';
import type { ReturnsState } from '../state';

export function returnsSlice({ set, get, bridge, tracker }: SliceTools): ReturnsState {
  return {
    returnsDraftId: '',
    lookup: null,
    wants: { removeFromProduct: false, reAddToProduct: false },
    activity: null,
    photons: null,

    setReturnsDraftId: (returnsDraftId) => {
      tracker.clear('lookup');
      set({ returnsDraftId });
    },
    setWants: (patch) => set((state) => ({ wants: { ...state.wants, ...patch } })),

    lookUp: async () => {
      const deviceId = get().returnsDraftId;
      const problem = deviceIdProblem(deviceId);
      if (problem !== null) {
        tracker.refuse('lookup', problem);
        return;
      }
      const found = await tracker.track('lookup', () =>
        bridge.call('returns.lookup', { deviceId }),
      );
      if (found.ok) set({ lookup: found.value, activity: null });
    },

    findPhotons: async () => {
      const found = await tracker.track('photons', () => bridge.call('device.find', {}));
      if (!found.ok) return;
      set({ photons: found.value.devices.map((device) => device.ssid) });
      if (!found.value.ssidsReadable && found.value.hint !== null)
        tracker.refuse('photons', found.value.hint);
    },

    readIdFrom: async (ssid) => {
      const read = await tracker.track('readId', () =>
        bridge.call('returns.readDeviceId', { ssid }),
      );
      if (read.ok) get().setReturnsDraftId(read.value.deviceId);
    },

    planRelease: async () => {
      const lookup = get().lookup;
      if (lookup === null) return;
      const planned = await tracker.track('plan', () =>
        bridge.call('returns.plan', { deviceId: lookup.deviceId, wants: get().wants }),
      );
      // The core also sends it as returns.progress; the reply keeps this window in step if not.
      if (planned.ok) set({ activity: { plan: planned.value, running: false, report: null } });
    },

    runPlan: async () => {
      const activity = get().activity;
      if (activity === null) return;
      const ran = await tracker.track('release', () =>
        bridge.call('returns.execute', { planId: activity.plan.planId }),
      );
      if (ran.ok) set({ activity: { plan: ran.value.plan, running: false, report: ran.value } });
    },

    setUpForNextOwner: async (owner) => {
      const deviceId = get().activity?.plan.deviceId ?? get().lookup?.deviceId ?? null;
      if (deviceId === null) return false;
      if (owner.kind === 'customer') {
        const changed = await tracker.track('nextOwner', () =>
          bridge.call('account.setCustomer', { customerEmail: owner.email }),
        );
        if (!changed.ok) return false;
        set({ account: changed.value });
      } else if (owner.kind === 'other-account') {
        const out = await tracker.track('nextOwner', () => bridge.call('account.signOut'));
        if (!out.ok) return false;
        set({ account: null, mfaRequired: false });
      }
      // Into the wizard with the id known (product mode imports it while still online).
      get().dismissRun('account');
      set({ view: 'setup', knownDeviceId: deviceId, handoff: { deviceId } });
      return true;
    },
  };
}
