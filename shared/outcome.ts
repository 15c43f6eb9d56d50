// How one device's setup ended: a closed union, so every screen and every record handles every
// case (describeOutcome's switch fails to compile when a case is added and not described).
import { m, type Message } from './i18n';
import type { LedStateId } from './led';
import { PHASE_WORDS, type RunPhase } from './phases';
import { displaySsid } from './ssid-text';

export type { RunPhase } from './phases';

type Owner =
  { kind: 'user'; username: string } | { kind: 'customer'; email: string; productId: number };

/** A cloud failure as the engine reports it: its kind and the operator sentence. */
interface CloudProblem {
  kind: string;
  message: Message;
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
  | { kind: 'configure-rejected'; deviceId: string | null; code: number; message: Message }
  | { kind: 'lost-device'; deviceId: string | null; phase: RunPhase }
  /** scan-ap stopped mid-reply (device-os#1334/#1407): the device answers nothing until it leaves listening mode. */
  | { kind: 'scan-stuck'; deviceId: string | null }
  /** This computer could not find, join or keep the device's network (the sentence says why). */
  | { kind: 'host-wifi-problem'; deviceId: string | null; phase: RunPhase; message: Message }
  | { kind: 'cloud-error'; deviceId: string | null; phase: RunPhase; problem: CloudProblem }
  | {
      kind: 'wifi-not-restored';
      deviceId: string | null;
      /** The network to rejoin; null when the OS would not say which it was. */
      network: string | null;
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
  title: Message;
  sentence: Message;
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
 * Each kind's title, stated once as a catalogue id (outcome.<kind>.title): the result screen, the
 * station's tiles and the history use it (a record keeps only the kind, never a raw code for the
 * operator to decode).
 */
export const OUTCOME_TITLES: Readonly<Record<OutcomeKind, Message>> = {
  success: m('outcome.success.title'),
  'online-not-claimed': m('outcome.online-not-claimed.title'),
  'configured-not-online': m('outcome.configured-not-online.title'),
  'credentials-rejected': m('outcome.credentials-rejected.title'),
  'network-not-visible': m('outcome.network-not-visible.title'),
  'configure-rejected': m('outcome.configure-rejected.title'),
  'lost-device': m('outcome.lost-device.title'),
  'scan-stuck': m('outcome.scan-stuck.title'),
  'host-wifi-problem': m('outcome.host-wifi-problem.title'),
  'cloud-error': m('outcome.cloud-error.title'),
  'wifi-not-restored': m('outcome.wifi-not-restored.title'),
  'label-mismatch': m('outcome.label-mismatch.title'),
  'identity-not-confirmed': m('outcome.identity-not-confirmed.title'),
  cancelled: m('outcome.cancelled.title'),
  interrupted: m('outcome.interrupted.title'),
};

const IDENTITY_SENTENCES = {
  denied: (deviceId: string) => m('outcome.identity-not-confirmed.sentence.denied', { deviceId }),
  'no-answer': (deviceId: string) =>
    m('outcome.identity-not-confirmed.sentence.no-answer', { deviceId }),
  'signal-failed': (deviceId: string) =>
    m('outcome.identity-not-confirmed.sentence.signal-failed', { deviceId }),
} satisfies Record<
  Extract<Outcome, { kind: 'identity-not-confirmed' }>['answer'],
  (deviceId: string) => Message
>;

export function describeOutcome(outcome: Outcome): OutcomeDescription {
  switch (outcome.kind) {
    case 'success': {
      const owner =
        outcome.owner.kind === 'user'
          ? outcome.owner.username
          : m('outcome.owner.customer', { email: outcome.owner.email });
      return {
        title: OUTCOME_TITLES['success'],
        sentence: m('outcome.success.sentence', { deviceId: outcome.deviceId, owner }),
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
            ? m('outcome.online-not-claimed.sentence.owned-by-other', {
                deviceId: outcome.deviceId,
              })
            : m('outcome.online-not-claimed.sentence', { deviceId: outcome.deviceId }),
        led: 'connected',
        actions: ['retry', 'copy-device-id', 'next-device'],
        tone: 'warning',
      };
    case 'configured-not-online':
      return {
        title: OUTCOME_TITLES['configured-not-online'],
        sentence: m('outcome.configured-not-online.sentence', {
          deviceId: outcome.deviceId,
          seconds: Math.round(outcome.waitedMs / 1000),
        }),
        led: 'wifi-joining',
        actions: ['retry', 'change-wifi', 'copy-device-id'],
        tone: 'failure',
      };
    case 'credentials-rejected':
      return {
        title: OUTCOME_TITLES['credentials-rejected'],
        sentence: m('outcome.credentials-rejected.sentence', {
          deviceId: outcome.deviceId,
          ssid: displaySsid(outcome.ssid),
        }),
        led: 'listening',
        actions: ['change-wifi', 'retry'],
        tone: 'failure',
      };
    case 'network-not-visible':
      return {
        title: OUTCOME_TITLES['network-not-visible'],
        sentence: m('outcome.network-not-visible.sentence', { ssid: displaySsid(outcome.ssid) }),
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
        sentence: m('outcome.lost-device.sentence', { phase: phaseWords[outcome.phase] }),
        led: 'listening',
        actions: ['retry'],
        tone: 'failure',
      };
    case 'scan-stuck':
      return {
        title: OUTCOME_TITLES['scan-stuck'],
        sentence: m('outcome.scan-stuck.sentence'),
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
        sentence: m('outcome.cloud-error.sentence', {
          problem: outcome.problem.message,
          phase: phaseWords[outcome.phase],
        }),
        led: null,
        actions:
          outcome.phase === 'prepare' ? ['change-account', 'retry'] : ['retry', 'copy-device-id'],
        tone: 'failure',
      };
    case 'wifi-not-restored':
      return {
        title: OUTCOME_TITLES['wifi-not-restored'],
        sentence:
          outcome.network === null
            ? m('outcome.wifi-not-restored.sentence.unnamed')
            : m('outcome.wifi-not-restored.sentence', { network: outcome.network }),
        led: null,
        actions: ['rejoin-wifi', 'view-history'],
        tone: 'warning',
      };
    case 'label-mismatch':
      return {
        title: OUTCOME_TITLES['label-mismatch'],
        sentence: m('outcome.label-mismatch.sentence', {
          labelId: outcome.labelId,
          deviceId: outcome.deviceId,
        }),
        led: 'listening',
        actions: ['retry', 'copy-device-id'],
        tone: 'failure',
      };
    case 'identity-not-confirmed':
      return {
        title: OUTCOME_TITLES['identity-not-confirmed'],
        sentence: IDENTITY_SENTENCES[outcome.answer](outcome.deviceId),
        led: 'connected',
        actions: ['copy-device-id', 'view-history'],
        tone: 'warning',
      };
    case 'cancelled':
      return {
        title: OUTCOME_TITLES['cancelled'],
        sentence: m('outcome.cancelled.sentence', { phase: phaseWords[outcome.phase] }),
        led: null,
        actions: ['retry', 'next-device'],
        tone: 'neutral',
      };
    case 'interrupted':
      return {
        title: OUTCOME_TITLES['interrupted'],
        sentence:
          outcome.deviceId === null
            ? m('outcome.interrupted.sentence', { phase: phaseWords[outcome.phase] })
            : m('outcome.interrupted.sentence.device', {
                phase: phaseWords[outcome.phase],
                deviceId: outcome.deviceId,
              }),
        led: null,
        actions: ['retry', 'view-history'],
        tone: 'warning',
      };
    default:
      return assertNever(outcome);
  }
}
