// `npm start`: the desktop app. Since Electron 42 its npm package holds no binary: the first
// start downloads it (node_modules/electron/install.js). Offline that used to end in two stack
// traces and "run npx install-electron --no"; here it ends in one sentence that says why and
// what works without internet. Then the app is built and Electron starts on it.
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const OFFLINE_SENTENCE =
  "The desktop app could not start because Electron's binary is downloaded from the internet the first time npm start runs and that download failed; connect to the internet and run npm start again, or run npm run demo, which opens the same wizard in your browser without any download.";

type RunInstaller = () => Pick<SpawnSyncReturns<Buffer>, 'status' | 'error'>;

/** The Electron executable electron's package would run, or null when it is not downloaded yet. */
export function installedElectron(electronDir: string, env: NodeJS.ProcessEnv): string | null {
  const pathFile = join(electronDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8') : null;
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  const binary =
    override !== undefined && override !== ''
      ? join(override, relative ?? 'electron')
      : relative === null
        ? null
        : join(electronDir, 'dist', relative);
  return binary !== null && existsSync(binary) ? binary : null;
}

export type EnsureResult = { ok: true; binary: string } | { ok: false; sentence: string };

/** The binary, downloading it once if needed; the downloader's own output is kept quiet. */
export function ensureElectron(
  electronDir: string,
  env: NodeJS.ProcessEnv,
  runInstaller: RunInstaller,
  say: (line: string) => void,
): EnsureResult {
  const present = installedElectron(electronDir, env);
  if (present !== null) return { ok: true, binary: present };
  say("Downloading Electron's binary (once, about 100 MB)…");
  const result = runInstaller();
  const binary = result.status === 0 ? installedElectron(electronDir, env) : null;
  return binary === null ? { ok: false, sentence: OFFLINE_SENTENCE } : { ok: true, binary };
}

function main(): void {
  const root = resolve(__dirname, '..');
  const electronDir = dirname(require.resolve('electron/package.json', { paths: [root] }));
  const ensured = ensureElectron(
    electronDir,
    process.env,
    () => spawnSync(process.execPath, [join(electronDir, 'install.js')], { stdio: 'pipe' }),
    (line) => console.log(line),
  );
  if (!ensured.ok) {
    console.error(ensured.sentence);
    process.exit(1);
  }
  const built = spawnSync(
    process.execPath,
    [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'],
    { cwd: root, stdio: 'inherit' },
  );
  if (built.status !== 0) process.exit(built.status ?? 1);
  const app = spawn(ensured.binary, [root, ...process.argv.slice(2)], { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => app.kill(signal));
  app.on('close', (code) => process.exit(code ?? 1));
}

if (require.main === module) main();
