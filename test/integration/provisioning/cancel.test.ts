// Cancel at every phase: the run ends "cancelled" in that phase, the host's Wi-Fi is restored
// whenever it was left, and exactly one record is written.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RunPhase } from '../../../shared/outcome';
import type { RunProgress } from '../../../shared/provisioning';
import { expectCleanEnd } from './support/checks';
import {
  call,
  runToOutcome,
  signInDeveloper,
  startHarness,
  workshop,
  type Harness,
} from './support/harness';

let h: Harness;
afterEach(async () => h?.close());

const phases: RunPhase[] = [
  'prepare',
  'find',
  'join',
  'talk',
  'configure',
  'connect',
  'restore',
  'verify',
];

describe('cancel', () => {
  it.each(phases)('cancelled while %s: restore still runs, outcome cancelled', async (phase) => {
    h = await startHarness();
    await signInDeveloper(h);
    let sent = false;
    const outcome = await runToOutcome(
      h,
      { device: { ssid: h.world.photons[0]!.ssid }, profileId: null },
      {
        choose: workshop(),
        onEvent: (event, payload, runId) => {
          if (sent || event !== 'run.progress') return;
          const progress = payload as RunProgress;
          if (progress.phase !== phase) return;
          sent = true;
          void call(h, 'provision.cancel', { runId });
        },
      },
    );
    expect(outcome.outcome).toMatchObject({ kind: 'cancelled', phase });
    expect(outcome.description.tone).toBe('neutral');
    expect(outcome.record.outcome).toBe('cancelled');
    expectCleanEnd(h);
  });

  it("answers provision.start before the run's first event, so the window knows whose LED it is", async () => {
    h = await startHarness();
    await signInDeveloper(h);
    const seenBefore = h.events.length;
    const { runId } = await call(h, 'provision.start', {
      device: { ssid: h.world.photons[0]!.ssid },
      profileId: null,
    });
    expect(h.events.slice(seenBefore).filter((e) => e.event.startsWith('run.'))).toEqual([]);
    await vi.waitFor(() =>
      expect(
        h.events.some(
          (e) => e.event === 'run.led' && (e.payload as { runId: string }).runId === runId,
        ),
      ).toBe(true),
    );
    const first = h.events.find((e) => e.event === 'run.led')?.payload as {
      led: { state: string; source: string };
    };
    expect(first.led).toMatchObject({ state: 'listening', source: 'expected' });
    await call(h, 'provision.cancel', { runId });
    await vi.waitFor(() => expect(h.events.some((e) => e.event === 'run.outcome')).toBe(true));
  });

  it('cancels while waiting for the network choice', async () => {
    h = await startHarness();
    await signInDeveloper(h);
    const outcome = await runToOutcome(
      h,
      { device: { ssid: h.world.photons[0]!.ssid }, profileId: null },
      {
        onEvent: (event, _payload, runId) => {
          if (event === 'run.networks') void call(h, 'provision.cancel', { runId });
        },
      },
    );
    expect(outcome.outcome).toMatchObject({ kind: 'cancelled', phase: 'talk' });
    expect(h.world.photons[0]!.listening).toBe(true);
    expectCleanEnd(h);
  });

  it('rescans on request while waiting, then continues with the choice', async () => {
    h = await startHarness();
    await signInDeveloper(h);
    let lists = 0;
    const outcome = await runToOutcome(
      h,
      { device: { ssid: h.world.photons[0]!.ssid }, profileId: null },
      {
        onEvent: (event, _payload, runId) => {
          if (event !== 'run.networks') return;
          lists += 1;
          if (lists === 1) void call(h, 'provision.rescan', { runId });
          else
            void call(h, 'provision.chooseNetwork', {
              runId,
              network: workshop(),
              saveAsProfile: true,
            });
        },
      },
    );
    expect(lists).toBe(2);
    expect(outcome.outcome.kind).toBe('success');
    expect(await call(h, 'profiles.list', undefined)).toMatchObject([
      { ssid: 'Workshop', hasSecret: true },
    ]);
    expectCleanEnd(h);
  });

  it('refuses a second run while one is running, and a choice the device would refuse', async () => {
    h = await startHarness();
    await signInDeveloper(h);
    const ssid = h.world.photons[0]!.ssid;
    let refusedSecond = '';
    let refusedChoice = '';
    const outcome = await runToOutcome(
      h,
      { device: { ssid }, profileId: null },
      {
        onEvent: (event, _payload, runId) => {
          if (event !== 'run.networks') return;
          void (async () => {
            refusedSecond = await call(h, 'provision.start', { device: { ssid }, profileId: null })
              .then(() => 'started')
              .catch((error: Error) => error.message);
            refusedChoice = await call(h, 'provision.chooseNetwork', {
              runId,
              network: workshop('short'),
              saveAsProfile: false,
            })
              .then(() => 'accepted')
              .catch((error: Error) => error.message);
            await call(h, 'provision.chooseNetwork', {
              runId,
              network: workshop(),
              saveAsProfile: false,
            });
          })();
        },
      },
    );
    expect(refusedSecond).toMatch(/busy setting up Photon-\w+\. Wait for it to finish/);
    expect(refusedChoice).toMatch(/8/);
    expect(outcome.outcome.kind).toBe('success');
    expectCleanEnd(h);
  });
});
