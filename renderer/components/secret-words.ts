// What "Remember" really does on this host, in the operator's words: the desktop app encrypts
// with the system keychain; the web demo keeps secrets in memory unless given a key file.
import type { SecretStorageKind } from '../../shared/contract';

export const rememberLabel = (kind: SecretStorageKind | undefined): string => {
  switch (kind) {
    case 'os-keychain':
      return 'Remember on this computer (encrypted by the system keychain)';
    case 'key-file':
      return 'Remember on this computer (encrypted with the key file this host was started with)';
    default:
      return 'Remember until Photon Setup stops (this host keeps secrets in memory only)';
  }
};

export const rememberedWords = (kind: SecretStorageKind | undefined): string => {
  switch (kind) {
    case 'os-keychain':
      return 'Saved, encrypted by this computer’s keychain';
    case 'key-file':
      return 'Saved, encrypted with this host’s key file';
    default:
      return 'Kept in memory until Photon Setup stops';
  }
};

/** How a station profile's saved password is kept. */
export const savedPasswordWords = (kind: SecretStorageKind | undefined): string =>
  kind === 'memory' || kind === undefined
    ? 'password kept until Photon Setup stops'
    : 'password saved (encrypted)';
