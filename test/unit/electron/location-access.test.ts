import { describe, expect, it } from 'vitest';
import {
  createDesktopLocationAccess,
  type MacPermissions,
} from '../../../electron/desktop/location-access';

const opener = () => {
  const opened: string[] = [];
  return { opened, open: async (url: string) => void opened.push(url) };
};

describe('desktop Location access', () => {
  it('macOS: the real prompt while never asked, statuses in our words, the pane for settings', async () => {
    let status: ReturnType<MacPermissions['getAuthStatus']> = 'not determined';
    const asked: string[] = [];
    const permissions: MacPermissions = {
      getAuthStatus: () => status,
      askForLocationAccess: async (level) => {
        asked.push(level ?? '');
        status = 'authorized';
        return status;
      },
    };
    const { opened, open } = opener();
    const access = createDesktopLocationAccess('darwin', open, () => permissions)!;
    expect(await access.status()).toBe('not-determined');
    expect(await access.request()).toBe('granted');
    expect(asked).toEqual(['when-in-use']);
    status = 'denied';
    expect(await access.status()).toBe('denied');
    await access.openSettings();
    expect(opened).toEqual([
      'x-apple.systempreferences:com.apple.preference.security?Privacy_LocationServices',
    ]);
  });

  it('macOS without the native module: unknown, and the pane instead of a prompt', async () => {
    const { opened, open } = opener();
    const access = createDesktopLocationAccess('darwin', open, () => null)!;
    expect(await access.status()).toBe('unknown');
    expect(await access.request()).toBe('unknown');
    expect(opened).toHaveLength(1);
  });

  it('Windows: the Settings page netsh names; Linux: nothing to ask', async () => {
    const { opened, open } = opener();
    const access = createDesktopLocationAccess('win32', open)!;
    await access.openSettings();
    expect(opened).toEqual(['ms-settings:privacy-location']);
    expect(createDesktopLocationAccess('linux', open)).toBeUndefined();
  });
});
