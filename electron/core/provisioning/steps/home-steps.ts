// Back on the host's own network: say where it is, do the product import the trip could not,
// and check the outcome with the cloud.
import { homeSentence, type RestoreReport } from '../../wifi';
import { apVisibility } from '../ap-visibility';
import type { Step } from '../step-io';
import { verify } from '../verify';
import { importInto } from './configure-steps';

/** Where the restore left this computer, in the operator's words (also after a failure). */
export function backHomeSentence(report: RestoreReport | null): string {
  if (report !== null && !report.ok) return report.error.message;
  const back = report === null ? null : report.network;
  // The network's own answer (the cloud, the address) outranks the OS's word.
  if (report !== null && report.home !== 'online' && report.home !== 'never-left')
    return homeSentence(report.home, back) ?? '';
  return back === null
    ? 'This computer is reconnecting to its usual Wi-Fi.'
    : `This computer is back on ${back}.`;
}

export const restoreStep: Step = async (ctx, io) => {
  io.detail(backHomeSentence(io.lastRestore));
  return { next: ctx.hopPending ? 'import-hop' : 'verify', ctx };
};

export const importHopStep: Step = async (ctx, io) => {
  io.detail('Back online for a moment to add the device to the product.');
  const imported = await importInto(ctx, io);
  return { next: 'join', ctx: { ...imported, secondVisit: true } };
};

export const verifyStep: Step = async (ctx, io) => {
  const deviceId = ctx.deviceId;
  if (deviceId === null) throw new Error('verify ran without a device id.');
  io.detail('Waiting for the device to reach the cloud.');
  io.led('cloud-connecting', 'expected', 'It should be joining Wi-Fi, then reaching the cloud.');
  const verdict = await verify({
    cloud: io.deps.cloud,
    gate: io.deps.gate,
    account: io.deps.account,
    deviceId,
    targetSsid: ctx.targetSsid ?? '',
    deviceSsid: ctx.deviceSsid,
    connectAcceptedAt: ctx.connectAcceptedAt ?? io.deps.clock.now(),
    timings: io.deps.timings,
    clock: io.deps.clock,
    signal: io.signal,
    apVisible: ctx.deviceSsid === null ? null : apVisibility(io.deps),
    onDetail: (text, countdownS) => io.detail(text, countdownS),
    onLed: (state, source, basis) => io.led(state, source, basis),
  });
  if (verdict.outcome.kind === 'configured-not-online')
    io.led('wifi-joining', 'expected', 'Not seen online: the LED colour tells where it stopped.');
  return { next: 'done', ctx: { ...ctx, verdict } };
};
