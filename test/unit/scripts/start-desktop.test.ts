// `npm start` without Electron's binary: one sentence, never the downloader's stack traces.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  ensureElectron,
  installedElectron,
  OFFLINE_SENTENCE,
} from '../../../scripts/start-desktop';

const root = resolve(__dirname, '../../..');
const fakeElectron = (withBinary: boolean): string => {
  const dir = mkdtempSync(join(tmpdir(), 'fake-electron-'));
  if (withBinary) {
    writeFileSync(join(dir, 'path.txt'), 'electron');
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist', 'electron'), '#!/bin/sh\n');
    chmodSync(join(dir, 'dist', 'electron'), 0o755);
  }
  return dir;
};

describe('ensureElectron', () => {
  it('uses a binary that is already there without downloading', () => {
    const dir = fakeElectron(true);
    const installer = vi.fn();
    expect(ensureElectron(dir, {}, installer, () => undefined)).toEqual({
      ok: true,
      binary: join(dir, 'dist', 'electron'),
    });
    expect(installer).not.toHaveBeenCalled();
  });

  it('says one sentence when the download fails', () => {
    const said: string[] = [];
    const result = ensureElectron(
      fakeElectron(false),
      {},
      () => ({ status: 1 }),
      (line) => said.push(line),
    );
    expect(result).toEqual({ ok: false, sentence: OFFLINE_SENTENCE });
    expect(said).toEqual(["Downloading Electron's binary (once, about 100 MB)…"]);
    expect(OFFLINE_SENTENCE).toContain('npm run demo');
    expect(OFFLINE_SENTENCE.split('. ')).toHaveLength(1);
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH like electron itself', () => {
    const dist = dirname(join(fakeElectron(true), 'dist', 'electron'));
    expect(installedElectron(fakeElectron(false), { ELECTRON_OVERRIDE_DIST_PATH: dist })).toBe(
      join(dist, 'electron'),
    );
  });
});

const electronInstalled =
  installedElectron(join(root, 'node_modules/electron'), process.env) !== null;

describe.skipIf(electronInstalled)('npm start on a machine that cannot download Electron', () => {
  it('prints the one sentence and exits 1 (the download is pointed at a closed loopback port)', () => {
    const result = spawnSync(
      process.execPath,
      [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/start-desktop.ts')],
      {
        cwd: root,
        encoding: 'utf8',
        timeout: 60_000,
        env: {
          ...process.env,
          ELECTRON_MIRROR: 'http://127.0.0.1:9/',
          electron_config_cache: mkdtempSync(join(tmpdir(), 'electron-cache-')),
        },
      },
    );
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(OFFLINE_SENTENCE);
    expect(result.stdout + result.stderr).not.toMatch(/at .*\.js:\d+|install-electron/);
  });
});
