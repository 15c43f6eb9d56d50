// Renderer budgets (issue 7): the JavaScript a window loads, gzipped (budget 200 KB), and the
// time from starting the web host to the first interactive wizard step (budget 1.5 s, median of
// 5). The host runs as `npm run demo` would run it, on 127.0.0.1 with the simulators.
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { median } from './median';

const root = resolve(__dirname, '..');
const BUDGET_GZIP_KB = 200;
const BUDGET_INTERACTIVE_MS = 1_500;
const RUNS = 5;
const START_TIMEOUT_MS = 30_000;

function buildRenderer(): void {
  const build = spawnSync(
    process.execPath,
    [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--logLevel', 'warn'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (build.status !== 0) throw new Error('electron-vite build failed');
}

/** A language's catalogue is its own chunk (shared/i18n/translations.ts), loaded only by its windows. */
const LANGUAGE_CHUNK = /^(de|zh-CN)-[\w-]+\.js$/;

/**
 * What one window loads: every chunk but the language ones, plus the heaviest language (a
 * German or Chinese window fetches exactly one; an English one none).
 */
function gzippedJsKb(): { files: number; rawKb: number; gzipKb: number } {
  const dir = join(root, 'out/renderer/assets');
  const js = readdirSync(dir).filter((name) => name.endsWith('.js'));
  let raw = 0;
  let gz = 0;
  let heaviestLanguage = { raw: 0, gz: 0 };
  for (const name of js) {
    const bytes = readFileSync(join(dir, name));
    const size = { raw: bytes.length, gz: gzipSync(bytes, { level: 9 }).length };
    if (LANGUAGE_CHUNK.test(name)) {
      if (size.gz > heaviestLanguage.gz) heaviestLanguage = size;
      continue;
    }
    raw += size.raw;
    gz += size.gz;
  }
  raw += heaviestLanguage.raw;
  gz += heaviestLanguage.gz;
  return { files: js.length, rawKb: raw / 1024, gzipKb: gz / 1024 };
}

async function timeToInteractive(browserPath: string): Promise<number> {
  // The operator's browser is already open: launching Chromium is not part of the budget.
  const browser = await chromium.launch({
    executablePath: browserPath,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const page = await browser.newPage();
  const started = performance.now();
  const host = spawn(
    process.execPath,
    [
      join(root, 'out/main/web-host-cli.js'),
      '--port',
      '0',
      '--data-dir',
      join(root, '.scratch', `bench-${Date.now()}`),
    ],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  try {
    const url = await new Promise<string>((resolveUrl, reject) => {
      const timer = setTimeout(
        () => reject(new Error('the web host did not print its URL')),
        START_TIMEOUT_MS,
      );
      let seen = '';
      host.stdout.on('data', (chunk: Buffer) => {
        seen += chunk.toString();
        const match = /Open: (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(seen);
        if (match?.[1] !== undefined) {
          clearTimeout(timer);
          resolveUrl(match[1]);
        }
      });
      host.once('exit', () => reject(new Error('the web host exited early')));
    });
    await page.goto(url);
    await page
      .getByRole('button', { name: 'Connect', exact: true })
      .waitFor({ state: 'visible', timeout: START_TIMEOUT_MS });
    return performance.now() - started;
  } finally {
    host.kill('SIGTERM');
    await browser.close();
  }
}

async function main(): Promise<void> {
  buildRenderer();
  const size = gzippedJsKb();
  console.log(
    `renderer JavaScript a window loads (of ${size.files} file(s), the heaviest language counted): ${size.rawKb.toFixed(1)} KB raw, ${size.gzipKb.toFixed(1)} KB gzipped — budget ${BUDGET_GZIP_KB} KB (${((size.gzipKb / BUDGET_GZIP_KB) * 100).toFixed(0)}% used)`,
  );
  const browserPath = ['/usr/bin/chromium', process.env.E2E_BROWSER].find(
    (path) => path !== undefined && path !== '',
  );
  if (browserPath === undefined) {
    console.log('time to interactive: skipped (no Chromium at /usr/bin/chromium; set E2E_BROWSER)');
    return;
  }
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) times.push(await timeToInteractive(browserPath));
  console.log(
    `web host start → first interactive step: median ${median(times).toFixed(0)} ms of ${RUNS} (${times.map((t) => t.toFixed(0)).join(', ')}) — budget ${BUDGET_INTERACTIVE_MS} ms`,
  );
}

void main();
