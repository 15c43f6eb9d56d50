// A form's problems in the shared schema's own words, keyed by field: the form says exactly what
// the core would refuse, before sending it. The core's per-field answer (fields of an
// invalid-argument error) uses the same keys, so both land on the same field. Each problem is
// the catalogue entry the schema's issue carries (shared/i18n/issue.ts), shown in the window's
// language where the field is drawn.
import type { z } from 'zod';
import { issueMessage, type Message } from '../../shared/i18n';

export type Problems = Readonly<Record<string, Message>>;

export function schemaProblems(schema: z.ZodType, value: unknown): Problems {
  const result = schema.safeParse(value);
  if (result.success) return {};
  const problems: Record<string, Message> = {};
  for (const issue of result.error.issues) {
    const key = issue.path.map(String).join('.');
    problems[key] ??= issueMessage(issue.message);
  }
  return problems;
}

export const hasProblems = (problems: Problems): boolean => Object.keys(problems).length > 0;
