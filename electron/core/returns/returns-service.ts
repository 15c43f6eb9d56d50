// The returned-units flow behind the contract: lookups and plans with the signed-in account,
// plans kept until confirmed (a re-run continues the same plan), and reading a device's id
// over its SoftAP without setting it up.
import { m } from '../../../shared/i18n';
import { randomUUID } from 'node:crypto';
import type {
  DeviceLookup,
  ReleaseActivity,
  ReleasePlan,
  ReleaseReport,
  ReleaseWants,
} from '../../../shared/returns';
import type { AccountService } from '../account';
import { TOKEN_MIN_VALIDITY_MS, type CloudClient } from '../cloud';
import type { EventBus } from '../event-bus';
import { softApClientFor } from '../provisioning/device-probe';
import { newWifiSession, type HostWifi } from '../provisioning/host-wifi';
import type { OfflineGate } from '../provisioning/offline-gate';
import { OperatorError, type DeviceAccess } from '../runtime';
import type { SoftApOptions } from '../softap';
import type { AuditLog } from '../store/audit-log';
import { lookupDevice } from './lookup-device';
import { executeReleasePlan } from './release-executor';
import { buildReleasePlan } from './release-plan';
import type { ReturnsContext } from './returns-context';

/** Plans are kept for re-runs; old ones are dropped past this many. */
const MAX_KEPT_PLANS = 50;

export interface ReturnsServiceDeps {
  cloud: () => CloudClient;
  account: AccountService;
  audit: AuditLog;
  events: EventBus;
  gate: OfflineGate;
  wifi: HostWifi | null;
  softAp: SoftApOptions;
  who: () => { station: string; operator: string; softApPrefix: string };
  appVersion: string;
  simulated: boolean;
  /** The one device-access lock, shared with setup runs. */
  access: DeviceAccess;
}

export class ReturnsService {
  private readonly plans = new Map<string, ReleasePlan>();
  /** The unit being worked on, for a window that reloads while its plan waits or runs. */
  private activity: ReleaseActivity | null = null;

  constructor(private readonly deps: ReturnsServiceDeps) {}

  /** The latest plan, whether it is running, and its report once it ran; null before any. */
  current(): ReleaseActivity | null {
    return this.activity === null ? null : structuredClone(this.activity);
  }

  private show(activity: ReleaseActivity): void {
    this.activity = structuredClone(activity);
    this.deps.events.emit('returns.progress', structuredClone(activity));
  }

  private context(): ReturnsContext {
    const account = this.deps.account.runAccount();
    const who = this.deps.who();
    return {
      cloud: this.deps.cloud(),
      account:
        account.mode === 'product'
          ? {
              mode: 'product',
              token: () => account.token(TOKEN_MIN_VALIDITY_MS),
              product: account.product,
              username: null,
            }
          : {
              mode: 'developer',
              token: () => account.token(TOKEN_MIN_VALIDITY_MS),
              product: null,
              username: account.username,
            },
      audit: this.deps.audit,
      who: { station: who.station, operator: who.operator },
      appVersion: this.deps.appVersion,
      simulated: this.deps.simulated,
      now: () => new Date(),
      newId: () => randomUUID(),
    };
  }

  lookup(deviceId: string): Promise<DeviceLookup> {
    return lookupDevice(this.context(), deviceId);
  }

  async plan(deviceId: string, wants: ReleaseWants): Promise<ReleasePlan> {
    const context = this.context();
    const plan = buildReleasePlan(
      await lookupDevice(context, deviceId),
      wants,
      randomUUID(),
      context.account.mode,
    );
    this.plans.set(plan.planId, plan);
    while (this.plans.size > MAX_KEPT_PLANS)
      this.plans.delete(this.plans.keys().next().value as string);
    this.show({ plan, running: false, report: null });
    return plan;
  }

  async execute(planId: string): Promise<ReleaseReport> {
    const plan = this.plans.get(planId);
    if (plan === undefined) throw new OperatorError(m('returns.plan-gone'));
    this.show({ plan, running: true, report: null });
    let report: ReleaseReport | null = null;
    try {
      report = await executeReleasePlan(this.context(), plan, (updated) =>
        this.show({ plan: updated, running: true, report: null }),
      );
      return report;
    } finally {
      this.show({ plan, running: false, report });
    }
  }

  /** Joins the device's Photon-… network, asks its id, and always returns the computer to its Wi-Fi. */
  async readDeviceId(ssid: string): Promise<{ deviceId: string; claimed: boolean }> {
    const wifi = this.deps.wifi;
    if (wifi === null) throw new OperatorError(m('returns.no-wifi'), 'no-wifi');
    const softAp = this.deps.softAp;
    return this.deps.access.with(m('core.activity.reading-id', { ssid }), async () => {
      this.deps.gate.leave(false);
      try {
        const result = await newWifiSession(wifi, softAp).run(
          { ssid, prefix: this.deps.who().softApPrefix },
          (ctx) => softApClientFor(softAp, ctx.endpoint).deviceInfo({ signal: ctx.signal }),
        );
        return result.value;
      } finally {
        this.deps.gate.back();
      }
    });
  }
}
