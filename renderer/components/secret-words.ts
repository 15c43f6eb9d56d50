// What "Remember" really does on this host, in the operator's words: the desktop app encrypts
// with the system keychain; the web demo keeps secrets in memory unless given a key file.
import type { SecretStorageKind } from '../../shared/contract';
import { m, type Message } from '../../shared/i18n';

export const rememberLabel = (kind: SecretStorageKind | undefined): Message => {
  switch (kind) {
    case 'os-keychain':
      return m('ui.secrets.remember.keychain');
    case 'key-file':
      return m('ui.secrets.remember.key-file');
    default:
      return m('ui.secrets.remember.memory');
  }
};

export const rememberedWords = (kind: SecretStorageKind | undefined): Message => {
  switch (kind) {
    case 'os-keychain':
      return m('ui.secrets.remembered.keychain');
    case 'key-file':
      return m('ui.secrets.remembered.key-file');
    default:
      return m('ui.secrets.remembered.memory');
  }
};

/** How a station profile's saved password is kept. */
export const savedPasswordWords = (kind: SecretStorageKind | undefined): Message =>
  kind === 'memory' || kind === undefined
    ? m('ui.secrets.profile-password.memory')
    : m('ui.secrets.profile-password.saved');
