// `npm run -s cli -- diagnostics`: the same file as Settings → Save diagnostics…, for a station
// whose window will not open. It reads the station's data folder and never changes it: no Wi-Fi
// (so no restore journal is replayed under a running app), no cloud call, secrets in memory only.
import { writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { createCore } from '../core/api';
import { MemorySecretStore } from '../core/store/secret-store';
import { parseCommandLine, type CliIo } from './cli-io';

const DIAGNOSTICS_USAGE = `Usage: npm run -s cli -- diagnostics [--data-dir DIR] [--out FILE]
  --data-dir  the station's data folder (default: the desktop app's, ${desktopDataDir(process.platform, process.env, homedir())});
              the demo keeps its own in ~/.photon-setup-demo, command-line runs in ~/.photon-setup-cli
  --out       where to write the file (default: photon-setup-diagnostics-<time>.json here)`;

/** Where Electron's app.getPath('userData') puts the desktop app's data ("Photon Setup"/data). */
function desktopDataDir(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home: string): string {
  const appData =
    platform === 'win32'
      ? (env.APPDATA ?? join(home, 'AppData', 'Roaming'))
      : platform === 'darwin'
        ? join(home, 'Library', 'Application Support')
        : (env.XDG_CONFIG_HOME ?? join(home, '.config'));
  return join(appData, 'Photon Setup', 'data');
}

export async function runDiagnosticsCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandLine(
    {
      args,
      options: {
        'data-dir': { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    },
    DIAGNOSTICS_USAGE,
  );
  if (values.help === true) {
    io.out(DIAGNOSTICS_USAGE);
    return 0;
  }
  const dataDir = resolve(
    values['data-dir'] ?? desktopDataDir(process.platform, io.env, homedir()),
  );
  const core = await createCore({
    host: 'cli',
    simulated: false,
    dataDir,
    secretStore: new MemorySecretStore(),
    hostWifi: null,
    // The app may be running on this folder: read it, never take it over.
    readOnly: true,
    log: { warn: (message) => io.err(message) },
  });
  try {
    const envelope = await core.handlers['diagnostics.collect'](undefined);
    const out = resolve(values.out ?? envelope.fileName);
    writeFileSync(out, envelope.json, { mode: 0o600 });
    io.out(
      `Diagnostics of ${dataDir} written to ${out}. It holds no password, token or client secret.`,
    );
    return 0;
  } finally {
    await core.close();
  }
}
