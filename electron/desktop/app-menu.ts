// The application menu. Packaged builds have no View menu, so no Reload, Force Reload or Toggle
// Developer Tools and none of their accelerators (a reload mid-run would drop the window's view
// of the run); development builds keep it. The Edit menu stays: on macOS copy and paste in the
// fields work only through it.
// (Only main.ts imports electron: these are the roles of Electron's MenuItemConstructorOptions.)

type MenuRole = 'appMenu' | 'fileMenu' | 'editMenu' | 'windowMenu' | 'viewMenu';

export function applicationMenuTemplate(
  platform: NodeJS.Platform,
  packaged: boolean,
): Array<{ role: MenuRole }> {
  const menus: Array<{ role: MenuRole }> =
    platform === 'darwin'
      ? [{ role: 'appMenu' }, { role: 'editMenu' }, { role: 'windowMenu' }]
      : [{ role: 'fileMenu' }, { role: 'editMenu' }];
  return packaged ? menus : [...menus, { role: 'viewMenu' }];
}
