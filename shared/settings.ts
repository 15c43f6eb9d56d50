// Operator settings kept on disk (never a secret: secrets live in the secret store).
import { z } from 'zod';

export const DEFAULT_SOFTAP_PREFIX = 'Photon-';
export const DEFAULT_CLOUD_BASE_URL = 'https://api.particle.io';

export const settingsSchema = z.object({
  station: z.string().max(120).default(''),
  operator: z.string().max(120).default(''),
  softApPrefix: z.string().min(1).max(25).default(DEFAULT_SOFTAP_PREFIX),
  // Plain http only for a fake cloud on this computer: elsewhere it would send secrets in clear.
  cloudBaseUrl: z
    .url({ protocol: /^https?$/ })
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
export const defaultSettings = (): Settings => settingsSchema.parse({});
