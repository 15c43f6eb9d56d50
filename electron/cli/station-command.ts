// `cli station …`: the station loop without the GUI. The same engine and the same loop as the
// Station view: each Photon that appears in listening mode is set up with the network given
// here, verified in the background while the next one's trip runs, and reported as one line
// (one JSON object with --json). A label scanner types into standard input; the rainbow
// question is answered with y or n there too. Ctrl+C stops taking units, lets the checks of
// those already set up finish (a second Ctrl+C cancels them) and prints a summary.
import type { parseArgs } from 'node:util';
import type { CloudWaiting } from '../../shared/contract';
import type { RunOutcome } from '../../shared/provisioning';
import { requiresPassword } from '../../shared/security';
import { displaySsid } from '../../shared/ssid-text';
import type { StationState, StationTally } from '../../shared/station';
import type { Core, CoreOptions } from '../core/api';
import {
  accountInput,
  ACCOUNT_OPTIONS,
  checkAccountOptions,
  fromEnv,
  secret,
} from './account-options';
import {
  CliExit,
  cliWords,
  jsonLine,
  say,
  usageError,
  wholeNumberArg,
  type CliIo,
  parseCommandLine,
} from './cli-io';
import { parseSecurityArg } from './security-arg';
import { openCliCore, signInFromCommandLine } from './signed-in-core';
import { createWaitReporter } from './wait-reporter';

const STATION_USAGE = `Usage: npm run -s cli -- station [options]

Sets up every Photon that appears in listening mode, one after another, until Ctrl+C.

Account (one of):
  --token-env VAR                      a developer access token in environment variable VAR
  --username EMAIL --password-env VAR  developer sign-in (an MFA code: --otp-env VAR or a prompt)
  --product ID|SLUG --client-id ID --client-secret-env VAR --customer EMAIL
                                       product mode: claim to this (shadow) customer
Network for every unit (the station profile):
  --ssid NAME --security NAME|NUMBER [--channel N] [--wifi-password-env VAR]
                                       with --channel 1-14 the device's scan is skipped
Station:
  --require-label      wait for a label scan (a line on standard input) before each unit;
                       a unit whose own id differs is stopped before anything reaches the cloud
  --confirm-identity   once online, make the unit flash rainbow and ask (y/n on standard input)
  --units N            stop after N units
Other:
  --cloud-url URL      Particle cloud (default https://api.particle.io)
  --data-dir DIR       settings, the audit log and the station journal (default ~/.photon-setup-cli)
  --station S --operator O   written into every audit record
  --json               one JSON object per unit: outcome, description, record

Passwords and tokens are read from environment variables or a hidden prompt, never the command line.
Exit status: 0 every unit passed, 1 any unit failed (or none was set up), 2 usage error.`;

export interface StationCommandDeps {
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
  'require-label': { type: 'boolean' },
  'confirm-identity': { type: 'boolean' },
  units: { type: 'string' },
  'data-dir': { type: 'string' },
  station: { type: 'string' },
  operator: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS }>>['values'];

const wholeNumber = (option: string, value: string, min: number, max: number): number =>
  wholeNumberArg(option, value, { min, max }, STATION_USAGE);

/** The summary at the end: this session's units, then the shift's tally from the audit log. */
function summaryLines(session: { units: number; failed: number }, tally: StationTally): string[] {
  const pace =
    tally.medianSeconds === null ? '' : `, median ${Math.round(tally.medianSeconds)} s per device`;
  const rate = tally.devicesPerHour === null ? '' : `, ${tally.devicesPerHour} devices per hour`;
  return [
    `Station summary: ${session.units} unit${session.units === 1 ? '' : 's'} this session, ${session.units - session.failed} passed, ${session.failed} failed.`,
    `This shift (since ${tally.since}): ${tally.done} done, ${tally.passed} passed, ${tally.failed} failed${pace}${rate}.`,
  ];
}

/** What the terminal shows of the station as it changes, one line per news. */
function narrator(io: CliIo, json: boolean): (state: StationState) => void {
  let said = '';
  let asked: string | null = null;
  return (state) => {
    const question = state.question;
    if (question !== null && question.runId !== asked) {
      asked = question.runId;
      io.err(
        `Is the unit in your hand flashing rainbow (${question.deviceId})? Type y or n, then Enter.`,
      );
    }
    if (question === null) asked = null;
    if (json) return;
    const line = say(io, state.activity);
    if (line !== said) {
      said = line;
      io.err(`… ${line}`);
    }
  };
}

export async function runStationCommand(
  args: string[],
  io: CliIo,
  deps: StationCommandDeps = {},
): Promise<number> {
  const values: Values = parseCommandLine(
    { args, options: OPTIONS, strict: true },
    STATION_USAGE,
  ).values;
  if (values.help === true) {
    io.out(STATION_USAGE);
    return 0;
  }
  checkAccountOptions(values, STATION_USAGE);
  const ssid = values.ssid;
  if (ssid === undefined) throw usageError('--ssid is required.', STATION_USAGE);
  if (values.security === undefined)
    throw usageError(
      '--security is required: every unit gets the same network, with no one to choose it.',
      STATION_USAGE,
    );
  const security = parseSecurityArg(values.security, STATION_USAGE);
  const channel =
    values.channel === undefined ? 0 : wholeNumber('--channel', values.channel, 1, 14);
  const limit =
    values.units === undefined ? null : wholeNumber('--units', values.units, 1, 100_000);
  const needsLabels = values['require-label'] === true || values['confirm-identity'] === true;
  if (needsLabels && io.onLine === undefined)
    throw usageError('--require-label and --confirm-identity need standard input.', STATION_USAGE);
  const password = !requiresPassword(security)
    ? undefined
    : values['wifi-password-env'] !== undefined
      ? fromEnv(io, '--wifi-password-env', values['wifi-password-env'])
      : await secret(
          io,
          '--wifi-password-env',
          undefined,
          `Wi-Fi password for "${displaySsid(ssid)}": `,
          STATION_USAGE,
        );
  const account = await accountInput(values, io, STATION_USAGE);
  const core: Core = await openCliCore(values, io, deps.core);
  const waits = createWaitReporter(io);
  const stops: Array<() => void> = [];
  try {
    await signInFromCommandLine(core, account, values, io, STATION_USAGE);
    const profile = await core.handlers['profiles.save']({
      auth: 'personal',
      ssid,
      security,
      channel,
      ...(password === undefined ? {} : { password }),
    });
    let units = 0;
    let failed = 0;
    let finish!: () => void;
    const finished = new Promise<void>((resolve) => (finish = resolve));
    let interrupts = 0;
    const stop = (now: boolean): void => {
      void core.handlers['station.stop']({ now }).catch(() => undefined);
    };
    const tell = narrator(io, values.json === true);
    let latest: StationState | null = null;
    stops.push(
      core.events.subscribeAll((event, payload) => {
        if (event === 'cloud.waiting') waits.report(payload as CloudWaiting);
        if (event === 'station.changed') {
          latest = payload as StationState;
          tell(latest);
          if (latest.status === 'stopped') finish();
        }
        if (event === 'run.outcome') {
          const result = payload as RunOutcome;
          units += 1;
          if (result.outcome.kind !== 'success') failed += 1;
          if (values.json === true)
            io.out(
              jsonLine({
                outcome: result.outcome,
                description: result.description,
                record: result.record,
              }),
            );
          else
            io.out(
              `${result.outcome.kind === 'success' ? 'PASS' : 'FAIL'} ${result.record.deviceId ?? 'unknown device'}: ${say(io, result.description.title)}. ${say(io, result.description.sentence)}`,
            );
          if (limit !== null && units >= limit) stop(false);
        }
      }),
    );
    if (io.onInterrupt !== undefined)
      stops.push(
        io.onInterrupt(() => {
          interrupts += 1;
          io.err(
            interrupts === 1
              ? 'Stopping: no new units; the ones already set up are still being checked (Ctrl+C again to cancel them).'
              : 'Cancelling the checks still running.',
          );
          stop(interrupts > 1);
        }),
      );
    if (io.onLine !== undefined && needsLabels)
      stops.push(
        io.onLine((line) => {
          const text = line.trim();
          if (text === '') return;
          const question = latest?.question ?? null;
          if (question !== null && /^(y|yes|n|no)$/i.test(text)) {
            void core.handlers['station.answer']({
              runId: question.runId,
              confirmed: /^y/i.test(text),
            }).catch((error: unknown) => io.err(cliWords(io, error, 'No.')));
            return;
          }
          void core.handlers['station.label']({ label: text }).then(
            () => io.err(`Label ${text.toLowerCase()} will be checked against the next unit.`),
            (error: unknown) => io.err(cliWords(io, error, 'Not a label.')),
          );
        }),
      );
    await core.handlers['station.start']({
      profileId: profile.id,
      requireLabel: values['require-label'] === true,
      confirmIdentity: values['confirm-identity'] === true,
    });
    await finished;
    const state = await core.handlers['station.state'](undefined);
    for (const line of summaryLines({ units, failed }, state.tally)) io.err(line);
    if (units === 0) throw new CliExit(1, 'No unit was set up.');
    return failed === 0 ? 0 : 1;
  } finally {
    for (const off of stops) off();
    waits.stop();
    await core.close();
  }
}
