// Numbers on the command line are digits, in range: what Number() would quietly accept
// ("0x50" → 80, "1e2" → 100, "" → 0) is refused with the option, its range and the value typed.
import { describe, expect, it } from 'vitest';
import { CliExit, wholeNumberArg } from '../../../electron/cli/cli-io';

const refusal = (value: string): string => {
  try {
    wholeNumberArg('--port', value, { min: 1, max: 65535 }, 'USAGE');
  } catch (error) {
    if (error instanceof CliExit) return `${error.code} ${error.message}`;
    throw error;
  }
  throw new Error(`"${value}" was accepted`);
};

describe('wholeNumberArg', () => {
  it('reads digits within the range, outer spaces allowed', () => {
    expect(wholeNumberArg('--port', '5609', { min: 1, max: 65535 }, 'USAGE')).toBe(5609);
    expect(wholeNumberArg('--port', ' 80 ', { min: 1, max: 65535 }, 'USAGE')).toBe(80);
    expect(wholeNumberArg('--channel', '0', { min: 0, max: 14 }, 'USAGE')).toBe(0);
  });

  it.each(['0x50', '1e2', '', ' ', '-1', '80.0', '65536', '0', '99999999999999999999'])(
    'refuses "%s" with exit 2, the range and the usage',
    (value) => {
      expect(refusal(value)).toBe(
        `2 --port must be a whole number from 1 to 65535 (got "${value}").\nUSAGE`,
      );
    },
  );

  it('names what the range is when the numbers alone do not', () => {
    expect(() =>
      wholeNumberArg('--channel', '36', { min: 1, max: 14, what: 'a 2.4 GHz channel' }, 'U'),
    ).toThrow('--channel must be a whole number from 1 to 14, a 2.4 GHz channel (got "36").');
  });
});
