// Every language end to end, in a real Chromium at 1366×768, through the web host, against the
// simulators: one developer setup to the success result and one that ends with the Wi-Fi
// password refused, in English, German, Simplified Chinese and the pseudo-locale (accented and
// 40 % longer English). Each language reaches the window its own way — Chromium's own language,
// the choice saved in Settings, the browser's language, the address's ?lang= — and each screen is
// saved (test-results/screenshots/i18n-<locale>-<screen>.png) and checked for text that clips.
// Sentences are compared with the catalogue's own words, so the test holds while translators work.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_WIFI_PASSWORD } from '../../electron/simulator/photon';
import { formatMessage, m, type Locale, type Message } from '../../shared/i18n';
import { hasBrowser, launchBrowser } from './support/browser';
import { clippedText, type ClippedText } from './support/clipping';
import { startDemoHost, type DemoHost } from './support/demo-host';
import { saveScreenshot } from './support/screenshots';
import {
  chooseWifiLater,
  connectDeveloper,
  outcomeOf,
  pickNetwork,
  startOn,
  wordsOf,
} from './support/wizard';

/** How each language reaches the window. */
type Route = 'browser' | 'settings' | 'address';
const LANGUAGES: ReadonlyArray<{ locale: Locale; route: Route; browserLocale: string }> = [
  { locale: 'en', route: 'browser', browserLocale: 'en-US' },
  { locale: 'de', route: 'settings', browserLocale: 'en-US' },
  { locale: 'zh-CN', route: 'browser', browserLocale: 'zh-CN' },
  { locale: 'en-XA', route: 'address', browserLocale: 'en-US' },
];

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
});

const describeClipped = (clipped: ReadonlyArray<ClippedText & { screen: string }>): string =>
  clipped.map((c) => `${c.screen}: ${c.element} "${c.text}" — ${c.why}`).join('\n');
