// What the engine needs from the rest of the core, as narrow interfaces so tests can hand it the
// simulators directly and the account service stays the only owner of credentials.
import type { EventName, EventPayload } from '../../../shared/contract';
import type { NetworkChoice } from '../../../shared/provisioning';
import type { ClientCredentials, CloudClient } from '../cloud';
import type { Clock, DeviceAccess } from '../runtime';
import type { SoftApOptions } from '../softap';
import type { AuditLog } from '../store/audit-log';
import type { DeviceEndpoint } from '../wifi';
import type { UnitBackground } from './background';
import type { EngineTimings } from './constants';
import type { HostWifi } from './host-wifi';
import type { OfflineGate } from './offline-gate';

interface AccountBase {
  /** A token valid for at least minValidityMs (renewed first if needed). */
  token(minValidityMs: number, signal?: AbortSignal): Promise<string>;
  /** Product tokens renew themselves; a developer sign-in must be done again when it runs out. */
  renewable: boolean;
  /** Ms until the current token expires; null when it never does or nobody knows. */
  expiresInMs(): number | null;
  /** Every secret this account holds, for the audit log's guard and the tests. */
  secrets(): string[];
}

interface DeveloperRunAccount extends AccountBase {
  mode: 'developer';
  username: string;
}

export interface ProductRunAccount extends AccountBase {
  mode: 'product';
  product: { id: number; slug: string | null; name: string };
  client: ClientCredentials;
  /** Lowercase: the cloud lowercases customer emails. */
  customerEmail: string;
}

export type RunAccount = DeveloperRunAccount | ProductRunAccount;

/** Saved station profiles with their secrets, for the engine only. */
interface ProfileSource {
  resolve(id: string): NetworkChoice;
  save(choice: NetworkChoice): unknown;
}

export interface EngineEvents {
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
}

export interface RunContextInfo {
  station: string;
  operator: string;
  softApPrefix: string;
}

export interface EngineLog {
  warn(message: string): void;
}

/** Everything the engine stands on; the composition root builds it once. */
export interface EngineDeps {
  cloud: () => CloudClient;
  gate: OfflineGate;
  /** The signed-in account; throws an OperatorError when there is none. */
  account: () => RunAccount;
  profiles: ProfileSource;
  events: EngineEvents;
  audit: AuditLog;
  context: () => RunContextInfo;
  /** The one device-access lock; a run holds it from start to outcome. */
  access: DeviceAccess;
  /** null when the host Wi-Fi is not switched (the device is reached directly). */
  wifi: HostWifi | null;
  /** The device answers here without any Wi-Fi switch (CLI --softap-host, already joined). */
  directEndpoint: DeviceEndpoint | null;
  softAp: SoftApOptions;
  timings?: Partial<EngineTimings> | undefined;
  clock?: Clock | undefined;
  appVersion: string;
  simulated: boolean;
  newRunId?: (() => string) | undefined;
  log?: EngineLog | undefined;
}

/** What one run stands on: the engine's deps, resolved for this run (account, cloud, settings). */
export type RunDeps = Omit<
  EngineDeps,
  'cloud' | 'account' | 'context' | 'profiles' | 'access' | 'timings' | 'clock' | 'newRunId' | 'log'
> & {
  cloud: CloudClient;
  account: RunAccount;
  context: RunContextInfo;
  timings: EngineTimings;
  clock: Clock;
  log: EngineLog;
  /** A station unit: what its steps use once it detaches from the device (step-table.ts). */
  background?: UnitBackground | undefined;
};
