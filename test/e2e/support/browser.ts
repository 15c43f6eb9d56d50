// Finds a Chromium to drive. Without one the e2e suite says so loudly and skips — unless
// E2E_REQUIRED=1 (set by .ci/run), where a missing browser must fail the run.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const candidates = [
  process.env.E2E_BROWSER,
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

const browserPath: string | undefined = candidates.find(
  (path): path is string => path !== undefined && path.length > 0 && existsSync(path),
);

const e2eRequired = process.env.E2E_REQUIRED === '1';

if (browserPath === undefined) {
  const message =
    'NO BROWSER FOUND for the e2e tests (tried $E2E_BROWSER, $CHROME_PATH, /usr/bin/chromium, Chrome). ' +
    'Install one: apt-get install -y chromium.';
  if (e2eRequired) throw new Error(`${message} E2E_REQUIRED=1, so this is a failure.`);
  console.warn(`\n!!!!! ${message} The e2e tests are SKIPPED. !!!!!\n`);
}

export const hasBrowser = browserPath !== undefined;

export function launchBrowser(): Promise<Browser> {
  if (browserPath === undefined) throw new Error('No browser to launch');
  return chromium.launch({
    executablePath: browserPath,
    headless: true,
    // Our machines have no network beyond loopback; these keep Chromium from trying.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-dev-shm-usage'],
  });
}
