// The whole path, renderer → web host → core → back, in a real Chromium.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { Core } from '../../electron/core/api';
import { createSimulatedCore } from '../../electron/simulated-core';
import { startWebHost, type WebHost } from '../../electron/web-host';
import { seriousA11yViolations } from './support/axe';
import { hasBrowser, launchBrowser } from './support/browser';
import { saveScreenshot } from './support/screenshots';

const rendererDir = resolve(__dirname, '../../out/renderer');

describe.skipIf(!hasBrowser)('app shell in Chromium through the web host', () => {
  let host: WebHost;
  let core: Core;
  let browser: Browser;

  beforeAll(async () => {
    core = await createSimulatedCore({ host: 'web' });
    host = await startWebHost({ core, rendererDir });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await host?.close();
    await core?.close();
  });

  it('shows app.info, the step rail and the readiness panel from real core calls', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    await page.goto(host.url);

    // The token is traded for a cookie and leaves the address bar.
    expect(new URL(page.url()).search).toBe('');
    await expect.poll(() => page.textContent('[data-testid="app-version"]')).toBe('0.1.0');
    // The page took the socket's token from the fragment and cleared it from the address bar.
    expect(new URL(page.url()).hash).toBe('');
    expect(await page.textContent('[data-testid="app-host"]')).toBe('Web (browser)');
    expect(await page.textContent('[data-testid="app-mode"]')).toBe('Simulated');
    expect(await page.isVisible('[data-testid="simulation-banner"]')).toBe(true);

    const rail = await page.locator('nav[aria-label="Setup steps"] li').allTextContents();
    expect(rail.map((text) => text.replace(/^\d/, ''))).toEqual([
      expect.stringContaining('Account'),
      expect.stringContaining('Wi-Fi'),
      expect.stringContaining('Find device'),
      expect.stringContaining('Set up'),
      expect.stringContaining('Result'),
    ]);
    expect(
      await page.getAttribute('nav[aria-label="Setup steps"] li:first-child', 'aria-current'),
    ).toBe('step');

    // All green: the panel folds to one line until asked, so the step's controls stay in view.
    await expect
      .poll(() => page.textContent('[data-testid="readiness-panel"]'))
      .toContain('ready to set up devices');
    expect(await page.locator('[data-testid="check-os"]').count()).toBe(0);
    await page.getByRole('button', { name: 'Show the checks' }).click();
    const os = await page.textContent('[data-testid="check-os"]');
    expect(os).toContain('Operating system');
    expect(os).toContain('Linux');
    expect(await page.textContent('[data-testid="check-wifi-tool"]')).toContain('Simulated Wi-Fi');
    expect(await page.textContent('[data-testid="readiness-panel"]')).toContain(
      'ready to set up devices',
    );

    // The readiness panel also follows the core's event stream.
    await page.getByRole('button', { name: 'Check again' }).click();
    await expect.poll(() => page.isEnabled('button:has-text("Check again")')).toBe(true);

    expect(await seriousA11yViolations(page)).toEqual([]);
    await saveScreenshot(page, 'shell');
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('is usable by keyboard alone, with a visible focus ring', async () => {
    const page = await browser.newPage();
    await page.goto(host.url);
    await page.getByRole('button', { name: 'Show the checks' }).waitFor();
    const focused = () =>
      page.evaluate(() => {
        const element = document.activeElement as HTMLInputElement | null;
        const style = element === null ? null : getComputedStyle(element);
        return {
          label:
            element?.getAttribute('aria-label') ??
            element?.labels?.[0]?.textContent ??
            element?.textContent ??
            '',
          outline: style === null ? 'none' : style.outlineStyle,
        };
      });
    let current = await focused();
    for (let presses = 0; presses < 20 && current.label !== 'Access token'; presses++) {
      await page.keyboard.press('Tab');
      current = await focused();
      expect(current.outline).not.toBe('none');
    }
    expect(current.label).toBe('Access token');
    // A 300 KB paste stops at the schema's limit instead of reaching the socket.
    await page.getByRole('textbox', { name: 'Access token' }).fill('x'.repeat(300 * 1024));
    expect((await page.getByRole('textbox', { name: 'Access token' }).inputValue()).length).toBe(
      200,
    );
    await page.getByRole('textbox', { name: 'Access token' }).fill('');
    await page.keyboard.type('demo0000000000000000000000000000000token');
    await page.keyboard.press('Enter');
    await page.getByTestId('account-summary').waitFor();
    await page.close();
  });

  it('saves one diagnostics file from Settings, with no secret in it', async () => {
    const page = await browser.newPage({ acceptDownloads: true });
    await page.goto(host.url);
    await page.getByTestId('readiness-panel').getByText('ready to set up devices').waitFor();
    // The keyboard test above signed this core in with the demo token.
    const token = 'demo0000000000000000000000000000000token';
    await page.getByTestId('account-summary').waitFor();
    await page.getByRole('button', { name: 'Settings' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save diagnostics…' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^photon-setup-diagnostics-.*\.json$/);
    const text = readFileSync((await download.path())!, 'utf8');
    const diagnostics = JSON.parse(text) as { format: string; readiness: { items: unknown[] } };
    expect(diagnostics.format).toBe('photon-setup-diagnostics/2');
    expect(diagnostics.readiness.items.length).toBeGreaterThan(0);
    expect(text).not.toContain(token);
    await expect
      .poll(() => page.getByRole('status').allTextContents())
      .toContainEqual(expect.stringContaining('Saved as photon-setup-diagnostics-'));
    await saveScreenshot(page, 'settings-diagnostics');
    await page.close();
  });

  it('refuses a browser without the token, and a wrong token', async () => {
    const page = await browser.newPage();
    const origin = new URL(host.url).origin;
    const bare = await page.goto(origin + '/');
    expect(bare?.status()).toBe(403);
    expect(await page.textContent('body')).toContain('full URL');
    const wrong = await page.goto(origin + '/?token=not-the-token');
    expect(wrong?.status()).toBe(403);
    const asset = await page.goto(origin + '/favicon.svg');
    expect(asset?.status()).toBe(403);
    await page.close();
  });

  it('refuses a WebSocket without the token on it, without the cookie, or from a foreign origin', async () => {
    const wsUrl = `ws://127.0.0.1:${host.port}/ws`;
    const refused = (protocols: string[], options: WebSocket.ClientOptions) =>
      new Promise<number>((resolveStatus) => {
        const socket = new WebSocket(wsUrl, protocols, options);
        socket.on('unexpected-response', (_request, response) =>
          resolveStatus(response.statusCode ?? 0),
        );
        socket.on('open', () => {
          socket.close();
          resolveStatus(101);
        });
        socket.on('error', () => resolveStatus(-1));
      });
    const token = new URL(host.url).searchParams.get('token') ?? '';
    const exchange = await fetch(host.url, { redirect: 'manual' });
    const cookie = (exchange.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const origin = `http://127.0.0.1:${host.port}`;
    const withToken = ['photon-setup.v1', `photon-token.${token}`];
    expect(await refused(withToken, { origin })).toBe(401);
    expect(await refused(['photon-setup.v1'], { origin, headers: { cookie } })).toBe(401);
    expect(await refused(withToken, { origin: 'http://evil.example', headers: { cookie } })).toBe(
      401,
    );
    expect(await refused(withToken, { origin, headers: { cookie } })).toBe(101);
  });

  it('keeps serving the real UI after a page on another port aims images and a socket at it', async () => {
    // Same site as the host (127.0.0.1, another port), so the browser even sends the cookie.
    const attackerPage = `<!doctype html><title>elsewhere</title>
      <img src="http://127.0.0.1:${host.port}//"><img src="http://127.0.0.1:${host.port}/%">
      <img src="http://127.0.0.1:${host.port}//evil.example/">
      <script>new WebSocket('ws://127.0.0.1:${host.port}/ws', ['photon-setup.v1']);</script>`;
    const attacker = createServer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/html' });
      response.end(attackerPage);
    });
    await new Promise<void>((resolveListen) => attacker.listen(0, '127.0.0.1', resolveListen));
    const attackerPort = (attacker.address() as AddressInfo).port;
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(host.url);
      await page.getByTestId('readiness-panel').getByText('ready to set up devices').waitFor();
      await page.goto(`http://127.0.0.1:${attackerPort}/`);
      await page.waitForLoadState('load');
      await page.waitForTimeout(300);
      await page.goto(host.url);
      await expect.poll(() => page.textContent('[data-testid="app-version"]')).toBe('0.1.0');
      await page.getByTestId('readiness-panel').getByText('ready to set up devices').waitFor();
    } finally {
      await context.close();
      await new Promise((resolveClose) => attacker.close(resolveClose));
    }
  });
});
