// The settings for the network, the product import when the id was not known beforehand, and
// connect-ap: the last thing the device hears before it leaves listening mode.
import { m } from '../../../../shared/i18n';
import { displaySsid } from '../../../../shared/ssid-text';
import type { RunContext } from '../run-context';
import { importDevice } from '../prepare';
import { assertSendable, completeFromScan } from '../network-choice';
import type { Step, StepIo } from '../step-io';

/** A product device whose id the product does not hold yet must be imported before connect-ap. */
const needsImport = (ctx: RunContext, io: StepIo): boolean =>
  io.deps.account.mode === 'product' && ctx.deviceId !== null && ctx.importedId !== ctx.deviceId;

export const configureStep: Step = async (ctx, io) => {
  const choice = ctx.choice;
  if (choice === null) throw new Error('configure ran without a network choice.');
  io.facts({ targetSsid: choice.ssid, awaitingNetwork: false });
  io.detail(m('run.configure.sending', { ssid: displaySsid(choice.ssid) }));
  const network = completeFromScan(assertSendable(choice), ctx.scan ?? []);
  await io.device().configure(network, ctx.key ?? undefined, { signal: io.signal });
  if (!needsImport(ctx, io)) return { next: 'connect', ctx };
  // Another link keeps the cloud reachable: import now, no hop.
  if (io.link?.secondLink === true) return { next: 'import-now', ctx };
  return { next: 'restore', ctx: { ...ctx, hopPending: true } };
};

/** Imports the device while the cloud is reachable; the id must be known by now. */
export async function importInto(ctx: RunContext, io: StepIo): Promise<RunContext> {
  const { account } = io.deps;
  const deviceId = ctx.deviceId;
  if (account.mode !== 'product' || deviceId === null) return ctx;
  io.detail(m('run.import.adding', { deviceId }));
  await importDevice({
    cloud: io.deps.cloud,
    gate: io.deps.gate,
    account,
    deviceId,
    minValidityMs: io.deps.timings.tokenMinValidityMs,
    signal: io.signal,
    phase: io.link === null ? 'restore' : 'configure',
  });
  return { ...ctx, importedId: deviceId, hopPending: false };
}

export const importNowStep: Step = async (ctx, io) => ({
  next: 'connect',
  ctx: await importInto(ctx, io),
});

export const connectStep: Step = async (ctx, io) => {
  io.detail(m('run.connect.telling'));
  await io.device().connect({ signal: io.signal });
  io.led('wifi-joining', 'expected', m('run.led.left-listening'));
  return {
    next: io.link?.kind === 'wifi' ? 'restore' : 'verify',
    ctx: { ...ctx, connectAcceptedAt: io.deps.clock.now() },
  };
};
