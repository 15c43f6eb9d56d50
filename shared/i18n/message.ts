// A sentence as data: the catalogue's id and its parameters. The core speaks these across the
// contract (errors, outcomes, LED states, readiness items, a run's progress); the renderer and
// the CLIs turn them into words in the operator's language (format.ts).
import { z } from 'zod';

export type MessageParams = Readonly<Record<string, string | number>>;

export interface Message {
  id: string;
  params?: MessageParams;
}

/** Where a Message enters through a schema (the core's replies are typed, not parsed). */
export const messageSchema = z.strictObject({
  id: z.string().min(1).max(120),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
