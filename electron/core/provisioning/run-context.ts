// What a run knows, as one immutable value: each step takes it and returns the next one. Facts
// are added as steps learn them, so whatever ends the run, the outcome and the record see
// everything the steps before it found out.
import type { NetworkChoice } from '../../../shared/provisioning';
import type { ApInfo, DevicePublicKey } from '../softap';
import type { ResumedUnit } from './background';
import type { Prepared } from './prepare';
import type { Verified } from './verify';

/** The run's inputs, fixed at start. */
export interface RunPlan {
  runId: string;
  /** A Photon-… SSID to join, or null to find one (or, manual, to wait for the operator). */
  ssid: string | null;
  manual: boolean;
  /** From a station profile chosen at start; null to ask the operator after the device's scan. */
  profileChoice: NetworkChoice | null;
  knownDeviceId: string | null;
  /**
   * The id on the unit's label (typed or scanned): the device must report it, and the run stops
   * before the claim code goes on the device when it does not ("label says X, this is Y").
   */
  expectedDeviceId: string | null;
  /** Once online, make the device flash rainbow and ask the operator whether it is the one in hand. */
  confirmIdentity: boolean;
  /** A unit whose trip ended before a restart: the run picks up at verify with what it knew. */
  resumed: ResumedUnit | null;
}

export type { ResumedUnit } from './background';

export interface RunContext {
  readonly plan: RunPlan;
  readonly prepared: Prepared | null;
  /** The device's Photon-… network, once found (or given). */
  readonly deviceSsid: string | null;
  /** Lowercase, once the device told us. */
  readonly deviceId: string | null;
  readonly claimed: boolean | null;
  readonly key: DevicePublicKey | null;
  readonly scan: readonly ApInfo[] | null;
  readonly choice: NetworkChoice | null;
  /** The network the device is being given. */
  readonly targetSsid: string | null;
  /** The id imported into the product (in prepare, on the trip, or on the hop), if any. */
  readonly importedId: string | null;
  /** A product import is owed from back home before connect-ap (no second link on the trip). */
  readonly hopPending: boolean;
  /** The hop happened: the next join is the second visit to the same device. */
  readonly secondVisit: boolean;
  /** When the device accepted connect-ap (clock ms): verify counts only evidence after it. */
  readonly connectAcceptedAt: number | null;
  readonly verdict: Verified | null;
}

export function initialContext(plan: RunPlan): RunContext {
  const resumed = plan.resumed;
  if (resumed !== null)
    return {
      ...freshContext(plan),
      deviceSsid: resumed.deviceSsid,
      deviceId: resumed.deviceId,
      targetSsid: resumed.targetSsid,
      connectAcceptedAt: resumed.connectAcceptedAt,
    };
  return freshContext(plan);
}

function freshContext(plan: RunPlan): RunContext {
  return {
    plan,
    prepared: null,
    deviceSsid: plan.ssid,
    deviceId: null,
    claimed: null,
    key: null,
    scan: null,
    choice: plan.profileChoice,
    targetSsid: plan.profileChoice?.ssid ?? null,
    importedId: null,
    hopPending: false,
    secondVisit: false,
    connectAcceptedAt: null,
    verdict: null,
  };
}
