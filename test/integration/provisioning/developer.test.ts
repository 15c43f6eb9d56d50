// Developer mode end to end against the simulated Photon, the fake cloud and the simulated Wi-Fi:
// the happy path with its events and record, and each way a developer run can go wrong.
import { afterEach, describe, expect, it } from 'vitest';
import type { RunLed, RunProgress } from '../../../shared/provisioning';
import { expectCleanEnd } from './support/checks';
import {
  call,
  NEW_ID,
  payloads,
  runToOutcome,
  signInDeveloper,
  startHarness,
  wifiSwitches,
  workshop,
  type Harness,
} from './support/harness';

let h: Harness;
afterEach(async () => h?.close());

const first = (harness: Harness) => harness.world.photons[0]!;

describe('developer mode', () => {
  it('sets up a new device: online, claimed to the developer, one record, two switches', async () => {
    h = await startHarness();
    await signInDeveloper(h);
    const outcome = await runToOutcome(
      h,
      { device: { ssid: first(h).ssid }, profileId: null },
      { choose: workshop() },
    );
    expect(outcome.outcome).toEqual({
      kind: 'success',
      deviceId: NEW_ID,
      owner: { kind: 'user', username: 'demo@example.com' },
    });
    expect(outcome.description.tone).toBe('success');
    expect(h.world.cloud.device(NEW_ID)).toMatchObject({ online: true });
    expect(first(h).storedNetworks[0]).toMatchObject({ ssid: Buffer.from('Workshop'), channel: 6 });
    expect(wifiSwitches(h)).toBe(2);
    expect(outcome.record).toMatchObject({
      type: 'run',
      mode: 'developer',
      product: null,
      deviceId: NEW_ID,
      ssid: 'Workshop',
      customerEmail: null,
      outcome: 'success',
      simulated: true,
    });
    expect(outcome.record.phases.map((p) => [p.phase, p.result])).toEqual([
      ['prepare', 'ok'],
      ['find', 'ok'],
      ['join', 'ok'],
      ['talk', 'ok'],
      ['configure', 'ok'],
      ['connect', 'ok'],
      ['restore', 'ok'],
      ['verify', 'ok'],
    ]);
    // Progress: every snapshot is complete, phases move forward, the last one is all done.
    const progress = payloads(h, 'run.progress');
    const last = progress.at(-1) as RunProgress;
    expect(last.phases.every((p) => p.status === 'done')).toBe(true);
    expect(last.deviceId).toBe(NEW_ID);
    expect(progress.some((p) => p.awaitingNetwork)).toBe(true);
    // LEDs: listening observed when the device answered, breathing cyan observed at the end.
    const leds = payloads(h, 'run.led').map((l: RunLed) => `${l.led.state}/${l.led.source}`);
    expect(leds).toContain('listening/observed');
    expect(leds).toContain('wifi-joining/expected');
    expect(leds.at(-1)).toBe('connected/observed');
    expect(payloads(h, 'run.networks')[0]?.networks.map((n) => n.ssid)).toContain('Workshop');
    // The history shows it.
    const history = await call(h, 'history.query', { deviceId: NEW_ID.toUpperCase() });
    expect(history.records).toHaveLength(1);
    expectCleanEnd(h);
  });

  it('reports rejected credentials when the device comes back listening, and restores the host', async () => {
    h = await startHarness();
    await signInDeveloper(h);
    const outcome = await runToOutcome(
      h,
      { device: { ssid: first(h).ssid }, profileId: null },
      { choose: workshop('not-the-password') },
    );
    expect(outcome.outcome).toEqual({
      kind: 'credentials-rejected',
      deviceId: NEW_ID,
      ssid: 'Workshop',
    });
    const leds = payloads(h, 'run.led').map((l) => `${l.led.state}/${l.led.source}`);
    expect(leds.at(-1)).toBe('listening/observed');
    expect(first(h).listening).toBe(true);
    expectCleanEnd(h, ['not-the-password']);
  });

  it('still reports rejected credentials when the AP was already back before the first host scan', async () => {
    // The device relistens in 60 ms; the host's first AP scan comes only after 400 ms, so no scan
    // ever sees the AP gone. Past the stale-cache grace, the AP being there is the answer.
    h = await startHarness({ engine: { apWatchIntervalMs: 400, apStaleGraceMs: 300 } });
    await signInDeveloper(h);
    const outcome = await runToOutcome(
      h,
      { device: { ssid: first(h).ssid }, profileId: null },
      { choose: workshop('not-the-password') },
    );
    expect(outcome.outcome.kind).toBe('credentials-rejected');
    expectCleanEnd(h, ['not-the-password']);
  });

  it('trusts the event stream after the poll budget is spent (no busy loop, still success)', async () => {
    // One poll only, spent before the device is online; the online event must still be acted on.
    h = await startHarness({ engine: { maxPolls: 1, pollIntervalMs: 50 } });
    await signInDeveloper(h);
    const outcome = await runToOutcome(
      h,
      { device: { ssid: first(h).ssid }, profileId: null },
      { choose: workshop() },
    );
    expect(outcome.outcome.kind).toBe('success');
    expect(payloads(h, 'run.progress').length).toBeLessThan(500);
    expectCleanEnd(h);
  });

  it('says the device cannot see a 5 GHz network (configure-ap -2)', async () => {
    h = await startHarness();
    await signInDeveloper(h);
    const outcome = await runToOutcome(
      h,
      { device: { ssid: first(h).ssid }, profileId: null },
      { choose: { ...workshop(), ssid: 'Workshop-5G' } },
    );
    expect(outcome.outcome).toEqual({
      kind: 'network-not-visible',
      deviceId: NEW_ID,
      ssid: 'Workshop-5G',
    });
    expect(outcome.record.phases.find((p) => p.phase === 'configure')?.result).toBe('failed');
    expectCleanEnd(h);
  });

  it('reports lost contact when the device stops answering mid-configure', async () => {
    h = await startHarness();
    await signInDeveloper(h);
    first(h).setFaults({ noReply: { commands: ['configure-ap'], mode: 'silent' } });
    const outcome = await runToOutcome(
      h,
      { device: { ssid: first(h).ssid }, profileId: null },
      { choose: workshop() },
    );
    expect(outcome.outcome).toEqual({ kind: 'lost-device', deviceId: NEW_ID, phase: 'configure' });
    expect(outcome.record.errorCode).toMatch(/^softap-configure-ap-/);
    expectCleanEnd(h);
  });

  it('stops before any Wi-Fi switch when the cloud answers 401 in prepare', async () => {
    h = await startHarness();
    await signInDeveloper(h);
    h.world.cloud.injectFault({ path: '/v1/device_claims', status: 401 });
    const outcome = await runToOutcome(
      h,
      { device: { ssid: first(h).ssid }, profileId: null },
      { choose: workshop() },
    );
    expect(outcome.outcome).toMatchObject({
      kind: 'cloud-error',
      phase: 'prepare',
      problem: { kind: 'bad-token', status: 401 },
    });
    expect(outcome.description.actions).toContain('change-account');
    // Not a single host Wi-Fi call, let alone a switch.
    expect(h.world.wifi.calls).toEqual([]);
    expectCleanEnd(h);
  });

  it('rides out a rate limit during verify and still confirms the device', async () => {
    h = await startHarness();
    await signInDeveloper(h);
    h.world.cloud.injectFault({
      path: `/v1/devices/${NEW_ID}`,
      status: 429,
      retryAfter: 0,
      times: 4,
    });
    const outcome = await runToOutcome(
      h,
      { device: { ssid: first(h).ssid }, profileId: null },
      { choose: workshop() },
    );
    expect(outcome.outcome.kind).toBe('success');
    expectCleanEnd(h);
  });

  it('ends with a rate-limited cloud error when verify never gets an answer', async () => {
    h = await startHarness({ engine: { verifyMs: 800 } });
    await signInDeveloper(h);
    h.world.cloud.injectFault({
      path: `/v1/devices/${NEW_ID}`,
      status: 429,
      retryAfter: 0,
      times: 10_000,
    });
    h.world.cloud.injectFault({
      path: /^\/v1\/devices\/events/,
      status: 429,
      retryAfter: 0,
      times: 10_000,
    });
    const outcome = await runToOutcome(
      h,
      { device: { ssid: first(h).ssid }, profileId: null },
      { choose: workshop() },
    );
    expect(outcome.outcome).toMatchObject({
      kind: 'cloud-error',
      phase: 'verify',
      problem: { kind: 'rate-limited', status: 429 },
    });
    expect(outcome.record.errorCode).toBe('cloud-rate-limited');
    expectCleanEnd(h);
  });

  it('with an expired claim code: not seen online without the claim-by-id check', async () => {
    h = await startHarness({ engine: { verifyMs: 600 } });
    await signInDeveloper(h);
    const outcome = await runToOutcome(
      h,
      { device: { ssid: first(h).ssid }, profileId: null },
      {
        choose: workshop(),
        onEvent: (event, payload) => {
          if (event === 'run.progress' && (payload as RunProgress).phase === 'connect')
            h.world.cloud.clock.advance(2 * 3600_000);
        },
      },
    );
    expect(h.world.cloud.lastClaimVerdict(NEW_ID)).toBe('expired-code');
    expect(outcome.outcome).toMatchObject({ kind: 'configured-not-online', deviceId: NEW_ID });
    expectCleanEnd(h);
  });

  it('with an expired claim code: the claim-by-id check claims the online device', async () => {
    h = await startHarness({ engine: { claimByIdAfterMs: 150 } });
    await signInDeveloper(h);
    const outcome = await runToOutcome(
      h,
      { device: { ssid: first(h).ssid }, profileId: null },
      {
        choose: workshop(),
        onEvent: (event, payload) => {
          if (event === 'run.progress' && (payload as RunProgress).phase === 'connect')
            h.world.cloud.clock.advance(2 * 3600_000);
        },
      },
    );
    expect(h.world.cloud.lastClaimVerdict(NEW_ID)).toBe('expired-code');
    expect(outcome.outcome.kind).toBe('success');
    expect(h.world.cloud.device(NEW_ID)?.owner).toBe('demo@example.com');
    expectCleanEnd(h);
  });

  it('reports a device owned by someone else as online but not claimed', async () => {
    const foreign = '2a0044000a47343337373738';
    h = await startHarness({
      photons: [{ deviceId: foreign, ssidSuffix: 'F7RN' }],
      engine: { claimByIdAfterMs: 100 },
    });
    await signInDeveloper(h);
    const outcome = await runToOutcome(
      h,
      { device: { ssid: h.world.photons[0]!.ssid }, profileId: null },
      { choose: workshop() },
    );
    expect(outcome.outcome).toEqual({
      kind: 'online-not-claimed',
      deviceId: foreign,
      reason: 'owned-by-other',
    });
    expectCleanEnd(h);
  });

  it('uses a saved station profile without asking for a network', async () => {
    h = await startHarness({ photons: [{ deviceId: NEW_ID, ssidSuffix: 'K7QD' }] });
    await signInDeveloper(h);
    const profile = await call(h, 'profiles.save', workshop());
    expect(profile).toMatchObject({ ssid: 'Workshop', hasSecret: true });
    expect(JSON.stringify(profile)).not.toContain('photon-demo-pass');
    const outcome = await runToOutcome(h, {
      device: { ssid: first(h).ssid },
      profileId: profile.id,
    });
    expect(outcome.outcome.kind).toBe('success');
    expect(payloads(h, 'run.networks')).toEqual([]);
    expectCleanEnd(h);
  });
});
