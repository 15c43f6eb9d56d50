// How one device's setup ended: a closed union, so every screen and every record handles every
// case (describeOutcome's switch fails to compile when a case is added and not described).
import type { LedStateId } from './led';
import { PHASE_WORDS, type RunPhase } from './phases';
import { displaySsid } from './ssid-text';

export type { RunPhase } from './phases';

type Owner =
  { kind: 'user'; username: string } | { kind: 'customer'; email: string; productId: number };

/** A cloud failure as the engine reports it: its kind and the operator sentence. */
interface CloudProblem {
  kind: string;
  message: string;
  status?: number;
}

export type Outcome =
  | { kind: 'success'; deviceId: string; owner: Owner; deviceName?: string }
  | {
      kind: 'online-not-claimed';
      deviceId: string;
      reason: 'claim-code-invalid' | 'owned-by-other' | 'unknown';
    }
  | { kind: 'configured-not-online'; deviceId: string; waitedMs: number }
  | { kind: 'credentials-rejected'; deviceId: string; ssid: string }
  | { kind: 'network-not-visible'; deviceId: string | null; ssid: string }
  | { kind: 'configure-rejected'; deviceId: string | null; code: number; message: string }
  | { kind: 'lost-device'; deviceId: string | null; phase: RunPhase }
  /** scan-ap stopped mid-reply (device-os#1334/#1407): the device answers nothing until it leaves listening mode. */
  | { kind: 'scan-stuck'; deviceId: string | null }
  /** This computer could not find, join or keep the device's network (the sentence says why). */
  | { kind: 'host-wifi-problem'; deviceId: string | null; phase: RunPhase; message: string }
  | { kind: 'cloud-error'; deviceId: string | null; phase: RunPhase; problem: CloudProblem }
  | {
      kind: 'wifi-not-restored';
      deviceId: string | null;
      network: string;
      inner: Exclude<OutcomeKind, 'wifi-not-restored'>;
    }
  /** The label scanned for this unit names another device: stopped before anything reached the cloud. */
  | { kind: 'label-mismatch'; deviceId: string; labelId: string }
  /**
   * Online and claimed, but the operator did not confirm that the unit flashing rainbow is the one
   * in hand (answered no, did not answer in time, or the rainbow could not be started).
   */
  | {
      kind: 'identity-not-confirmed';
      deviceId: string;
      answer: 'denied' | 'no-answer' | 'signal-failed';
    }
  | { kind: 'cancelled'; deviceId: string | null; phase: RunPhase }
  /** Photon Setup stopped mid-run (a crash, a kill); the next start put the Wi-Fi back. */
  | { kind: 'interrupted'; deviceId: string | null; phase: RunPhase };

export type OutcomeKind = Outcome['kind'];

export type NextAction =
  | 'next-device'
  | 'retry'
  | 'change-wifi'
  | 'change-account'
  | 'copy-device-id'
  | 'rejoin-wifi'
  | 'view-history';

export interface OutcomeDescription {
  title: string;
  sentence: string;
  /** The LED the operator should look at now. */
  led: LedStateId | null;
  actions: NextAction[];
  tone: 'success' | 'warning' | 'failure' | 'neutral';
}

const assertNever = (value: never): never => {
  throw new Error(`Unhandled outcome ${JSON.stringify(value)}`);
};

const phaseWords = PHASE_WORDS;

/** Every outcome kind, as a list: the audit schema's enum. The check below ties it to the union. */
export const OUTCOME_KINDS = [
  'success',
  'online-not-claimed',
  'configured-not-online',
  'credentials-rejected',
  'network-not-visible',
  'configure-rejected',
  'lost-device',
  'scan-stuck',
  'host-wifi-problem',
  'cloud-error',
  'wifi-not-restored',
  'label-mismatch',
  'identity-not-confirmed',
  'cancelled',
  'interrupted',
] as const satisfies readonly OutcomeKind[];
// Fails to compile when the union has a kind the list lacks.
type MissingKinds = Exclude<OutcomeKind, (typeof OUTCOME_KINDS)[number]>;
const everyKindListed: [MissingKinds] extends [never] ? true : MissingKinds = true;
void everyKindListed;

/**
 * Each kind's title, stated once: the result screen, the station's tiles and the history use it
 * (a record keeps only the kind, never a raw code for the operator to decode).
 */
export const OUTCOME_TITLES: Readonly<Record<OutcomeKind, string>> = {
  success: 'Online and claimed',
  'online-not-claimed': 'Online, but not claimed',
  'configured-not-online': 'Configured, but not seen online',
  'credentials-rejected': 'The Wi-Fi password was not accepted',
  'network-not-visible': 'The device cannot see that network',
  'configure-rejected': 'The device refused the Wi-Fi settings',
  'lost-device': 'Lost contact with the device',
  'scan-stuck': "The device's Wi-Fi scan got stuck",
  'host-wifi-problem': "This computer could not use the device's network",
  'cloud-error': 'The Particle cloud reported a problem',
  'wifi-not-restored': 'Rejoin your Wi-Fi',
  'label-mismatch': 'The label is not this Photon’s',
  'identity-not-confirmed': 'Not confirmed as the unit in hand',
  cancelled: 'Cancelled',
  interrupted: 'Interrupted',
};

const IDENTITY_SENTENCES: Readonly<
  Record<Extract<Outcome, { kind: 'identity-not-confirmed' }>['answer'], string>
> = {
  denied: 'the operator said the unit in hand is not the one flashing rainbow',
  'no-answer': 'nobody confirmed in time that the unit in hand flashed rainbow',
  'signal-failed': 'the cloud could not make it flash rainbow to check',
};

export function describeOutcome(outcome: Outcome): OutcomeDescription {
  switch (outcome.kind) {
    case 'success': {
      const owner =
        outcome.owner.kind === 'user' ? outcome.owner.username : `customer ${outcome.owner.email}`;
      return {
        title: OUTCOME_TITLES['success'],
        sentence: `Device ${outcome.deviceId} is online and belongs to ${owner}.`,
        led: 'connected',
        actions: ['next-device', 'copy-device-id'],
        tone: 'success',
      };
    }
    case 'online-not-claimed':
      return {
        title: OUTCOME_TITLES['online-not-claimed'],
        sentence:
          outcome.reason === 'owned-by-other'
            ? `Device ${outcome.deviceId} is online but belongs to another account. Release it first (Returned units), then set it up again.`
            : `Device ${outcome.deviceId} is online but the cloud did not accept its claim code (expired or already used). Set it up again to send a fresh code.`,
        led: 'connected',
        actions: ['retry', 'copy-device-id', 'next-device'],
        tone: 'warning',
      };
    case 'configured-not-online':
      return {
        title: OUTCOME_TITLES['configured-not-online'],
        sentence: `Device ${outcome.deviceId} took the Wi-Fi settings but did not come online within ${Math.round(outcome.waitedMs / 1000)} s. Look at its LED: the colour tells where it stopped.`,
        led: 'wifi-joining',
        actions: ['retry', 'change-wifi', 'copy-device-id'],
        tone: 'failure',
      };
    case 'credentials-rejected':
      return {
        title: OUTCOME_TITLES['credentials-rejected'],
        sentence: `Device ${outcome.deviceId} could not join "${displaySsid(outcome.ssid)}" and went back to listening mode. Check the password and the security type, then try again.`,
        led: 'listening',
        actions: ['change-wifi', 'retry'],
        tone: 'failure',
      };
    case 'network-not-visible':
      return {
        title: OUTCOME_TITLES['network-not-visible'],
        sentence: `The Photon cannot see "${displaySsid(outcome.ssid)}". It only sees 2.4 GHz networks; hidden networks and ones out of range also fail. Choose another network or move closer.`,
        led: 'listening',
        actions: ['change-wifi', 'retry'],
        tone: 'failure',
      };
    case 'configure-rejected':
      return {
        title: OUTCOME_TITLES['configure-rejected'],
        sentence: outcome.message,
        led: 'listening',
        actions: ['retry', 'change-wifi'],
        tone: 'failure',
      };
    case 'lost-device':
      return {
        title: OUTCOME_TITLES['lost-device'],
        sentence: `The device stopped answering while ${phaseWords[outcome.phase]}. Check that it still blinks dark blue and is close to this computer, then try again.`,
        led: 'listening',
        actions: ['retry'],
        tone: 'failure',
      };
    case 'scan-stuck':
      return {
        title: OUTCOME_TITLES['scan-stuck'],
        sentence:
          'The Photon stopped answering in the middle of its Wi-Fi scan, which happens in rooms with many networks; it stays stuck until it leaves listening mode, so trying again as it is will not help. Press RESET, then hold SETUP until it blinks dark blue, and set it up again. A saved network with its channel skips the scan.',
        led: 'listening',
        actions: ['retry', 'change-wifi'],
        tone: 'failure',
      };
    case 'host-wifi-problem':
      return {
        title: OUTCOME_TITLES['host-wifi-problem'],
        sentence: outcome.message,
        led: 'listening',
        actions: ['retry'],
        tone: 'failure',
      };
    case 'cloud-error':
      return {
        title: OUTCOME_TITLES['cloud-error'],
        sentence: `${outcome.problem.message} (while ${phaseWords[outcome.phase]}).`,
        led: null,
        actions:
          outcome.phase === 'prepare' ? ['change-account', 'retry'] : ['retry', 'copy-device-id'],
        tone: 'failure',
      };
    case 'wifi-not-restored':
      return {
        title: OUTCOME_TITLES['wifi-not-restored'],
        sentence: `Photon Setup could not return this computer to "${outcome.network}". Join it from the system Wi-Fi menu, then check the device's result in History.`,
        led: null,
        actions: ['rejoin-wifi', 'view-history'],
        tone: 'warning',
      };
    case 'label-mismatch':
      return {
        title: OUTCOME_TITLES['label-mismatch'],
        sentence: `Label says ${outcome.labelId}, this Photon is ${outcome.deviceId}. Nothing was claimed or imported for either. Scan the label of the unit in hand, or set this one aside.`,
        led: 'listening',
        actions: ['retry', 'copy-device-id'],
        tone: 'failure',
      };
    case 'identity-not-confirmed':
      return {
        title: OUTCOME_TITLES['identity-not-confirmed'],
        sentence: `Device ${outcome.deviceId} is online and claimed, but ${IDENTITY_SENTENCES[outcome.answer]}. Find the unit that is breathing cyan and check its label before it ships.`,
        led: 'connected',
        actions: ['copy-device-id', 'view-history'],
        tone: 'warning',
      };
    case 'cancelled':
      return {
        title: OUTCOME_TITLES['cancelled'],
        sentence: `Setup was cancelled while ${phaseWords[outcome.phase]}. Nothing else will be sent to the device.`,
        led: null,
        actions: ['retry', 'next-device'],
        tone: 'neutral',
      };
    case 'interrupted':
      return {
        title: OUTCOME_TITLES['interrupted'],
        sentence: `Photon Setup stopped while ${phaseWords[outcome.phase]}${outcome.deviceId === null ? '' : ` (device ${outcome.deviceId})`}, and put this computer's Wi-Fi back when it started again. Set the device up again.`,
        led: null,
        actions: ['retry', 'view-history'],
        tone: 'warning',
      };
    default:
      return assertNever(outcome);
  }
}
