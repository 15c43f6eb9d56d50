// What a window that opens or reloads mid-way is given: the running setup (its progress, LED,
// network list and outcome) and the returned unit being released, as the core last said them.
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunSnapshot } from '../../../shared/provisioning';
import type { ReleaseActivity } from '../../../shared/returns';
import { createCore } from '../../../electron/core/api';
import { createDispatch } from '../../../electron/core/dispatch';
import {
  call,
  payloads,
  runToOutcome,
  signInDeveloper,
  signInProduct,
  startHarness,
  workshop,
  type Harness,
} from './support/harness';
import { en } from '../../support/english';

/** In the demo seed: a product device owned by existing-customer@example.com. */
const RETURNED_ID = '3b0021001747353236343033';

let h: Harness;
afterEach(async () => h?.close());

describe('provision.current', () => {
  it('replays the running run while it waits for a network, then its outcome', async () => {
    h = await startHarness();
    await signInDeveloper(h);
    expect(await call(h, 'provision.current', undefined)).toBeNull();

    let waiting: RunSnapshot | null = null;
    const outcome = await runToOutcome(
      h,
      { device: { ssid: h.world.photons[0]!.ssid }, profileId: null },
      {
        onEvent: (event, _payload, runId) => {
          if (event !== 'run.networks' || waiting !== null) return;
          void call(h, 'provision.current', undefined).then(async (snapshot) => {
            waiting = snapshot;
            await call(h, 'provision.chooseNetwork', {
              runId,
              network: workshop(),
              saveAsProfile: false,
            });
          });
        },
      },
    );
    const seen = waiting as RunSnapshot | null;
    expect(seen).not.toBeNull();
    expect(seen!.runId).toBe(outcome.runId);
    expect(seen!.progress).toMatchObject({ awaitingNetwork: true, phase: 'talk' });
    expect(seen!.networks?.networks.map((network) => network.ssid)).toContain('Workshop');
    expect(seen!.led?.led).toMatchObject({ state: 'listening', source: 'observed' });
    expect(seen!.outcome).toBeNull();

    const after = await call(h, 'provision.current', undefined);
    expect(after?.runId).toBe(outcome.runId);
    expect(after?.outcome?.outcome.kind).toBe('success');
    expect(after?.progress).toEqual(payloads(h, 'run.progress').at(-1));
  });

  it('has the run from its start, before it said anything', async () => {
    h = await startHarness();
    await signInDeveloper(h);
    const { runId } = await call(h, 'provision.start', {
      device: { ssid: h.world.photons[0]!.ssid },
      profileId: null,
    });
    expect(await call(h, 'provision.current', undefined)).toMatchObject({ runId });
    await call(h, 'provision.cancel', { runId });
  });

  it('records the restore after a failure: the record says it ran, not "skipped"', async () => {
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
    expect(outcome.outcome.kind).toBe('cancelled');
    const restore = outcome.record.phases.find((phase) => phase.phase === 'restore');
    expect(restore?.result).toBe('ok');
    const shown = payloads(h, 'run.progress')
      .at(-1)
      ?.phases.find((phase) => phase.phase === 'restore');
    expect(shown?.status).toBe('done');
    expect(en(shown?.detail)).toBe('This computer is back on Workshop.');
    const csv = (await call(h, 'history.exportCsv', {})).csv;
    expect(csv).toMatch(/restore:\d+ms:ok/);
    expect(csv).not.toMatch(/restore:0ms:skipped/);
  });
});

describe('returns.current', () => {
  it('keeps the plan, its running state and its report, and sends each change', async () => {
    h = await startHarness();
    await signInProduct(h);
    expect(await call(h, 'returns.current', undefined)).toBeNull();
    const plan = await call(h, 'returns.plan', {
      deviceId: RETURNED_ID,
      wants: { removeFromProduct: false, reAddToProduct: false },
    });
    expect(await call(h, 'returns.current', undefined)).toEqual({
      plan,
      running: false,
      report: null,
    });
    const report = await call(h, 'returns.execute', { planId: plan.planId });
    expect(report.leftAs).toEqual({ owner: 'none', product: plan.product });
    const sent = payloads(h, 'returns.progress');
    expect(sent.map((activity: ReleaseActivity) => activity.running)).toEqual([
      false,
      true,
      true,
      false,
    ]);
    expect(sent.at(-1)?.report).toEqual(report);
    expect(await call(h, 'returns.current', undefined)).toEqual({
      plan: report.plan,
      running: false,
      report,
    });
  });
});

describe('start-up and settings', () => {
  it('an unwritable data folder fails at start with a sentence naming it', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'photon-ro-'));
    const blocked = join(parent, 'file-not-folder');
    writeFileSync(blocked, 'x');
    await expect(
      createCore({ host: 'web', simulated: true, dataDir: blocked, hostWifi: null }),
    ).rejects.toThrow(`cannot write to its data folder ${blocked}`);
    if (process.getuid?.() !== 0) {
      const readOnly = join(parent, 'read-only');
      chmodSync(parent, 0o500);
      await expect(
        createCore({ host: 'web', simulated: true, dataDir: readOnly, hostWifi: null }),
      ).rejects.toThrow(/permission denied/);
      chmodSync(parent, 0o700);
    }
  });

  it('a change to one setting keeps the others, and refusals name the field in plain words', async () => {
    h = await startHarness();
    const dispatch = createDispatch(h.core.handlers, { error: () => undefined });
    await dispatch('settings.update', { station: 'Line 3', cloudBaseUrl: 'http://127.0.0.1:9' });
    const result = await dispatch('settings.update', { operator: 'Bo' });
    expect(result).toMatchObject({
      ok: true,
      value: { station: 'Line 3', operator: 'Bo', cloudBaseUrl: 'http://127.0.0.1:9' },
    });
    const tooLong = await dispatch('settings.update', { station: 'x'.repeat(121) });
    expect(tooLong).toMatchObject({
      ok: false,
      error: {
        fields: { station: { id: 'validate.settings.station-too-long', params: { max: 120 } } },
      },
    });
    if (!tooLong.ok) {
      expect(en(tooLong.error.fields!['station'])).toBe(
        'A station name is at most 120 characters.',
      );
      expect(tooLong.error.message).toContain('station: A station name is at most 120 characters.');
    }
    const prefix = await dispatch('settings.update', { softApPrefix: 'Photon"<img' });
    expect(prefix).toMatchObject({
      ok: false,
      error: { fields: { softApPrefix: { id: 'validate.prefix.characters' } } },
    });
    if (!prefix.ok)
      expect(en(prefix.error.fields!['softApPrefix'])).toMatch(/^A SoftAP prefix uses only/);
  });
});
