import { describe, expect, it } from 'vitest';
import { m } from '../../../shared/i18n/catalogue';
import { formatMessage } from '../../../shared/i18n/format';
import { negotiateLocale } from '../../../shared/i18n/locales';

describe('formatting messages', () => {
  it('in each language, with its parameters', () => {
    const message = m('core.internal', { kind: 'TypeError' });
    expect(formatMessage('en', message)).toContain('(TypeError)');
    expect(formatMessage('de', message)).toMatch(/internes Problem gestoßen \(TypeError\)/);
    expect(formatMessage('zh-CN', message)).toContain('TypeError');
  });

  it('the pseudo-locale: accented, longer, arguments untouched', () => {
    const english = formatMessage('en', m('core.internal', { kind: 'TypeError' }));
    const pseudo = formatMessage('en-XA', m('core.internal', { kind: 'TypeError' }));
    expect(pseudo).toContain('TypeError');
    expect(pseudo).not.toContain('Photon');
    expect(pseudo.length).toBeGreaterThanOrEqual(Math.floor(english.length * 1.3));
    expect(pseudo.startsWith('[') && pseudo.endsWith(']')).toBe(true);
  });

  it('an id this build does not know is shown as itself, never a crash', () => {
    expect(formatMessage('de', { id: 'core.from-a-newer-core' })).toBe('core.from-a-newer-core');
  });

  it('type-checks ids and parameters', () => {
    // @ts-expect-error: no such id
    expect(() => m('core.no-such-id')).not.toThrow();
    // @ts-expect-error: a parameter it does not take
    m('core.internal', { kind: 'x', extra: 1 });
    // @ts-expect-error: a parameter it needs is missing
    m('core.internal', {});
    expect(m('ui.language.label')).toEqual({ id: 'ui.language.label' });
  });
});

describe('choosing the language', () => {
  it.each([
    [['de-AT', 'en'], 'de'],
    [['zh-Hans-CN'], 'zh-CN'],
    [['zh-SG'], 'zh-CN'],
    [['zh-TW'], 'en'],
    [['fr-FR', 'de'], 'de'],
    [['ja'], 'en'],
    [[], 'en'],
    [['en-XA'], 'en-XA'],
  ] as const)('%j → %s', (preferences, expected) => {
    expect(negotiateLocale(preferences)).toBe(expected);
  });
});

describe('a list of lists (a …Lines parameter)', () => {
  it('joins its items with the language’s semicolon, each item a list of its own', () => {
    const detail = m('system.backends.detail', {
      toolLines: [
        m('system.backends.one', {
          backend: 'nmcli',
          operations: [m('system.operation.scan'), m('system.operation.join')],
        }),
        m('system.backends.one', { backend: 'iw', operations: [m('system.operation.current')] }),
      ],
    });
    expect(formatMessage('en', detail)).toBe('nmcli: scan and join; iw: read the current network');
    expect(formatMessage('zh-CN', detail)).toBe('nmcli：扫描和加入；iw：读取当前网络');
  });
});
