// The status LED as the default theme shows it (device-os system_led_signal.cpp; softap-protocol.md §8).
// The names, colours and patterns are the product's own (shared/led.ts): the simulator shows the
// subset a healthy setup passes through, so a test can compare what it showed with what the app said.
import { ledStates, type LedColor, type LedPattern, type LedStateId } from '../../../shared/led';

export type LedStateName = Extract<
  LedStateId,
  | 'off'
  | 'listening'
  | 'wifi-joining'
  | 'dhcp'
  | 'cloud-connecting'
  | 'cloud-handshake'
  | 'connected'
>;

export interface LedState {
  name: LedStateName;
  color: LedColor;
  pattern: LedPattern;
}

const led = (name: LedStateName): LedState => ({
  name,
  color: ledStates[name].color,
  pattern: ledStates[name].pattern,
});

export const LED_STATES: Readonly<Record<LedStateName, LedState>> = {
  off: led('off'),
  listening: led('listening'),
  'wifi-joining': led('wifi-joining'),
  dhcp: led('dhcp'),
  'cloud-connecting': led('cloud-connecting'),
  'cloud-handshake': led('cloud-handshake'),
  connected: led('connected'),
};

/** "blinking blue", "fast blinking green", … — the words the operator sees in the docs. */
export const describeLed = (state: LedState): string =>
  state.pattern === 'off' ? 'off' : `${state.pattern.replace('-', ' ')} ${state.color}`;
