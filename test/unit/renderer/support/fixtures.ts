// Payloads as the core sends them, built from the shared definitions so they stay honest.
import { m } from '../../../../shared/i18n';
import type { LedReport } from '../../../../shared/led';
import { describeOutcome, type Outcome } from '../../../../shared/outcome';
import { describeSecurity } from '../../../../shared/security';
import { PHASE_LABELS, RUN_PHASES, type RunPhase } from '../../../../shared/phases';
import type {
  AccountSummary,
  DeviceNetwork,
  RunLed,
  RunNetworks,
  RunOutcome,
  RunProgress,
} from '../../../../shared/provisioning';
import type { DeviceLookup, ReleaseActivity, ReleasePlan } from '../../../../shared/returns';

export const RUN_ID = 'run-1';
export const DEVICE_ID = '2c003a000b47343432313031';

export const developer: AccountSummary = {
  mode: 'developer',
  owner: 'demo@example.com',
  signedInAs: 'demo@example.com',
  product: null,
  tokenExpiresAt: null,
  remembered: false,
};

export const productAccount: AccountSummary = {
  mode: 'product',
  owner: 'old@example.com',
  signedInAs: 'tempmon06-3459',
  product: { id: 1319, slug: 'tempmon-v100', name: 'Temperature Monitor' },
  tokenExpiresAt: null,
  remembered: false,
};

/** The run in `phase` (earlier phases done), with any facts overridden. */
export function progress(
  phase: RunPhase,
  patch: Partial<RunProgress> = {},
  runId = RUN_ID,
): RunProgress {
  const at = RUN_PHASES.indexOf(phase);
  return {
    runId,
    phase,
    phases: RUN_PHASES.map((each, index) => ({
      phase: each,
      label: PHASE_LABELS[each],
      status: index < at ? 'done' : index === at ? 'active' : 'pending',
      ms: index <= at ? 100 : null,
      detail: index === at ? m('run.verify.waiting') : null,
    })),
    deviceId: DEVICE_ID,
    claimed: false,
    deviceSsid: 'Photon-K7QD',
    targetSsid: null,
    countdownS: null,
    countdownEndsAt: null,
    awaitingNetwork: false,
    ...patch,
  };
}

export const awaitingNetwork = (runId = RUN_ID): RunProgress =>
  progress(
    'talk',
    {
      awaitingNetwork: true,
      countdownS: 180,
      countdownEndsAt: new Date(Date.now() + 180_000).toISOString(),
    },
    runId,
  );

export const network = (patch: Partial<DeviceNetwork> = {}): DeviceNetwork => {
  const base: DeviceNetwork = {
    ssid: 'Workshop',
    ssidHex: '',
    rssi: -50,
    bars: 4,
    security: 0x00400004,
    securityName: describeSecurity(0x00400004),
    requiresPassword: true,
    enterprise: false,
    channel: 6,
    ...patch,
  };
  const merged = { ...base, ...patch };
  // The device's own bytes of whatever name the test gave it.
  return { ...merged, ssidHex: patch.ssidHex ?? Buffer.from(merged.ssid, 'utf8').toString('hex') };
};

export const networks = (list: DeviceNetwork[] = [network()], runId = RUN_ID): RunNetworks => ({
  runId,
  networks: list,
});

export const led = (report: Partial<LedReport> = {}, runId = RUN_ID): RunLed => ({
  runId,
  led: { state: 'listening', source: 'observed', basis: m('run.led.ap-back'), ...report },
});

export function outcome(value: Outcome, runId = RUN_ID): RunOutcome {
  return {
    runId,
    outcome: value,
    description: describeOutcome(value),
    record: {
      type: 'run',
      id: runId,
      startedAt: '2026-01-01T00:00:00.000Z',
      endedAt: '2026-01-01T00:00:12.000Z',
      station: '',
      operator: '',
      mode: 'developer',
      product: null,
      deviceId: value.deviceId,
      ssid: 'Workshop',
      customerEmail: null,
      outcome: value.kind,
      errorCode: null,
      phases: RUN_PHASES.map((phase) => ({ phase, ms: 100, result: 'ok' })),
      appVersion: '0.1.0',
      simulated: true,
    },
  };
}

export const success = (runId = RUN_ID): RunOutcome =>
  outcome(
    { kind: 'success', deviceId: DEVICE_ID, owner: { kind: 'user', username: 'demo@example.com' } },
    runId,
  );

export const rejected = (runId = RUN_ID): RunOutcome =>
  outcome({ kind: 'credentials-rejected', deviceId: DEVICE_ID, ssid: 'Workshop' }, runId);

export const RETURNED_ID = '3b0021001747353236343033';

export const lookup: DeviceLookup = {
  deviceId: RETURNED_ID,
  visible: true,
  name: 'tempmon-7',
  product: { id: 1319, slug: 'tempmon-v100', name: 'Temperature Monitor' },
  owner: { kind: 'customer', email: 'existing-customer@example.com' },
  online: false,
  lastHeard: null,
  limits: [],
  history: [],
};

/** The returned unit's owner as the core's plan names it. */
const customer = m('returns.owner.customer', { email: 'existing-customer@example.com' });

export const plan: ReleasePlan = {
  planId: 'plan-1',
  deviceId: RETURNED_ID,
  product: lookup.product,
  owner: lookup.owner,
  steps: [
    {
      id: 'release-from-owner',
      title: m('returns.step.release.title', { who: customer }),
      description: m('returns.step.release.description', {
        who: customer,
        product: 'Temperature Monitor',
      }),
      undo: m('returns.step.release.undo', { who: customer }),
      state: 'pending',
      error: null,
    },
  ],
  refusal: null,
};

export function released(): ReleaseActivity {
  const done: ReleasePlan = {
    ...plan,
    steps: plan.steps.map((step) => ({ ...step, state: 'done' })),
  };
  return {
    plan: done,
    running: false,
    report: {
      plan: done,
      complete: true,
      summary: m('returns.summary.released', {
        deviceId: RETURNED_ID,
        steps: [m('returns.step.release.title', { who: customer })],
      }),
      leftAs: { owner: 'none', product: lookup.product },
    },
  };
}
