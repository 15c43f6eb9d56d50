import { describe, expect, it } from 'vitest';
import { applicationMenuTemplate } from '../../../electron/desktop/app-menu';

const roles = (template: unknown): string[] =>
  [...JSON.stringify(template).matchAll(/"role":"(\w+)"/g)].map((match) => match[1] as string);

describe('the desktop menu', () => {
  it('has no View menu (Reload, developer tools) once packaged, and keeps Edit', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const packaged = roles(applicationMenuTemplate(platform, true));
      expect(packaged).not.toContain('viewMenu');
      expect(packaged).toContain('editMenu');
    }
  });

  it('keeps the View menu for development, and the app menu only on macOS', () => {
    expect(roles(applicationMenuTemplate('linux', false))).toContain('viewMenu');
    expect(roles(applicationMenuTemplate('darwin', true))[0]).toBe('appMenu');
    expect(roles(applicationMenuTemplate('win32', true))).not.toContain('appMenu');
  });
});
