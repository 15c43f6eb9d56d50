// `npm run demo`: the wizard in a browser, served by the web host on 127.0.0.1.
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { CliExit, parseCommandLine, wholeNumberArg } from './cli/cli-io';
import { createCore, type Core } from './core/api';
import {
  EncryptedFileSecretStore,
  keyFileEncryptor,
  MemorySecretStore,
  type SecretStore,
} from './core/store/secret-store';
import { createSimulatedCore, type SimulatedCore } from './simulated-core';
import { DEMO_TRAY_UNITS, type TrayUnit } from './simulator/tray';
import { startWebHost, type WebHost } from './web-host';

/** out/renderer, seen from the bundled out/main/web-host-cli.js or from the source under tsx. */
function builtRendererDir(): string {
  const candidates = [resolve(__dirname, '../renderer'), resolve(__dirname, '../out/renderer')];
  return candidates.find((dir) => existsSync(join(dir, 'index.html'))) ?? (candidates[1] as string);
}

const usage =
  'Usage: npm run demo [-- --port N] [--real] [--data-dir DIR] [--key-file FILE] [--photons [N]]\n' +
  '  --data-dir  settings, history and saved networks (default ~/.photon-setup-demo)\n' +
  '  --key-file  keep remembered secrets encrypted with this key (default: memory only)\n' +
  `  --photons   a tray of N simulated Photons (default ${DEMO_TRAY_UNITS}) for the Station view, powered one after another`;

/** `--photons` alone means a realistic handful: parseArgs needs a value, so one is filled in. */
function withTrayDefault(args: string[]): string[] {
  const at = args.indexOf('--photons');
  if (at === -1) return args;
  const next = args[at + 1];
  if (next !== undefined && /^\d+$/.test(next)) return args;
  return [...args.slice(0, at + 1), String(DEMO_TRAY_UNITS), ...args.slice(at + 1)];
}

function printTray(tray: readonly TrayUnit[]): void {
  console.log(
    `Simulated tray: ${tray.length} Photons, each put in listening mode a few seconds after the previous one's trip.`,
  );
  tray.forEach((unit, index) => {
    const note =
      unit.fault === 'wrong-label'
        ? `  (this label was printed for another unit; the unit is ${unit.deviceId})`
        : unit.fault === 'never-online'
          ? '  (never reaches the cloud)'
          : unit.fault === 'credentials-rejected'
            ? '  (its radio cannot log in)'
            : '';
    console.log(
      `  ${String(index + 1).padStart(2)}  Photon-${unit.ssidSuffix}  label ${unit.label}${note}`,
    );
  });
}

type WebHostValues = ReturnType<typeof readValues>;

const readValues = () =>
  parseCommandLine(
    {
      args: withTrayDefault(process.argv.slice(2)),
      options: {
        photons: { type: 'string' },
        port: { type: 'string' },
        real: { type: 'boolean' },
        'data-dir': { type: 'string' },
        'key-file': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    },
    usage,
  ).values;

/** The command line, refused (exit 2, the usage) when an option or a number is wrong. */
function readOptions(): { values: WebHostValues; port: number; photons: number | undefined } {
  const values = readValues();
  return {
    values,
    port:
      values.port === undefined
        ? 0
        : wholeNumberArg(
            '--port',
            values.port,
            { min: 0, max: 65535, what: '0 for any free one' },
            usage,
          ),
    photons:
      values.photons === undefined
        ? undefined
        : wholeNumberArg('--photons', values.photons, { min: 1, max: 200 }, usage),
  };
}

async function main(): Promise<void> {
  let options: { values: WebHostValues; port: number; photons: number | undefined };
  try {
    options = readOptions();
  } catch (error) {
    if (!(error instanceof CliExit)) throw error;
    console.error(error.message);
    process.exit(error.code);
  }
  const { values, port, photons } = options;
  if (values.help === true) {
    console.log(usage);
    return;
  }
  const simulated = values.real !== true;
  const dataDir = resolve(values['data-dir'] ?? join(homedir(), '.photon-setup-demo'));
  let host: WebHost;
  let core: Core;
  try {
    const keyFile = values['key-file'];
    const secretStore: SecretStore =
      keyFile === undefined
        ? new MemorySecretStore()
        : new EncryptedFileSecretStore(
            join(dataDir, 'secrets.json'),
            keyFileEncryptor(resolve(keyFile)),
            'key-file',
          );
    let simulatedCore: SimulatedCore | null = null;
    core = simulated
      ? (simulatedCore = await createSimulatedCore({
          host: 'web',
          dataDir,
          secretStore,
          trayUnits: photons,
        }))
      : await createCore({ host: 'web', simulated, dataDir, secretStore });
    if (simulatedCore?.tray) printTray(simulatedCore.tray);
    host = await startWebHost({ core, port, rendererDir: builtRendererDir() });
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
  console.log(
    `Photon Setup is running in your browser${simulated ? ' (simulated devices and cloud)' : ''}.`,
  );
  console.log(`Open: ${host.url}`);
  console.log('Stop with Ctrl+C.');
  const running = core;
  const stop = (): void => {
    void host
      .close()
      .then(() => running.close())
      .then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

void main();
