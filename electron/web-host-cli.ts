// `npm run demo`: the wizard in a browser, served by the web host on 127.0.0.1.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createCore } from './core/api';
import { startWebHost } from './web-host';

const usage = 'Usage: npm run demo [-- --port N] [--real]';

async function main(): Promise<void> {
  let values: { port?: string; real?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: {
        port: { type: 'string' },
        real: { type: 'boolean' },
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
  const core = createCore({ host: 'web', simulated });
  let host;
  try {
    host = await startWebHost({ core, port, rendererDir: resolve(__dirname, '../out/renderer') });
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
  console.log(
    `Photon Setup is running in your browser${simulated ? ' (simulated devices and cloud)' : ''}.`,
  );
  console.log(`Open: ${host.url}`);
  console.log('Stop with Ctrl+C.');
  const stop = (): void => {
    void host.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

void main();
