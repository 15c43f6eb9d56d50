// The operator's moves through the wizard, as a person makes them: by labels and button names.
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_PRODUCT, DEMO_TOKEN } from './demo-host';
import { saveScreenshot } from './screenshots';

export const STEP_TIMEOUT_MS = 20_000;

export async function connectDeveloper(page: Page, shots?: string): Promise<void> {
  await page.getByLabel('Access token', { exact: true }).fill(DEMO_TOKEN);
  if (shots !== undefined) await saveScreenshot(page, `${shots}-1-account`);
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await page.getByTestId('account-summary').waitFor({ timeout: STEP_TIMEOUT_MS });
  expect(await page.getByTestId('account-owner').textContent()).toBe('demo@example.com');
  if (shots !== undefined) await saveScreenshot(page, `${shots}-2-account-connected`);
  await page.getByRole('button', { name: 'Continue to Wi-Fi' }).click();
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

export async function chooseWifiLater(page: Page, shots?: string): Promise<void> {
  await page.getByText('Choose from the Photon’s own list').waitFor();
  if (shots !== undefined) await saveScreenshot(page, `${shots}-3-wifi`);
  await page.getByRole('button', { name: 'Continue to find the device' }).click();
}

export async function startOn(page: Page, ssid: string, shots?: string): Promise<void> {
  const device = page.getByRole('radio', { name: new RegExp(ssid) });
  await device.waitFor({ timeout: STEP_TIMEOUT_MS });
  await device.check();
  if (shots !== undefined) await saveScreenshot(page, `${shots}-4-find`);
  await page.getByRole('button', { name: 'Start setup' }).click();
}

export async function pickNetwork(
  page: Page,
  ssid: string,
  password: string | null,
  shots?: string,
): Promise<void> {
  const row = page.getByRole('button', { name: new RegExp(`^Signal.*${ssid}`) });
  await row.waitFor({ timeout: STEP_TIMEOUT_MS });
  if (shots !== undefined) await saveScreenshot(page, `${shots}-5-device-networks`);
  await row.click();
  if (password !== null) {
    await page.getByLabel('Wi-Fi password', { exact: true }).fill(password);
    if (shots !== undefined) await saveScreenshot(page, `${shots}-6-password`);
    await page.getByRole('button', { name: 'Send to the device' }).click();
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
