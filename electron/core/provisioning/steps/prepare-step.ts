// Prepare, while the host is still online: everything the offline part of the run will need.
import { m } from '../../../../shared/i18n';
import type { Step } from '../step-io';
import { prepare } from '../prepare';
import { reachesDirectly } from '../device-link';

export const prepareStep: Step = async (ctx, io) => {
  const { deps } = io;
  io.detail(m('run.prepare.start'));
  io.led('listening', 'expected', m('run.led.put-listening'));
  const prepared = await prepare({
    cloud: deps.cloud,
    gate: deps.gate,
    account: deps.account,
    knownDeviceId: ctx.plan.knownDeviceId,
    minValidityMs: deps.timings.tokenMinValidityMs,
    signal: io.signal,
    onDetail: (text) => io.detail(text),
  });
  return {
    next: reachesDirectly(deps) ? 'identify' : 'find',
    ctx: { ...ctx, prepared, importedId: prepared.importedId },
  };
};
