// `simulate all`: the fake cloud and two simulated Photons linked to it (one new, one already
// claimed), for manual runs of the CLI and for factory-script rehearsals.
import { parseArgs } from 'node:util';
import { readyLine } from './cloud/cli-command';
import { DEMO_WIFI_PASSWORD, describeLed, realisticTimings } from './photon';
import { startSimulatedWorld } from './world';

export const ALL_USAGE = 'usage: all [--cloud-port N] [--fast]';

export async function runAllCommand(args: string[]): Promise<void> {
  let values: { 'cloud-port'?: string; fast?: boolean };
  try {
    ({ values } = parseArgs({
      args,
      options: { 'cloud-port': { type: 'string' }, fast: { type: 'boolean' } },
    }));
  } catch (error) {
    process.stderr.write(
      `${error instanceof Error ? error.message : String(error)}\n${ALL_USAGE}\n`,
    );
    process.exitCode = 2;
    return;
  }
  const cloudPort = values['cloud-port'] === undefined ? 0 : Number(values['cloud-port']);
  if (!Number.isInteger(cloudPort) || cloudPort < 0 || cloudPort > 65535) {
    process.stderr.write(`--cloud-port must be a whole number from 0 to 65535.\n${ALL_USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  const world = await startSimulatedWorld({
    cloudPort,
    ...(values.fast === true ? {} : { photonTimings: realisticTimings }),
  });
  for (const photon of world.photons)
    photon.onLed((led) => process.stderr.write(`photon ${photon.ssid}: LED ${describeLed(led)}\n`));
  process.stdout.write(
    JSON.stringify({
      ...readyLine(world.cloud),
      wifiPassword: DEMO_WIFI_PASSWORD,
      photons: world.photons.map((photon) => ({
        ssid: photon.ssid,
        deviceId: photon.deviceId,
        claimed: photon.claimed,
        tcpPort: photon.tcpPort,
        httpPort: photon.httpPort,
      })),
    }) + '\n',
  );
  await new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
  await world.close();
}
