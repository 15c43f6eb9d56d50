import { describe, expect, it } from 'vitest';
import { appMenuTemplate } from '../../../electron/desktop/app-menu';

const roles = (template: unknown): string[] =>
  [...JSON.stringify(template).matchAll(/"role":"(\w+)"/g)].map((match) => match[1] as string);

describe('the desktop menu', () => {
  it('has no reload and no developer tools once packaged', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const packaged = roles(appMenuTemplate({ packaged: true, platform }));
      expect(packaged).not.toContain('reload');
      expect(packaged).not.toContain('forceReload');
      expect(packaged).not.toContain('toggleDevTools');
      expect(packaged).toContain('editMenu');
    }
  });

  it('keeps them for development, and the app menu only on macOS', () => {
    expect(roles(appMenuTemplate({ packaged: false, platform: 'linux' }))).toEqual(
      expect.arrayContaining(['reload', 'toggleDevTools']),
    );
    expect(roles(appMenuTemplate({ packaged: true, platform: 'darwin' }))[0]).toBe('appMenu');
    expect(roles(appMenuTemplate({ packaged: true, platform: 'win32' }))).not.toContain('appMenu');
  });
});
