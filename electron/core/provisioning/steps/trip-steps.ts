// Find and join the device's network: the Wi-Fi trip's own steps. The runner opened the trip
// (its preflight) before find and leaves it after the last step that needs the device.
import { m } from '../../../../shared/i18n';
import { prefixStem } from '../../../../shared/softap-prefix';
import { normalizeDeviceId } from '../../../../shared/validate';
import { EngineError } from '../engine-error';
import type { Step } from '../step-io';

export const findStep: Step = async (ctx, io) => {
  const prefix = prefixStem(io.deps.context.softApPrefix);
  io.detail(m('run.find.looking', { stem: prefix }));
  io.led('listening', 'expected', m('run.led.offers-network'));
  // A named network needs no scan; the manual path waits for the operator in the join step.
  const ssid = ctx.plan.manual ? null : (ctx.plan.ssid ?? (await io.trip().find()));
  return { next: 'join', ctx: { ...ctx, deviceSsid: ssid } };
};

export const joinStep: Step = async (ctx, io) => {
  const joined = await io.trip().join(ctx.deviceSsid);
  // The join may have taken the other link's internet route away (the gate follows the trip).
  io.deps.gate.setDualHomed(io.trip().secondLink);
  const deviceSsid = joined.ssid ?? ctx.deviceSsid;
  io.facts({ deviceSsid });
  if (!ctx.secondVisit) return { next: 'identify', ctx: { ...ctx, deviceSsid } };
  // The hop's second visit must find the same device that took the settings.
  if (ctx.deviceId !== null && normalizeDeviceId(joined.deviceId) !== ctx.deviceId)
    throw new EngineError(
      { kind: 'lost-device', deviceId: ctx.deviceId, phase: 'join' },
      m('run.device-changed', { deviceId: normalizeDeviceId(joined.deviceId) }),
      'device-changed',
    );
  return { next: 'connect', ctx: { ...ctx, deviceSsid } };
};
