import { describe, expect, it, vi } from 'vitest';
import {
  startUpdateOffer,
  updateQuestionText,
  type Updater,
} from '../../../electron/desktop/update-offer';

function fakeUpdater() {
  const listeners = new Map<string, Array<(payload: never) => void>>();
  const updater = {
    autoDownload: true,
    autoInstallOnAppQuit: true,
    on: (event: string, listener: (payload: never) => void) => {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return updater;
    },
    emit: (event: string, payload: unknown) =>
      (listeners.get(event) ?? []).forEach((listener) => listener(payload as never)),
    checkForUpdates: vi.fn(async () => null),
    downloadUpdate: vi.fn(async () => []),
    quitAndInstall: vi.fn(),
  };
  return updater;
}

const quietLog = { info: () => undefined, warn: vi.fn() };
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('startUpdateOffer', () => {
  it('does nothing the operator declines', async () => {
    const updater = fakeUpdater();
    const ask = vi.fn(async () => false);
    startUpdateOffer({ updater: updater as Updater, busy: () => false, ask, log: quietLog });
    updater.emit('update-available', { version: '2.0.0' });
    await settle();
    expect(ask).toHaveBeenCalledWith({ kind: 'download', version: '2.0.0' });
    expect(updater.downloadUpdate).not.toHaveBeenCalled();
  });

  it('asks again after a run that started while the install question was open', async () => {
    const updater = fakeUpdater();
    let busy = false;
    const ask = vi.fn(async () => {
      busy = true; // the operator started a run from the CLI meanwhile
      return true;
    });
    const offer = startUpdateOffer({
      updater: updater as Updater,
      busy: () => busy,
      ask,
      log: quietLog,
      idleCheckMs: 5,
    });
    updater.emit('update-downloaded', { version: '2.0.0' });
    await settle();
    expect(updater.quitAndInstall).not.toHaveBeenCalled();
    busy = false;
    ask.mockImplementation(async () => true);
    await vi.waitFor(() => expect(updater.quitAndInstall).toHaveBeenCalledTimes(1));
    offer.stop();
  });

  it('logs a failed check by its kind only (the feed may be unreachable)', async () => {
    const updater = fakeUpdater();
    updater.checkForUpdates.mockRejectedValueOnce(new TypeError('getaddrinfo ENOTFOUND u.example'));
    const log = { info: () => undefined, warn: vi.fn() };
    startUpdateOffer({ updater: updater as Updater, busy: () => false, ask: vi.fn(), log });
    await settle();
    expect(log.warn).toHaveBeenCalledWith('Update check failed (TypeError).');
  });
});

describe('the update questions', () => {
  it('are asked in the window’s language, the version in every one', () => {
    const [message, detail, yes, no] = updateQuestionText(
      { kind: 'download', version: '1.4.0' },
      'de',
    );
    expect(message).toBe('Photon Setup 1.4.0 ist verfügbar.');
    expect(detail).toContain('herunterladen');
    expect([yes, no]).toEqual(['Herunterladen', 'Später']);
    expect(updateQuestionText({ kind: 'install', version: '1.4.0' })[0]).toBe(
      'Photon Setup 1.4.0 is ready to install.',
    );
    expect(updateQuestionText({ kind: 'install', version: '1.4.0' }, 'zh-CN')[2]).toBe(
      '重启并安装',
    );
  });
});
