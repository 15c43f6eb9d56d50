import type { LedPattern } from '../../shared/led';

/** Each animation's twin in words, for reduced motion, colour blindness and screen readers. */
export const patternWords: Readonly<Record<LedPattern, string>> = {
  blinking: 'blinks about twice a second',
  'fast-blinking': 'blinks fast, about ten times a second',
  breathing: 'fades slowly in and out',
  solid: 'stays lit',
  'flash-codes': 'flashes a code',
  sos: 'flashes SOS',
  off: 'is off',
};
