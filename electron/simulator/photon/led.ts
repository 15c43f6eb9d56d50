// The status LED as the default theme shows it (device-os system_led_signal.cpp; softap-protocol.md §8).

export type LedStateName =
  | 'off'
  | 'listening'
  | 'wifi-connecting'
  | 'wifi-dhcp'
  | 'cloud-connecting'
  | 'cloud-handshake'
  | 'cloud-connected';

export type LedColor = 'off' | 'blue' | 'green' | 'cyan';
export type LedPattern = 'off' | 'blinking' | 'fast-blinking' | 'breathing';

export interface LedState {
  name: LedStateName;
  color: LedColor;
  pattern: LedPattern;
}

const led = (name: LedStateName, color: LedColor, pattern: LedPattern): LedState => ({
  name,
  color,
  pattern,
});

export const LED_STATES: Readonly<Record<LedStateName, LedState>> = {
  off: led('off', 'off', 'off'),
  listening: led('listening', 'blue', 'blinking'),
  'wifi-connecting': led('wifi-connecting', 'green', 'blinking'),
  'wifi-dhcp': led('wifi-dhcp', 'green', 'fast-blinking'),
  'cloud-connecting': led('cloud-connecting', 'cyan', 'blinking'),
  'cloud-handshake': led('cloud-handshake', 'cyan', 'fast-blinking'),
  'cloud-connected': led('cloud-connected', 'cyan', 'breathing'),
};

/** "blinking blue", "fast blinking green", … — the words the operator sees in the docs. */
export const describeLed = (state: LedState): string =>
  state.pattern === 'off' ? 'off' : `${state.pattern.replace('-', ' ')} ${state.color}`;
