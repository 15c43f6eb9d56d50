// The engine and the device's scan: skipped when the network is fully known, a wedged one ends
// the run with the listening-mode advice, and a network chosen from the scan goes back to the
// device as exactly the bytes the device reported.
import { afterEach, describe, expect, it } from 'vitest';
import type { RunNetworks } from '../../../shared/provisioning';
import { SECURITY } from '../../../electron/simulator/photon';
import { expectCleanEnd } from './support/checks';
import {
  call,
  runToOutcome,
  signInDeveloper,
  startHarness,
  WIFI_PASSWORD,
  workshop,
  type Harness,
} from './support/harness';
import { en } from '../../support/english';

let h: Harness;
afterEach(async () => h?.close());

const photon = (harness: Harness) => harness.world.photons[0]!;
const commands = (harness: Harness) => photon(harness).commands.map((entry) => entry.command);

describe('the scan step', () => {
  it('is skipped for a station profile with security and channel: talk goes straight to configure', async () => {
    h = await startHarness();
    await signInDeveloper(h);
    const profile = await call(h, 'profiles.save', { ...workshop(), channel: 6 });
    const outcome = await runToOutcome(h, {
      device: { ssid: photon(h).ssid },
      profileId: profile.id,
    });
    expect(outcome.outcome.kind).toBe('success');
    expect(commands(h)).not.toContain('scan-ap');
    expect(commands(h).slice(-4)).toEqual(['public-key', 'set', 'configure-ap', 'connect-ap']);
    expect(photon(h).storedNetworks[0]).toMatchObject({
      ssid: Buffer.from('Workshop'),
      channel: 6,
      password: WIFI_PASSWORD,
    });
    expect(h.events.some((e) => e.event === 'run.networks')).toBe(false);
    expectCleanEnd(h);
  });

  it('still runs for a profile without a channel, which it completes from the scan', async () => {
    h = await startHarness();
    await signInDeveloper(h);
    const profile = await call(h, 'profiles.save', workshop());
    const outcome = await runToOutcome(h, {
      device: { ssid: photon(h).ssid },
      profileId: profile.id,
    });
    expect(outcome.outcome.kind).toBe('success');
    expect(commands(h)).toContain('scan-ap');
    expect(photon(h).storedNetworks[0]?.channel).toBe(6);
  });

  it('is skipped for a hidden network typed in full at the start', async () => {
    h = await startHarness();
    await signInDeveloper(h);
    const outcome = await runToOutcome(h, {
      device: { ssid: photon(h).ssid },
      profileId: null,
      network: {
        auth: 'personal',
        ssid: 'Backroom',
        security: SECURITY.wpa2Aes,
        channel: 6,
        password: WIFI_PASSWORD,
      },
    });
    expect(commands(h)).not.toContain('scan-ap');
    // Hidden from scans, so configure-ap's own scan cannot find it: the device says -2.
    expect(outcome.outcome).toMatchObject({ kind: 'network-not-visible', ssid: 'Backroom' });
  });

  it('a wedged scan ends the run with the listening-mode advice, asked once', async () => {
    h = await startHarness({ photons: [{ faults: { wedgeScan: true } }] });
    await signInDeveloper(h);
    const outcome = await runToOutcome(h, { device: { ssid: photon(h).ssid }, profileId: null });
    expect(outcome.outcome).toEqual({ kind: 'scan-stuck', deviceId: expect.any(String) });
    expect(outcome.description.title).toEqual({ id: 'outcome.scan-stuck.title' });
    expect(en(outcome.description.title)).toBe("The device's Wi-Fi scan got stuck");
    expect(outcome.description.sentence.id).toBe('outcome.scan-stuck.sentence');
    expect(en(outcome.description.sentence)).toMatch(/hold SETUP until it blinks dark blue/);
    expect(outcome.description.led).toBe('listening');
    expect(outcome.record.errorCode).toBe('softap-scan-ap-scan-stuck');
    expectCleanEnd(h);
  });
});

describe('SSID bytes through the engine', () => {
  it('sends a Latin-1 network back as its own bytes, and a choice whose name lies is refused', async () => {
    const latin1 = Buffer.from('Café-Net', 'latin1');
    h = await startHarness({
      photons: [
        {
          air: [{ ssid: latin1, sec: SECURITY.wpa2Aes, ch: 3, rssi: -40, password: WIFI_PASSWORD }],
        },
      ],
    });
    await signInDeveloper(h);
    let refused = '';
    const outcome = await runToOutcome(
      h,
      { device: { ssid: photon(h).ssid }, profileId: null },
      {
        onEvent: (event, payload, runId) => {
          if (event !== 'run.networks') return;
          const [network] = (payload as RunNetworks).networks;
          if (network === undefined) return;
          void (async () => {
            expect(network).toMatchObject({ ssid: 'Café-Net', ssidHex: latin1.toString('hex') });
            const choice = {
              auth: 'personal' as const,
              ssid: network.ssid,
              ssidHex: network.ssidHex,
              security: network.security ?? 0,
              channel: network.channel,
              password: WIFI_PASSWORD,
            };
            refused = await call(h, 'provision.chooseNetwork', {
              runId,
              network: { ...choice, ssid: 'Something else' },
              saveAsProfile: false,
            })
              .then(() => 'accepted')
              .catch((error: Error) => error.message);
            await call(h, 'provision.chooseNetwork', {
              runId,
              network: choice,
              saveAsProfile: false,
            });
          })();
        },
      },
    );
    expect(refused).toMatch(/does not match the bytes the Photon reported/);
    expect(outcome.outcome.kind).toBe('success');
    expect(photon(h).storedNetworks[0]?.ssid).toEqual(latin1);
    expect(outcome.record).toMatchObject({ ssid: 'Café-Net' });
  });
});
