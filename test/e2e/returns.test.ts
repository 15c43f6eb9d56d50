// A support operator's returned unit, in Chromium: read its id over SoftAP, look it up, release
// it from its customer and the product, re-add it, and set it up for its next owner.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_WIFI_PASSWORD } from '../../electron/simulator/photon';
import { formatMessage, m, type Locale } from '../../shared/i18n';
import { seriousA11yViolations } from './support/axe';
import { hasBrowser, launchBrowser } from './support/browser';
import { RETURNED_DEVICE_ID, startDemoHost, type DemoHost } from './support/demo-host';
import { saveScreenshot } from './support/screenshots';
import {
  chooseWifiLater,
  connectProduct,
  outcomeOf,
  pickNetwork,
  startOn,
  STEP_TIMEOUT_MS,
} from './support/wizard';

const deviceId = RETURNED_DEVICE_ID.toLowerCase();

/** A view's tab in a language, as the catalogue says it (translators may change the words). */
const tabName = (locale: Locale, view: 'history' | 'settings'): string =>
  formatMessage(locale, view === 'history' ? m('ui.tabs.history') : m('ui.tabs.settings'));

describe.skipIf(!hasBrowser)('returned units', () => {
  let browser: Browser;
  let demo: DemoHost;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());
  beforeEach(async () => {
    demo = await startDemoHost();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    await page.goto(demo.host.url);
  });
  afterEach(async () => {
    await page?.close();
    await demo?.close();
  });

  it('goes from "a box came back" to "set up for its next owner", every step in History', async () => {
    await connectProduct(page, 'support-desk@example.com');
    await page.getByRole('button', { name: 'Returned units' }).click();

    await page.getByRole('button', { name: 'Read it from a device in listening mode…' }).click();
    await page.getByRole('button', { name: 'Read the id of Photon-R3TN' }).click();
    await expect
      .poll(() => page.getByLabel('Device id').inputValue(), { timeout: STEP_TIMEOUT_MS })
      .toBe(deviceId);
    expect(demo.world.wifi.currentNetwork).not.toMatch(/^Photon-/);

    await page.getByRole('button', { name: 'Look up', exact: true }).click();
    await expect
      .poll(() => page.getByTestId('lookup-owner').textContent())
      .toBe('Customer existing-customer@example.com');
    await saveScreenshot(page, 'returns-1-lookup');

    await page
      .getByLabel('Also remove it from the product (makes it a plain developer device)')
      .check();
    await page.getByLabel('Then re-add it to the product (ready for a product claim code)').check();
    await page.getByRole('button', { name: 'Plan the release' }).click();
    const plan = page.getByTestId('release-plan');
    await plan.waitFor();
    expect(await plan.locator('li').count()).toBe(3);
    expect(demo.world.cloud.device(deviceId)?.owner).toBe('existing-customer@example.com');
    await saveScreenshot(page, 'returns-2-plan');

    await page.getByRole('button', { name: 'Confirm and release' }).click();
    // The card says where the release left it (not a blind lookup's "the id may be wrong").
    const released = page.getByTestId('released');
    await released.waitFor({ timeout: STEP_TIMEOUT_MS });
    expect(await page.getByTestId('released-owner').textContent()).toBe('Nobody — unclaimed');
    expect(await page.getByTestId('released-product').textContent()).toBe(
      'In Temperature Monitor #1319',
    );
    expect(await released.textContent()).not.toMatch(/may be wrong|Not visible/);
    expect(demo.world.cloud.device(deviceId)).toMatchObject({ owner: null, productId: 1319 });
    // Focus is on the next question: who the next owner is.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('email');
    await saveScreenshot(page, 'returns-3-released');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // A reload keeps the released unit and its question.
    await page.reload();
    await page.getByRole('button', { name: 'Returned units' }).click();
    await released.waitFor({ timeout: STEP_TIMEOUT_MS });

    await page.getByRole('button', { name: 'Set it up for its next owner' }).click();
    expect(await page.getByText('Enter an email address.').count()).toBe(1);
    await page.getByLabel('Next owner’s email').fill('next-owner@example.com');
    await page.getByRole('button', { name: 'Set it up for its next owner' }).click();
    await page.getByTestId('account-summary').waitFor();
    expect(await page.getByTestId('account-owner').textContent()).toBe('next-owner@example.com');
    expect(await page.getByTestId('handoff-note').textContent()).toContain(deviceId);
    await saveScreenshot(page, 'returns-4-handoff');
    await page.getByRole('button', { name: 'Continue to Wi-Fi' }).click();
    await chooseWifiLater(page);
    // The id is carried into Find, so product mode imports it while still online.
    await expect.poll(() => page.getByLabel('Device id (optional)').inputValue()).toBe(deviceId);
    await startOn(page, 'Photon-R3TN');
    await pickNetwork(page, 'Workshop', DEMO_WIFI_PASSWORD);
    expect(await outcomeOf(page, 'returns-5-next-owner')).toBe('success');
    expect(demo.world.cloud.device(deviceId)).toMatchObject({
      owner: 'next-owner@example.com',
      ownerKind: 'customer',
    });

    await page.getByRole('button', { name: 'History' }).click();
    await page.getByLabel('Filter by device id').fill(RETURNED_DEVICE_ID);
    const rows = page.getByTestId('history-table').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(4);
    // Each step in words on screen, with the code the CSV keeps at hand (its tooltip).
    const text = await page.getByTestId('history-table').textContent();
    expect(text).toContain('Release from its owner');
    expect(text).toContain('Remove from the product');
    expect(text).toContain('Re-add to the product');
    for (const code of ['release-from-owner', 'remove-from-product', 're-add-to-product'])
      expect(await page.getByTestId('history-table').getByTitle(code).count()).toBe(1);
    await saveScreenshot(page, 'returns-6-history');

    // The CSV stays as scripts read it, whatever the window's language: English headers, codes.
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Language').selectOption('de');
    await page.getByLabel('Sprache').waitFor();
    await page.getByRole('button', { name: tabName('de', 'history') }).click();
    const download = page.waitForEvent('download');
    await page
      .getByRole('button', { name: formatMessage('de', m('views.history.export')) })
      .click();
    const csv = readFileSync((await (await download).path())!, 'utf8');
    const [header, ...lines] = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(header).toMatch(/^time,type,station,/);
    expect(lines.some((line) => line.includes(',release-from-owner,'))).toBe(true);
  });

  it('refuses plainly when the credentials cannot act, and changes nothing', async () => {
    await page
      .getByLabel('Access token', { exact: true })
      .fill('demo0000000000000000000000000000000token');
    await page.getByRole('button', { name: 'Connect', exact: true }).click();
    await page.getByTestId('account-summary').waitFor();
    await page.getByRole('button', { name: 'Returned units' }).click();
    await page.getByLabel('Device id').fill('2A0044000A47343337373738');
    await page.getByRole('button', { name: 'Look up', exact: true }).click();
    await page.getByTestId('lookup-result').waitFor();
    expect(await page.getByTestId('lookup-result').textContent()).toMatch(/cannot see/);
    await page.getByLabel('Device id').fill('not-an-id');
    await page.getByRole('button', { name: 'Look up', exact: true }).click();
    expect(await page.getByText('A device id has only the characters 0-9 and a-f.').count()).toBe(
      1,
    );
    await saveScreenshot(page, 'returns-7-refused');
    expect(demo.world.cloud.device('2a0044000a47343337373738')?.owner).toBe('other@example.com');
  });
});
