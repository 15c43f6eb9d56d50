import { describe, expect, it } from 'vitest';
import { CloudError } from '../../../electron/core/cloud';
import { Cancelled } from '../../../electron/core/runtime';
import { outcomeFromError } from '../../../electron/core/provisioning/outcome-from-error';
import { SoftApError } from '../../../electron/core/softap';
import { WifiError, WifiRestoreError } from '../../../electron/core/wifi';
import { m } from '../../../shared/i18n/catalogue';
import { en, messageStrings } from '../../support/english';

const ctx = {
  phase: 'configure' as const,
  deviceId: 'abc',
  targetSsid: 'Workshop',
  cancelled: false,
};

describe('outcomeFromError', () => {
  it('maps configure-ap codes: -2 not visible, others rejected with their code', () => {
    expect(
      outcomeFromError(
        new SoftApError('configure-ap', { kind: 'network-not-visible', code: -2 }),
        ctx,
      ).outcome,
    ).toEqual({
      kind: 'network-not-visible',
      deviceId: 'abc',
      ssid: 'Workshop',
    });
    expect(
      outcomeFromError(new SoftApError('configure-ap', { kind: 'password-length', code: -4 }), ctx)
        .outcome,
    ).toMatchObject({
      kind: 'configure-rejected',
      code: -4,
    });
  });

  it('maps a silent device to lost-device in its phase, a cloud failure to cloud-error', () => {
    const silent = new SoftApError('configure-ap', { kind: 'timeout', stage: 'reply', afterMs: 5 });
    expect(outcomeFromError(silent, ctx)).toMatchObject({
      outcome: { kind: 'lost-device', phase: 'configure' },
      errorCode: 'softap-configure-ap-timeout',
    });
    const cloud = outcomeFromError(
      new CloudError({ kind: 'bad-token' }, m('cloud.op.read-user'), 401),
      {
        ...ctx,
        phase: 'prepare',
      },
    );
    expect(cloud.outcome).toMatchObject({
      kind: 'cloud-error',
      phase: 'prepare',
      problem: { kind: 'bad-token', status: 401 },
    });
  });

  it('treats the one cancelled error, and any error after a cancel, as cancelled; an unrestored Wi-Fi as such with the inner outcome', () => {
    expect(outcomeFromError(new Cancelled(), ctx).outcome.kind).toBe('cancelled');
    // A layer that fails after the run was cancelled is the cancel's echo.
    for (const error of [
      new WifiError('timeout', m('wifi.join.did-not-stop')),
      new CloudError({ kind: 'offline' }, m('cloud.op.read-user')),
      new SoftApError('set', { kind: 'rejected' }),
      new Error('anything'),
    ])
      expect(outcomeFromError(error, { ...ctx, cancelled: true }).outcome.kind).toBe('cancelled');
    const restore = new WifiRestoreError('Workshop', {
      cause: new WifiError('dropped', m('wifi.dropped')),
    });
    expect(outcomeFromError(restore, ctx).outcome).toEqual({
      kind: 'wifi-not-restored',
      deviceId: 'abc',
      network: 'Workshop',
      inner: 'lost-device',
    });
  });

  it("gives a host Wi-Fi failure its own outcome with the Wi-Fi layer's sentence", () => {
    const said = m('wifi.discover.none', { stem: 'Photon', seconds: 60 });
    const error = new WifiError('not-found', said);
    const mapped = outcomeFromError(error, { ...ctx, phase: 'find' });
    expect(mapped).toMatchObject({
      outcome: { kind: 'host-wifi-problem', phase: 'find', message: said },
      sentence: said,
      errorCode: 'wifi-not-found',
    });
    expect(en(mapped.sentence)).toMatch(/^No Photon-… network appeared within 60 s\./);
  });

  it('never passes on the message of an unknown error', () => {
    const mapped = outcomeFromError(new Error('token abc123 leaked'), ctx);
    expect(mapped.sentence.id).toBe('run.internal-step');
    for (const text of messageStrings(mapped.sentence)) expect(text).not.toContain('abc123');
    expect(JSON.stringify(mapped)).not.toContain('abc123');
    expect(mapped.errorCode).toBe('internal');
  });
});
