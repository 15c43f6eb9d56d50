// `cli device …`: the source document's curl steps as one support tool, on the app's own
// SoftAP client. Passwords come from an environment variable or a hidden prompt, never argv.
import { describeSecurity, securityNames } from '../../shared/security';
import { displaySsid } from '../../shared/ssid-text';
import { networkPasswordProblem } from '../../shared/validate';
import {
  RETRY_BACKOFF_MS,
  SOFTAP_COMMANDS,
  SoftApClient,
  type ApInfo,
  type ConfigureNetwork,
  type SoftApOptions,
  type TransportChoice,
} from '../core/softap';
import { parseSecurityArg } from './security-arg';
import { displayWidth, padColumns } from './display-width';
import {
  CliExit,
  envSecret,
  jsonLine,
  say,
  usageError,
  wholeNumberArg,
  type CliIo,
  parseCommandLine,
} from './cli-io';
import { RETURNS_USAGE, runReturnsCommand } from './returns-command';

export const DEVICE_USAGE = `Usage: npm run -s cli -- device <command> [options]

Commands (in the order a setup uses them):
  version                      the SoftAP protocol version
  info                         device id and whether it is claimed
  public-key                   the device's RSA public key (hex DER)
  scan                         the Wi-Fi networks the device can see
  set-claim-code <code>        store a claim code (63 characters)
  configure --ssid S [--security NAME|NUMBER] [--channel N] [--password-env VAR]
                               store Wi-Fi credentials (password RSA-encrypted)
  connect                      leave listening mode and join the stored network

Options:
  --host H            device address (default 192.168.0.1, the Photon's own)
  --port N            port of the chosen transport (default 5609 for tcp, 80 for http)
  --transport T       tcp (default) or http
  --json              print one JSON object instead of text

Returned units (cloud): lookup <id>, release <id> — see below.

Security names: ${securityNames.join(', ')}.
Without --security, configure uses what the device's own scan reports for that SSID and sends
the name back as exactly the bytes the device reported (give --ssid as scan prints it).
SSIDs are printed with control and bidi characters escaped (\x1B, \u202E).

${RETURNS_USAGE}`;

const COMMANDS = [
  'version',
  'info',
  'public-key',
  'scan',
  'set-claim-code',
  'configure',
  'connect',
] as const;
type DeviceCommand = (typeof COMMANDS)[number];
const isCommand = (value: string | undefined): value is DeviceCommand =>
  (COMMANDS as readonly string[]).includes(value ?? '');

function parsePort(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  return wholeNumberArg('--port', value, { min: 1, max: 65535 }, DEVICE_USAGE);
}

/**
 * Hidden (not in the usage): caps every SoftAP wait — connecting, each reply, the back-off between
 * retries — at this many milliseconds, so tests and scripted checks fail fast. Real Photons need
 * the defaults (a scan takes seconds), so operators are not offered it.
 */
export const SOFTAP_WAIT_ENV = 'PHOTON_SETUP_SOFTAP_WAIT_MS';

function applyWaitCap(options: SoftApOptions, value: string | undefined): void {
  if (value === undefined || value === '') return;
  const ms = Number(value);
  if (!Number.isInteger(ms) || ms < 1 || ms > 600_000)
    throw new CliExit(
      2,
      `${SOFTAP_WAIT_ENV} must be a whole number of milliseconds from 1 to 600000.`,
    );
  options.connectTimeoutMs = ms;
  options.timeoutsMs = Object.fromEntries(SOFTAP_COMMANDS.map((command) => [command, ms]));
  options.retryBackoffMs = Math.min(RETRY_BACKOFF_MS, ms);
}

const barsText = (bars: number): string => '▂▄▆█'.slice(0, bars).padEnd(4, '·');

/** A network name as a terminal may show it: control and bidi characters escaped, never raw. */
const shown = (network: ApInfo): string => displaySsid(network.ssid);

function scanTable(networks: readonly ApInfo[], io: CliIo): string[] {
  if (networks.length === 0) return ['The device sees no Wi-Fi networks (it only sees 2.4 GHz).'];
  const width = Math.max(4, ...networks.map((network) => displayWidth(shown(network))));
  // The security words are in --lang (Chinese takes two columns a character, en-XA is longer).
  const security = networks.map((network) => say(io, network.securityName));
  const securityWidth = Math.max(30, ...security.map(displayWidth));
  return [
    `${padColumns('SSID', width)}  SIGNAL      ${padColumns('SECURITY', securityWidth)}  CH`,
    ...networks.map(
      (network, index) =>
        `${padColumns(shown(network), width)}  ${barsText(network.bars)} ${String(network.rssi).padStart(4)}  ${padColumns(security[index] ?? '', securityWidth)}  ${network.channel || '?'}`,
    ),
    '',
    'The Photon only sees 2.4 GHz networks.',
  ];
}

export async function runDeviceCommand(args: string[], io: CliIo): Promise<void> {
  // Returned units talk to the cloud, not to a Photon in listening mode.
  if (args[0] === 'lookup' || args[0] === 'release') return runReturnsCommand(args, io);
  const { values, positionals } = parseCommandLine(
    {
      args,
      allowPositionals: true,
      options: {
        host: { type: 'string' },
        port: { type: 'string' },
        transport: { type: 'string' },
        json: { type: 'boolean' },
        ssid: { type: 'string' },
        security: { type: 'string' },
        channel: { type: 'string' },
        'password-env': { type: 'string' },
        password: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    },
    DEVICE_USAGE,
  );
  const [command, ...rest] = positionals;
  if (values.help === true || command === undefined) {
    io.out(DEVICE_USAGE);
    if (command === undefined && values.help !== true)
      throw new CliExit(2, 'No device command given.');
    return;
  }
  if (!isCommand(command)) throw usageError(`Unknown device command "${command}".`, DEVICE_USAGE);
  if (values.password !== undefined)
    throw usageError(
      'Passwords are never taken on the command line (other users can read it). Use --password-env VAR, or leave it out to be asked.',
      DEVICE_USAGE,
    );

  const transport = (values.transport ?? 'tcp') as TransportChoice;
  if (transport !== 'tcp' && transport !== 'http')
    throw usageError(`--transport must be tcp or http (got "${values.transport}").`, DEVICE_USAGE);
  const port = parsePort(values.port);
  const options: SoftApOptions = { transport };
  if (values.host !== undefined) options.host = values.host;
  if (port !== undefined) options[transport === 'tcp' ? 'tcpPort' : 'httpPort'] = port;
  applyWaitCap(options, io.env[SOFTAP_WAIT_ENV]);
  const client = new SoftApClient(options);
  const json = values.json === true;
  const print = (value: unknown, text: string[]): void => {
    if (json) io.out(jsonLine(value));
    else for (const line of text) io.out(line);
  };

  switch (command) {
    case 'version': {
      const version = await client.version();
      print({ version }, [`SoftAP protocol version ${version}`]);
      return;
    }
    case 'info': {
      const info = await client.deviceInfo();
      print(info, [`Device id: ${info.deviceId}`, `Claimed:   ${info.claimed ? 'yes' : 'no'}`]);
      return;
    }
    case 'public-key': {
      const key = await client.publicKey();
      const hex = key.der.toString('hex');
      print({ publicKeyDer: hex, modulusBits: key.key.n.bitLength() }, [
        `RSA ${key.key.n.bitLength()}-bit public key (DER, hex):`,
        hex,
      ]);
      return;
    }
    case 'scan': {
      const networks = await client.scan();
      print({ networks }, scanTable(networks, io));
      return;
    }
    case 'set-claim-code': {
      const code = rest[0];
      if (code === undefined)
        throw usageError('set-claim-code needs the claim code.', DEVICE_USAGE);
      await client.setClaimCode(code);
      print({ ok: true }, ['Claim code stored on the device.']);
      return;
    }
    case 'configure': {
      await configure(client, values, io, print);
      return;
    }
    case 'connect': {
      const outcome = await client.connect();
      print(outcome, [
        outcome.kind === 'ok'
          ? 'The device accepted connect-ap and is leaving listening mode.'
          : 'The device dropped the connection as it left listening mode (normal). Watch its LED: blinking green, then cyan.',
      ]);
      return;
    }
  }
}

async function configure(
  client: SoftApClient,
  values: { ssid?: string; security?: string; channel?: string; 'password-env'?: string },
  io: CliIo,
  print: (value: unknown, text: string[]) => void,
): Promise<void> {
  const ssid = values.ssid;
  if (ssid === undefined) throw usageError('configure needs --ssid.', DEVICE_USAGE);
  let security =
    values.security === undefined ? undefined : parseSecurityArg(values.security, DEVICE_USAGE);
  const channel =
    values.channel === undefined
      ? undefined
      : wholeNumberArg(
          '--channel',
          values.channel,
          { min: 0, max: 14, what: '0 for any' },
          DEVICE_USAGE,
        );
  const network: ConfigureNetwork = { ssid, security: security ?? 0, channel: channel ?? 0 };
  if (security === undefined) {
    // Like the official tools: take security and channel from the device's own scan, and send
    // the name back as the bytes the device reported. It matches as typed or as scan prints it.
    const seen = (await client.scan()).find(
      (candidate) => candidate.ssid === ssid || shown(candidate) === ssid,
    );
    if (seen === undefined || seen.security === null)
      throw new CliExit(
        1,
        `The device does not see "${displaySsid(ssid)}", so its security is unknown. Give --security (and --channel) for a hidden network.`,
      );
    security = seen.security;
    network.ssid = seen.ssid;
    network.ssidBytes = Buffer.from(seen.ssidHex, 'hex');
    network.security = security;
    network.channel = channel ?? seen.channel;
  }
  const name = displaySsid(network.ssid);
  if (networkPasswordProblem(security, '') !== null) {
    const password = await readPassword(values['password-env'], io, name);
    const problem = networkPasswordProblem(security, password);
    if (problem !== null) throw new CliExit(1, say(io, problem));
    network.password = password;
  }
  const key = await client.publicKey();
  await client.configure(network, key);
  print({ ok: true, ssid: network.ssid, security, channel: network.channel }, [
    `Stored "${name}" (${say(io, describeSecurity(security))}, channel ${network.channel || 'any'}) on the device.`,
    'Next: npm run -s cli -- device connect',
  ]);
}

async function readPassword(envName: string | undefined, io: CliIo, ssid: string): Promise<string> {
  if (envName !== undefined) return envSecret(io, envName, `the password for "${ssid}"`);
  const typed = await io.promptHidden(`Password for "${ssid}": `);
  if (typed === null)
    throw new CliExit(
      2,
      `No terminal to ask for the password of "${ssid}". Put it in an environment variable and pass --password-env VAR.`,
    );
  return typed;
}
