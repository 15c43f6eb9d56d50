// Returned units: what the cloud says about a device, the plan to release it for its next
// owner, and how the plan ran. Shared so the wizard and the CLI show the same facts.
import { z } from 'zod';
import type { Message } from './i18n';
import { FIELD_LIMITS } from './limits';
import type { ActionRecord, RunRecord } from './audit';

export const lookupInputSchema = z.strictObject({
  deviceId: z.string().trim().min(1).max(FIELD_LIMITS.lookupDeviceId),
});

export type DeviceOwner =
  | { kind: 'customer'; email: string }
  | { kind: 'user'; username: string; isSignedInUser: boolean }
  | { kind: 'none' }
  /** The credentials cannot tell who owns it. */
  | { kind: 'unknown' };

export interface DeviceLookup {
  deviceId: string;
  /** False when these credentials cannot see the device at all. */
  visible: boolean;
  name: string | null;
  product: { id: number; slug: string | null; name: string | null } | null;
  owner: DeviceOwner;
  online: boolean | null;
  lastHeard: string | null;
  /** Plain sentences saying what these credentials cannot see or do. */
  limits: Message[];
  history: Array<RunRecord | ActionRecord>;
}

export type ReleaseStepId =
  'release-from-owner' | 'remove-from-product' | 'unclaim-developer' | 're-add-to-product';

export type StepState = 'pending' | 'done' | 'already-done' | 'failed' | 'not-run';

export interface ReleaseStep {
  id: ReleaseStepId;
  title: Message;
  /** What it will do, in the cloud's terms and the operator's. */
  description: Message;
  /** How to undo it, or why it cannot be undone from here. */
  undo: Message;
  state: StepState;
  /** The failure sentence, once failed. */
  error: Message | null;
}

const releaseWantsSchema = z.strictObject({
  removeFromProduct: z.boolean().default(false),
  reAddToProduct: z.boolean().default(false),
});
export type ReleaseWants = z.input<typeof releaseWantsSchema>;

export const planInputSchema = z.strictObject({
  deviceId: z.string().trim().min(1).max(FIELD_LIMITS.lookupDeviceId),
  wants: releaseWantsSchema,
});

export interface ReleasePlan {
  planId: string;
  deviceId: string;
  product: DeviceLookup['product'];
  owner: DeviceOwner;
  steps: ReleaseStep[];
  /** Set when nothing may be done with these credentials; then steps is empty. */
  refusal: Message | null;
}

export const executeInputSchema = z.strictObject({ planId: z.string().min(1).max(64) });

/** Where a complete release left the device, from the steps that ran (the cloud's view lags). */
export interface ReleasedState {
  owner: 'none';
  /** The product it is still (or again) in; null when it is in none. */
  product: ReleasePlan['product'];
}

export interface ReleaseReport {
  plan: ReleasePlan;
  /** True when every step is done or was already done. */
  complete: boolean;
  /** One sentence: what happened and the state the device is left in. */
  summary: Message;
  /** Set when complete. */
  leftAs: ReleasedState | null;
}

/**
 * The returned unit being worked on: its latest plan, whether the plan is running, and the
 * report once it ran. Sent after every step and kept by the core, so a reload shows it.
 */
export interface ReleaseActivity {
  plan: ReleasePlan;
  running: boolean;
  report: ReleaseReport | null;
}
