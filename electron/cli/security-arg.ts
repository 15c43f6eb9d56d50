// `--security` on the command line: a name the official tools use (wpa2_aes, …) or the number.
import { securityNames, securityValue } from '../../shared/security';
import { usageError } from './cli-io';

export function parseSecurityArg(value: string, usage: string): number {
  const byName = securityValue(value);
  if (byName !== undefined) return byName;
  const number = /^(0x[0-9a-f]+|\d+)$/i.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(number))
    throw usageError(
      `Unknown security "${value}". Use a name (${securityNames.slice(0, 4).join(', ')}, …) or a number.`,
      usage,
    );
  return number;
}
