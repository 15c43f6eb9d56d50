// Every state of the Photon's RGB LED an operator may meet during setup, with what it means and
// what to do. Colours and timings follow Device OS's default theme (softap-protocol.md §8).
// The app can only *observe* a few of them (the device answers = listening; its AP came back =
// listening again; the cloud says online = breathing cyan); the rest it *expects*. The words are
// catalogue entries (i18n/en/led.ts), so every window says them in its operator's language.
import { m, type Message } from './i18n';

export type LedColor = 'blue' | 'green' | 'cyan' | 'magenta' | 'red' | 'orange' | 'white' | 'off';
export type LedPattern =
  'blinking' | 'fast-blinking' | 'breathing' | 'solid' | 'flash-codes' | 'sos' | 'off';

/** Every LED state an operator may meet, stated once: the product and the simulator both use it. */
export const LED_STATE_IDS = [
  'listening',
  'wifi-joining',
  'dhcp',
  'wifi-connected',
  'cloud-connecting',
  'cloud-handshake',
  'connected',
  'ota-update',
  'clearing-credentials',
  'wifi-idle',
  'cloud-unreachable-no-internet',
  'cloud-unreachable',
  'key-error',
  'auth-error',
  'handshake-error',
  'firmware-crash',
  'safe-mode',
  'off',
] as const;

export type LedStateId = (typeof LED_STATE_IDS)[number];

export interface LedState {
  id: LedStateId;
  color: LedColor;
  pattern: LedPattern;
  /** Short words as an operator would say them: "Blinking green". */
  label: Message;
  meaning: Message;
  advice: Message;
  /** A second colour for states shown as flashes over a base colour (e.g. cyan with orange). */
  flashColor?: LedColor;
  flashCount?: number;
  /** True for states that mean something went wrong. */
  problem: boolean;
}

export const ledStates: Readonly<Record<LedStateId, LedState>> = {
  listening: {
    id: 'listening',
    color: 'blue',
    pattern: 'blinking',
    label: m('led.listening.label'),
    meaning: m('led.listening.meaning'),
    advice: m('led.listening.advice'),
    problem: false,
  },
  'wifi-joining': {
    id: 'wifi-joining',
    color: 'green',
    pattern: 'blinking',
    label: m('led.wifi-joining.label'),
    meaning: m('led.wifi-joining.meaning'),
    advice: m('led.wifi-joining.advice'),
    problem: false,
  },
  dhcp: {
    id: 'dhcp',
    color: 'green',
    pattern: 'fast-blinking',
    label: m('led.dhcp.label'),
    meaning: m('led.dhcp.meaning'),
    advice: m('led.dhcp.advice'),
    problem: false,
  },
  'wifi-connected': {
    id: 'wifi-connected',
    color: 'green',
    pattern: 'breathing',
    label: m('led.wifi-connected.label'),
    meaning: m('led.wifi-connected.meaning'),
    advice: m('led.wifi-connected.advice'),
    problem: false,
  },
  'cloud-connecting': {
    id: 'cloud-connecting',
    color: 'cyan',
    pattern: 'blinking',
    label: m('led.cloud-connecting.label'),
    meaning: m('led.cloud-connecting.meaning'),
    advice: m('led.cloud-connecting.advice'),
    problem: false,
  },
  'cloud-handshake': {
    id: 'cloud-handshake',
    color: 'cyan',
    pattern: 'fast-blinking',
    label: m('led.cloud-handshake.label'),
    meaning: m('led.cloud-handshake.meaning'),
    advice: m('led.cloud-handshake.advice'),
    problem: false,
  },
  connected: {
    id: 'connected',
    color: 'cyan',
    pattern: 'breathing',
    label: m('led.connected.label'),
    meaning: m('led.connected.meaning'),
    advice: m('led.connected.advice'),
    problem: false,
  },
  'ota-update': {
    id: 'ota-update',
    color: 'magenta',
    pattern: 'blinking',
    label: m('led.ota-update.label'),
    meaning: m('led.ota-update.meaning'),
    advice: m('led.ota-update.advice'),
    problem: false,
  },
  'clearing-credentials': {
    id: 'clearing-credentials',
    color: 'blue',
    pattern: 'fast-blinking',
    label: m('led.clearing-credentials.label'),
    meaning: m('led.clearing-credentials.meaning'),
    advice: m('led.clearing-credentials.advice'),
    problem: false,
  },
  'wifi-idle': {
    id: 'wifi-idle',
    color: 'blue',
    pattern: 'breathing',
    label: m('led.wifi-idle.label'),
    meaning: m('led.wifi-idle.meaning'),
    advice: m('led.wifi-idle.advice'),
    problem: true,
  },
  'cloud-unreachable-no-internet': {
    id: 'cloud-unreachable-no-internet',
    color: 'cyan',
    pattern: 'flash-codes',
    flashColor: 'red',
    flashCount: 2,
    label: m('led.cloud-unreachable-no-internet.label'),
    meaning: m('led.cloud-unreachable-no-internet.meaning'),
    advice: m('led.cloud-unreachable-no-internet.advice'),
    problem: true,
  },
  'cloud-unreachable': {
    id: 'cloud-unreachable',
    color: 'cyan',
    pattern: 'flash-codes',
    flashColor: 'orange',
    flashCount: 3,
    label: m('led.cloud-unreachable.label'),
    meaning: m('led.cloud-unreachable.meaning'),
    advice: m('led.cloud-unreachable.advice'),
    problem: true,
  },
  'key-error': {
    id: 'key-error',
    color: 'cyan',
    pattern: 'flash-codes',
    flashColor: 'orange',
    flashCount: 1,
    label: m('led.key-error.label'),
    meaning: m('led.key-error.meaning'),
    advice: m('led.key-error.advice'),
    problem: true,
  },
  'auth-error': {
    id: 'auth-error',
    color: 'cyan',
    pattern: 'flash-codes',
    flashColor: 'magenta',
    flashCount: 1,
    label: m('led.auth-error.label'),
    meaning: m('led.auth-error.meaning'),
    advice: m('led.auth-error.advice'),
    problem: true,
  },
  'handshake-error': {
    id: 'handshake-error',
    color: 'cyan',
    pattern: 'flash-codes',
    flashColor: 'red',
    flashCount: 1,
    label: m('led.handshake-error.label'),
    meaning: m('led.handshake-error.meaning'),
    advice: m('led.handshake-error.advice'),
    problem: true,
  },
  'firmware-crash': {
    id: 'firmware-crash',
    color: 'red',
    pattern: 'sos',
    label: m('led.firmware-crash.label'),
    meaning: m('led.firmware-crash.meaning'),
    advice: m('led.firmware-crash.advice'),
    problem: true,
  },
  'safe-mode': {
    id: 'safe-mode',
    color: 'magenta',
    pattern: 'breathing',
    label: m('led.safe-mode.label'),
    meaning: m('led.safe-mode.meaning'),
    advice: m('led.safe-mode.advice'),
    problem: false,
  },
  off: {
    id: 'off',
    color: 'off',
    pattern: 'off',
    label: m('led.off.label'),
    meaning: m('led.off.meaning'),
    advice: m('led.off.advice'),
    problem: true,
  },
};

/** What a healthy device shows, in order, from listening to online. */
export const healthyProgression: readonly LedStateId[] = [
  'listening',
  'wifi-joining',
  'dhcp',
  'cloud-connecting',
  'cloud-handshake',
  'connected',
];

type LedSource = 'observed' | 'expected';

/** The LED the operator should see now, and whether the app saw evidence of it or infers it. */
export interface LedReport {
  state: LedStateId;
  source: LedSource;
  /** Why the app believes this, e.g. "The device answered on its setup network." */
  basis: Message;
}

/**
 * What else the operator might be seeing while the app expects `expected`, for the
 * "My LED shows something else" list: the neighbouring healthy states first, then problems.
 */
export function ledAlternatives(expected: LedStateId): LedState[] {
  const problems: LedStateId[] = [
    'listening',
    'wifi-joining',
    'dhcp',
    'wifi-connected',
    'cloud-connecting',
    'cloud-unreachable-no-internet',
    'cloud-unreachable',
    'key-error',
    'auth-error',
    'handshake-error',
    'ota-update',
    'wifi-idle',
    'firmware-crash',
    'off',
  ];
  return problems.filter((id) => id !== expected).map((id) => ledStates[id]);
}
