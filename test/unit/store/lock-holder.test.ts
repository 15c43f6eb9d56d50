// A lock's holder in the operator's language: the lock file keeps a code, older ones an English
// name; both read as the same words, and the start time is a date in that language, not ISO.
import { describe, expect, it } from 'vitest';
import { formatMessage, m } from '../../../shared/i18n';
import { lockHolderWords } from '../../../electron/core/store/lock-holder';

describe('who holds a lock', () => {
  it('says the kind of Photon Setup in the window’s language, from a code or an old English name', () => {
    expect(lockHolderWords('cli')).toEqual(m('core.host.cli'));
    expect(lockHolderWords('the command line')).toEqual(m('core.host.cli'));
    expect(lockHolderWords('desktop')).toEqual(m('core.host.desktop'));
    expect(lockHolderWords('a newer host')).toBe('a newer host');
  });

  it('names the holder and its start as German words, not English or ISO', () => {
    const text = formatMessage(
      'de',
      m('core.data-dir.busy.named', {
        host: lockHolderWords('web'),
        pid: '4242',
        startedAt: Date.parse('2026-12-01T09:30:00Z'),
        dir: '/data',
      }),
    );
    expect(text).toContain('der Web-Host');
    expect(text).toContain('2026');
    expect(text).not.toContain('2026-12-01T');
    expect(text).not.toContain('web host');
  });
});
