// Exposes window.photonSetup: an invoke and an on restricted to the contract's own channels.
// The renderer never sees ipcRenderer, Node or process.env.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { ipcEventChannel, isEventName, isRequestChannel } from '../shared/channels';
import type { HostApi } from '../shared/contract';

const api: HostApi = {
  invoke: (channel, ...args) => {
    if (!isRequestChannel(channel))
      return Promise.resolve({
        ok: false,
        error: { code: 'unknown-channel', message: 'Unknown request.' },
      });
    return ipcRenderer.invoke(channel, args[0]);
  },
  on: (event, listener) => {
    if (!isEventName(event)) throw new Error(`Unknown event ${String(event)}`);
    const ipcChannel = ipcEventChannel(event);
    const forward = (_event: IpcRendererEvent, payload: unknown): void =>
      listener(payload as Parameters<typeof listener>[0]);
    ipcRenderer.on(ipcChannel, forward);
    return () => {
      ipcRenderer.removeListener(ipcChannel, forward);
    };
  },
};

contextBridge.exposeInMainWorld('photonSetup', api);
