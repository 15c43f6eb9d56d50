// PUT …/devices/:id {"signal":"1"|"0"}: the rainbow that tells which unit on the bench is which.
// Recorded against the real cloud (monkbroc/particlerb spec/cassettes/Particle_Client_Devices/
// _signal_device): 200 {id, connected: true, signaling} for a connected device, and a 500 with
// the legacy "Timed out, didn't hear back from device service" body when it is offline. Only the
// signal field is modelled; any other update is refused as nothing to do.
import { E, json, type Reply } from './fake-bodies';
import { bodyString } from './fake-http';
import type { RouteContext } from './fake-router';
import type { DeviceRecord } from './fake-state';

export function signalReply(ctx: RouteContext, device: DeviceRecord): Reply {
  const raw = ctx.req.body.signal;
  const value = typeof raw === 'number' ? String(raw) : (bodyString(ctx.req, 'signal') ?? null);
  if (value === null) return E.nothingToUpdate();
  const on = value === '1' || value === 'true';
  if (!device.connected) return E.signalOffline();
  for (const listener of ctx.state.signalListeners) listener(device.id, on);
  return json(200, { id: device.id, connected: true, signaling: on });
}
