import type { AreaTexts } from '../define';
import type { EN_CLI } from '../en/cli';

export const DE_CLI: AreaTexts<typeof EN_CLI> = {
  'cli.wait.rate-limited':
    'Die Particle Cloud bittet um eine Pause: „{operation}“ wird in {seconds, number} s erneut versucht (Strg+C bricht ab).',
  'cli.wait.unanswered':
    'Die Particle Cloud hat nicht richtig geantwortet: „{operation}“ wird in {seconds, number} s erneut versucht (Strg+C bricht ab).',
  'cli.wait.left': '… {seconds, number} s',
  'cli.find.name-it': '{hint} Oder nennen Sie das Gerät: --device Photon-XXXX.',
  'cli.returns.nothing-to-do': 'Nichts zu tun: {reason}',
  'cli.returns.failed': 'Fehlgeschlagen: {error}',
};
