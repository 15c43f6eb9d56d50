// Who holds a lock, in the operator's words: the lock file keeps the kind of Photon Setup as a
// code (desktop, web, cli) so a German window does not quote "the command line" in English.
// Locks written before the code was kept hold the English name; those read as their kind too.
import { m, type Message } from '../../../shared/i18n';

const KINDS = {
  desktop: m('core.host.desktop'),
  web: m('core.host.web'),
  cli: m('core.host.cli'),
} as const;

const ENGLISH_NAMES: Readonly<Record<string, keyof typeof KINDS>> = {
  'the desktop app': 'desktop',
  'the web host': 'web',
  'the command line': 'cli',
};

export function lockHolderWords(host: string): Message | string {
  const kind = host in KINDS ? (host as keyof typeof KINDS) : ENGLISH_NAMES[host];
  return kind === undefined ? host : KINDS[kind];
}
