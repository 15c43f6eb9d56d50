// The installer configuration, checked here where Electron's real binary cannot be downloaded.
// electron-builder builds the unpacked Linux app (--dir) from electron-builder.yml against a
// stand-in Electron distribution: a placeholder executable that carries Electron's fuse wire
// (sentinel + version + the default states), so electron-builder's own fuse step runs on it
// and @electron/fuses reads back what it wrote. What this cannot show: that the real Electron
// binary honours those fuses, asar integrity on macOS/Windows, signing and notarization (see
// README "Installers" for checking a real build with `npx @electron/fuses read --app …`).
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { extractFile, listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { releaseBuilderArgs } from '../../scripts/release';

const root = resolve(__dirname, '../..');
/** Every temporary folder this file makes (~20 MB per build), removed at the end. */
const madeDirs: string[] = [];
interface BuilderConfig {
  electronFuses: Record<string, boolean>;
  forceCodeSigning: boolean;
  mac: {
    extendInfo: Record<string, string>;
    hardenedRuntime: boolean;
    notarize: boolean;
    entitlements: string;
    target: string[];
  };
}
const config = parse(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
const FEED = 'https://updates.example.com/photon-setup';
/** The asar's budget: the built app (~0.9 MB) and its runtime dependencies (~9 MB). */
const ASAR_BUDGET_BYTES = 12 * 1024 * 1024;
// Three catalogues (en, de, zh-CN: ~300 KB of text, in the window's bundle and in the core's)
// came with issue 18; the budget still catches a dependency bundled by mistake.
const OUT_BUDGET_BYTES = 2 * 1024 * 1024;

/** Electron's fuse wire as its binary carries it: sentinel, version 1, 8 fuses in their defaults. */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const DEFAULT_WIRE = '10110001';

function standInElectron(): string {
  const dir = mkdtempSync(join(tmpdir(), 'electron-standin-'));
  madeDirs.push(dir);
  const script =
    "#!/bin/sh\necho 'stand-in for Electron (the real binary cannot be downloaded here)' >&2\nexit 1\n# ";
  writeFileSync(
    join(dir, 'electron'),
    Buffer.concat([
      Buffer.from(script),
      Buffer.from(FUSE_SENTINEL),
      Buffer.from([1, 8]),
      Buffer.from(DEFAULT_WIRE + '\n'),
    ]),
  );
  chmodSync(join(dir, 'electron'), 0o755);
  return dir;
}

/**
 * electron-builder --dir --linux. Every download it could try (Electron, its own binaries) is
 * aimed at a closed loopback port, so any attempt would fail the build: success proves none.
 */
function buildUnpacked(extraArgs: string[]): { appDir: string } {
  const output = mkdtempSync(join(tmpdir(), 'photon-package-'));
  madeDirs.push(output);
  const result = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules/electron-builder/cli.js'),
      '--dir',
      '--linux',
      '--x64',
      `-c.electronDist=${standInElectron()}`,
      `-c.directories.output=${output}`,
      ...extraArgs,
    ],
    {
      cwd: root,
      encoding: 'utf8',
      timeout: 120_000,
      env: {
        ...process.env,
        ELECTRON_MIRROR: 'http://127.0.0.1:9/',
        ELECTRON_BUILDER_BINARIES_MIRROR: 'http://127.0.0.1:9/',
        CSC_IDENTITY_AUTO_DISCOVERY: 'false',
      },
    },
  );
  if (result.status !== 0)
    throw new Error(`electron-builder failed:\n${result.stdout}\n${result.stderr}`);
  return { appDir: join(output, 'linux-unpacked') };
}

/**
 * name@version of every package the production closure holds on this platform, from
 * package-lock.json: an optional dependency npm skipped here (node-mac-permissions and its
 * native-build helpers on Linux) is packed only where it installs.
 */
function productionPackages(): string[] {
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
    packages: Record<
      string,
      { version?: string; dev?: boolean; devOptional?: boolean; optional?: boolean }
    >;
  };
  const names = Object.entries(lock.packages)
    .filter(([path, entry]) => path.startsWith('node_modules/') && !entry.dev && !entry.devOptional)
    .filter(([path, entry]) => entry.optional !== true || existsSync(join(root, path)))
    .map(
      ([path, entry]) => `${path.slice(path.lastIndexOf('node_modules/') + 13)}@${entry.version}`,
    );
  return [...new Set(names)].sort();
}

/** name@version of every package in the asar (electron-builder may hoist nested copies). */
function packedPackages(): string[] {
  const manifests = files.filter((file) =>
    /^\/node_modules\/(@[^/]+\/)?[^/]+(\/node_modules\/(@[^/]+\/)?[^/]+)*\/package\.json$/.test(
      file,
    ),
  );
  const names = manifests.map((file) => {
    const manifest = JSON.parse(extractFile(asarPath, file.slice(1)).toString('utf8')) as {
      name: string;
      version: string;
    };
    return `${manifest.name}@${manifest.version}`;
  });
  return [...new Set(names)].sort();
}

let local: { appDir: string };
let files: string[];
let asarPath: string;

beforeAll(() => {
  local = buildUnpacked([]);
  asarPath = join(local.appDir, 'resources', 'app.asar');
  files = listPackage(asarPath, { isPack: false });
}, 120_000);

afterAll(() => {
  for (const dir of madeDirs) rmSync(dir, { recursive: true, force: true });
});

describe('the unpacked app electron-builder makes from electron-builder.yml', () => {
  it('flips every fuse as configured in the binary it packaged', async () => {
    const wire = await getCurrentFuseWire(join(local.appDir, 'photon-setup'));
    const on = 49; // '1', @electron/fuses' FuseState.ENABLE
    const off = 48; // '0', FuseState.DISABLE
    expect(wire[FuseV1Options.RunAsNode]).toBe(off);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(off);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(off);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(on);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(on);
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(on);
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(off);
  });

  it('packs the built out/ and package.json, and not the demo host', () => {
    for (const file of [
      '/package.json',
      '/out/main/index.js',
      '/out/preload/index.js',
      '/out/renderer/index.html',
    ])
      expect(files).toContain(file);
    expect(files).not.toContain('/out/main/web-host-cli.js');
    const html = extractFile(asarPath, 'out/renderer/index.html').toString('utf8');
    expect(html).toContain('Content-Security-Policy');
  });

  it('packs no tests, sources, source maps or fixtures', () => {
    const ours = files.filter(
      (file) => file !== '/node_modules' && !file.startsWith('/node_modules/'),
    );
    expect(ours.filter((file) => !/^\/(out(\/.*)?|package\.json)$/.test(file))).toEqual([]);
    expect(files.filter((file) => /\.map$/.test(file))).toEqual([]);
    expect(files.filter((file) => /\.(ts|tsx|mts)$/.test(file) && !file.endsWith('.d.ts'))).toEqual(
      [],
    );
    expect(files.filter((file) => /\/(test|tests|__tests__|fixtures?)\//.test(file))).toEqual([]);
  });

  it('packs exactly the production dependencies (the renderer’s are bundled into out/)', () => {
    const packed = packedPackages();
    expect(packed).toEqual(productionPackages());
    const names = packed.map((id) => id.slice(0, id.lastIndexOf('@')));
    for (const dev of [
      'electron',
      'react',
      'react-dom',
      'vitest',
      'electron-builder',
      'typescript',
    ])
      expect(names).not.toContain(dev);
  });

  it('stays within its size budget', () => {
    expect(statSync(asarPath).size).toBeLessThan(ASAR_BUDGET_BYTES);
    const outBytes = files
      .filter((file) => file.startsWith('/out/'))
      .map((file) => {
        try {
          return extractFile(asarPath, file.slice(1)).length;
        } catch {
          return 0; // a folder
        }
      })
      .reduce((sum, size) => sum + size, 0);
    expect(outBytes).toBeLessThan(OUT_BUDGET_BYTES);
  });

  it('has no update feed in a local build', () => {
    expect(existsSync(join(local.appDir, 'resources', 'app-update.yml'))).toBe(false);
  });
});

describe('a release build', () => {
  it('carries the generic update feed for electron-updater, with forceCodeSigning on', () => {
    const release = buildUnpacked(releaseBuilderArgs(FEED));
    const feed = parse(readFileSync(join(release.appDir, 'resources', 'app-update.yml'), 'utf8'));
    expect(feed).toMatchObject({ provider: 'generic', url: FEED });
    expect(releaseBuilderArgs(FEED)).toContain('-c.forceCodeSigning=true');
  }, 120_000);
});

describe('electron-builder.yml', () => {
  it('has the fuses block with every hardening value', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('asks macOS for Location with a real sentence, under the hardened runtime', () => {
    const sentence = config.mac.extendInfo.NSLocationWhenInUseUsageDescription ?? '';
    expect(sentence).toMatch(/Wi-Fi network/);
    expect(sentence).toMatch(/find Photons/);
    expect(sentence).toMatch(/return this computer to its own Wi-Fi/);
    expect(config.mac.hardenedRuntime).toBe(true);
    expect(config.mac.notarize).toBe(true);
    const entitlements = readFileSync(join(root, config.mac.entitlements), 'utf8');
    expect(entitlements).toContain('com.apple.security.personal-information.location');
    // electron-updater installs macOS updates from the zip.
    expect(config.mac.target).toContain('zip');
  });

  it('keeps secrets out of the file: signing comes from the environment', () => {
    const text = readFileSync(join(root, 'electron-builder.yml'), 'utf8');
    expect(text).not.toMatch(/certificatePassword|cscKeyPassword|appleIdPassword|\.p12/);
    expect(config.forceCodeSigning).toBe(false); // local builds; release.ts turns it on
  });
});
