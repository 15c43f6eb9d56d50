// The operator's moves through the wizard, as a person makes them: by labels and button names,
// in the window's language (English unless a test says otherwise; the words come from the same
// catalogue the window reads, so a test never hard-codes a translation).
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import {
  formatMessage,
  m,
  type Locale,
  type MessageId,
  type ParamArgs,
} from '../../../shared/i18n';
import { DEMO_PRODUCT, DEMO_TOKEN } from './demo-host';
import { saveScreenshot } from './screenshots';

export const STEP_TIMEOUT_MS = 20_000;

/** A catalogue entry as a window in `locale` says it. */
export type Words = <K extends MessageId>(id: K, ...params: ParamArgs<K>) => string;
export const wordsOf =
  (locale: Locale): Words =>
  (id, ...params) =>
    formatMessage(locale, m(id, ...params));
const english = wordsOf('en');

export async function connectDeveloper(page: Page, shots?: string, t = english): Promise<void> {
  await page.getByLabel(t('ui.account.token.label'), { exact: true }).fill(DEMO_TOKEN);
  if (shots !== undefined) await saveScreenshot(page, `${shots}-1-account`);
  await page.getByRole('button', { name: t('ui.account.connect'), exact: true }).click();
  await page.getByTestId('account-summary').waitFor({ timeout: STEP_TIMEOUT_MS });
  expect(await page.getByTestId('account-owner').textContent()).toBe('demo@example.com');
  if (shots !== undefined) await saveScreenshot(page, `${shots}-2-account-connected`);
  await page.getByRole('button', { name: t('ui.account.continue') }).click();
}

export async function connectProduct(
  page: Page,
  customerEmail: string,
  shots?: string,
): Promise<void> {
  await page.getByText('OAuth client + customer').click();
  await page.getByLabel('Product id or slug').fill(DEMO_PRODUCT.slug);
  await page.getByLabel('OAuth client id').fill(DEMO_PRODUCT.clientId);
  await page.getByLabel('OAuth client secret', { exact: true }).fill(DEMO_PRODUCT.clientSecret);
  await page.getByLabel('Customer email').fill(customerEmail);
  if (shots !== undefined) await saveScreenshot(page, `${shots}-1-account`);
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await page.getByTestId('account-summary').waitFor({ timeout: STEP_TIMEOUT_MS });
  expect(await page.getByTestId('account-owner').textContent()).toBe(customerEmail);
  if (shots !== undefined) await saveScreenshot(page, `${shots}-2-account-connected`);
  await page.getByRole('button', { name: 'Continue to Wi-Fi' }).click();
}

export async function chooseWifiLater(page: Page, shots?: string, t = english): Promise<void> {
  await page.getByText(t('ui.wifi.from-device')).waitFor();
  if (shots !== undefined) await saveScreenshot(page, `${shots}-3-wifi`);
  await page.getByRole('button', { name: t('ui.wifi.continue') }).click();
}

export async function startOn(
  page: Page,
  ssid: string,
  shots?: string,
  t = english,
): Promise<void> {
  const device = page.getByRole('radio', { name: new RegExp(ssid) });
  await device.waitFor({ timeout: STEP_TIMEOUT_MS });
  await device.check();
  if (shots !== undefined) await saveScreenshot(page, `${shots}-4-find`);
  await page.getByRole('button', { name: t('ui.find.start') }).click();
}

/** A row of the Photon's own network list (its signal bars, then its name), in any language. */
const networkRow = (page: Page, ssid: string) =>
  page.locator('button.network-row', { hasText: ssid });

export async function pickNetwork(
  page: Page,
  ssid: string,
  password: string | null,
  shots?: string,
  t = english,
): Promise<void> {
  const row = networkRow(page, ssid);
  await row.waitFor({ timeout: STEP_TIMEOUT_MS });
  if (shots !== undefined) await saveScreenshot(page, `${shots}-5-device-networks`);
  await row.click();
  if (password !== null) {
    await page.getByLabel(t('ui.network.password.label'), { exact: true }).fill(password);
    if (shots !== undefined) await saveScreenshot(page, `${shots}-6-password`);
    await page.getByRole('button', { name: t('ui.chooser.send') }).click();
  }
}

export async function outcomeOf(page: Page, shots?: string): Promise<string | null> {
  const result = page.getByTestId('result');
  try {
    await result.waitFor({ timeout: STEP_TIMEOUT_MS * 2 });
  } catch (error) {
    // Keep what the operator would have been looking at when it stalled.
    await saveScreenshot(page, `${shots ?? 'unnamed'}-stalled`);
    throw error;
  }
  if (shots !== undefined) await saveScreenshot(page, `${shots}-8-result`);
  return result.getAttribute('data-outcome');
}
