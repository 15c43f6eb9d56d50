// The command line's frames around a sentence of the core (said in --lang with it, so a line is
// never half one language); its own table headers, PASS/FAIL and usage texts stay English.
import { msg } from '../define';

export const EN_CLI = {
  'cli.wait.rate-limited': msg(
    'The Particle cloud asked to slow down: trying “{operation}” again in {seconds, number} s (Ctrl+C stops).',
    ['operation', 'seconds'],
  ),
  'cli.wait.unanswered': msg(
    'The Particle cloud did not answer properly: trying “{operation}” again in {seconds, number} s (Ctrl+C stops).',
    ['operation', 'seconds'],
  ),
  'cli.wait.left': msg('… {seconds, number} s', ['seconds']),
  'cli.find.name-it': msg('{hint} Or name the device: --device Photon-XXXX.', ['hint']),
  'cli.returns.nothing-to-do': msg('Nothing to do: {reason}', ['reason']),
  'cli.returns.failed': msg('Failed: {error}', ['error']),
} as const;
