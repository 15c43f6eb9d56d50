// `npm run -s simulate -- <photon|cloud|all> …`: simulators on 127.0.0.1 for manual use.
import { runAllCommand, ALL_USAGE } from './all-command';
import { CLOUD_USAGE, runCloudSimulatorCommand } from './cloud/cli-command';
import { PHOTON_CLI_USAGE, runPhotonSimulatorCommand } from './photon/cli-command';

const USAGE = `Usage: npm run -s simulate -- <photon|cloud|all> [options]
  ${PHOTON_CLI_USAGE}
  ${CLOUD_USAGE}
  ${ALL_USAGE}`;

async function main(args: string[]): Promise<void> {
  const [which, ...rest] = args;
  switch (which) {
    case 'photon':
      return runPhotonSimulatorCommand(rest);
    case 'cloud':
      return runCloudSimulatorCommand(rest);
    case 'all':
      return runAllCommand(rest);
    default:
      process.stderr.write(
        `${which === undefined ? 'Say which simulator to start.' : `Unknown simulator "${which}".`}\n${USAGE}\n`,
      );
      process.exitCode = 2;
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(
    `The simulator stopped: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = 1;
});
