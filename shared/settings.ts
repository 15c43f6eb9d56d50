// Operator settings kept on disk (never a secret: secrets live in the secret store).
import { z } from 'zod';
import { FIELD_LIMITS } from './limits';
import { DEFAULT_SOFTAP_PREFIX, MAX_SOFTAP_PREFIX_LENGTH, prefixProblem } from './softap-prefix';

/** The real Particle cloud. Only a default: tests and demo mode always pass a 127.0.0.1 URL. */
export const DEFAULT_CLOUD_BASE_URL = 'https://api.particle.io';

export const settingsSchema = z.object({
  station: z.string().max(FIELD_LIMITS.station).default(''),
  operator: z.string().max(FIELD_LIMITS.operator).default(''),
  softApPrefix: z
    .string()
    .max(MAX_SOFTAP_PREFIX_LENGTH + 1)
    .refine((prefix) => prefixProblem(prefix) === null, {
      error: (issue) => prefixProblem(String(issue.input)) ?? 'Invalid prefix.',
    })
    .default(DEFAULT_SOFTAP_PREFIX),
  // Plain http only for a fake cloud on this computer: elsewhere it would send secrets in clear.
  cloudBaseUrl: z
    .url({ protocol: /^https?$/ })
    .max(FIELD_LIMITS.cloudBaseUrl)
    .refine(
      (url) =>
        url.startsWith('https://') || /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?(\/|$)/.test(url),
      {
        message: 'Use https:// (plain http is only allowed for 127.0.0.1 or localhost).',
      },
    )
    .default(DEFAULT_CLOUD_BASE_URL),
});

export type Settings = z.infer<typeof settingsSchema>;
