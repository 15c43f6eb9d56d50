// Operator settings kept on disk (never a secret: secrets live in the secret store). The form in
// Settings validates with this schema and shows its sentences, so what the form accepts is what
// the core keeps.
import { z } from 'zod';
import { FIELD_LIMITS } from './limits';
import { DEFAULT_SOFTAP_PREFIX, MAX_SOFTAP_PREFIX_LENGTH, prefixProblem } from './softap-prefix';

/** The real Particle cloud. Only a default: tests and demo mode always pass a 127.0.0.1 URL. */
export const DEFAULT_CLOUD_BASE_URL = 'https://api.particle.io';

/** Plain http only for a fake cloud on this computer: elsewhere it would send secrets in clear. */
const isAllowedCloudUrl = (url: string): boolean =>
  url.startsWith('https://') || /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?(\/|$)/.test(url);

const fields = {
  station: z
    .string()
    .max(FIELD_LIMITS.station, `A station name is at most ${FIELD_LIMITS.station} characters.`),
  operator: z
    .string()
    .max(FIELD_LIMITS.operator, `An operator name is at most ${FIELD_LIMITS.operator} characters.`),
  softApPrefix: z
    .string()
    .max(
      FIELD_LIMITS.softApPrefix,
      `A SoftAP prefix is at most ${MAX_SOFTAP_PREFIX_LENGTH} characters.`,
    )
    .refine((prefix) => prefixProblem(prefix) === null, {
      error: (issue) => prefixProblem(String(issue.input)) ?? 'Invalid prefix.',
    }),
  cloudBaseUrl: z
    .string()
    .max(
      FIELD_LIMITS.cloudBaseUrl,
      `The Particle API address is at most ${FIELD_LIMITS.cloudBaseUrl} characters.`,
    )
    .pipe(
      z.url({
        protocol: /^https?$/,
        error: `Enter the Particle API address as a URL, for example ${DEFAULT_CLOUD_BASE_URL}.`,
      }),
    )
    .refine(isAllowedCloudUrl, {
      message: 'Use https:// (plain http is only allowed for 127.0.0.1 or localhost).',
    }),
};

/** The settings file: a missing field takes its default. */
export const settingsSchema = z.object({
  station: fields.station.default(''),
  operator: fields.operator.default(''),
  softApPrefix: fields.softApPrefix.default(DEFAULT_SOFTAP_PREFIX),
  cloudBaseUrl: fields.cloudBaseUrl.default(DEFAULT_CLOUD_BASE_URL),
});

/**
 * A change: only the fields given. No defaults here — a default would reset every field the
 * change leaves out (saving the station name would sign the operator out of a custom cloud).
 */
export const settingsPatchSchema = z.strictObject({
  station: fields.station.optional(),
  operator: fields.operator.optional(),
  softApPrefix: fields.softApPrefix.optional(),
  cloudBaseUrl: fields.cloudBaseUrl.optional(),
});

export type Settings = z.infer<typeof settingsSchema>;
