// Test-only routes under /__fake/, for simulators in another process (the CLI-run cloud): the
// Photon simulator reports its handshake here, tests move the clock and inject faults.
import { z } from 'zod';
import type { DeviceLink } from './device-link';
import { json, type Reply } from './fake-bodies';
import type { FaultTable } from './fake-faults';
import type { Route, RouteContext } from './fake-router';
import { snapshotDevices } from './snapshot';

const connectSchema = z.object({ claim_code: z.string().nullish() });
const publishSchema = z.object({ name: z.string().min(1), data: z.string().nullish() });
const advanceSchema = z.object({ ms: z.coerce.number().int().nonnegative() });
const faultSchema = z.object({
  path: z.string().min(1).optional(),
  pathPattern: z.string().min(1).optional(),
  method: z.string().optional(),
  status: z.coerce.number().int().min(100).max(599).optional(),
  retryAfter: z.union([z.number(), z.string()]).optional(),
  html: z.boolean().optional(),
  delayMs: z.coerce.number().int().nonnegative().optional(),
  times: z.coerce.number().int().positive().optional(),
});

const invalid = (what: string): Reply => json(400, { ok: false, error: `Invalid ${what}` });

export function hookRoutes(link: DeviceLink, faults: FaultTable): Route[] {
  return [
    {
      method: 'POST',
      pattern: '__fake/devices/:id/connect',
      handler: async (ctx: RouteContext) => {
        const body = connectSchema.safeParse(ctx.req.body);
        if (!body.success) return invalid('connect body');
        await link.connectDevice({
          deviceId: ctx.params.id!,
          claimCode: body.data.claim_code ?? null,
        });
        return json(200, { ok: true, verdict: link.lastVerdict(ctx.params.id!) });
      },
    },
    {
      method: 'POST',
      pattern: '__fake/devices/:id/disconnect',
      handler: async (ctx) => {
        await link.disconnectDevice(ctx.params.id!);
        return json(200, { ok: true });
      },
    },
    {
      method: 'POST',
      pattern: '__fake/devices/:id/events',
      handler: (ctx) => {
        const body = publishSchema.safeParse(ctx.req.body);
        if (!body.success) return invalid('event');
        link.publish(ctx.params.id!, body.data.name, body.data.data ?? null);
        return json(200, { ok: true });
      },
    },
    {
      method: 'POST',
      pattern: '__fake/clock/advance',
      handler: (ctx) => {
        const body = advanceSchema.safeParse(ctx.req.body);
        if (!body.success) return invalid('clock step');
        ctx.state.clock.advance(body.data.ms);
        return json(200, { ok: true, now: new Date(ctx.state.clock.now()).toISOString() });
      },
    },
    {
      method: 'GET',
      pattern: '__fake/state',
      handler: (ctx) => json(200, { devices: snapshotDevices(ctx.state) }),
    },
    {
      method: 'POST',
      pattern: '__fake/faults',
      handler: (ctx) => {
        const body = faultSchema.safeParse(ctx.req.body);
        if (
          !body.success ||
          (body.data.path === undefined) === (body.data.pathPattern === undefined)
        )
          return invalid('fault (give path or pathPattern)');
        const { path, pathPattern, ...rest } = body.data;
        faults.add({ ...rest, path: path ?? new RegExp(pathPattern!) });
        return json(200, { ok: true });
      },
    },
    {
      method: 'POST',
      pattern: '__fake/streams/stall',
      handler: (ctx) => {
        ctx.hub.stallAll();
        return json(200, { ok: true });
      },
    },
    {
      method: 'POST',
      pattern: '__fake/streams/drop',
      handler: (ctx) => {
        ctx.hub.dropAll();
        return json(200, { ok: true });
      },
    },
  ];
}
