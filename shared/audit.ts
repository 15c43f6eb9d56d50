// The audit log's record shapes: one record per setup run, one per returned-unit action.
// Shared so the History view can show them; the core validates them before writing.
import { z } from 'zod';
import { OUTCOME_KINDS } from './outcome';
import { RUN_PHASES } from './phases';

/** Every phase of shared/phases.ts, so a new phase can never make a run's record unwritable. */
export const runPhaseSchema = z.enum(RUN_PHASES);
export const outcomeKindSchema = z.enum(OUTCOME_KINDS);
const phaseResultSchema = z.enum(['ok', 'failed', 'skipped', 'cancelled']);
export type PhaseResult = z.infer<typeof phaseResultSchema>;

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
  outcome: outcomeKindSchema,
  errorCode: z.string().max(80).nullable(),
  phases: z.array(
    z.strictObject({
      phase: runPhaseSchema,
      ms: z.number().int().nonnegative(),
      result: phaseResultSchema,
    }),
  ),
  appVersion: z.string().max(40),
  simulated: z.boolean(),
});

const actionRecordSchema = z.strictObject({
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
