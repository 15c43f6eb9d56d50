// The shape of the one app store, slice by slice. What the device, the cloud and this computer
// are doing comes only from the core (results and events); the renderer keeps just the
// operator's own choices and which screen is shown. Types only: the slices implement them.
import type { RunRecord } from '../../shared/audit';
import type { AppInfo, CloudWaiting, ReadinessActionId, SystemCheck } from '../../shared/contract';
import type { Locale, Message } from '../../shared/i18n';
import type {
  AccountInput,
  AccountSummary,
  FindResult,
  HistoryPage,
  NetworkChoice,
  RunSnapshot,
  StationProfile,
} from '../../shared/provisioning';
import type { DeviceLookup, ReleaseActivity } from '../../shared/returns';
import type { Settings } from '../../shared/settings';
import type { StationState, StationTally } from '../../shared/station';
import type { Bridge, ConnectionState } from '../bridge';
import type { WizardStepId } from '../steps/wizard-steps';
import type { Place } from './navigation';
import type { Pending, RequestKey } from './requests';
import type { WindowMemory } from './window-memory';

export type View = 'setup' | 'station' | 'returns' | 'history' | 'settings';

export interface ShellState {
  bridge: Bridge;
  connection: ConnectionState;
  info: AppInfo | null;
  infoError: Message | null;
  /** A language the page's address forces (`?lang=`, for testing), over Settings and the OS. */
  languageOverride: Locale | null;
  readiness: SystemCheck | null;
  settings: Settings | null;
  /** Why the settings could not be read (the form then offers to try again, not a spinner). */
  settingsError: Message | null;
  view: View;
  requests: Record<RequestKey, Pending>;
  /** The core is waiting before it asks the cloud again; shown with a countdown. */
  cloudWaiting: CloudWaiting | null;

  /** Subscribes to the core's events and rehydrates; returns the function that detaches. */
  start(): () => void;
  recheck(): Promise<void>;
  /** Reads the settings again after a failed read. */
  reloadSettings(): void;
  /** A readiness item's button (ask for Location, open its settings), then the new check. */
  actOnReadiness(action: ReadinessActionId): Promise<void>;
  showView(view: View): void;
}

/** A run as this window shows it: the core's latest report of each kind. */
export type RunView = RunSnapshot;

/** A returned unit being set up for its next owner: carried from Returned units into the wizard. */
interface Handoff {
  deviceId: string;
  // No copy of the next owner: whoever signs in next (or the customer set) is the account's own.
}

export interface SetupState {
  place: Place;
  account: AccountSummary | null;
  mfaRequired: boolean;
  profiles: StationProfile[];
  /** null = choose from the device's own scan once joined. */
  selectedProfileId: string | null;
  found: FindResult | null;
  selectedDeviceSsid: string | null;
  manualJoin: boolean;
  knownDeviceId: string;
  run: RunView | null;
  memory: WindowMemory;
  handoff: Handoff | null;

  goTo(step: WizardStepId): void;
  connectAccount(input: AccountInput): Promise<boolean>;
  completeMfa(otp: string): Promise<boolean>;
  signOut(): Promise<boolean>;
  saveProfile(network: NetworkChoice): Promise<boolean>;
  deleteProfile(id: string): Promise<void>;
  selectProfile(id: string | null): void;
  findDevices(): Promise<void>;
  selectDevice(ssid: string | null, manual?: boolean): void;
  setKnownDeviceId(value: string): void;
  startRun(): Promise<void>;
  chooseNetwork(
    network: NetworkChoice | { profileId: string },
    saveAsProfile: boolean,
  ): Promise<boolean>;
  rescan(): Promise<void>;
  cancelRun(): Promise<void>;
  /** Leaves a finished run's result for the next device (Find) or another step. */
  dismissRun(place: Place): void;
  /**
   * What the core said about a run: adopted unless this window dismissed that run. A snapshot
   * (provision.current) only fills in what no event has told this window yet.
   */
  takeRun(update: Partial<RunSnapshot> & { runId: string }, from?: 'event' | 'snapshot'): void;
}

export type NextOwner =
  { kind: 'customer'; email: string } | { kind: 'this-account' } | { kind: 'other-account' };

interface ReleaseWantsDraft {
  removeFromProduct: boolean;
  reAddToProduct: boolean;
}

export interface ReturnsState {
  returnsDraftId: string;
  lookup: DeviceLookup | null;
  wants: ReleaseWantsDraft;
  activity: ReleaseActivity | null;
  /** Photon-… networks found for reading an id; null before a search. */
  photons: string[] | null;

  setReturnsDraftId(value: string): void;
  setWants(patch: Partial<ReleaseWantsDraft>): void;
  lookUp(): Promise<void>;
  findPhotons(): Promise<void>;
  readIdFrom(ssid: string): Promise<void>;
  planRelease(): Promise<void>;
  runPlan(): Promise<void>;
  setUpForNextOwner(owner: NextOwner): Promise<boolean>;
}

export interface HistoryState {
  historyFilter: string;
  history: HistoryPage | null;
  setHistoryFilter(value: string): void;
  loadHistory(): Promise<void>;
  /** Asks the core for the CSV and saves it as a download. */
  exportHistory(): Promise<void>;
}

export interface SettingsState {
  /** Set when the last save succeeded, cleared by the next edit or a failed save. */
  settingsSaved: boolean;
  saveSettings(patch: Partial<Settings>): Promise<boolean>;
  chooseLanguage(language: Settings['language']): Promise<void>;
  editSettings(): void;
  /** The file name the diagnostics were saved under, once they were. */
  diagnosticsSaved: string | null;
  /** Collects the support file from the core and offers it as a download. */
  saveDiagnostics(): Promise<void>;
}

/** The operator's choices for the next station start (kept across reloads). */
export interface StationChoices {
  profileId: string | null;
  requireLabel: boolean;
  confirmIdentity: boolean;
  /** A tone for each result (Web Audio: no files). */
  sound: boolean;
}

/**
 * The shift report's form as the operator filled it in: the first and last day (yyyy-mm-dd, on
 * this computer's calendar, both included) and a station and operator ('' = any).
 */
export interface ShiftReportQuery {
  from: string;
  to: string;
  station: string;
  operator: string;
}

/** A shift report as the core's log has it: the runs in the range, and their totals. */
interface ShiftReport {
  records: RunRecord[];
  tally: StationTally;
}

export interface StationSliceState {
  /** The core's station (null until read). */
  station: StationState | null;
  stationChoices: StationChoices;
  chooseStation(patch: Partial<StationChoices>): void;
  startStation(): Promise<void>;
  stopStation(now: boolean): Promise<void>;
  scanStationLabel(label: string): Promise<boolean>;
  answerStation(confirmed: boolean): Promise<void>;
  retryFailedUnits(): Promise<void>;
  newStationShift(): Promise<void>;
  /** The last shift report shown (null until asked); its failure is requests.shiftReport. */
  shiftReport: ShiftReport | null;
  /** Reads the report for those days, station and operator from the core's log. */
  queryShiftReport(query: ShiftReportQuery): Promise<void>;
  /** Saves the core's CSV of those days (English columns, with a byte-order mark) as a file. */
  exportShiftReport(query: ShiftReportQuery): Promise<void>;
  /** Forgets the report when its form goes away (the next one starts empty, as it always did). */
  clearShiftReport(): void;
}

export type AppState = ShellState &
  SetupState &
  StationSliceState &
  ReturnsState &
  HistoryState &
  SettingsState;
