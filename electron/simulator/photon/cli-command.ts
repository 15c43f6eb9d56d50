// `photon [--tcp-port N] [--http-port N] [--firmware 0.6|0.7|2.3] [--id HEX]`: one simulated
// Photon on 127.0.0.1 with demo networks and realistic timings, until SIGINT/SIGTERM.
// stdout carries exactly one JSON line (the ready message); LED changes go to stderr.
import { demoAir } from './demo-air';
import { describeLed } from './led';
import { realisticTimings, type PhotonFirmware, type PhotonSimulatorOptions } from './options';
import { startSimulatedPhoton } from './simulated-photon';

export const PHOTON_CLI_USAGE =
  'usage: photon [--tcp-port N] [--http-port N] [--firmware 0.6|0.7|2.3] [--id HEX]';

export type PhotonCliParse =
  { ok: true; options: PhotonSimulatorOptions } | { ok: false; message: string };

const FIRMWARES: readonly PhotonFirmware[] = ['0.6', '0.7', '2.3'];

function parsePort(flag: string, value: string): number | string {
  if (!/^\d+$/.test(value) || Number(value) > 65535)
    return `${flag} needs a port number 0-65535, not "${value}".`;
  return Number(value);
}

export function parsePhotonCliArgs(args: readonly string[]): PhotonCliParse {
  const options: PhotonSimulatorOptions = {};
  const queue = args.flatMap((arg) => {
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    return eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg];
  });
  for (let i = 0; i < queue.length; i++) {
    const flag = queue[i] ?? '';
    const value = queue[i + 1];
    const needsValue = ['--tcp-port', '--http-port', '--firmware', '--id'].includes(flag);
    if (!needsValue)
      return { ok: false, message: `Unknown option "${flag}".\n${PHOTON_CLI_USAGE}` };
    if (value === undefined)
      return { ok: false, message: `${flag} needs a value.\n${PHOTON_CLI_USAGE}` };
    i++;
    if (flag === '--tcp-port' || flag === '--http-port') {
      const port = parsePort(flag, value);
      if (typeof port === 'string') return { ok: false, message: port };
      if (flag === '--tcp-port') options.tcpPort = port;
      else options.httpPort = port;
    } else if (flag === '--firmware') {
      const firmware = FIRMWARES.find((f) => f === value);
      if (firmware === undefined)
        return {
          ok: false,
          message: `--firmware must be one of ${FIRMWARES.join(', ')}, not "${value}".`,
        };
      options.firmware = firmware;
    } else {
      if (!/^[0-9a-fA-F]{24}$/.test(value))
        return { ok: false, message: `--id must be 24 hex digits, not "${value}".` };
      options.deviceId = value;
    }
  }
  return { ok: true, options };
}

/** Resolves after the simulator has shut down on SIGINT/SIGTERM; sets exit code 2 on bad flags. */
export async function runPhotonSimulatorCommand(args: string[]): Promise<void> {
  const parsed = parsePhotonCliArgs(args);
  if (!parsed.ok) {
    process.stderr.write(`${parsed.message}\n`);
    process.exitCode = 2;
    return;
  }
  const photon = await startSimulatedPhoton({
    ...parsed.options,
    air: demoAir,
    timings: realisticTimings,
  });
  photon.onLed((led) => process.stderr.write(`photon ${photon.ssid}: LED ${describeLed(led)}\n`));
  process.stdout.write(
    `${JSON.stringify({ ssid: photon.ssid, deviceId: photon.deviceId, tcpPort: photon.tcpPort, httpPort: photon.httpPort })}\n`,
  );
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await photon.close();
}
