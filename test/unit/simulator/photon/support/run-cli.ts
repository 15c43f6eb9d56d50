// Entry used by cli-command.test.ts to run the CLI in a child process (no top-level await:
// tsx runs this package's .ts files as CommonJS).
import { runPhotonSimulatorCommand } from '../../../../../electron/simulator/photon/cli-command';

runPhotonSimulatorCommand(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exitCode = 1;
});
