// Back on the host's own network: say where it is, do the product import the trip could not,
// and check the outcome with the cloud.
import { m, type Message } from '../../../../shared/i18n';
import { homeSentence, type RestoreReport } from '../../wifi';
import { apVisibility } from '../ap-visibility';
import type { Step } from '../step-io';
import { verify } from '../verify';
import { importInto } from './configure-steps';

/** Where the restore left this computer, in the operator's words (also after a failure). */
export function backHomeSentence(report: RestoreReport | null): Message {
  if (report !== null && !report.ok) return report.error.text;
  const back = report === null ? null : report.network;
  // The network's own answer (the cloud, the address) outranks the OS's word.
  if (report !== null && report.home !== 'online' && report.home !== 'never-left')
    return homeSentence(report.home, back) ?? m('run.home.reconnecting');
  return back === null ? m('run.home.reconnecting') : m('run.home.back', { network: back });
}

export const restoreStep: Step = async (ctx, io) => {
  io.detail(backHomeSentence(io.lastRestore));
  return { next: ctx.hopPending ? 'import-hop' : 'verify', ctx };
};

export const importHopStep: Step = async (ctx, io) => {
  io.detail(m('run.import-hop'));
  const imported = await importInto(ctx, io);
  return { next: 'join', ctx: { ...imported, secondVisit: true } };
};

/** A unit resumed after a restart: what it knew is in the context already; check it again. */
export const resumeStep: Step = async (ctx, io) => {
  io.detail(m('run.resume'));
  return { next: 'verify', ctx };
};

export const verifyStep: Step = async (ctx, io) => {
  const deviceId = ctx.deviceId;
  if (deviceId === null) throw new Error('verify ran without a device id.');
  io.detail(m('run.verify.start'));
  io.led('cloud-connecting', 'expected', m('run.led.should-join'));
  // A station unit past its trip: its cloud calls wait while the next unit's trip has the host
  // on a Photon, and it looks for its AP in the station's own scans.
  const background = io.background;
  const apVisible =
    background !== null
      ? background.apVisible
      : ctx.deviceSsid === null
        ? null
        : apVisibility(io.deps);
  const verdict = await verify({
    cloud: background?.cloud ?? io.deps.cloud,
    gate: io.deps.gate,
    paused: background !== null,
    account: io.deps.account,
    deviceId,
    targetSsid: ctx.targetSsid ?? '',
    deviceSsid: ctx.deviceSsid,
    connectAcceptedAt: ctx.connectAcceptedAt ?? io.deps.clock.now(),
    timings: io.deps.timings,
    clock: io.deps.clock,
    signal: io.signal,
    apVisible: ctx.deviceSsid === null ? null : apVisible,
    onDetail: (text, countdownS) => io.detail(text, countdownS),
    onLed: (state, source, basis) => io.led(state, source, basis),
  });
  if (verdict.outcome.kind === 'configured-not-online')
    io.led('wifi-joining', 'expected', m('run.led.not-seen'));
  const confirm = ctx.plan.confirmIdentity && verdict.outcome.kind === 'success';
  return { next: confirm ? 'confirm' : 'done', ctx: { ...ctx, verdict } };
};

/**
 * Online and claimed: is it the unit in the operator's hand? The cloud makes it flash rainbow and
 * the operator answers with one key; anything but yes leaves a warning on the record.
 */
export const confirmStep: Step = async (ctx, io) => {
  const deviceId = ctx.deviceId;
  const background = io.background;
  if (deviceId === null || background === null) return { next: 'done', ctx };
  io.detail(m('run.confirm.ask'));
  const answer = await background.confirmIdentity(deviceId, io.signal);
  if (answer === 'confirmed') {
    io.detail(m('run.confirm.confirmed'));
    return { next: 'done', ctx };
  }
  return {
    next: 'done',
    ctx: {
      ...ctx,
      verdict: {
        outcome: { kind: 'identity-not-confirmed', deviceId, answer },
        errorCode: `identity-${answer}`,
      },
    },
  };
};
