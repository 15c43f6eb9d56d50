// Operator settings kept on disk (never a secret: secrets live in the secret store). The form in
// Settings validates with this schema and shows its sentences, so what the form accepts is what
// the core keeps.
import { z } from 'zod';
import { issueText, LOCALES, m } from './i18n';
import { FIELD_LIMITS } from './limits';
import { DEFAULT_SOFTAP_PREFIX, MAX_SOFTAP_PREFIX_LENGTH, prefixProblem } from './softap-prefix';

/** The real Particle cloud. Only a default: tests and demo mode always pass a 127.0.0.1 URL. */
export const DEFAULT_CLOUD_BASE_URL = 'https://api.particle.io';

/** Plain http only for a fake cloud on this computer: elsewhere it would send secrets in clear. */
const isAllowedCloudUrl = (url: string): boolean =>
  url.startsWith('https://') || /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?(\/|$)/.test(url);

/** The window's language: the operator's choice, or "system" to follow the OS / browser. */
export const LANGUAGE_CHOICES = ['system', ...LOCALES] as const;
export type LanguageChoice = (typeof LANGUAGE_CHOICES)[number];

// Each rule's sentence is a catalogue entry carried in the issue (issueText), so the form and
// the core's refusal say it in the operator's language.
const fields = {
  station: z
    .string()
    .max(
      FIELD_LIMITS.station,
      issueText(m('validate.settings.station-too-long', { max: FIELD_LIMITS.station })),
    ),
  operator: z
    .string()
    .max(
      FIELD_LIMITS.operator,
      issueText(m('validate.settings.operator-too-long', { max: FIELD_LIMITS.operator })),
    ),
  softApPrefix: z
    .string()
    .max(
      FIELD_LIMITS.softApPrefix,
      issueText(m('validate.prefix.too-long', { max: MAX_SOFTAP_PREFIX_LENGTH })),
    )
    .refine((prefix) => prefixProblem(prefix) === null, {
      error: (issue) =>
        issueText(prefixProblem(String(issue.input)) ?? m('validate.prefix.characters')),
    }),
  cloudBaseUrl: z
    .string()
    .max(
      FIELD_LIMITS.cloudBaseUrl,
      issueText(m('validate.settings.cloud-url-too-long', { max: FIELD_LIMITS.cloudBaseUrl })),
    )
    .pipe(
      z.url({
        protocol: /^https?$/,
        error: issueText(m('validate.settings.cloud-url', { example: DEFAULT_CLOUD_BASE_URL })),
      }),
    )
    .refine(isAllowedCloudUrl, {
      message: issueText(m('validate.settings.cloud-url-https')),
    }),
  language: z.enum(LANGUAGE_CHOICES),
};

/** The settings file: a missing field takes its default. */
export const settingsSchema = z.object({
  station: fields.station.default(''),
  operator: fields.operator.default(''),
  softApPrefix: fields.softApPrefix.default(DEFAULT_SOFTAP_PREFIX),
  cloudBaseUrl: fields.cloudBaseUrl.default(DEFAULT_CLOUD_BASE_URL),
  // An unknown choice (a file from a newer build) falls back to following the system.
  language: fields.language.catch('system').default('system'),
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
  language: fields.language.optional(),
});

export type Settings = z.infer<typeof settingsSchema>;
