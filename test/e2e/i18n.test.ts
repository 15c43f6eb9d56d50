// Every language end to end, in a real Chromium at 1366×768, through the web host, against the
// simulators: one developer setup to the success result and one that ends with the Wi-Fi
// password refused, in English, German, Simplified Chinese and the pseudo-locale (accented and
// 40 % longer English). Each language reaches the window its own way — Chromium's own language,
// the choice saved in Settings, the browser's language, the address's ?lang= — and each screen is
// saved (test-results/screenshots/i18n-<locale>-<screen>.png) and checked for text that clips.
// The Station view (a tray with a PASS and a FAIL, the retry, the shift report) and Returned units
// (a lookup and its plan) get the same check in German, Chinese and the pseudo-locale.
// Sentences are compared with the catalogue's own words, so the test holds while translators work.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_WIFI_PASSWORD } from '../../electron/simulator/photon';
import { formatMessage, m, type Locale, type Message } from '../../shared/i18n';
import { hasBrowser, launchBrowser } from './support/browser';
import { clippedText, type ClippedText } from './support/clipping';
import {
  DEMO_PRODUCT,
  RETURNED_DEVICE_ID,
  startDemoHost,
  type DemoHost,
} from './support/demo-host';
import { saveScreenshot } from './support/screenshots';
import { startStationHost, tileIs } from './support/station-host';
import {
  chooseWifiLater,
  connectDeveloper,
  outcomeOf,
  pickNetwork,
  startOn,
  STEP_TIMEOUT_MS,
  wordsOf,
  type Words,
} from './support/wizard';

/** How each language reaches the window. */
type Route = 'browser' | 'settings' | 'address';
const LANGUAGES: ReadonlyArray<{ locale: Locale; route: Route; browserLocale: string }> = [
  { locale: 'en', route: 'browser', browserLocale: 'en-US' },
  { locale: 'de', route: 'settings', browserLocale: 'en-US' },
  { locale: 'zh-CN', route: 'browser', browserLocale: 'zh-CN' },
  { locale: 'en-XA', route: 'address', browserLocale: 'en-US' },
];

/** The languages the Station view and Returned units are checked in (English: their own tests). */
const VIEW_LOCALES: readonly Locale[] = ['de', 'zh-CN', 'en-XA'];

const VIEWPORT = { width: 1366, height: 768 };

describe.skipIf(!hasBrowser)('every language, end to end', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  it('the clipping check finds text cut off, hidden or sticking out (and leaves screen-reader text)', async () => {
    const page = await browser.newPage({ viewport: { width: 400, height: 300 } });
    await page.setContent(`
      <div style="width:60px">Averyveryverylongword</div>
      <div style="width:60px;overflow:hidden;white-space:nowrap">hidden text here</div>
      <div style="width:60px;overflow:hidden;white-space:nowrap;text-overflow:ellipsis">ellipsis text here</div>
      <div style="width:60px;height:10px;overflow:hidden">text too tall for its box</div>
      <div style="width:60px">text that wraps</div>
      <span class="visually-hidden" style="position:absolute;width:1px;overflow:hidden">read</span>`);
    const found = await clippedText(page);
    await page.close();
    expect(found.map((offender) => offender.why.split(' (')[0])).toEqual([
      'a word sticks out of its box',
      'cut off at the side',
      'cut off at the side',
      'cut off at the bottom',
    ]);
  });

  describe.each(LANGUAGES)('$locale (via $route)', ({ locale, route, browserLocale }) => {
    const t = wordsOf(locale);
    const english = wordsOf('en');
    let demo: DemoHost;
    let context: BrowserContext;
    let page: Page;
    let pageErrors: string[];
    let clipped: Array<ClippedText & { screen: string }>;

    /** Saves the screen and notes any text on it that clips. */
    const screen = async (name: string): Promise<void> => {
      await saveScreenshot(page, `i18n-${locale}-${name}`);
      for (const offender of await clippedText(page)) clipped.push({ screen: name, ...offender });
    };

    /** A catalogue entry is on screen in this language (and, if `translated`, not in English). */
    const expectSaid = async (message: Message, translated: boolean): Promise<void> => {
      const words = formatMessage(locale, message);
      if (translated && locale !== 'en') expect(words).not.toBe(formatMessage('en', message));
      await page.getByText(words).first().waitFor({ timeout: 20_000 });
    };

    beforeEach(async () => {
      demo = await startDemoHost();
      if (route === 'settings' && locale !== 'en-XA')
        await demo.core.handlers['settings.update']({ language: locale });
      context = await browser.newContext({ viewport: VIEWPORT, locale: browserLocale });
      page = await context.newPage();
      pageErrors = [];
      clipped = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') pageErrors.push(message.text());
      });
      await page.goto(demo.host.url);
      // The printed URL's token stays with the tab: the language goes on an address of its own.
      if (route === 'address') await page.goto(`${new URL(demo.host.url).origin}/?lang=${locale}`);
      await page.getByLabel(t('ui.account.token.label'), { exact: true }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe(locale);
      await page.evaluate(() => document.fonts.ready);
    });

    afterEach(async () => {
      await context?.close();
      await demo?.close();
      expect(pageErrors).toEqual([]);
    });

    it('a developer setup reaches "online and claimed", every screen in this language', async () => {
      await expectSaid(m('ui.account.form.title'), false);
      await screen('account');
      await connectDeveloper(page, undefined, t);
      await chooseWifiLater(page, undefined, t);
      await expectSaid(m('ui.find.title'), false);
      await page.getByRole('radio', { name: /Photon-K7QD/ }).waitFor({ timeout: 20_000 });
      await screen('find');
      await startOn(page, 'Photon-K7QD', undefined, t);
      await page
        .locator('button.network-row', { hasText: 'Workshop' })
        .waitFor({ timeout: 20_000 });
      // The checklist's phases are the core's words, said here in this language.
      await expectSaid(m('phase.prepare.label'), true);
      await screen('setup-networks');
      await page.locator('button.network-row', { hasText: 'Workshop' }).click();
      await page
        .getByLabel(t('ui.network.password.label'), { exact: true })
        .fill(DEMO_WIFI_PASSWORD);
      await screen('setup-password');
      await page.getByRole('button', { name: t('ui.chooser.send') }).click();
      expect(await outcomeOf(page)).toBe('success');
      await expectSaid(m('outcome.success.title'), true);
      await expect
        .poll(() => page.getByTestId('result').textContent())
        .toContain(
          formatMessage(
            locale,
            m('outcome.success.sentence', {
              deviceId: '2c003a000b47343432313031',
              owner: 'demo@example.com',
            }),
          ),
        );
      await screen('result-success');
      expect(await page.locator('html').getAttribute('lang')).toBe(locale);

      // The other sections speak it too (their words are the views' own entries).
      await page.getByRole('button', { name: t('ui.tabs.history') }).click();
      await page.getByTestId('history-table').waitFor({ timeout: 20_000 });
      await screen('history');
      await page.getByRole('button', { name: t('ui.tabs.settings') }).click();
      await page.getByLabel(t('ui.language.label')).waitFor();
      await screen('settings');
      expect(clipped, describeClipped(clipped)).toEqual([]);
    });

    it('a refused Wi-Fi password ends in "credentials rejected", said in this language', async () => {
      await connectDeveloper(page, undefined, t);
      await chooseWifiLater(page, undefined, t);
      await startOn(page, 'Photon-K7QD', undefined, t);
      // "My LED shows something else": every other colour's meaning and advice, opened.
      await page.getByRole('button', { name: t('ui.led.something-else') }).click();
      await expectSaid(m('led.wifi-joining.label'), true);
      await screen('setup-led-alternatives');
      await pickNetwork(page, 'Workshop', 'not-the-password', undefined, t);
      expect(await outcomeOf(page)).toBe('credentials-rejected');
      await expectSaid(m('outcome.credentials-rejected.title'), true);
      await expect
        .poll(() => page.getByTestId('result').textContent())
        .toContain(t('ui.result.action.change-wifi'));
      expect(english('ui.result.action.change-wifi')).toBe('Choose another Wi-Fi');
      await screen('result-credentials-rejected');
      expect(clipped, describeClipped(clipped)).toEqual([]);
    });
  });

  // The views the setups above never open, in the languages that stretch a layout most: one
  // tab per language side by side (each named by its address's ?lang=) on one tray and one
  // returned unit, so the languages share the waits. Saved as i18n-<locale>-station-*.png and
  // i18n-<locale>-returns-*.png.
  describe('the Station view and Returned units', () => {
    interface Tab {
      locale: Locale;
      t: Words;
      context: BrowserContext;
      page: Page;
      errors: string[];
    }
    let tabs: Tab[];
    let clipped: Array<ClippedText & { screen: string }>;
    let close: (() => Promise<void>) | undefined;

    /** A tab per language on this host (its own browser context), at the view it opens on. */
    const openTabs = async (url: string): Promise<void> => {
      tabs = await Promise.all(
        VIEW_LOCALES.map(async (locale) => {
          const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-US' });
          const page = await context.newPage();
          const errors: string[] = [];
          page.on('pageerror', (error) => errors.push(error.message));
          page.on('console', (message) => {
            if (message.type() === 'error') errors.push(message.text());
          });
          // The web host keeps a supported ?lang= through its token redirect.
          await page.goto(`${url}&lang=${locale}`);
          await page.locator(`html[lang="${locale}"]`).waitFor();
          await page.evaluate(() => document.fonts.ready);
          return { locale, t: wordsOf(locale), context, page, errors };
        }),
      );
    };

    /** Every tab does `step`, side by side. */
    const each = (step: (tab: Tab) => Promise<void>): Promise<void[]> =>
      Promise.all(tabs.map(step));

    /**
     * Saves every tab's screen and notes any text on it that clips; with `fits`, also a page
     * taller than the window (a running station is worked without scrolling).
     */
    const screens = (name: string, fits = false): Promise<void[]> =>
      each(async ({ locale, page }) => {
        await saveScreenshot(page, `i18n-${locale}-${name}`);
        const found = await clippedText(page);
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        if (fits && height > VIEWPORT.height + 1)
          found.push({
            element: 'html',
            text: '',
            why: `the page is taller than the window (${height} > ${VIEWPORT.height} px)`,
          });
        for (const offender of found) clipped.push({ screen: `${locale} ${name}`, ...offender });
      });

    beforeEach(() => {
      tabs = [];
      clipped = [];
    });

    afterEach(async () => {
      await Promise.all(tabs.map(({ context }) => context.close()));
      await close?.();
      close = undefined;
      for (const { locale, errors } of tabs) expect(errors, locale).toEqual([]);
    });

    it('a tray: setup, waiting, running, PASS, FAIL with its retry, the shift report', async () => {
      // Two units: the first passes, the second is configured but never reaches the cloud.
      const station = await startStationHost(2, { 1: 'never-online' });
      close = () => station.close();
      await openTabs(station.host.url);
      await each(async ({ page, t }) => {
        await page.getByRole('button', { name: t('ui.tabs.station'), exact: true }).click();
        await page.getByLabel(t('station.ui.setup.network')).selectOption({ index: 1 });
      });
      await screens('station-1-setup');

      // One tab starts the tray; the others follow the core's state.
      const [first] = tabs as [Tab];
      await first.page.getByRole('button', { name: first.t('station.ui.setup.start') }).click();
      await each(({ page }) => tileIs(page, 'waiting'));
      await screens('station-2-waiting', true);
      await station.feeder.powerNext();
      await each(({ page }) => tileIs(page, 'running'));
      await screens('station-3-running', true);
      await each(({ page }) => tileIs(page, 'pass'));
      await screens('station-4-pass', true);

      // The second unit, now (unless the feeder's swap after the first has powered it already).
      await station.feeder.powerNext();
      await each(async ({ page, t, locale }) => {
        await tileIs(page, 'fail');
        const title = formatMessage(locale, m('outcome.configured-not-online.title'));
        await expect
          .poll(() => page.getByTestId('station-attention').textContent())
          .toContain(title);
        await page
          .getByRole('button', { name: t('station.ui.queue.retry', { count: 1 }) })
          .waitFor();
      });
      // The tile, and beside it the queue with the failed unit and its retry.
      await screens('station-5-fail', true);

      await first.page.getByRole('button', { name: first.t('station.ui.stop') }).click();
      await each(async ({ page, t }) => {
        await page
          .getByRole('button', { name: t('station.ui.setup.start') })
          .waitFor({ timeout: STEP_TIMEOUT_MS });
        await page.getByRole('button', { name: t('station.ui.report.show') }).click();
        await page.getByTestId('station-report').waitFor();
        expect(await page.getByTestId('station-report').textContent()).toContain(
          t('station.ui.report.outcome', {
            title: m('outcome.configured-not-online.title'),
            count: 1,
          }),
        );
      });
      await screens('station-6-report');
      expect(station.core.services.gate.violations).toEqual([]);
      expect(clipped, describeClipped(clipped)).toEqual([]);
    });

    it('a returned unit: its lookup and the plan to release it', async () => {
      const demo = await startDemoHost();
      close = () => demo.close();
      await demo.core.handlers['account.connect']({
        method: 'product',
        product: DEMO_PRODUCT.slug,
        clientId: DEMO_PRODUCT.clientId,
        clientSecret: DEMO_PRODUCT.clientSecret,
        customerEmail: 'support-desk@example.com',
        remember: false,
      });
      await openTabs(demo.host.url);
      await each(async ({ page, t }) => {
        await page.getByRole('button', { name: t('ui.tabs.returns'), exact: true }).click();
        await page
          .getByLabel(t('views.returns.device-id.label'), { exact: true })
          .fill(RETURNED_DEVICE_ID);
        await page.getByRole('button', { name: t('views.returns.look-up'), exact: true }).click();
        await expect
          .poll(() => page.getByTestId('lookup-owner').textContent(), { timeout: STEP_TIMEOUT_MS })
          .toBe(t('views.returns.owner.customer', { email: 'existing-customer@example.com' }));
      });
      await screens('returns-1-lookup');
      await each(async ({ page, t }) => {
        await page.getByLabel(t('views.returns.want.remove')).check();
        await page.getByLabel(t('views.returns.want.re-add')).check();
        await page.getByRole('button', { name: t('views.returns.plan'), exact: true }).click();
        await page.getByTestId('release-plan').waitFor({ timeout: STEP_TIMEOUT_MS });
        expect(await page.getByTestId('release-plan').locator('li').count()).toBe(3);
      });
      await screens('returns-2-plan');
      expect(clipped, describeClipped(clipped)).toEqual([]);
    });
  });
});

const describeClipped = (clipped: ReadonlyArray<ClippedText & { screen: string }>): string =>
  clipped.map((c) => `${c.screen}: ${c.element} "${c.text}" — ${c.why}`).join('\n');
