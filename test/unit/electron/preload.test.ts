import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { HostApi } from '../../../shared/contract';

const mocks = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn(async () => ({ ok: true, value: 'from-main' })),
  on: vi.fn(),
  removeListener: vi.fn(),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => mocks.exposed.set(key, api) },
  ipcRenderer: { invoke: mocks.invoke, on: mocks.on, removeListener: mocks.removeListener },
}));

let api: HostApi;
beforeAll(async () => {
  await import('../../../electron/preload');
  api = mocks.exposed.get('photonSetup') as HostApi;
});

describe('electron/preload.ts', () => {
  it('exposes only window.photonSetup with invoke and on (no ipcRenderer, no process.env)', () => {
    expect([...mocks.exposed.keys()]).toEqual(['photonSetup']);
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on']);
  });

  it('forwards contract channels to the main process', async () => {
    await expect(api.invoke('app.info')).resolves.toEqual({ ok: true, value: 'from-main' });
    expect(mocks.invoke).toHaveBeenCalledWith('app.info', undefined);
  });

  it('refuses channels that are not in the contract without touching IPC', async () => {
    mocks.invoke.mockClear();
    const result = await (api.invoke as (channel: string) => Promise<unknown>)('shell.exec');
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect(mocks.invoke).not.toHaveBeenCalled();
    expect(() =>
      (api.on as (event: string, listener: () => void) => void)('anything', () => undefined),
    ).toThrow();
  });

  it('delivers events on their own IPC channel and detaches cleanly', () => {
    const listener = vi.fn();
    const detach = api.on('system.checked', listener);
    const [channel, forward] = mocks.on.mock.calls[0] as [
      string,
      (event: unknown, payload: unknown) => void,
    ];
    expect(channel).toBe('event:system.checked');
    forward({ sender: 'ipc-event-object' }, { ready: true });
    expect(listener).toHaveBeenCalledWith({ ready: true });
    detach();
    expect(mocks.removeListener).toHaveBeenCalledWith('event:system.checked', forward);
  });
});

describe('the preload bundle', () => {
  it('carries the channel names only: no zod, no schemas, a few kilobytes', async () => {
    const { build } = await import('esbuild');
    const { resolve } = await import('node:path');
    const result = await build({
      entryPoints: [resolve(__dirname, '../../../electron/preload.ts')],
      bundle: true,
      write: false,
      platform: 'node',
      format: 'cjs',
      external: ['electron'],
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]!.text;
    expect(code).not.toMatch(/zod|ZodError|safeParse/);
    expect(code).toContain('app.info');
    expect(code.length).toBeLessThan(8_000);
  });
});
