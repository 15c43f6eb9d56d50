// What the operator needs in view and in hand, in a real Chromium at both laptop sizes: the
// action a run waits for is on screen and focused, a reload never loses a run, every screen
// change moves focus, outcomes reach the live region, and the words are true.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_WIFI_PASSWORD } from '../../electron/simulator/photon';
import { formatMessage, m } from '../../shared/i18n';
import { seriousA11yViolations } from './support/axe';
import { hasBrowser, launchBrowser } from './support/browser';
import { startDemoHost, type DemoHost } from './support/demo-host';
import { saveScreenshot } from './support/screenshots';
import {
  chooseWifiLater,
  connectDeveloper,
  outcomeOf,
  pickNetwork,
  startOn,
  STEP_TIMEOUT_MS,
} from './support/wizard';

const SIZES = [
  { width: 1280, height: 900 },
  { width: 1366, height: 768 },
] as const;

/** Wholly inside the window, without scrolling. */
async function inView(page: Page, target: Locator): Promise<boolean> {
  const box = await target.boundingBox();
  const size = page.viewportSize();
  if (box === null || size === null) return false;
  return (
    box.y >= 0 && box.x >= 0 && box.y + box.height <= size.height && box.x + box.width <= size.width
  );
}

const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    return {
      tag: element?.tagName.toLowerCase() ?? '',
      text: element?.textContent?.trim() ?? '',
      inChooser: element?.closest('[data-testid="network-chooser"]') !== null,
    };
  });

describe.skipIf(!hasBrowser)('what the operator sees and reaches', () => {
  let browser: Browser;
  let demo: DemoHost;
  let page: Page;
  let pageErrors: string[];

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());
  afterEach(async () => {
    await page?.close();
    await demo?.close();
    expect(pageErrors).toEqual([]);
  });

  async function open(size: (typeof SIZES)[number]): Promise<void> {
    demo = await startDemoHost();
    page = await browser.newPage({ viewport: size });
    pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(demo.host.url);
  }

  it.each(SIZES)(
    'at $width×$height the next action is in view: Connect, Start setup, the chooser (focused), the result',
    async (size) => {
      await open(size);
      const shots = `view-${size.width}x${size.height}`;
      await page.getByTestId('readiness-panel').getByText('ready to set up devices').waitFor();
      expect(await inView(page, page.getByRole('button', { name: 'Connect', exact: true }))).toBe(
        true,
      );
      await saveScreenshot(page, `${shots}-1-account`);
      await connectDeveloper(page);
      // Focus follows the step: on Wi-Fi, its first control.
      expect((await focused(page)).text).toBe('Continue to find the device');
      await chooseWifiLater(page);
      const device = page.getByRole('radio', { name: /Photon-K7QD/ });
      await device.waitFor({ timeout: STEP_TIMEOUT_MS });
      await device.check();
      expect(await inView(page, page.getByRole('button', { name: 'Start setup' }))).toBe(true);
      await saveScreenshot(page, `${shots}-2-find`);
      await page.getByRole('button', { name: 'Start setup' }).click();

      const workshop = page.getByRole('button', { name: /^Signal.*Workshop/ });
      await workshop.waitFor({ timeout: STEP_TIMEOUT_MS });
      expect(await inView(page, workshop)).toBe(true);
      await expect.poll(async () => (await focused(page)).inChooser).toBe(true);
      expect((await focused(page)).text).toMatch(/^Workshop/);
      expect(await inView(page, page.getByRole('button', { name: 'Cancel' }))).toBe(true);
      // The countdown says what happens at zero, and counts.
      const countdown = page.getByTestId('network-chooser').getByTestId('countdown');
      expect(await countdown.textContent()).toMatch(
        /s left\. If no network is chosen by then, the setup stops/,
      );
      expect(await page.getByTestId('live-region').textContent()).toMatch(/choose the Wi-Fi/);
      await saveScreenshot(page, `${shots}-3-chooser`);
      expect(await seriousA11yViolations(page)).toEqual([]);

      // Keyboard alone: Enter on the focused row opens its password, which takes focus.
      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement).type))
        .toBe('password');
      await page.keyboard.type(DEMO_WIFI_PASSWORD);
      expect(await inView(page, page.getByRole('button', { name: 'Send to the device' }))).toBe(
        true,
      );
      await saveScreenshot(page, `${shots}-4-password`);
      await page.keyboard.press('Enter');
      expect(await outcomeOf(page, shots)).toBe('success');
      expect(await inView(page, page.getByRole('button', { name: 'Set up the next device' }))).toBe(
        true,
      );
      expect((await focused(page)).text).toBe('Set up the next device');
      await expect
        .poll(() => page.getByTestId('live-region').textContent())
        .toMatch(/^Result: Online and claimed\. Device 2c003a000b47343432313031 is online/);
    },
  );

  it('at 1366×768 the product form keeps Connect in view, also with every field refused', async () => {
    await open(SIZES[1]);
    await page.getByText('OAuth client + customer').click();
    await page.getByLabel('Customer email').fill('not-an-email');
    await page.getByRole('button', { name: 'Connect', exact: true }).click();
    await page.getByText('That is not an email address (name@example.com).').waitFor();
    expect(await page.getByText('Enter the product id or slug.').count()).toBe(1);
    expect(await inView(page, page.getByRole('button', { name: 'Connect', exact: true }))).toBe(
      true,
    );
    await saveScreenshot(page, 'view-1366x768-5-product-refused');
  });

  it('a reload mid-run brings back the run, its networks and its Cancel; a second window shows it too', async () => {
    await open(SIZES[1]);
    await connectDeveloper(page);
    await chooseWifiLater(page);
    await startOn(page, 'Photon-K7QD');
    const workshop = page.getByRole('button', { name: /^Signal.*Workshop/ });
    await workshop.waitFor({ timeout: STEP_TIMEOUT_MS });

    await page.reload();
    await workshop.waitFor({ timeout: STEP_TIMEOUT_MS });
    expect(await page.getByTestId('run-device').textContent()).toContain(
      '2c003a000b47343432313031',
    );
    expect(await inView(page, workshop)).toBe(true);
    await expect.poll(async () => (await focused(page)).inChooser).toBe(true);
    expect(
      await page.locator('nav[aria-label="Setup steps"] li[aria-current="step"]').textContent(),
    ).toContain('Set up');
    await saveScreenshot(page, 'reload-1-run-back');

    const second = await browser.newPage({ viewport: SIZES[0] });
    await second.goto(demo.host.url);
    await second.getByRole('button', { name: /^Signal.*Workshop/ }).waitFor();
    expect(await second.getByRole('button', { name: 'Cancel' }).count()).toBe(1);
    await second.close();

    // Cancel from the reloaded window works: the computer goes back to its own Wi-Fi.
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(await outcomeOf(page, 'reload-2-cancelled')).toBe('cancelled');
    expect(demo.world.wifi.currentNetwork).toBe('Workshop');
    // After "Set up the next device" a reload does not bring the old result back.
    await page.getByRole('button', { name: 'Set up the next device' }).click();
    await page.reload();
    await page.getByRole('radio', { name: /Photon-K7QD/ }).waitFor({ timeout: STEP_TIMEOUT_MS });
    expect(await page.getByTestId('result').count()).toBe(0);
  });

  it('a refused password shows the LED as observed (the AP came back), with its pattern in words', async () => {
    await open(SIZES[0]);
    await connectDeveloper(page);
    await chooseWifiLater(page);
    await startOn(page, 'Photon-K7QD');
    await pickNetwork(page, 'Workshop', 'not-the-password');
    expect(await outcomeOf(page, 'led-observed')).toBe('credentials-rejected');
    const led = page.getByTestId('result').getByTestId('led-indicator');
    expect(await led.getAttribute('data-led')).toBe('listening');
    expect(await led.getAttribute('data-source')).toBe('observed');
    expect(await led.textContent()).toMatch(/blinks about twice a second/);
    const light = led.locator('.led-light');
    const box = await light.boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(50);
    // The off phase still draws the LED's ring: never invisible on the dark board.
    expect(await light.evaluate((el) => getComputedStyle(el).borderTopWidth)).toBe('3px');
  });

  it('Settings: field limits and the core rules in plain words; "Saved." only after a save', async () => {
    await open(SIZES[1]);
    await page.getByRole('button', { name: 'Settings' }).click();
    const station = page.getByLabel('Station name');
    await station.fill('x'.repeat(130));
    expect((await station.inputValue()).length).toBe(120);
    await page.getByLabel('Device network prefix').fill('Photon"<img src=x>');
    await page.getByLabel('Particle API base URL').fill('http://evil.example');
    await page.getByRole('button', { name: 'Save settings' }).click();
    expect(
      await page.getByText('A SoftAP prefix uses only letters, digits', { exact: false }).count(),
    ).toBe(1);
    expect(
      await page
        .getByText('Use https:// (plain http is only allowed for 127.0.0.1 or localhost).')
        .count(),
    ).toBe(1);
    expect(await page.getByText('Invalid request').count()).toBe(0);
    expect(await page.getByText('Saved.').count()).toBe(0);
    await saveScreenshot(page, 'settings-1-refused');

    await page.getByLabel('Device network prefix').fill('Photon-');
    await page.getByLabel('Particle API base URL').fill(demo.world.cloud.baseUrl);
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Saved.').waitFor();
    expect(demo.core.services.readSettings().station).toBe('x'.repeat(120));
    // An edit clears "Saved."; a refused save never shows it.
    await page.getByLabel('Particle API base URL').fill('ftp://nope');
    expect(await page.getByText('Saved.').count()).toBe(0);
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText(/Enter the Particle API address as a URL/).waitFor();
    expect(await page.getByText('Saved.').count()).toBe(0);
    await saveScreenshot(page, 'settings-2-saved-then-refused');

    // The language is saved on its own: the form's unsaved edit and its refusal stay as they are.
    await page.getByLabel('Language').selectOption('de');
    await page.getByLabel('Sprache').waitFor();
    expect(await page.getByLabel(formatMessage('de', m('views.settings.cloud.label'))).inputValue()).toBe(
      'ftp://nope',
    );
    expect(await page.getByText(formatMessage('de', m('views.settings.saved'))).count()).toBe(0);
    expect(demo.core.services.readSettings().cloudBaseUrl).toBe(demo.world.cloud.baseUrl);
    await page.getByLabel('Sprache').selectOption('system');
  });

  it('"Remember" says what this host does; History and its CSV say the restore ran', async () => {
    await open(SIZES[0]);
    expect(
      await page
        .getByText('Remember until Photon Setup stops (this host keeps secrets in memory only)')
        .count(),
    ).toBe(1);
    expect(await page.getByText(/keychain/).count()).toBe(0);
    await connectDeveloper(page);
    await chooseWifiLater(page);
    await startOn(page, 'Photon-K7QD');
    await page
      .getByRole('button', { name: /^Signal.*Workshop/ })
      .waitFor({ timeout: STEP_TIMEOUT_MS });
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(await outcomeOf(page)).toBe('cancelled');
    await page.getByRole('button', { name: 'History' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const csv = readFileSync((await (await download).path()) ?? '', 'utf8');
    expect(csv).toMatch(/restore:\d+ms:ok/);
    expect(csv).not.toMatch(/restore:0ms:skipped/);
  });
});

describe('npm run demo with a data folder it cannot write', () => {
  it('stops at start with a sentence naming the folder', () => {
    const parent = mkdtempSync(join(tmpdir(), 'photon-e2e-ro-'));
    const blocked = join(parent, 'not-a-folder');
    writeFileSync(blocked, 'a file in the way');
    const cli = resolve(__dirname, '../../out/main/web-host-cli.js');
    const result = spawnSync(process.execPath, [cli, '--data-dir', blocked], {
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`Photon Setup cannot write to its data folder ${blocked}`);
    expect(result.stdout).not.toContain('Open:');
  });
});
