// What the engine needs from the rest of the core, as narrow interfaces so tests can hand it the
// simulators directly and the account service stays the only owner of credentials.
import type { EventName, EventPayload } from '../../../shared/contract';
import type { NetworkChoice } from '../../../shared/provisioning';
import type { ClientCredentials } from '../cloud';

interface AccountBase {
  /** A token valid for at least minValidityMs (renewed first if needed). */
  token(minValidityMs: number, signal?: AbortSignal): Promise<string>;
  /** Every secret this account holds, for the audit log's guard and the tests. */
  secrets(): string[];
}

export interface DeveloperRunAccount extends AccountBase {
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
export interface ProfileSource {
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
