import { m, type Message } from '../../shared/i18n';
import type { LedPattern } from '../../shared/led';

/** Each animation's twin in words, for reduced motion, colour blindness and screen readers. */
export const patternWords: Readonly<Record<LedPattern, Message>> = {
  blinking: m('ui.led.pattern.blinking'),
  'fast-blinking': m('ui.led.pattern.fast-blinking'),
  breathing: m('ui.led.pattern.breathing'),
  solid: m('ui.led.pattern.solid'),
  'flash-codes': m('ui.led.pattern.flash-codes'),
  sos: m('ui.led.pattern.sos'),
  off: m('ui.led.pattern.off'),
};
