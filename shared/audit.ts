// The audit log's record shapes: one record per setup run, one per returned-unit action.
// Shared so the History view can show them; the core validates them before writing.
import { z } from 'zod';

const runPhase = z.enum([
  'prepare',
  'find',
  'join',
  'talk',
  'configure',
  'connect',
  'restore',
  'verify',
]);

export const outcomeKinds = [
  'success',
  'online-not-claimed',
  'configured-not-online',
  'credentials-rejected',
  'network-not-visible',
  'configure-rejected',
  'lost-device',
  'host-wifi-problem',
  'cloud-error',
  'wifi-not-restored',
  'cancelled',
] as const;

export const runRecordSchema = z.strictObject({
  type: z.literal('run'),
  id: z.string().min(1).max(64),
  startedAt: z.iso.datetime(),
  endedAt: z.iso.datetime(),
  station: z.string().max(120),
  operator: z.string().max(120),
  mode: z.enum(['developer', 'product']),
  product: z.string().max(120).nullable(),
  deviceId: z
    .string()
    .regex(/^[0-9a-f]{24}$/)
    .nullable(),
  ssid: z.string().max(64).nullable(),
  customerEmail: z.string().max(254).nullable(),
  outcome: z.enum(outcomeKinds),
  errorCode: z.string().max(80).nullable(),
  phases: z.array(
    z.strictObject({
      phase: runPhase,
      ms: z.number().int().nonnegative(),
      result: z.enum(['ok', 'failed', 'skipped', 'cancelled']),
    }),
  ),
  appVersion: z.string().max(40),
  simulated: z.boolean(),
});

export const actionRecordSchema = z.strictObject({
  type: z.literal('action'),
  id: z.string().min(1).max(64),
  at: z.iso.datetime(),
  station: z.string().max(120),
  operator: z.string().max(120),
  deviceId: z.string().regex(/^[0-9a-f]{24}$/),
  step: z.string().min(1).max(80),
  result: z.enum(['done', 'skipped', 'failed']),
  detail: z.string().max(500).nullable(),
  appVersion: z.string().max(40),
  simulated: z.boolean(),
});

export const auditRecordSchema = z.discriminatedUnion('type', [
  runRecordSchema,
  actionRecordSchema,
]);

export type RunRecord = z.infer<typeof runRecordSchema>;
export type ActionRecord = z.infer<typeof actionRecordSchema>;
export type AuditRecord = z.infer<typeof auditRecordSchema>;
