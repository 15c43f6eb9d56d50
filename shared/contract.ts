// The only way between the renderer and the core. Each request channel names the zod schema of
// its argument and, through a phantom field, the type of its result; each event names its
// payload type. Adding a channel is one line here plus one handler in electron/core/api.ts —
// both hosts and the renderer bridge loop over these maps.
import { z } from 'zod';
import { formatMessage, type Message } from './i18n';
import {
  accountInputSchema,
  chooseNetworkInputSchema,
  customerInputSchema,
  findInputSchema,
  historyQuerySchema,
  mfaInputSchema,
  networkChoiceSchema,
  runIdInputSchema,
  startInputSchema,
  type AccountConnectResult,
  type AccountSummary,
  type CsvExport,
  type FindResult,
  type HistoryPage,
  type RunLed,
  type RunNetworks,
  type RunOutcome,
  type RunProgress,
  type RunSnapshot,
  type StationProfile,
} from './provisioning';
import {
  executeInputSchema,
  lookupInputSchema,
  planInputSchema,
  type DeviceLookup,
  type ReleaseActivity,
  type ReleasePlan,
  type ReleaseReport,
} from './returns';
import { REQUEST_CHANNELS, type EventName, type RequestChannel } from './channels';
import { settingsPatchSchema, type Settings } from './settings';
import {
  stationAnswerSchema,
  stationLabelSchema,
  stationStartSchema,
  stationStopSchema,
  type StationState,
} from './station';

export { ipcEventChannel, isRequestChannel } from './channels';
export type { EventName, RequestChannel } from './channels';

/** Which host built the core: the desktop app, the browser host, or the command line. */
export type HostKind = 'desktop' | 'web' | 'cli';
/** Where "Remember" keeps secrets on this host, so the window can say so truthfully. */
export type SecretStorageKind = 'os-keychain' | 'key-file' | 'memory';

export interface AppInfo {
  name: string;
  version: string;
  host: HostKind;
  /** true when the device, the cloud and the host Wi-Fi are simulators (demo mode). */
  simulated: boolean;
  secretStorage: SecretStorageKind;
  /**
   * The operating system's language (app.getLocale()) where the host knows it; null in a browser,
   * which has its own (navigator.languages). The window follows it unless Settings choose one.
   */
  systemLocale: string | null;
}

export type WifiToolName = 'nmcli' | 'netsh' | 'networksetup';
export type CheckStatus = 'ok' | 'warn' | 'fail';

/** What a readiness item's button does: ask the OS, or open its settings page. */
const READINESS_ACTIONS = ['request-location', 'open-location-settings'] as const;
export type ReadinessActionId = (typeof READINESS_ACTIONS)[number];

interface ReadinessAction {
  id: ReadinessActionId;
  /** The button's words. */
  label: Message;
}

export interface ReadinessItem {
  id: string;
  label: Message;
  status: CheckStatus;
  /** What was found, in plain words. */
  detail: Message;
  /** What the operator should do about a warn or fail; absent when nothing is needed. */
  fix?: Message;
  /** A button that does (part of) the fix, where this host can. */
  action?: ReadinessAction;
}

export interface SystemCheck {
  os: { platform: string; release: string; arch: string; name: string };
  wifiTool: {
    name: WifiToolName | null;
    /** Absolute path where the tool was found on PATH. */
    path: string | null;
    runs: boolean;
    version: string | null;
    simulated: boolean;
  };
  items: ReadinessItem[];
  /** True when nothing is in the fail state. */
  ready: boolean;
  checkedAt: string;
}

/** The diagnostics file (shared/diagnostics.ts), ready to save under its name. */
export interface DiagnosticsExport {
  fileName: string;
  json: string;
}

// A channel's result type travels as a phantom: the value is never read at run time.
interface RequestSpec<S extends z.ZodType, R> {
  arg: S;
  result?: R;
}
const channel =
  <R>() =>
  <S extends z.ZodType>(arg: S): RequestSpec<S, R> => ({ arg });
const noArgument = z.undefined();

export const requests = {
  'app.info': channel<AppInfo>()(noArgument),
  'system.check': channel<SystemCheck>()(noArgument),
  /** Runs a readiness item's action, then checks again. */
  'system.act': channel<SystemCheck>()(z.strictObject({ action: z.enum(READINESS_ACTIONS) })),
  'settings.get': channel<Settings>()(noArgument),
  'settings.update': channel<Settings>()(settingsPatchSchema),
  'account.current': channel<AccountSummary | null>()(noArgument),
  'account.connect': channel<AccountConnectResult>()(accountInputSchema),
  'account.completeMfa': channel<AccountConnectResult>()(mfaInputSchema),
  'account.signOut': channel<null>()(noArgument),
  'account.setCustomer': channel<AccountSummary>()(customerInputSchema),
  'profiles.list': channel<StationProfile[]>()(noArgument),
  'profiles.save': channel<StationProfile>()(networkChoiceSchema),
  'profiles.delete': channel<StationProfile[]>()(z.strictObject({ id: z.string().min(1).max(64) })),
  'device.find': channel<FindResult>()(findInputSchema),
  'provision.start': channel<{ runId: string }>()(startInputSchema),
  'provision.chooseNetwork': channel<null>()(chooseNetworkInputSchema),
  'provision.rescan': channel<null>()(runIdInputSchema),
  'provision.cancel': channel<null>()(runIdInputSchema),
  /** The latest run as the core last reported it: a window rehydrates from it at start. */
  'provision.current': channel<RunSnapshot | null>()(noArgument),
  'history.query': channel<HistoryPage>()(historyQuerySchema),
  'history.exportCsv': channel<CsvExport>()(historyQuerySchema),
  'returns.lookup': channel<DeviceLookup>()(lookupInputSchema),
  'returns.readDeviceId': channel<{ deviceId: string; claimed: boolean }>()(
    z.strictObject({ ssid: z.string().min(1).max(32) }),
  ),
  'returns.plan': channel<ReleasePlan>()(planInputSchema),
  'returns.execute': channel<ReleaseReport>()(executeInputSchema),
  'diagnostics.collect': channel<DiagnosticsExport>()(noArgument),
  /** The returned unit being worked on (its plan, running or not, and its report). */
  'returns.current': channel<ReleaseActivity | null>()(noArgument),
  /** Station mode: the loop's state (also sent as station.changed on every change). */
  'station.state': channel<StationState>()(noArgument),
  'station.start': channel<StationState>()(stationStartSchema),
  'station.stop': channel<StationState>()(stationStopSchema),
  /** A label scanned (or typed) for the next unit. */
  'station.label': channel<StationState>()(stationLabelSchema),
  /** The operator's key for "is the unit in your hand flashing rainbow?". */
  'station.answer': channel<StationState>()(stationAnswerSchema),
  'station.retryFailed': channel<StationState>()(noArgument),
  'station.newShift': channel<StationState>()(noArgument),
} satisfies Record<RequestChannel, RequestSpec<z.ZodType, unknown>>;

/** Every event's payload; the key set must be exactly EVENT_NAMES (checked below). */
interface EventPayloads {
  /** Sent after every system check, so every open window shows the same readiness. */
  'system.checked': SystemCheck;
  /** The run's phases, timings and what it knows of the device; sent on every change. */
  'run.progress': RunProgress;
  /** The LED the operator should see now, observed or expected. */
  'run.led': RunLed;
  /** The device's own scan-ap list, when the operator is to choose its network. */
  'run.networks': RunNetworks;
  /** How the run ended, with the record written to the audit log. */
  'run.outcome': RunOutcome;
  /** A returned unit's plan when made, after each step it runs, and when it stops. */
  'returns.progress': ReleaseActivity;
  /** The core waits before asking the cloud again (it asked to slow down, or it had a problem). */
  'cloud.waiting': CloudWaiting;
  /** The station loop's state: units on their trip, being verified, done; the tally. */
  'station.changed': StationState;
}

export interface CloudWaiting {
  /** What is being done, in the operator's words ("create a claim code"). */
  operation: Message;
  reason: 'rate-limited' | 'retrying';
  /** When the next try goes out (ISO time); a window counts down to it. */
  until: string;
  seconds: number;
}

// Both ways, for requests and events: every name has an entry, and every entry has a name.
type Mismatch =
  | Exclude<keyof typeof requests, RequestChannel>
  | Exclude<keyof EventPayloads, EventName>
  | Exclude<EventName, keyof EventPayloads>;
const namesMatch: [Mismatch] extends [never] ? true : never = true;
void namesMatch;

type RequestArg<C extends RequestChannel> = z.input<(typeof requests)[C]['arg']>;
export type ParsedArg<C extends RequestChannel> = z.output<(typeof requests)[C]['arg']>;
export type RequestResult<C extends RequestChannel> = Exclude<
  (typeof requests)[C]['result'],
  undefined
>;
export type EventPayload<E extends EventName> = EventPayloads[E];

export const requestChannels: readonly RequestChannel[] = REQUEST_CHANNELS;

/** Why a call failed, in a form that crosses the boundary as plain JSON. */
export interface ContractError {
  code: 'unknown-channel' | 'invalid-argument' | 'forbidden' | 'failed' | 'disconnected';
  /** The sentence in English, for logs and scripts: never a stack trace, never a secret. */
  message: string;
  /** The same sentence as a catalogue entry, which a window says in its operator's language. */
  text: Message;
  /** Per-field problems for invalid arguments, keyed by dotted path. */
  fields?: Record<string, Message>;
}

/** A refusal: its sentence as a catalogue entry, and that entry's English for logs and scripts. */
export const contractError = (
  code: ContractError['code'],
  text: Message,
  fields?: Record<string, Message>,
): ContractError => ({
  code,
  message: formatMessage('en', text),
  text,
  ...(fields === undefined ? {} : { fields }),
});

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ContractError };

/** Zero arguments for channels whose schema is `undefined`, one otherwise. */
export type ArgList<C extends RequestChannel> =
  undefined extends RequestArg<C> ? [arg?: RequestArg<C>] : [arg: RequestArg<C>];

/**
 * What a host gives the renderer (window.photonSetup in the desktop app, a WebSocket in a
 * browser). Results come back as envelopes so a failure keeps its code and sentence intact.
 */
export interface HostApi {
  invoke<C extends RequestChannel>(
    channel: C,
    ...args: ArgList<C>
  ): Promise<Envelope<RequestResult<C>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}
