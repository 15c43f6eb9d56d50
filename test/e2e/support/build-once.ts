// The e2e suite drives the built renderer; build it once per run so a stale bundle is never tested.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

export default function setup(): void {
  if (process.env.E2E_SKIP_BUILD === '1') return;
  const root = resolve(__dirname, '../../..');
  execFileSync(
    process.execPath,
    [resolve(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
}
