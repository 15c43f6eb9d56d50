// The audit log's record shapes: one record per setup run, one per returned-unit action.
// Shared so the History view can show them; the core validates them before writing.
import { z } from 'zod';
import { MESSAGE_MAX_DEPTH, type Message } from './i18n/message';
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

/** Bounds for one kept sentence, so a record stays one short line. */
const MESSAGE_ID_MAX = 120;
const MESSAGE_PARAMS_MAX = 12;
const MESSAGE_LIST_MAX = 12;
const MESSAGE_TEXT_MAX = 500;

/**
 * A Message as the log keeps it (shared/i18n/message.ts): a catalogue id (letters, digits, dots
 * and dashes, never free text) and parameters that are short texts, numbers, lists or nested
 * Messages, at most MESSAGE_MAX_DEPTH levels below the top (as deep as formatMessage formats). Built level by level, not lazily,
 * so a deeper (or looping) value is refused without recursion.
 */
function messageSchemaNesting(depth: number): z.ZodType<Message> {
  const scalar = z.union([
    z.string().max(MESSAGE_TEXT_MAX),
    z.number(),
    ...(depth > 0 ? [messageSchemaNesting(depth - 1)] : []),
  ]);
  return z.strictObject({
    id: z
      .string()
      .min(1)
      .max(MESSAGE_ID_MAX)
      .regex(/^[A-Za-z0-9]+(?:[.-][A-Za-z0-9]+)*$/),
    params: z
      .record(
        z
          .string()
          .max(40)
          .regex(/^[A-Za-z][A-Za-z0-9_]*$/),
        z.union([scalar, z.array(scalar).max(MESSAGE_LIST_MAX)]),
      )
      .refine((params) => Object.keys(params).length <= MESSAGE_PARAMS_MAX)
      .optional(),
  });
}

export const auditMessageSchema: z.ZodType<Message> = messageSchemaNesting(MESSAGE_MAX_DEPTH);

const actionRecordSchema = z.strictObject({
  type: z.literal('action'),
  id: z.string().min(1).max(64),
  at: z.iso.datetime(),
  station: z.string().max(120),
  operator: z.string().max(120),
  deviceId: z.string().regex(/^[0-9a-f]{24}$/),
  step: z.string().min(1).max(80),
  result: z.enum(['done', 'skipped', 'failed']),
  /** English, as recorded: the CSV's and scripts' one stable text. */
  detail: z.string().max(500).nullable(),
  /**
   * The same detail as a sentence, for History to show in the window's language. Records
   * written before it existed have none: History shows their English detail.
   */
  detailText: auditMessageSchema.optional(),
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
