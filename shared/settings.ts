// Operator settings kept on disk (never a secret: secrets live in the secret store).
import { z } from 'zod';

export const DEFAULT_SOFTAP_PREFIX = 'Photon-';
export const DEFAULT_CLOUD_BASE_URL = 'https://api.particle.io';

export const settingsSchema = z.object({
  station: z.string().max(120).default(''),
  operator: z.string().max(120).default(''),
  softApPrefix: z.string().min(1).max(25).default(DEFAULT_SOFTAP_PREFIX),
  cloudBaseUrl: z.url({ protocol: /^https?$/ }).default(DEFAULT_CLOUD_BASE_URL),
});

export type Settings = z.infer<typeof settingsSchema>;
export const defaultSettings = (): Settings => settingsSchema.parse({});
