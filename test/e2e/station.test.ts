// The Station view in a real Chromium at 1366×768, against a simulated tray: the waiting,
// running, PASS and FAIL tiles (screenshots), the tally matching the audit log, the shift
// report, and a tray worked with the keyboard alone (labels scanned into the focused field, the
// rainbow answered with Y).
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunRecord } from '../../shared/audit';
import { formatMessage, m } from '../../shared/i18n';
import { seriousA11yViolations } from './support/axe';
import { hasBrowser, launchBrowser } from './support/browser';
import { saveScreenshot } from './support/screenshots';
import { startStationHost, tileIs, type StationHost } from './support/station-host';
import { STEP_TIMEOUT_MS } from './support/wizard';

const VIEWPORT = { width: 1366, height: 768 };

const runs = (station: StationHost): RunRecord[] =>
  station.core.services.audit
    .read()
    .records.filter((record): record is RunRecord => record.type === 'run');

const tile = (page: Page) => page.getByTestId('station-tile');

/** The bottom edge of an element is inside the window: nothing to scroll for. */
async function inView(page: Page, testIdOrSelector: string): Promise<boolean> {
  const box = await page.locator(testIdOrSelector).first().boundingBox();
  return box !== null && box.y >= 0 && box.y + box.height <= VIEWPORT.height;
}

describe.skipIf(!hasBrowser)('the Station view', () => {
  let browser: Browser;
  let station: StationHost;
  let page: Page;
  let pageErrors: string[];

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());
  afterEach(async () => {
    await page?.close();
    await station?.close();
    expect(pageErrors).toEqual([]);
  });

  async function open(count: number, faults = {}): Promise<void> {
    station = await startStationHost(count, faults);
    page = await browser.newPage({ viewport: VIEWPORT, acceptDownloads: true });
    pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    await page.goto(station.host.url);
  }

  beforeEach(() => {
    pageErrors = [];
  });

  it('runs a tray: waiting, running, PASS and FAIL tiles; the tally and the report match the log', async () => {
    await open(3, { 1: 'never-online' });
    await page.getByRole('button', { name: 'Station', exact: true }).click();
    await page.getByLabel('Network for every unit').selectOption({ index: 1 });
    expect(await page.getByTestId('station-owner').textContent()).toBe('demo@example.com');
    await saveScreenshot(page, 'station-0-setup');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Start station' }).click();

    await tileIs(page, 'waiting');
    await saveScreenshot(page, 'station-1-waiting');
    station.feeder.start();
    await tileIs(page, 'running');
    await saveScreenshot(page, 'station-2-running');
    // Everything the operator acts on is on screen at 1366×768.
    for (const target of [
      '[data-testid="station-tile"]',
      '#station-label-field',
      '.station-controls button',
    ])
      expect(await inView(page, target)).toBe(true);

    await tileIs(page, 'pass');
    await saveScreenshot(page, 'station-3-pass');
    expect(await page.getByTestId('station-tile-device').textContent()).toBe(
      station.units[0]!.deviceId,
    );
    expect(await seriousA11yViolations(page)).toEqual([]);

    // The unit that never reaches the cloud fails in the background, after the third passed.
    await tileIs(page, 'fail');
    await saveScreenshot(page, 'station-4-fail');
    expect(await tile(page).textContent()).toContain('Configured, but not seen online');
    expect(await page.getByTestId('station-tile-device').textContent()).toBe(
      station.units[1]!.deviceId,
    );
    await page.waitForFunction(
      () => document.querySelector('[data-testid="tally-done"]')?.textContent === '3',
      undefined,
      { timeout: STEP_TIMEOUT_MS },
    );
    const records = runs(station);
    expect(records).toHaveLength(3);
    const passed = records.filter((record) => record.outcome === 'success').length;
    expect(await page.getByTestId('tally-passed').textContent()).toBe(String(passed));
    expect(await page.getByTestId('tally-failed').textContent()).toBe(String(3 - passed));
    expect(await page.getByTestId('station-attention').textContent()).toContain(
      'Configured, but not seen online',
    );

    await page.getByRole('button', { name: /^Stop/ }).click();
    await page.getByRole('button', { name: 'Start station' }).waitFor({ timeout: STEP_TIMEOUT_MS });
    // The shift report: today, this station; totals as the log has them, CSV with a BOM.
    await page.getByRole('button', { name: 'Show report' }).click();
    await page.getByTestId('station-report').waitFor();
    expect(await page.getByTestId('station-report').textContent()).toContain(
      `3 units, ${passed} passed, ${3 - passed} failed`,
    );
    await saveScreenshot(page, 'station-5-report');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const csv = readFileSync((await (await download).path())!, 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const runLines = csv.split('\r\n').filter((line) => line.includes(',run,'));
    expect(runLines).toHaveLength(3);
    // For scripts: codes and English titles, whatever the window speaks.
    expect(runLines.filter((line) => line.includes(',success,Online and claimed,'))).toHaveLength(
      passed,
    );

    // Another language, at once: the core's outcome titles in the tally's last units too.
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await page.getByLabel('Language').selectOption('de');
    await page.getByLabel('Sprache').waitFor();
    await page
      .getByRole('button', { name: formatMessage('de', m('ui.tabs.station')), exact: true })
      .click();
    await expect
      .poll(() => page.getByTestId('station-tally').locator('..').textContent())
      .toContain(formatMessage('de', m('outcome.configured-not-online.title')));
    expect(await page.getByTestId('station-tally').locator('..').textContent()).not.toContain(
      'Configured, but not seen online',
    );
    expect(
      await page
        .getByRole('button', { name: formatMessage('de', m('station.ui.setup.start')) })
        .count(),
    ).toBe(1);
    await saveScreenshot(page, 'station-8-deutsch');
    expect(station.core.services.gate.violations).toEqual([]);
  });

  it('works with the keyboard alone: labels into the focused field, the rainbow answered with Y', async () => {
    await open(2, { 1: 'wrong-label' });
    const tabs = page.getByRole('button', { name: 'Station', exact: true });
    await tabs.focus();
    await page.keyboard.press('Enter');
    const network = page.getByLabel('Network for every unit');
    await network.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab'); // require a label
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab'); // confirm by rainbow
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab'); // sound
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab'); // Start
    await page.keyboard.press('Enter');

    // The label field has the focus, as a scanner needs: type the first label and Enter.
    await tileIs(page, 'waiting');
    await page.waitForFunction(() => document.activeElement?.id === 'station-label-field');
    await page.keyboard.type(station.units[0]!.label.toUpperCase());
    await page.keyboard.press('Enter');
    await page.getByText(`Next unit: label ${station.units[0]!.label}`).waitFor();
    await station.feeder.powerNext();

    // Online: the unit flashes rainbow and the question takes the focus; Y answers it.
    const question = page.getByTestId('station-question');
    await question.waitFor({ timeout: STEP_TIMEOUT_MS });
    await saveScreenshot(page, 'station-6-rainbow');
    expect(station.world.photons[0]!.signaling).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Yes, it is (Y)');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.keyboard.press('y');
    await tileIs(page, 'pass');

    // Back in the label field; the second unit's label names another device.
    await page.waitForFunction(() => document.activeElement?.id === 'station-label-field');
    await page.keyboard.type(station.units[1]!.label);
    await page.keyboard.press('Enter');
    await station.feeder.powerNext();
    await tileIs(page, 'fail');
    expect(await tile(page).textContent()).toContain(
      `Label says ${station.units[1]!.label}, this Photon is ${station.units[1]!.deviceId}.`,
    );
    await saveScreenshot(page, 'station-7-label-mismatch');
    const records = runs(station);
    expect(records.map((record) => record.outcome).sort()).toEqual(['label-mismatch', 'success']);
    expect(station.world.cloud.device(station.units[1]!.deviceId)?.owner ?? null).toBeNull();
    expect(station.world.photons[0]!.signaling).toBe(false);
  });
});
