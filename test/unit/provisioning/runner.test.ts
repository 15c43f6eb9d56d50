// The runner on its own, with scripted steps and a fake way to the device: the table decides
// which moves are legal, a cancel in any step ends in exactly one record, and whenever the
// device's network was used the way back is taken — on success, failure or cancel alike.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RunRecord } from '../../../shared/audit';
import type { EventName } from '../../../shared/contract';
import type { CloudClient } from '../../../electron/core/cloud';
import { DEFAULT_ENGINE_TIMINGS } from '../../../electron/core/provisioning/constants';
import type { DeviceLink } from '../../../electron/core/provisioning/device-link';
import { Mailbox } from '../../../electron/core/provisioning/mailbox';
import { OfflineGate } from '../../../electron/core/provisioning/offline-gate';
import type { RunPlan } from '../../../electron/core/provisioning/run-context';
import { ProvisioningRun, type RunMachinery } from '../../../electron/core/provisioning/runner';
import type { RunMessage, Step, StepFunctions } from '../../../electron/core/provisioning/step-io';
import {
  assertLegalMove,
  IllegalTransitionError,
  STEP_NAMES,
  STEPS,
  type StepName,
  type StepTarget,
} from '../../../electron/core/provisioning/step-table';
import type { RunDeps } from '../../../electron/core/provisioning/types';
import { Cancelled, systemClock } from '../../../electron/core/runtime';
import { AuditLog } from '../../../electron/core/store/audit-log';
import { WifiRestoreError } from '../../../electron/core/wifi';

const DEVICE_ID = '0123456789abcdef01234567';
/** The Wi-Fi path with a network chosen by the operator. */
const WIFI_PATH: StepTarget[] = [
  'prepare',
  'find',
  'join',
  'identify',
  'talk',
  'scan',
  'choose-network',
  'configure',
  'connect',
  'restore',
  'verify',
  'done',
];

interface FakeLink extends DeviceLink {
  left: number;
}

function fakeLink(leaveOk = true): FakeLink {
  const controller = new AbortController();
  const link: FakeLink = {
    kind: 'wifi',
    secondLink: false,
    signal: controller.signal,
    trip: null,
    left: 0,
    endpoint: () => ({ host: '127.0.0.1', tcpPort: 1, httpPort: 1 }),
    explain: (error) => error,
    leave: async () => {
      link.left += 1;
      return leaveOk
        ? {
            ok: true,
            network: 'Workshop',
            verified: true,
            profileLeft: false,
            home: 'online',
            removed: [],
          }
        : { ok: false, error: new WifiRestoreError('Workshop') };
    },
  };
  return link;
}

/** Steps that walk `path`, with an optional override per step. */
function scripted(path: StepTarget[], overrides: Partial<Record<StepName, Step>> = {}) {
  const seen: StepName[] = [];
  const steps = Object.fromEntries(
    STEP_NAMES.map((name): [StepName, Step] => [
      name,
      async (ctx, io) => {
        seen.push(name);
        const override = overrides[name];
        if (override !== undefined) return override(ctx, io);
        const next = path[path.indexOf(name) + 1] ?? 'done';
        if (name === 'identify') return { next, ctx: { ...ctx, deviceId: DEVICE_ID } };
        if (name === 'verify')
          return {
            next,
            ctx: {
              ...ctx,
              verdict: {
                outcome: {
                  kind: 'success',
                  deviceId: DEVICE_ID,
                  owner: { kind: 'user', username: 'dev@example.com' },
                },
                errorCode: null,
              },
            },
          };
        return { next, ctx };
      },
    ]),
  ) as unknown as StepFunctions;
  return { steps, seen };
}

function harness(machinery: Partial<RunMachinery> & { steps: StepFunctions }) {
  const dataDir = mkdtempSync(join(tmpdir(), 'runner-'));
  const auditPath = join(dataDir, 'audit.jsonl');
  const events: Array<[EventName, unknown]> = [];
  const links: FakeLink[] = [];
  const gate = new OfflineGate();
  const deps: RunDeps = {
    cloud: {} as CloudClient,
    gate,
    account: {
      mode: 'developer',
      username: 'dev@example.com',
      token: async () => 't',
      secrets: () => [],
      renewable: false,
      expiresInMs: () => null,
    },
    events: { emit: (event, payload) => events.push([event, payload]) },
    audit: new AuditLog(auditPath),
    context: { station: 'bench', operator: 'op', softApPrefix: 'Photon-' },
    wifi: null,
    directEndpoint: null,
    softAp: {},
    timings: DEFAULT_ENGINE_TIMINGS,
    clock: systemClock,
    appVersion: '0.0.0',
    simulated: true,
    log: { warn: () => undefined },
  };
  const plan: RunPlan = {
    runId: 'run-1',
    ssid: 'Photon-K7QD',
    manual: false,
    profileChoice: null,
    knownDeviceId: null,
    expectedDeviceId: null,
    confirmIdentity: false,
    resumed: null,
  };
  const run = new ProvisioningRun(deps, plan, new Mailbox<RunMessage>(systemClock), {
    openLink: async () => {
      const link = fakeLink();
      links.push(link);
      return link;
    },
    ...machinery,
  });
  const records = (): RunRecord[] =>
    readFileSync(auditPath, 'utf8')
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line) as RunRecord);
  return { run, events, links, records, gate };
}

describe('the step table', () => {
  it('lists only steps it knows, reaches every step from a first step, and every step can finish', () => {
    // A new unit starts at prepare; a unit resumed after a restart at resume.
    const reachable = new Set<StepTarget>(['prepare', 'resume']);
    for (let changed = true; changed;) {
      changed = false;
      for (const name of STEP_NAMES)
        if (reachable.has(name))
          for (const next of STEPS[name].next)
            if (!reachable.has(next)) {
              reachable.add(next);
              changed = true;
            }
    }
    expect([...reachable].sort()).toEqual([...STEP_NAMES, 'done'].sort());
    for (const name of STEP_NAMES)
      for (const next of STEPS[name].next)
        expect(next === 'done' || (STEP_NAMES as readonly string[]).includes(next)).toBe(true);
  });

  it('allows the Wi-Fi path, the direct path and the hop; refuses shortcuts', () => {
    const walk = (path: StepTarget[]) => {
      let from: StepName | 'start' = 'start';
      for (const to of path) {
        assertLegalMove(from, to);
        if (to !== 'done') from = to;
      }
    };
    walk(WIFI_PATH);
    walk([
      'prepare',
      'identify',
      'talk',
      'scan',
      'configure',
      'import-now',
      'connect',
      'verify',
      'done',
    ]);
    walk([
      'prepare',
      'find',
      'join',
      'identify',
      'talk',
      'scan',
      'configure',
      'restore',
      'import-hop',
      'join',
      'connect',
      'restore',
      'verify',
      'done',
    ]);
    // The station's confirm follows verify; a resumed unit goes straight to verify.
    walk(['resume', 'verify', 'confirm', 'done']);
    expect(() => assertLegalMove('start', 'find')).toThrow(IllegalTransitionError);
    expect(() => assertLegalMove('start', 'verify')).toThrow(IllegalTransitionError);
    expect(() => assertLegalMove('connect', 'confirm')).toThrow(IllegalTransitionError);
    expect(() => assertLegalMove('prepare', 'verify')).toThrow(IllegalTransitionError);
    // connect-ap is never sent before the settings.
    expect(() => assertLegalMove('identify', 'connect')).toThrow(IllegalTransitionError);
    expect(() => assertLegalMove('verify', 'prepare')).toThrow(IllegalTransitionError);
  });
});

describe('ProvisioningRun', () => {
  it('walks the table, opens the way to the device once and takes it back before verify', async () => {
    const { steps, seen } = scripted(WIFI_PATH);
    const { run, links, records, events, gate } = harness({ steps });
    const result = await run.execute();
    expect(result.outcome.kind).toBe('success');
    expect(seen).toEqual(WIFI_PATH.filter((s) => s !== 'done'));
    expect(links).toHaveLength(1);
    expect(links[0]!.left).toBe(1);
    expect(records()).toHaveLength(1);
    expect(events.filter(([event]) => event === 'run.outcome')).toHaveLength(1);
    const phases = records()[0]!.phases.map((p) => [p.phase, p.result]);
    expect(phases).toEqual([
      ['prepare', 'ok'],
      ['find', 'ok'],
      ['join', 'ok'],
      ['talk', 'ok'],
      ['configure', 'ok'],
      ['connect', 'ok'],
      ['restore', 'ok'],
      ['verify', 'ok'],
    ]);
    expect(gate.open).toBe(true);
  });

  it('refuses a move the table does not list: the run fails with one record, and restores', async () => {
    const { steps } = scripted(WIFI_PATH, {
      identify: async (ctx) => ({ next: 'connect', ctx }),
    });
    const { run, links, records } = harness({ steps });
    const result = await run.execute();
    expect(result.outcome).toMatchObject({ kind: 'lost-device', phase: 'talk' });
    expect(result.record.errorCode).toBe('internal');
    expect(links[0]!.left).toBe(1);
    expect(records()).toHaveLength(1);
  });

  it.each(STEP_NAMES.filter((name) => WIFI_PATH.includes(name)))(
    'a cancel during %s ends cancelled, with one record, and the network taken back if it was used',
    async (at) => {
      let runRef: ProvisioningRun | null = null;
      const { steps } = scripted(WIFI_PATH, {
        [at]: async () => {
          runRef!.cancel();
          // The step's own work sees the abort as the core's one cancelled error.
          throw new Cancelled();
        },
      });
      const h = harness({ steps });
      runRef = h.run;
      const result = await h.run.execute();
      expect(result.outcome).toMatchObject({ kind: 'cancelled', phase: STEPS[at].phase });
      expect(h.records()).toHaveLength(1);
      expect(h.records()[0]!.outcome).toBe('cancelled');
      const usedDevice = WIFI_PATH.indexOf(at) >= WIFI_PATH.indexOf('find');
      expect(h.links.length).toBe(usedDevice ? 1 : 0);
      for (const link of h.links) expect(link.left).toBe(1);
      expect(h.gate.open).toBe(true);
    },
  );

  it('a failure on the device takes the network back first, then reports the cause', async () => {
    const { steps } = scripted(WIFI_PATH, {
      configure: async () => {
        throw new Error('device said no');
      },
    });
    const { run, links, records } = harness({ steps });
    const result = await run.execute();
    expect(result.outcome).toMatchObject({ kind: 'lost-device', phase: 'configure' });
    expect(links[0]!.left).toBe(1);
    expect(records()[0]!.phases.find((p) => p.phase === 'configure')?.result).toBe('failed');
  });

  it('a restore that fails is the outcome, with the failure that came before it inside', async () => {
    const failing = scripted(WIFI_PATH, {
      talk: async () => {
        throw new Error('lost it');
      },
    });
    const second = harness({ steps: failing.steps, openLink: async () => fakeLink(false) });
    const outcome = (await second.run.execute()).outcome;
    expect(outcome).toMatchObject({
      kind: 'wifi-not-restored',
      network: 'Workshop',
      inner: 'lost-device',
    });
  });
});
