// `npm run -s cli -- <area> …`: the core, without the GUI, for support staff and factory scripts.
import { OperatorError } from '../core/runtime';
import { CliExit, processIo, say, type CliIo } from './cli-io';
import { takeLanguage } from './language-option';
import { loadLanguage } from '../../shared/i18n';
import { DEVICE_USAGE, runDeviceCommand } from './device-command';
import { runDiagnosticsCommand } from './diagnostics-command';
import { PROVISION_USAGE, runProvisionCommand } from './provision-command';
import { runStationCommand } from './station-command';

const USAGE = `Usage: npm run -s cli -- <area> <command> [options]

Areas:
  device     talk to a Photon in listening mode over its SoftAP (run "device --help")
  provision  set up one device from start to a verified outcome (run "provision --help")
  station    set up a tray of devices one after another until Ctrl+C (run "station --help")
  diagnostics  write the support file: versions, readiness, settings, last runs, log (no secrets)

Options for every area:
  --lang en|de|zh-CN  the language of the core's sentences (English by default; --json output
                      keeps each sentence's catalogue id and English text whatever --lang says)`;

export async function runCli(args: string[], givenIo: CliIo): Promise<number> {
  const language = takeLanguage(args);
  if (language.problem !== null) {
    givenIo.err(`${language.problem}\n${USAGE}`);
    return 2;
  }
  const io: CliIo = language.locale === null ? givenIo : { ...givenIo, locale: language.locale };
  if (language.locale !== null) await loadLanguage(language.locale);
  const [area, ...rest] = language.args;
  try {
    switch (area) {
      case 'device':
        await runDeviceCommand(rest, io);
        return 0;
      case 'provision':
        return await runProvisionCommand(rest, io);
      case 'station':
        return await runStationCommand(rest, io);
      case 'diagnostics':
        return await runDiagnosticsCommand(rest, io);
      case undefined:
      case '--help':
      case '-h':
        io.out(USAGE);
        return area === undefined ? 2 : 0;
      default:
        io.err(`Unknown area "${area}".\n${USAGE}`);
        return 2;
    }
  } catch (error) {
    if (error instanceof CliExit) {
      io.err(error.message);
      return error.code;
    }
    if (error instanceof OperatorError) {
      io.err(say(io, error.text));
      return 1;
    }
    // Anything else is our bug; show its kind, never a message that might quote a secret.
    io.err(
      `Photon Setup hit an internal problem (${error instanceof Error ? error.name : typeof error}).`,
    );
    return 1;
  }
}

export { DEVICE_USAGE, PROVISION_USAGE };

if (require.main === module) {
  void runCli(process.argv.slice(2), processIo).then((code) => {
    process.exitCode = code;
  });
}
