// Operator settings kept on disk (never a secret: secrets live in the secret store). The form in
// Settings validates with this schema and shows its sentences, so what the form accepts is what
// the core keeps.
import { z } from 'zod';
import { DEFAULT_SOFTAP_PREFIX, MAX_SOFTAP_PREFIX_LENGTH, prefixProblem } from './softap-prefix';

/** The real Particle cloud. Only a default: tests and demo mode always pass a 127.0.0.1 URL. */
export const DEFAULT_CLOUD_BASE_URL = 'https://api.particle.io';
/** What the form fields allow (their maxLength), from the schema below. */
export const SETTINGS_FIELD_MAX = {
  station: 120,
  operator: 120,
  /** The stem plus its dash. */
  softApPrefix: MAX_SOFTAP_PREFIX_LENGTH + 1,
  cloudBaseUrl: 200,
} as const;

/** Plain http only for a fake cloud on this computer: elsewhere it would send secrets in clear. */
const isAllowedCloudUrl = (url: string): boolean =>
  url.startsWith('https://') || /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?(\/|$)/.test(url);

const fields = {
  station: z
    .string()
    .max(
      SETTINGS_FIELD_MAX.station,
      `A station name is at most ${SETTINGS_FIELD_MAX.station} characters.`,
    ),
  operator: z
    .string()
    .max(
      SETTINGS_FIELD_MAX.operator,
      `An operator name is at most ${SETTINGS_FIELD_MAX.operator} characters.`,
    ),
  softApPrefix: z
    .string()
    .max(
      SETTINGS_FIELD_MAX.softApPrefix,
      `A SoftAP prefix is at most ${MAX_SOFTAP_PREFIX_LENGTH} characters.`,
    )
    .refine((prefix) => prefixProblem(prefix) === null, {
      error: (issue) => prefixProblem(String(issue.input)) ?? 'Invalid prefix.',
    }),
  cloudBaseUrl: z
    .string()
    .max(
      SETTINGS_FIELD_MAX.cloudBaseUrl,
      `The Particle API address is at most ${SETTINGS_FIELD_MAX.cloudBaseUrl} characters.`,
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
