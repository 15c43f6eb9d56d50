// A window loads only its own language: until German has arrived a German sentence is English
// (never an id, never blank), listeners hear of the arrival once, and two asks share one load.
// The setup file loads every language, so each test here starts from fresh modules.
import { beforeEach, describe, expect, it, vi } from 'vitest';

beforeEach(() => {
  vi.resetModules();
});

const freshI18n = async () => import('../../../shared/i18n');

describe('languages loaded on demand', () => {
  it('says English until the language is in, then the language', async () => {
    const i18n = await freshI18n();
    const cancelled = i18n.m('core.cancelled');
    expect(i18n.languageLoaded('de')).toBe(false);
    expect(i18n.languageLoaded('en')).toBe(true);
    expect(i18n.languageLoaded('en-XA')).toBe(true);
    expect(i18n.formatMessage('de', cancelled)).toBe('Cancelled.');
    await i18n.loadLanguage('de');
    expect(i18n.languageLoaded('de')).toBe(true);
    expect(i18n.formatMessage('de', cancelled)).not.toBe('Cancelled.');
    expect(i18n.languageLoaded('zh-CN')).toBe(false);
  });

  it('tells its listeners once per language, and two asks share one load', async () => {
    const i18n = await freshI18n();
    const heard = vi.fn();
    const stop = i18n.onLanguageLoaded(heard);
    const first = i18n.loadLanguage('zh-CN');
    const second = i18n.loadLanguage('zh-CN');
    await Promise.all([first, second]);
    await i18n.loadLanguage('zh-CN');
    expect(heard).toHaveBeenCalledTimes(1);
    stop();
    await i18n.loadLanguage('de');
    expect(heard).toHaveBeenCalledTimes(1);
  });
});
