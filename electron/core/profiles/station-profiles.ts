// Saved station networks ("profiles") so a run of many devices needs the Wi-Fi password once. The
// file keeps only what is not secret; passwords and private keys go to the SecretStore, and the
// renderer is told only *that* one exists.
import { m } from '../../../shared/i18n';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { describeSecurity, requiresPassword } from '../../../shared/security';
import type { NetworkChoice, StationProfile } from '../../../shared/provisioning';
import { bytesToHex, displaySsid, utf8Bytes } from '../../../shared/ssid-text';
import { OperatorError } from '../runtime';
import type { SecretStore } from '../store/secret-store';
import { JsonFileStore } from '../store/settings-store';

export const PROFILES_FILE_NAME = 'station-profiles.json';

const storedProfile = z.object({
  id: z.string().min(1).max(64),
  ssid: z.string().min(1).max(64),
  /** The SSID's bytes when it was chosen from a device's scan (older files have none). */
  ssidHex: z
    .string()
    .regex(/^(?:[0-9a-f]{2}){1,32}$/)
    .optional(),
  security: z.number().int(),
  channel: z.number().int().min(0).max(14),
  auth: z.enum(['personal', 'peap', 'eap-tls']),
  innerIdentity: z.string().optional(),
  outerIdentity: z.string().optional(),
  caCertificate: z.string().optional(),
  clientCertificate: z.string().optional(),
});
type StoredProfile = z.output<typeof storedProfile>;

const fileSchema = z.object({ profiles: z.array(storedProfile).default([]) });

const secretName = (id: string, what: 'password' | 'privateKey'): string => `profile.${id}.${what}`;

/** A profile is one network: the same bytes, whatever the readable name says. */
const bytesOf = (profile: { ssid: string; ssidHex?: string | undefined }): string =>
  profile.ssidHex ?? bytesToHex(utf8Bytes(profile.ssid));

export class StationProfiles {
  private readonly file: JsonFileStore<typeof fileSchema>;

  constructor(
    path: string,
    private readonly secrets: SecretStore,
  ) {
    this.file = new JsonFileStore(path, fileSchema);
  }

  private read(): StoredProfile[] {
    return this.file.load().value.profiles;
  }

  private secretOf(profile: StoredProfile): string | null {
    if (profile.auth === 'eap-tls') return this.secrets.get(secretName(profile.id, 'privateKey'));
    return this.secrets.get(secretName(profile.id, 'password'));
  }

  private view(profile: StoredProfile): StationProfile {
    const kind = profile.auth === 'eap-tls' ? 'privateKey' : 'password';
    return {
      id: profile.id,
      ssid: profile.ssid,
      ssidHex: bytesOf(profile),
      security: profile.security,
      securityName: describeSecurity(profile.security),
      channel: profile.channel,
      auth: profile.auth,
      hasSecret: this.secrets.has(secretName(profile.id, kind)),
    };
  }

  list(): StationProfile[] {
    return this.read().map((profile) => this.view(profile));
  }

  /** Saves (or replaces, by SSID bytes) a profile; its secret goes to the SecretStore. */
  save(choice: NetworkChoice): StationProfile {
    const profiles = this.read();
    const existing = profiles.find((profile) => bytesOf(profile) === bytesOf(choice));
    const id = existing?.id ?? randomUUID();
    const stored: StoredProfile = {
      id,
      ssid: choice.ssid,
      ...(choice.ssidHex === undefined ? {} : { ssidHex: choice.ssidHex }),
      security: choice.security,
      channel: choice.channel ?? 0,
      auth: choice.auth,
      ...(choice.auth === 'peap' ? { innerIdentity: choice.innerIdentity } : {}),
      ...(choice.auth !== 'personal' && choice.outerIdentity !== undefined
        ? { outerIdentity: choice.outerIdentity }
        : {}),
      ...(choice.auth !== 'personal' && choice.caCertificate !== undefined
        ? { caCertificate: choice.caCertificate }
        : {}),
      ...(choice.auth === 'eap-tls' ? { clientCertificate: choice.clientCertificate } : {}),
    };
    this.secrets.delete(secretName(id, 'password'));
    this.secrets.delete(secretName(id, 'privateKey'));
    if (choice.auth === 'eap-tls')
      this.secrets.set(secretName(id, 'privateKey'), choice.privateKey);
    else if (choice.password !== undefined && choice.password !== '')
      this.secrets.set(secretName(id, 'password'), choice.password);
    this.file.save({
      profiles:
        existing === undefined
          ? [...profiles, stored]
          : profiles.map((p) => (p.id === id ? stored : p)),
    });
    return this.view(stored);
  }

  delete(id: string): StationProfile[] {
    const profiles = this.read();
    this.secrets.delete(secretName(id, 'password'));
    this.secrets.delete(secretName(id, 'privateKey'));
    this.file.save({ profiles: profiles.filter((profile) => profile.id !== id) });
    return this.list();
  }

  /** The profile with its secret, for the engine only. */
  resolve(id: string): NetworkChoice {
    const profile = this.read().find((candidate) => candidate.id === id);
    if (profile === undefined) throw new OperatorError(m('core.profile.gone'), 'no-profile');
    const secret = this.secretOf(profile);
    const missing = (): never => {
      throw new OperatorError(
        m('core.profile.secret-missing', { ssid: displaySsid(profile.ssid) }),
        'profile-secret-missing',
      );
    };
    const base = {
      ssid: profile.ssid,
      ...(profile.ssidHex === undefined ? {} : { ssidHex: profile.ssidHex }),
      security: profile.security,
      channel: profile.channel,
    };
    switch (profile.auth) {
      case 'personal':
        if (requiresPassword(profile.security) && secret === null) return missing();
        return { ...base, auth: 'personal', ...(secret === null ? {} : { password: secret }) };
      case 'peap':
        return {
          ...base,
          auth: 'peap',
          innerIdentity: profile.innerIdentity ?? '',
          password: secret ?? missing(),
          outerIdentity: profile.outerIdentity,
          caCertificate: profile.caCertificate,
        };
      case 'eap-tls':
        return {
          ...base,
          auth: 'eap-tls',
          clientCertificate: profile.clientCertificate ?? '',
          privateKey: secret ?? missing(),
          outerIdentity: profile.outerIdentity,
          caCertificate: profile.caCertificate,
        };
    }
  }
}
