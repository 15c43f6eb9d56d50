// The operator's whole job in a real Chromium, through the web host, against the simulators.
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_WIFI_PASSWORD } from '../../electron/simulator/photon';
import { seriousA11yViolations } from './support/axe';
import { hasBrowser, launchBrowser } from './support/browser';
import { startDemoHost, type DemoHost } from './support/demo-host';
import { saveScreenshot } from './support/screenshots';
import {
  chooseWifiLater,
  connectDeveloper,
  connectProduct,
  outcomeOf,
  pickNetwork,
  startOn,
  STEP_TIMEOUT_MS,
} from './support/wizard';

describe.skipIf(!hasBrowser)('the setup wizard', () => {
  let browser: Browser;
  let demo: DemoHost;
  let page: Page;
  let pageErrors: string[];

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  beforeEach(async () => {
    demo = await startDemoHost();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    await page.goto(demo.host.url);
  });
  afterEach(async () => {
    await page?.close();
    await demo?.close();
    expect(pageErrors).toEqual([]);
  });

  it('developer happy path: token → device list → Workshop → online and claimed', async () => {
    await connectDeveloper(page, 'dev');
    await chooseWifiLater(page, 'dev');
    await startOn(page, 'Photon-K7QD', 'dev');
    await pickNetwork(page, 'Workshop', DEMO_WIFI_PASSWORD, 'dev');
    await saveScreenshot(page, 'dev-7-setting-up');
    expect(await outcomeOf(page, 'dev')).toBe('success');
    expect(await page.getByTestId('result').textContent()).toContain('demo@example.com');
    expect(demo.world.cloud.device('2c003a000b47343432313031')).toMatchObject({
      owner: 'demo@example.com',
      online: true,
    });
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('product happy path with a new customer', async () => {
    await connectProduct(page, 'new-buyer@example.com', 'product');
    await chooseWifiLater(page);
    await startOn(page, 'Photon-K7QD');
    await pickNetwork(page, 'Workshop', DEMO_WIFI_PASSWORD);
    expect(await outcomeOf(page, 'product')).toBe('success');
    expect(demo.world.cloud.device('2c003a000b47343432313031')).toMatchObject({
      owner: 'new-buyer@example.com',
      ownerKind: 'customer',
    });
  });

  it('wrong password → credentials rejected → choose another Wi-Fi → success', async () => {
    await connectDeveloper(page);
    await chooseWifiLater(page);
    await startOn(page, 'Photon-K7QD');
    await pickNetwork(page, 'Workshop', 'not-the-password');
    expect(await outcomeOf(page, 'wrong-password')).toBe('credentials-rejected');
    expect(await page.getByTestId('result').textContent()).toMatch(/password/i);
    await page.getByRole('button', { name: 'Choose another Wi-Fi' }).click();
    await pickNetwork(page, 'Workshop', DEMO_WIFI_PASSWORD);
    expect(await outcomeOf(page, 'wrong-password-retry')).toBe('success');
  });

  it('an expired claim code ends online but not claimed (product mode)', async () => {
    await connectProduct(page, 'late-buyer@example.com');
    await chooseWifiLater(page);
    await startOn(page, 'Photon-K7QD');
    await page
      .getByRole('button', { name: /^Signal.*Workshop/ })
      .waitFor({ timeout: STEP_TIMEOUT_MS });
    demo.world.cloud.clock.advance(2 * 3600 * 1000);
    await pickNetwork(page, 'Workshop', DEMO_WIFI_PASSWORD);
    expect(await outcomeOf(page, 'expired-claim')).toBe('online-not-claimed');
  });

  it('a device that stops answering ends in lost contact, and this computer is back on its Wi-Fi', async () => {
    await connectDeveloper(page);
    await chooseWifiLater(page);
    await startOn(page, 'Photon-K7QD');
    await page
      .getByRole('button', { name: /^Signal.*Workshop/ })
      .waitFor({ timeout: STEP_TIMEOUT_MS });
    demo.world.photons[0]?.setFaults({
      noReply: {
        commands: ['configure-ap', 'connect-ap', 'public-key', 'device-id'],
        mode: 'silent',
      },
    });
    await pickNetwork(page, 'Workshop', DEMO_WIFI_PASSWORD);
    expect(await outcomeOf(page, 'lost-device')).toBe('lost-device');
    expect(demo.world.wifi.currentNetwork).not.toMatch(/^Photon-/);
  });

  it('cancel mid-run stops the run and restores Wi-Fi', async () => {
    await connectDeveloper(page);
    await chooseWifiLater(page);
    await startOn(page, 'Photon-K7QD');
    await page
      .getByRole('button', { name: /^Signal.*Workshop/ })
      .waitFor({ timeout: STEP_TIMEOUT_MS });
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(await outcomeOf(page, 'cancel')).toBe('cancelled');
    expect(demo.world.wifi.currentNetwork).not.toMatch(/^Photon-/);
  });

  it('manual path: the operator joins the Photon network from the system menu when asked', async () => {
    await connectDeveloper(page);
    await chooseWifiLater(page);
    const manual = page.getByRole('radio', { name: /I’ll join it myself when asked/ });
    await manual.waitFor({ timeout: STEP_TIMEOUT_MS });
    await manual.check();
    await page.getByRole('button', { name: 'Start setup' }).click();
    // The engine prepares online first, then asks; only then does the operator switch networks.
    await page
      .getByText(/from the system Wi-Fi menu now/)
      .first()
      .waitFor({ timeout: STEP_TIMEOUT_MS });
    await saveScreenshot(page, 'manual-1-asked');
    demo.world.wifi.joinFromSystemMenu('Photon-K7QD');
    await pickNetwork(page, 'Workshop', DEMO_WIFI_PASSWORD);
    expect(await outcomeOf(page, 'manual')).toBe('success');
    expect(demo.world.wifi.currentNetwork).toBe('Workshop');
  });

  it('sets up two devices in a row, and History shows both runs and exports CSV', async () => {
    await connectDeveloper(page);
    await chooseWifiLater(page);
    await startOn(page, 'Photon-K7QD');
    await pickNetwork(page, 'Workshop', DEMO_WIFI_PASSWORD);
    expect(await outcomeOf(page)).toBe('success');
    await page.getByRole('button', { name: 'Set up the next device' }).click();
    await startOn(page, 'Photon-P4TW', 'second');
    await pickNetwork(page, 'Guest', null);
    expect(await outcomeOf(page, 'second')).toBe('success');

    await page.getByRole('button', { name: 'History' }).click();
    const rows = page.getByTestId('history-table').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    await saveScreenshot(page, 'history');
    await page.getByLabel('Filter by device id').fill('3D004B000C47343432313032');
    await expect.poll(() => rows.count()).toBe(1);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const csvPath = await (await download).path();
    const { readFileSync } = await import('node:fs');
    const csv = readFileSync(csvPath, 'utf8').replace(/^\uFEFF/, '');
    expect(csv.split('\r\n')[0]).toMatch(/^time,type,station/);
    expect(csv).toContain('3d004b000c47343432313032');
    expect(csv).not.toContain(DEMO_WIFI_PASSWORD);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});
