// `npm run demo`: the wizard in a browser, served by the web host on 127.0.0.1.
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createCore, type Core } from './core/api';
import {
  EncryptedFileSecretStore,
  keyFileEncryptor,
  MemorySecretStore,
  type SecretStore,
} from './core/store/secret-store';
import { createSimulatedCore } from './simulated-core';
import { startWebHost, type WebHost } from './web-host';

/** out/renderer, seen from the bundled out/main/web-host-cli.js or from the source under tsx. */
function builtRendererDir(): string {
  const candidates = [resolve(__dirname, '../renderer'), resolve(__dirname, '../out/renderer')];
  return candidates.find((dir) => existsSync(join(dir, 'index.html'))) ?? (candidates[1] as string);
}

const usage =
  'Usage: npm run demo [-- --port N] [--real] [--data-dir DIR] [--key-file FILE]\n' +
  '  --data-dir  settings, history and saved networks (default ~/.photon-setup-demo)\n' +
  '  --key-file  keep remembered secrets encrypted with this key (default: memory only)';

async function main(): Promise<void> {
  let values: {
    port?: string;
    real?: boolean;
    help?: boolean;
    'data-dir'?: string;
    'key-file'?: string;
  };
  try {
    ({ values } = parseArgs({
      options: {
        port: { type: 'string' },
        real: { type: 'boolean' },
        'data-dir': { type: 'string' },
        'key-file': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
    process.exit(2);
  }
  if (values.help === true) {
    console.log(usage);
    return;
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(
      `--port must be a whole number from 0 to 65535 (got "${values.port}").\n${usage}`,
    );
    process.exit(2);
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
    core = simulated
      ? await createSimulatedCore({ host: 'web', dataDir, secretStore })
      : await createCore({ host: 'web', simulated, dataDir, secretStore });
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
