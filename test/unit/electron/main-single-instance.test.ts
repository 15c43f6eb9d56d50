// A second launch of the desktop app: the first holds the single-instance lock, so this one
// quits at once — no window, no core, no channels (Electron hands its argv to the first one,
// which brings its window forward: main-wiring.test.ts).
import { describe, expect, it, vi } from 'vitest';

const mocks = vi.hoisted(() => ({
  quit: vi.fn(),
  whenReady: vi.fn(() => Promise.resolve()),
  windows: 0,
  handle: vi.fn(),
}));

vi.mock('electron-updater', () => ({ autoUpdater: {} }));
vi.mock('electron', () => ({
  app: {
    isPackaged: true,
    requestSingleInstanceLock: () => false,
    whenReady: mocks.whenReady,
    quit: mocks.quit,
    on: vi.fn(),
  },
  BrowserWindow: class {
    constructor() {
      mocks.windows++;
    }
  },
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
  ipcMain: { handle: mocks.handle },
}));

describe('electron/main.ts as a second instance', () => {
  it('quits without starting anything', async () => {
    await import('../../../electron/main');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(mocks.quit).toHaveBeenCalledTimes(1);
    expect(mocks.whenReady).not.toHaveBeenCalled();
    expect(mocks.windows).toBe(0);
    expect(mocks.handle).not.toHaveBeenCalled();
  });
});
