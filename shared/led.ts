// Every state of the Photon's RGB LED an operator may meet during setup, with what it means and
// what to do. Colours and timings follow Device OS's default theme (softap-protocol.md §8).
// The app can only *observe* a few of them (the device answers = listening; its AP came back =
// listening again; the cloud says online = breathing cyan); the rest it *expects*.

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
  label: string;
  meaning: string;
  advice: string;
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
    label: 'Blinking dark blue',
    meaning: 'Listening mode: the Photon offers its Photon-… network and waits for setup.',
    advice:
      'This is where setup starts. If the LED shows something else, hold SETUP for about 3 seconds until it blinks dark blue.',
    problem: false,
  },
  'wifi-joining': {
    id: 'wifi-joining',
    color: 'green',
    pattern: 'blinking',
    label: 'Blinking green',
    meaning: 'The Photon is joining the Wi-Fi network it was given.',
    advice:
      'Normally a few seconds. Blinking green for more than a minute means it cannot join: check the network name, its password and that it is 2.4 GHz.',
    problem: false,
  },
  dhcp: {
    id: 'dhcp',
    color: 'green',
    pattern: 'fast-blinking',
    label: 'Fast blinking green',
    meaning: 'Joined the network; asking the router for an address (DHCP).',
    advice:
      'If it stays here, the router gives it no address: check the DHCP pool, MAC filtering, or a captive portal.',
    problem: false,
  },
  'wifi-connected': {
    id: 'wifi-connected',
    color: 'green',
    pattern: 'breathing',
    label: 'Breathing green',
    meaning: 'On Wi-Fi but not connected to the Particle cloud.',
    advice:
      'Briefly normal after DHCP. If it stays, the firmware keeps the cloud off (manual mode or blocking code): reflash Tinker or the product firmware.',
    problem: false,
  },
  'cloud-connecting': {
    id: 'cloud-connecting',
    color: 'cyan',
    pattern: 'blinking',
    label: 'Blinking cyan',
    meaning: 'On Wi-Fi with an address; reaching the Particle cloud.',
    advice:
      'Normally a few seconds. If it stays, the network blocks the cloud (outbound UDP/TCP 5683 and 443): ask the network admin.',
    problem: false,
  },
  'cloud-handshake': {
    id: 'cloud-handshake',
    color: 'cyan',
    pattern: 'fast-blinking',
    label: 'Fast blinking cyan',
    meaning: 'Connected to the cloud; exchanging keys (handshake).',
    advice: 'Takes a second or two. Orange or red flashes here mean a key or server problem.',
    problem: false,
  },
  connected: {
    id: 'connected',
    color: 'cyan',
    pattern: 'breathing',
    label: 'Breathing cyan',
    meaning: 'Online: connected to the Particle cloud.',
    advice: 'Done. The device is on Wi-Fi and reachable from the cloud.',
    problem: false,
  },
  'ota-update': {
    id: 'ota-update',
    color: 'magenta',
    pattern: 'blinking',
    label: 'Blinking magenta',
    meaning: 'Receiving a firmware update over the air.',
    advice:
      'Normal on a first connection. Leave it powered; it restarts and comes back breathing cyan. It can take a few minutes.',
    problem: false,
  },
  'clearing-credentials': {
    id: 'clearing-credentials',
    color: 'blue',
    pattern: 'fast-blinking',
    label: 'Fast blinking blue',
    meaning: 'Clearing the stored Wi-Fi credentials (SETUP held for about 10 seconds).',
    advice:
      'Release SETUP once it blinks fast; it returns to blinking dark blue with no networks stored.',
    problem: false,
  },
  'wifi-idle': {
    id: 'wifi-idle',
    color: 'blue',
    pattern: 'breathing',
    label: 'Breathing dark blue',
    meaning: 'Wi-Fi module on but not connected to any network.',
    advice:
      'Put it back in listening mode (hold SETUP until blinking dark blue) and run setup again.',
    problem: true,
  },
  'cloud-unreachable-no-internet': {
    id: 'cloud-unreachable-no-internet',
    color: 'cyan',
    pattern: 'flash-codes',
    flashColor: 'red',
    flashCount: 2,
    label: 'Blinking cyan with 2 red/orange flashes',
    meaning: 'On Wi-Fi but the network has no internet.',
    advice: 'Check that this Wi-Fi network reaches the internet (try it from a laptop).',
    problem: true,
  },
  'cloud-unreachable': {
    id: 'cloud-unreachable',
    color: 'cyan',
    pattern: 'flash-codes',
    flashColor: 'orange',
    flashCount: 3,
    label: 'Blinking cyan with 3 orange flashes',
    meaning:
      'Internet works but the Particle cloud cannot be reached (or the server key is wrong).',
    advice:
      'A firewall may block the Particle cloud. If the network is fine, the device keys may need repair (particle keys doctor).',
    problem: true,
  },
  'key-error': {
    id: 'key-error',
    color: 'cyan',
    pattern: 'flash-codes',
    flashColor: 'orange',
    flashCount: 1,
    label: 'Cyan with 1 orange flash',
    meaning: 'The cloud handshake failed to decrypt: a key problem.',
    advice: 'Repair the device keys with the Particle CLI (particle keys doctor) over USB.',
    problem: true,
  },
  'auth-error': {
    id: 'auth-error',
    color: 'cyan',
    pattern: 'flash-codes',
    flashColor: 'magenta',
    flashCount: 1,
    label: 'Cyan with 1 magenta flash',
    meaning: 'The cloud refused the device (authentication error).',
    advice:
      'Repair the device keys (particle keys doctor) or contact Particle support with the device id.',
    problem: true,
  },
  'handshake-error': {
    id: 'handshake-error',
    color: 'cyan',
    pattern: 'flash-codes',
    flashColor: 'red',
    flashCount: 1,
    label: 'Cyan with 1 red flash',
    meaning: 'A general error during the cloud handshake.',
    advice: 'Power-cycle the device. If it repeats, repair the keys or update Device OS over USB.',
    problem: true,
  },
  'firmware-crash': {
    id: 'firmware-crash',
    color: 'red',
    pattern: 'sos',
    label: 'Red SOS pattern',
    meaning: 'The firmware crashed (the blinks after SOS give the reason; 8 means out of memory).',
    advice: 'Reflash known-good firmware over USB, then run setup again.',
    problem: true,
  },
  'safe-mode': {
    id: 'safe-mode',
    color: 'magenta',
    pattern: 'breathing',
    label: 'Breathing magenta',
    meaning: 'Safe mode: online but the user firmware is not running.',
    advice: 'The device is reachable; flash application firmware to leave safe mode.',
    problem: false,
  },
  off: {
    id: 'off',
    color: 'off',
    pattern: 'off',
    label: 'Off',
    meaning: 'No power, or the LED is turned off by the firmware.',
    advice: 'Check the USB cable and power supply.',
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
  basis: string;
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
