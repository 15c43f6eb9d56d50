// writeFileAtomic's temporaries: a kill between open and rename leaves one behind, and the
// sweep at start removes stale ones — only its own names, never a write still in progress.
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/api';
import { removeStaleTemporaries, writeFileAtomic } from '../../../electron/core/store/atomic-write';

const HOUR_AGO = (Date.now() - 3_600_000) / 1000;
const temporaries = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.tmp'));

describe('removeStaleTemporaries', () => {
  it('removes old leftovers of writeFileAtomic and nothing else', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atomic-'));
    writeFileAtomic(join(dir, 'settings.json'), '{}');
    const stale = join(dir, '.settings.json.0123456789ab.tmp');
    const fresh = join(dir, '.settings.json.ba9876543210.tmp');
    const notOurs = ['.settings.json.tmp', 'notes.tmp', '.other.json.xyz.tmp'];
    for (const name of [stale, fresh, ...notOurs.map((n) => join(dir, n))])
      writeFileSync(name, 'x');
    for (const name of [stale, ...notOurs.map((n) => join(dir, n))])
      utimesSync(name, HOUR_AGO, HOUR_AGO);

    expect(removeStaleTemporaries(dir)).toBe(1);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(fresh)).toBe(true); // may be another process's write in progress
    for (const name of notOurs) expect(existsSync(join(dir, name))).toBe(true);
    expect(readFileSync(join(dir, 'settings.json'), 'utf8')).toBe('{}');
  });

  it('is quiet about a folder that does not exist yet', () => {
    expect(removeStaleTemporaries(join(tmpdir(), 'never-made-photon-dir'))).toBe(0);
  });

  it('cleans what real kills leave behind, and the core sweeps its data folder at start', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atomic-kill-'));
    const bundle = join(dir, 'writer.cjs');
    await build({
      stdin: {
        contents: `import { writeFileAtomic } from './electron/core/store/atomic-write';
          const target = process.argv[2];
          for (let i = 0; ; i++) writeFileAtomic(target, JSON.stringify({ i, pad: 'x'.repeat(4096) }));`,
        resolveDir: join(__dirname, '../../..'),
        loader: 'ts',
      },
      bundle: true,
      platform: 'node',
      format: 'cjs',
      outfile: bundle,
      logLevel: 'silent',
    });
    const target = join(dir, 'settings.json');
    const KILLS = 25;
    for (let kill = 0; kill < KILLS; kill++) {
      const child = spawn(process.execPath, [bundle, target], { stdio: 'ignore' });
      await new Promise((resolve) => setTimeout(resolve, 40 + (kill % 5) * 7));
      child.kill('SIGKILL');
      await new Promise((resolve) => child.once('exit', resolve));
    }
    // Whatever the kills left: the target is whole, and every leftover is one of ours.
    expect(() => JSON.parse(readFileSync(target, 'utf8'))).not.toThrow();
    const left = temporaries(dir);
    for (const name of left) utimesSync(join(dir, name), HOUR_AGO, HOUR_AGO);

    const core = await createCore({ host: 'web', simulated: true, dataDir: dir, hostWifi: null });
    await core.close();
    expect(temporaries(dir)).toEqual([]);
  }, 30_000);
});
