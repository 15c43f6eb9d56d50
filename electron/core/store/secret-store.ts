// Secrets (access tokens, OAuth client secrets, station Wi-Fi passwords) live behind this
// interface and are never on disk in clear: the desktop app encrypts them with the OS keychain
// (Electron safeStorage); the web host keeps them in memory unless given a key file.
import { m } from '../../../shared/i18n';
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { OperatorError } from '../runtime';
import { writeFileAtomic } from './atomic-write';

export type SecretStoreKind = 'os-keychain' | 'key-file' | 'memory';

export interface SecretStore {
  readonly kind: SecretStoreKind;
  get(name: string): string | null;
  has(name: string): boolean;
  set(name: string, value: string): void;
  delete(name: string): void;
}

export interface Encryptor {
  encrypt(plain: string): Buffer;
  decrypt(sealed: Buffer): string;
}

export class MemorySecretStore implements SecretStore {
  readonly kind = 'memory' as const;
  private readonly values = new Map<string, string>();
  get = (name: string): string | null => this.values.get(name) ?? null;
  has = (name: string): boolean => this.values.has(name);
  set = (name: string, value: string): void => void this.values.set(name, value);
  delete = (name: string): void => void this.values.delete(name);
}

const sealedFileSchema = z.record(z.string(), z.string());

/** Secrets sealed one by one and kept as base64 in a JSON file written atomically. */
export class EncryptedFileSecretStore implements SecretStore {
  private sealed: Record<string, string>;

  constructor(
    private readonly path: string,
    private readonly encryptor: Encryptor,
    readonly kind: SecretStoreKind,
  ) {
    this.sealed = existsSync(path)
      ? sealedFileSchema.parse(JSON.parse(readFileSync(path, 'utf8')))
      : {};
  }

  get(name: string): string | null {
    const value = this.sealed[name];
    if (value === undefined) return null;
    try {
      return this.encryptor.decrypt(Buffer.from(value, 'base64'));
    } catch {
      throw new OperatorError(m('core.secrets.locked', { name }));
    }
  }

  has = (name: string): boolean => Object.hasOwn(this.sealed, name);

  set(name: string, value: string): void {
    this.sealed = { ...this.sealed, [name]: this.encryptor.encrypt(value).toString('base64') };
    this.persist();
  }

  delete(name: string): void {
    if (!this.has(name)) return;
    const { [name]: _removed, ...rest } = this.sealed;
    this.sealed = rest;
    this.persist();
  }

  private persist(): void {
    writeFileAtomic(this.path, JSON.stringify(this.sealed, null, 2) + '\n');
  }
}

/** The part of Electron's safeStorage we use; main.ts passes the real one. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(sealed: Buffer): string;
  getSelectedStorageBackend?(): string;
}

/**
 * Wraps safeStorage, refusing Linux's "basic_text" backend: it only obfuscates with a
 * hard-coded key, which would be clear text on disk in all but name.
 */
export function safeStorageEncryptor(
  safeStorage: SafeStorageLike,
  platform: NodeJS.Platform,
): Encryptor {
  if (!safeStorage.isEncryptionAvailable()) throw new OperatorError(m('core.secrets.no-keychain'));
  if (platform === 'linux' && safeStorage.getSelectedStorageBackend?.() === 'basic_text')
    throw new OperatorError(m('core.secrets.no-keyring'));
  return {
    encrypt: (plain) => safeStorage.encryptString(plain),
    decrypt: (sealed) => safeStorage.decryptString(sealed),
  };
}

const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** AES-256-GCM with a random key kept in its own 0600 file (created on first use). */
export function keyFileEncryptor(keyPath: string): Encryptor {
  if (!existsSync(keyPath))
    writeFileAtomic(keyPath, randomBytes(KEY_BYTES).toString('base64') + '\n');
  const key = Buffer.from(readFileSync(keyPath, 'utf8').trim(), 'base64');
  if (key.length !== KEY_BYTES)
    throw new OperatorError(m('core.secrets.bad-key-file', { path: keyPath, bytes: KEY_BYTES }));
  return {
    encrypt: (plain) => {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    decrypt: (sealed) => {
      const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, IV_BYTES));
      decipher.setAuthTag(sealed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      return Buffer.concat([
        decipher.update(sealed.subarray(IV_BYTES + TAG_BYTES)),
        decipher.final(),
      ]).toString('utf8');
    },
  };
}
