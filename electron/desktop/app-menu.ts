// The desktop app's menu as a plain template (main.ts hands it to Electron's Menu). Electron's
// default menu has Reload and Toggle Developer Tools: a reload mid-run used to lose the run, and
// an operator has no use for the inspector, so packaged builds leave both out. The window can
// still rehydrate a run (provision.current); this only keeps an accidental Ctrl+R from needing it.

/** The subset of Electron's MenuItemConstructorOptions this menu uses (no electron import here). */
interface MenuEntry {
  label?: string;
  role?: MenuRole;
  type?: 'separator';
  submenu?: MenuEntry[];
}

type MenuRole =
  | 'appMenu'
  | 'fileMenu'
  | 'editMenu'
  | 'windowMenu'
  | 'reload'
  | 'forceReload'
  | 'toggleDevTools'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen';

const separator: MenuEntry = { type: 'separator' };

export function appMenuTemplate(options: {
  packaged: boolean;
  platform: NodeJS.Platform;
}): MenuEntry[] {
  const developer: MenuEntry[] = options.packaged
    ? []
    : [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, separator];
  return [
    ...(options.platform === 'darwin' ? [{ role: 'appMenu' } as const] : []),
    { role: 'fileMenu' },
    // Copy and paste (tokens, device ids) need the Edit menu's shortcuts on macOS.
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        ...developer,
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        separator,
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
  ];
}
