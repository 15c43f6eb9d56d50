// `cli provision …`: one whole device setup without the GUI, on the same engine, for factory
// scripts. Secrets come only from environment variables or a hidden prompt, never argv; --json
// prints one object (outcome, description, record); exit 0 = success, 1 = any other outcome.
import { m } from '../../shared/i18n';
import type { parseArgs } from 'node:util';
import type { CloudWaiting, EventName } from '../../shared/contract';
import {
  startInputSchema,
  type NetworkChoice,
  type RunNetworks,
  type RunOutcome,
  type RunProgress,
} from '../../shared/provisioning';
import { requiresPassword } from '../../shared/security';
import { displaySsid } from '../../shared/ssid-text';
import type { CoreOptions } from '../core/api';
import { parseSecurityArg } from './security-arg';
import {
  accountInput,
  ACCOUNT_OPTIONS,
  checkAccountOptions,
  fromEnv,
  secret,
} from './account-options';
import {
  CliExit,
  jsonLine,
  say,
  usageError,
  wholeNumberArg,
  parseCommandLine,
  type CliIo,
} from './cli-io';
import { openCliCore, signInFromCommandLine } from './signed-in-core';
import { createWaitReporter } from './wait-reporter';

export const PROVISION_USAGE = `Usage: npm run -s cli -- provision [options]

Account (one of):
  --token-env VAR                      a developer access token in environment variable VAR
  --username EMAIL --password-env VAR  developer sign-in (an MFA code: --otp-env VAR or a prompt)
  --product ID|SLUG --client-id ID --client-secret-env VAR --customer EMAIL
                                       product mode: claim to this (shadow) customer
Network for the device:
  --ssid NAME [--security NAME|NUMBER] [--channel N] [--wifi-password-env VAR]
                                       without --security, the device's own scan decides;
                                       with --security and --channel 1-14 (e.g. a hidden
                                       network) the scan is skipped
Device (one of):
  --device Photon-XXXX                 join this Photon's network (default: the first found)
  --softap-host H --softap-port N      already reachable there (e.g. "simulate all"): no Wi-Fi switch
Other:
  --cloud-url URL      Particle cloud (default https://api.particle.io)
  --device-id ID       product mode: the id from the label, imported before leaving the network
  --data-dir DIR       settings and the audit log (default ~/.photon-setup-cli)
  --station S --operator O   written into the audit record
  --json               print one JSON object: outcome, description, record

Passwords and tokens are read from environment variables or a hidden prompt, never the command line.
Exit status: 0 success, 1 any other outcome, 2 usage error.`;

export interface ProvisionCommandDeps {
  /** Extra core options (tests: fast timings, an in-process simulated world). */
  core?: Partial<CoreOptions>;
}

const OPTIONS = {
  ...ACCOUNT_OPTIONS,
  'cloud-url': { type: 'string' },
  ssid: { type: 'string' },
  security: { type: 'string' },
  channel: { type: 'string' },
  'wifi-password-env': { type: 'string' },
  device: { type: 'string' },
  'device-id': { type: 'string' },
  'softap-host': { type: 'string' },
  'softap-port': { type: 'string' },
  'data-dir': { type: 'string' },
  station: { type: 'string' },
  operator: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS }>>['values'];

const parsePort = (value: string): number =>
  wholeNumberArg('--softap-port', value, { min: 1, max: 65535 }, PROVISION_USAGE);

const parseChannel = (value: string | undefined): number | undefined =>
  value === undefined
    ? undefined
    : wholeNumberArg(
        '--channel',
        value,
        { min: 1, max: 14, what: 'a 2.4 GHz channel' },
        PROVISION_USAGE,
      );

/** The network from the device's own scan: matched by its readable name, sent as its bytes. */
function networkFor(
  values: Values,
  ssid: string,
  networks: RunNetworks['networks'],
  password: string | undefined,
): NetworkChoice & { auth: 'personal'; channel: number } {
  const seen = networks.find((network) => network.ssid === ssid);
  const security =
    values.security !== undefined
      ? parseSecurityArg(values.security, PROVISION_USAGE)
      : (seen?.security ?? null);
  if (security === null)
    throw new CliExit(
      1,
      `The device does not see "${displaySsid(ssid)}", so its security is unknown. Give --security, or check the name (the Photon sees only 2.4 GHz).`,
    );
  return {
    auth: 'personal',
    ssid,
    ...(seen === undefined ? {} : { ssidHex: seen.ssidHex }),
    security,
    channel: parseChannel(values.channel) ?? seen?.channel ?? 0,
    ...(password === undefined ? {} : { password }),
  };
}

/** The words for the phase a run is in (its label), else its code. */
function phaseWords(progress: RunProgress, io: CliIo): string {
  const label = progress.phases.find((p) => p.phase === progress.phase)?.label;
  return label === undefined ? progress.phase : say(io, label);
}

export async function runProvisionCommand(
  args: string[],
  io: CliIo,
  deps: ProvisionCommandDeps = {},
): Promise<number> {
  const values: Values = parseCommandLine(
    { args, options: OPTIONS, strict: true },
    PROVISION_USAGE,
  ).values;
  if (values.help === true) {
    io.out(PROVISION_USAGE);
    return 0;
  }
  checkAccountOptions(values, PROVISION_USAGE);
  const ssid = values.ssid;
  if (ssid === undefined) throw usageError('--ssid is required.', PROVISION_USAGE);
  if ((values['softap-host'] === undefined) !== (values['softap-port'] === undefined))
    throw usageError('--softap-host and --softap-port go together.', PROVISION_USAGE);
  if (values['softap-host'] !== undefined && values.device !== undefined)
    throw usageError('Give --device or --softap-host, not both.', PROVISION_USAGE);
  const direct =
    values['softap-host'] === undefined
      ? undefined
      : (() => {
          const port = parsePort(values['softap-port']!);
          return { host: values['softap-host'], tcpPort: port, httpPort: port };
        })();
  const securityGiven =
    values.security === undefined ? null : parseSecurityArg(values.security, PROVISION_USAGE);
  const channelGiven = parseChannel(values.channel);
  const wifiPassword =
    securityGiven !== null && !requiresPassword(securityGiven)
      ? undefined
      : values['wifi-password-env'] !== undefined
        ? fromEnv(io, '--wifi-password-env', values['wifi-password-env'])
        : securityGiven === null
          ? ((await io.promptHidden(
              `Wi-Fi password for "${displaySsid(ssid)}" (empty for an open network): `,
            )) ??
              undefined) ||
            undefined
          : await secret(
              io,
              '--wifi-password-env',
              undefined,
              `Wi-Fi password for "${displaySsid(ssid)}": `,
              PROVISION_USAGE,
            );
  // Typed in full: the run needs no scan (and cannot be stopped by one that wedges).
  const typedInFull: NetworkChoice | undefined =
    securityGiven !== null && channelGiven !== undefined
      ? {
          auth: 'personal',
          ssid,
          security: securityGiven,
          channel: channelGiven,
          ...(wifiPassword === undefined ? {} : { password: wifiPassword }),
        }
      : undefined;

  const account = await accountInput(values, io, PROVISION_USAGE);
  const core = await openCliCore(values, io, { directEndpoint: direct, ...deps.core });
  const waits = createWaitReporter(io);
  const offWaits = core.events.subscribeAll((event, payload) => {
    if (event === 'cloud.waiting') waits.report(payload as CloudWaiting);
  });
  try {
    await signInFromCommandLine(core, account, values, io, PROVISION_USAGE);
    let device: { ssid: string } | { manual: true };
    if (direct !== undefined) device = { manual: true };
    else if (values.device !== undefined) device = { ssid: values.device };
    else {
      const found = await core.handlers['device.find']({});
      const firstFound = found.devices[0];
      if (firstFound === undefined)
        throw new CliExit(
          1,
          found.hint === null
            ? 'No Photon in listening mode was found. Hold SETUP until it blinks dark blue, then try again.'
            : say(io, m('cli.find.name-it', { hint: found.hint })),
        );
      device = { ssid: firstFound.ssid };
    }
    const outcome = await new Promise<RunOutcome>((resolve, reject) => {
      let runId: string | null = null;
      let lastPhase = '';
      const early: Array<[EventName, unknown]> = [];
      const handle = (event: EventName, payload: unknown): void => {
        if (runId === null) return void early.push([event, payload]);
        if (event === 'run.progress' && !values.json) {
          const progress = payload as RunProgress;
          if (progress.phase !== lastPhase) {
            lastPhase = progress.phase;
            io.err(`… ${phaseWords(progress, io)}`);
          }
        }
        if (event === 'run.networks') {
          try {
            const network = networkFor(
              values,
              ssid,
              (payload as RunNetworks).networks,
              wifiPassword,
            );
            core.handlers['provision.chooseNetwork']({
              runId,
              network,
              saveAsProfile: false,
            }).catch((error: unknown) => {
              void core.handlers['provision.cancel']({ runId: runId! }).catch(() => undefined);
              reject(error instanceof Error ? error : new Error(String(error)));
            });
          } catch (error) {
            void core.handlers['provision.cancel']({ runId }).catch(() => undefined);
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        }
        if (event === 'run.outcome') {
          off();
          resolve(payload as RunOutcome);
        }
      };
      const off = core.events.subscribeAll(handle);
      core.handlers['provision.start']({
        device,
        profileId: null,
        ...(typedInFull === undefined
          ? {}
          : { network: startInputSchema.shape.network.parse(typedInFull) }),
        deviceId: values['device-id'],
      })
        .then((started) => {
          runId = started.runId;
          for (const [event, payload] of early.splice(0)) handle(event, payload);
        })
        .catch((error: unknown) => {
          off();
          reject(error instanceof Error ? error : new Error(String(error)));
        });
    });
    if (values.json === true)
      io.out(
        jsonLine({
          outcome: outcome.outcome,
          description: outcome.description,
          record: outcome.record,
        }),
      );
    else {
      io.out(`${say(io, outcome.description.title)}: ${say(io, outcome.description.sentence)}`);
    }
    return outcome.outcome.kind === 'success' ? 0 : 1;
  } finally {
    offWaits();
    waits.stop();
    await core.close();
  }
}
