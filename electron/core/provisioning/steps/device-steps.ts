// Talking to the device in listening mode: who it is, its key and the claim code, what it sees,
// and the operator's choice of network from that list.
import { m } from '../../../../shared/i18n';
import { EngineError } from '../engine-error';
import { fullyKnown, toDeviceNetwork } from '../network-choice';
import type { Step } from '../step-io';

export const identifyStep: Step = async (ctx, io) => {
  io.detail(m('run.identify.reading'));
  const info = await io.device().deviceInfo({ signal: io.signal });
  io.facts({ deviceId: info.deviceId, claimed: info.claimed });
  io.led('listening', 'observed', m('run.led.answered'));
  // Before the claim code goes on it (talk) and before any import: a unit that is not the one
  // on the label never reaches the cloud.
  const expected = ctx.plan.expectedDeviceId;
  if (expected !== null && info.deviceId !== expected)
    throw new EngineError(
      { kind: 'label-mismatch', deviceId: info.deviceId, labelId: expected },
      m('run.label-mismatch', { labelId: expected, deviceId: info.deviceId }),
      'label-mismatch',
    );
  return { next: 'talk', ctx: { ...ctx, deviceId: info.deviceId, claimed: info.claimed } };
};

export const talkStep: Step = async (ctx, io) => {
  const device = io.device();
  io.detail(m('run.talk.public-key'));
  const key = await device.publicKey({ signal: io.signal });
  io.detail(m('run.talk.claim-code'));
  const claimCode = ctx.prepared?.claimCode;
  if (claimCode === undefined) throw new Error('A run reached the device without a claim code.');
  await device.setClaimCode(claimCode, { signal: io.signal });
  // A station profile (or a network typed in full) with security and channel needs no scan.
  return { next: fullyKnown(ctx.choice) ? 'configure' : 'scan', ctx: { ...ctx, key } };
};

export const scanStep: Step = async (ctx, io) => {
  io.facts({ awaitingNetwork: false });
  io.detail(m('run.scan.asking'));
  const scan = await io
    .device()
    .scan({ setupPrefix: io.deps.context.softApPrefix }, { signal: io.signal });
  return { next: ctx.choice === null ? 'choose-network' : 'configure', ctx: { ...ctx, scan } };
};

export const chooseNetworkStep: Step = async (ctx, io) => {
  io.facts({ awaitingNetwork: true });
  io.offerNetworks((ctx.scan ?? []).map(toDeviceNetwork));
  io.detail(m('run.choose.ask'), Math.ceil(io.deps.timings.networkChoiceMs / 1000));
  const message = await io.nextMessage(
    () =>
      new EngineError(
        { kind: 'cancelled', deviceId: ctx.deviceId, phase: 'talk' },
        m('run.choose.timeout'),
        'choice-timeout',
      ),
  );
  if (message.kind === 'rescan') {
    io.detail(m('run.scan.again'));
    return { next: 'scan', ctx };
  }
  io.facts({ awaitingNetwork: false, targetSsid: message.choice.ssid });
  return {
    next: 'configure',
    ctx: { ...ctx, choice: message.choice, targetSsid: message.choice.ssid },
  };
};
