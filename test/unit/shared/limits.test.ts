// The renderer's maxLength and the core's schema are the same number: a value at the limit is
// accepted, one character more is refused with a field error.
import { describe, expect, it } from 'vitest';
import { FIELD_LIMITS } from '../../../shared/limits';
import { accountInputSchema, networkChoiceSchema } from '../../../shared/provisioning';
import { settingsSchema } from '../../../shared/settings';

const of = (length: number): string => 'a'.repeat(length);

describe('FIELD_LIMITS against the schemas', () => {
  it.each([
    ['accessToken', (value: string) => ({ method: 'token', accessToken: value })],
    [
      'clientSecret',
      (value: string) => ({
        method: 'product',
        product: 'p',
        clientId: 'c',
        clientSecret: value,
        customerEmail: 'a@example.com',
      }),
    ],
    [
      'loginPassword',
      (value: string) => ({ method: 'login', username: 'a@example.com', password: value }),
    ],
  ] as const)('account %s', (field, build) => {
    const limit = FIELD_LIMITS[field];
    expect(accountInputSchema.safeParse(build(of(limit))).success).toBe(true);
    expect(accountInputSchema.safeParse(build(of(limit + 1))).success).toBe(false);
  });

  it('Wi-Fi password and SSID', () => {
    const choice = (ssid: string, password: string) => ({
      auth: 'personal',
      ssid,
      security: 4194308,
      password,
    });
    const { ssid, wifiPassword } = FIELD_LIMITS;
    expect(networkChoiceSchema.safeParse(choice(of(ssid), of(wifiPassword))).success).toBe(true);
    expect(networkChoiceSchema.safeParse(choice(of(ssid + 1), 'x')).success).toBe(false);
    expect(networkChoiceSchema.safeParse(choice('a', of(wifiPassword + 1))).success).toBe(false);
  });

  it('settings', () => {
    const { station, operator, cloudBaseUrl } = FIELD_LIMITS;
    expect(settingsSchema.safeParse({ station: of(station), operator: of(operator) }).success).toBe(
      true,
    );
    expect(settingsSchema.safeParse({ station: of(station + 1) }).success).toBe(false);
    const url = (length: number) => `https://a.example/${of(length - 'https://a.example/'.length)}`;
    expect(settingsSchema.safeParse({ cloudBaseUrl: url(cloudBaseUrl) }).success).toBe(true);
    expect(settingsSchema.safeParse({ cloudBaseUrl: url(cloudBaseUrl + 1) }).success).toBe(false);
  });
});
