// The window's language: which one wins (the address's, Settings', the host's, the browser's),
// that <html lang> and every word follow it when it changes, and the helpers around it.
import { render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { localeFromAddress } from '../../../../renderer/i18n/address-locale';
import { translator, windowLocale } from '../../../../renderer/i18n/use-t';
import { formatMessage, m } from '../../../../shared/i18n';
import { settingsSchema } from '../../../../shared/settings';
import { memoryStorage } from '../support/fake-bridge';
import { renderApp } from '../support/render';

const settings = (language: 'system' | 'en' | 'de' | 'zh-CN') => settingsSchema.parse({ language });
const info = (systemLocale: string | null) => ({
  name: 'Photon Setup',
  version: '0.1.0',
  host: 'desktop' as const,
  simulated: true,
  secretStorage: 'memory' as const,
  systemLocale,
});

afterEach(() => vi.restoreAllMocks());

describe('which language the window speaks', () => {
  it('the address wins, then Settings, then the host’s system language, then the browser’s', () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['zh-Hans-CN', 'en']);
    expect(windowLocale({ settings: null, info: null, languageOverride: null })).toBe('zh-CN');
    expect(windowLocale({ settings: settings('system'), info: info('de-AT') })).toBe('de');
    expect(windowLocale({ settings: settings('en'), info: info('de-AT') })).toBe('en');
    expect(
      windowLocale({ settings: settings('de'), info: info('de-AT'), languageOverride: 'en-XA' }),
    ).toBe('en-XA');
  });

  it('?lang= names a language this build speaks, the pseudo-locale included; others are ignored', () => {
    expect(localeFromAddress('?lang=en-XA')).toBe('en-XA');
    expect(localeFromAddress('?x=1&lang=zh-CN')).toBe('zh-CN');
    expect(localeFromAddress('?lang=de')).toBe('de');
    expect(localeFromAddress('?lang=fr')).toBeNull();
    expect(localeFromAddress('')).toBeNull();
  });
});

describe('the window follows its language', () => {
  it('sets <html lang> and says every word in the language Settings chose, also after a change', async () => {
    const { bridge, user } = await renderApp({ 'settings.get': () => settings('de') });
    await waitFor(() => expect(document.documentElement.lang).toBe('de'));
    await user.click(
      screen.getByRole('button', { name: formatMessage('de', m('ui.tabs.settings')) }),
    );

    // The operator picks another language in Settings: the core keeps it, the window follows.
    bridge.answer('settings.update', () => settings('zh-CN'));
    await user.selectOptions(
      screen.getByLabelText(formatMessage('de', m('ui.language.label'))),
      'zh-CN',
    );
    await waitFor(() => expect(document.documentElement.lang).toBe('zh-CN'));
    expect(bridge.callsTo('settings.update')).toEqual([{ language: 'zh-CN' }]);
    for (const id of ['ui.tabs.setup', 'ui.tabs.history', 'ui.tabs.settings'] as const)
      expect(screen.getByRole('button', { name: formatMessage('zh-CN', m(id)) })).toBeTruthy();
  });

  it('a language forced by the address (the pseudo-locale) shows accented, longer words', async () => {
    await renderApp({ 'settings.get': () => settings('de') }, memoryStorage(), 'en-XA');
    await waitFor(() => expect(document.documentElement.lang).toBe('en-XA'));
    const connect = formatMessage('en-XA', m('ui.account.connect'));
    expect(connect).not.toBe('Connect');
    expect(screen.getByRole('button', { name: connect })).toBeTruthy();
  });

  it('follows the host’s system language when Settings say "system"', async () => {
    await renderApp({ 'app.info': () => info('zh-CN'), 'settings.get': () => settings('system') });
    await waitFor(() => expect(document.documentElement.lang).toBe('zh-CN'));
    expect(
      screen.getByRole('button', { name: formatMessage('zh-CN', m('ui.tabs.setup')) }),
    ).toBeTruthy();
  });
});

describe('translator', () => {
  it('numbers, durations and dates in the language’s own forms', () => {
    const de = translator('de');
    expect(de.number(1234.5)).toBe('1.234,5');
    expect(de('ui.duration.seconds', { seconds: 12 })).toBe(
      formatMessage('de', m('ui.duration.seconds', { seconds: 12 })),
    );
    expect(translator('en')('ui.duration.seconds', { seconds: 12 })).toBe('12.0 s');
    const day = { dateStyle: 'medium', timeZone: 'UTC' } as const;
    expect(translator('en').dateTime('2026-01-02T03:04:05.000Z', day)).toBe('Jan 2, 2026');
    expect(de.dateTime('2026-01-02T03:04:05.000Z', day)).toBe('02.01.2026');
  });

  it('rich() draws a parameter as an element wherever the sentence puts it', () => {
    const t = translator('en');
    render(
      <p data-testid="rich">
        {t.rich(
          'ui.handoff.owner',
          { deviceId: 'abc', owner: 'x@example.com' },
          { deviceId: <code>{'abc'}</code> },
        )}
      </p>,
    );
    const rich = screen.getByTestId('rich');
    expect(rich.querySelector('code')?.textContent).toBe('abc');
    expect(rich.textContent).toBe(
      'Returned unit abc: setting it up for its next owner, x@example.com. Its id is filled in on Find device.',
    );
  });
});
