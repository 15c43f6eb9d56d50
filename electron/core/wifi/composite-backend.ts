// One WifiBackend made of several: each operation goes to the backend the plan names for it.
import { m } from '../../../shared/i18n';
import { WifiError } from './errors';
import type { BackendPlan } from './backend-plan';
import type {
  Association,
  BackendName,
  JoinOptions,
  NetworkRef,
  RejoinOptions,
  ScanOptions,
  TempJoin,
  WifiBackend,
  WifiCaps,
  WifiIface,
  WifiNetwork,
  WifiOperation,
} from './types';

export class CompositeBackend implements WifiBackend {
  readonly name: BackendName;

  constructor(
    readonly plan: BackendPlan,
    private readonly backends: Partial<Record<BackendName, WifiBackend>>,
  ) {
    this.name = plan.join;
    for (const operation of Object.keys(plan) as WifiOperation[]) this.for(operation);
  }

  private for(operation: WifiOperation): WifiBackend {
    const backend = this.backends[this.plan[operation]];
    if (backend === undefined)
      throw new WifiError('unsupported', m('wifi.no-backend', { operation }));
    return backend;
  }

  async caps(): Promise<WifiCaps> {
    const scan = await this.for('scan').caps();
    const current =
      this.for('current') === this.for('scan') ? scan : await this.for('current').caps();
    const forget = this.for('forget') === this.for('scan') ? scan : await this.for('forget').caps();
    return {
      scanSsids: scan.scanSsids,
      readCurrent: current.readCurrent,
      freshScan: scan.freshScan,
      deleteProfile: forget.deleteProfile,
    };
  }

  interfaces(): Promise<WifiIface[]> {
    return this.for('interfaces').interfaces();
  }
  scan(iface: string, options: ScanOptions): Promise<WifiNetwork[]> {
    return this.for('scan').scan(iface, options);
  }
  current(iface: string): Promise<NetworkRef | null> {
    return this.for('current').current(iface);
  }
  joinOpen(iface: string, ssid: string, options: JoinOptions): Promise<TempJoin> {
    return this.for('join').joinOpen(iface, ssid, options);
  }
  isAssociated(iface: string, ssid: string): Promise<Association> {
    return this.for('associated').isAssociated(iface, ssid);
  }
  rejoin(ref: NetworkRef, options: RejoinOptions): Promise<void> {
    return this.for('rejoin').rejoin(ref, options);
  }
  forget(temp: TempJoin): Promise<void> {
    return this.for('forget').forget(temp);
  }
  async hasProfile(temp: TempJoin): Promise<boolean | 'unknown'> {
    const backend = this.for('forget');
    return backend.hasProfile === undefined ? 'unknown' : backend.hasProfile(temp);
  }
  async savedNetworks(iface: string): Promise<TempJoin[] | null> {
    const backend = this.for('forget');
    return backend.savedNetworks === undefined ? null : backend.savedNetworks(iface);
  }
  letOsReconnect(iface: string): Promise<void> {
    return this.for('reconnect').letOsReconnect(iface);
  }
}
