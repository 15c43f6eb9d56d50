import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { settingsSchema } from '../../../shared/settings';
import { OperatorError } from '../../../electron/core/runtime';
import {
  EncryptedFileSecretStore,
  keyFileEncryptor,
  MemorySecretStore,
  safeStorageEncryptor,
  type SafeStorageLike,
} from '../../../electron/core/store/secret-store';
import { JsonFileStore } from '../../../electron/core/store/settings-store';

const tempDir = () => mkdtempSync(join(tmpdir(), 'store-'));

describe('settings file', () => {
  it('gives defaults when there is no file, and saves atomically with nothing left behind', () => {
    const dir = tempDir();
    const store = new JsonFileStore(join(dir, 'settings.json'), settingsSchema);
    expect(store.load()).toEqual({
      value: {
        station: '',
        operator: '',
        softApPrefix: 'Photon-',
        cloudBaseUrl: 'https://api.particle.io',
        // Follow the operating system's language until one is chosen in Settings.
        language: 'system',
      },
      warning: null,
    });
    store.save({ station: 'Line 3', softApPrefix: 'Acme-' });
    expect(readdirSync(dir)).toEqual(['settings.json']);
    expect(store.load().value).toMatchObject({ station: 'Line 3', softApPrefix: 'Acme-' });
  });

  it('keeps a damaged file aside instead of overwriting it', () => {
    const dir = tempDir();
    const path = join(dir, 'settings.json');
    writeFileSync(path, '{"station": "Line 3", ');
    const store = new JsonFileStore(path, settingsSchema, {
      now: () => new Date('2026-11-27T10:00:00Z'),
    });
    const loaded = store.load();
    expect(loaded.value.station).toBe('');
    expect(loaded.warning).toContain('damaged');
    const aside = readdirSync(dir).find((name) => name.includes('damaged'));
    expect(aside).toBe('settings.json.damaged-2026-11-27T10-00-00-000Z');
    expect(aside).toBeDefined();
    expect(readFileSync(join(dir, aside ?? ''), 'utf8')).toBe('{"station": "Line 3", ');
  });

  it('refuses to save invalid settings', () => {
    const store = new JsonFileStore(join(tempDir(), 'settings.json'), settingsSchema);
    expect(() => store.save({ cloudBaseUrl: 'ftp://nope' })).toThrow();
    expect(() => store.save({ cloudBaseUrl: 'http://api.particle.io' })).toThrow(/https/);
    expect(store.save({ cloudBaseUrl: 'http://127.0.0.1:4000' }).cloudBaseUrl).toBe(
      'http://127.0.0.1:4000',
    );
  });
});

describe('secret stores', () => {
  it('key-file store round-trips and never writes the secret in clear', () => {
    const dir = tempDir();
    const path = join(dir, 'secrets.json');
    const store = new EncryptedFileSecretStore(
      path,
      keyFileEncryptor(join(dir, 'key')),
      'key-file',
    );
    store.set('cloud.token', 'tok_0123456789abcdef');
    expect(readFileSync(path, 'utf8')).not.toContain('tok_0123456789abcdef');
    const reopened = new EncryptedFileSecretStore(
      path,
      keyFileEncryptor(join(dir, 'key')),
      'key-file',
    );
    expect(reopened.get('cloud.token')).toBe('tok_0123456789abcdef');
    reopened.delete('cloud.token');
    expect(reopened.has('cloud.token')).toBe(false);
  });

  it('says clearly when a secret cannot be unlocked with another key', () => {
    const dir = tempDir();
    const path = join(dir, 'secrets.json');
    new EncryptedFileSecretStore(path, keyFileEncryptor(join(dir, 'key-a')), 'key-file').set(
      'wifi',
      'pa55word!',
    );
    const other = new EncryptedFileSecretStore(
      path,
      keyFileEncryptor(join(dir, 'key-b')),
      'key-file',
    );
    expect(() => other.get('wifi')).toThrow(OperatorError);
    expect(() => other.get('wifi')).toThrow(/Enter it again/);
  });

  it("refuses Linux's basic_text safeStorage backend and a missing keychain", () => {
    const fake = (backend: string, available = true): SafeStorageLike => ({
      isEncryptionAvailable: () => available,
      encryptString: (plain) => Buffer.from(plain),
      decryptString: (sealed) => sealed.toString(),
      getSelectedStorageBackend: () => backend,
    });
    expect(() => safeStorageEncryptor(fake('basic_text'), 'linux')).toThrow(/keyring/);
    expect(() => safeStorageEncryptor(fake('gnome_libsecret', false), 'linux')).toThrow(
      /no keychain/,
    );
    expect(safeStorageEncryptor(fake('gnome_libsecret'), 'linux').decrypt(Buffer.from('x'))).toBe(
      'x',
    );
    expect(() => safeStorageEncryptor(fake('basic_text'), 'darwin')).not.toThrow();
  });

  it('memory store keeps nothing on disk', () => {
    const store = new MemorySecretStore();
    store.set('a', 'b');
    expect(store.get('a')).toBe('b');
    expect(store.get('missing')).toBeNull();
    expect(existsSync('a')).toBe(false);
  });
});
