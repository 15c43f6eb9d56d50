// Location permission for the desktop app. macOS: the real prompt through node-mac-permissions
// (an optional, macOS-only native module; the packaged Info.plist carries the usage strings it
// requires), and the Location Services pane. Windows: no prompt exists for desktop apps, so the
// Settings page (ms-settings:privacy-location, the URI netsh itself names). Only these fixed
// addresses are ever opened; nothing from a page reaches openExternal here.
import { createRequire } from 'node:module';
import type { LocationAccess, LocationStatus } from '../core/system/location-access';

const MACOS_LOCATION_PANE =
  'x-apple.systempreferences:com.apple.preference.security?Privacy_LocationServices';
const WINDOWS_LOCATION_PAGE = 'ms-settings:privacy-location';

/** The part of node-mac-permissions 2.5 used here (its index.d.ts). */
export interface MacPermissions {
  getAuthStatus(type: 'location'): 'authorized' | 'denied' | 'restricted' | 'not determined';
  askForLocationAccess(level?: 'when-in-use' | 'always'): Promise<string>;
}

function loadMacPermissions(): MacPermissions | null {
  try {
    return createRequire(__filename)('node-mac-permissions') as MacPermissions;
  } catch {
    return null; // not installed (optional), or built for another ABI: settings still open
  }
}

const fromMac = (status: string): LocationStatus =>
  status === 'authorized'
    ? 'granted'
    : status === 'denied'
      ? 'denied'
      : status === 'restricted'
        ? 'restricted'
        : status === 'not determined'
          ? 'not-determined'
          : 'unknown';

export function createDesktopLocationAccess(
  platform: NodeJS.Platform,
  openExternal: (url: string) => Promise<void>,
  load: () => MacPermissions | null = loadMacPermissions,
): LocationAccess | undefined {
  if (platform === 'win32')
    return {
      status: async () => 'unknown',
      request: async () => {
        await openExternal(WINDOWS_LOCATION_PAGE);
        return 'unknown';
      },
      openSettings: () => openExternal(WINDOWS_LOCATION_PAGE),
    };
  if (platform !== 'darwin') return undefined;
  const permissions = load();
  return {
    status: async () =>
      permissions === null ? 'unknown' : fromMac(permissions.getAuthStatus('location')),
    request: async () => {
      if (permissions === null) {
        await openExternal(MACOS_LOCATION_PANE);
        return 'unknown';
      }
      return fromMac(await permissions.askForLocationAccess('when-in-use'));
    },
    openSettings: () => openExternal(MACOS_LOCATION_PANE),
  };
}
