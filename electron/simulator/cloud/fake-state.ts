// The fake cloud's world: accounts, tokens, products, customers, devices and claim codes, with the
// permission rules the routes share. Plain data and lookups; HTTP lives elsewhere.
import type { FakeClock } from './fake-clock';
import { newClaimCode, newObjectId, newToken } from './fake-ids';
import type { Seed } from './seed-schema';

export const ACCESS_TOKEN_LIFETIME_S = 90 * 24 * 3600;
const REFRESH_TOKEN_LIFETIME_MS = 14 * 24 * 3600 * 1000;
export const CLAIM_CODE_LIFETIME_MS = 3600 * 1000;
export const MFA_TOKEN_LIFETIME_MS = 5 * 60 * 1000;

export type Owner =
  { kind: 'user'; username: string } | { kind: 'customer'; product: number; email: string };
export type Principal = Owner | { kind: 'client'; clientId: string; product: number | null };

export interface UserRecord {
  id: string;
  username: string;
  password: string;
  mfaCode: string | null;
}
export interface CustomerRecord {
  id: string;
  product: number;
  email: string;
  createdAt: number;
}
export interface ProductRecord {
  id: number;
  slug: string;
  name: string;
  platformId: number;
  team: Set<string>;
}
export interface ClientRecord {
  clientId: string;
  clientSecret: string;
  product: number | null;
}
export interface TokenRecord {
  accessToken: string;
  principal: Principal;
  clientId: string;
  expiresAt: number | null;
  scope: string | null;
}
export interface RefreshRecord {
  refreshToken: string;
  principal: Principal;
  clientId: string;
  expiresAt: number;
  scope: string | null;
}
export interface DeviceRecord {
  id: string;
  name: string;
  platformId: number;
  productId: number | null;
  owner: Owner | null;
  /** What the cloud lists: it lags behind a device that dropped (see device-link.ts). */
  online: boolean;
  /** Whether the device really holds a cloud session now (it answers variable reads). */
  connected: boolean;
  lastHeard: number | null;
  lastHandshakeAt: number | null;
  lastIp: string | null;
  variables: Record<string, number | string | boolean>;
  development: boolean;
  quarantined: boolean;
  denied: boolean;
}
export interface ClaimCodeRecord {
  code: string;
  owner: Owner;
  product: number | null;
  createdAt: number;
  used: boolean;
}

/** Clients every developer login may use (docs: "any client works" for your own account). */
const PUBLIC_CLIENTS: readonly ClientRecord[] = [
  { clientId: 'particle', clientSecret: 'particle', product: null },
  { clientId: 'particle-api', clientSecret: 'particle-api', product: null },
  { clientId: 'particle-cli', clientSecret: 'particle-cli', product: null },
];

const PHOTON_NAMES = [
  'hamster',
  'pirate',
  'ninja',
  'wizard',
  'turtle',
  'badger',
  'otter',
  'falcon',
];

export class FakeState {
  readonly users = new Map<string, UserRecord>();
  readonly customers = new Map<string, CustomerRecord>(); // key `${product}/${email}`
  readonly products = new Map<number, ProductRecord>();
  readonly clients = new Map<string, ClientRecord>();
  readonly tokens = new Map<string, TokenRecord>();
  readonly refreshTokens = new Map<string, RefreshRecord>();
  readonly mfaTokens = new Map<string, { username: string; expiresAt: number }>();
  readonly devices = new Map<string, DeviceRecord>();
  readonly claimCodes = new Map<string, ClaimCodeRecord>();
  /** Told when a device is asked to start or stop its rainbow (the simulated Photon listens). */
  readonly signalListeners = new Set<(deviceId: string, on: boolean) => void>();
  /** Consecutive failed token requests (the real cloud counts per IP; the fake has one client IP). */
  loginFailures = 0;
  lockedUntil = 0;

  constructor(
    readonly clock: FakeClock,
    seed: Seed,
  ) {
    for (const client of PUBLIC_CLIENTS) this.clients.set(client.clientId, client);
    for (const user of seed.users)
      this.users.set(user.username, {
        id: newObjectId(),
        username: user.username,
        password: user.password,
        mfaCode: user.mfaCode ?? null,
      });
    for (const product of seed.products) {
      this.products.set(product.id, {
        id: product.id,
        slug: product.slug,
        name: product.name,
        platformId: product.platformId,
        team: new Set(product.team),
      });
    }
    for (const client of seed.clients)
      this.clients.set(client.clientId, {
        clientId: client.clientId,
        clientSecret: client.clientSecret,
        product: client.product ?? null,
      });
    for (const customer of seed.customers) this.addCustomer(customer.product, customer.email);
    for (const token of seed.tokens) {
      const expiresAt = token.expiresIn ? clock.now() + token.expiresIn * 1000 : null;
      this.tokens.set(token.accessToken, {
        accessToken: token.accessToken,
        principal: { kind: 'user', username: token.username },
        clientId: 'particle',
        expiresAt,
        scope: null,
      });
    }
    for (const device of seed.devices) {
      const record = this.ensureDevice(device.id);
      record.name = device.name ?? record.name;
      record.platformId = device.platformId;
      record.productId = device.product ?? null;
      record.variables = { ...device.variables };
      if (device.ownerUser) record.owner = { kind: 'user', username: device.ownerUser };
      if (device.ownerCustomer && device.product !== undefined)
        record.owner = { kind: 'customer', product: device.product, email: device.ownerCustomer };
      if (device.online) {
        record.online = true;
        record.connected = true;
        record.lastHeard = record.lastHandshakeAt = clock.now();
        record.lastIp = '198.51.100.23';
      }
    }
  }

  addCustomer(product: number, email: string): CustomerRecord {
    const record: CustomerRecord = {
      id: newObjectId(),
      product,
      email,
      createdAt: this.clock.now(),
    };
    this.customers.set(`${product}/${email}`, record);
    return record;
  }

  customer(product: number, email: string): CustomerRecord | undefined {
    return this.customers.get(`${product}/${email}`);
  }

  /** A real cloud knows every device Particle made; the fake invents unknown ones on first sight. */
  ensureDevice(id: string): DeviceRecord {
    let device = this.devices.get(id);
    if (!device) {
      const n = parseInt(id.slice(-6), 16) || 0;
      device = {
        id,
        name: `${PHOTON_NAMES[n % PHOTON_NAMES.length]}_${id.slice(-4)}`,
        platformId: 6,
        productId: null,
        owner: null,
        online: false,
        connected: false,
        lastHeard: null,
        lastHandshakeAt: null,
        lastIp: null,
        variables: {},
        development: false,
        quarantined: false,
        denied: false,
      };
      this.devices.set(id, device);
    }
    return device;
  }

  findProduct(idOrSlug: string): ProductRecord | undefined {
    if (/^\d+$/.test(idOrSlug)) return this.products.get(Number(idOrSlug));
    return [...this.products.values()].find((product) => product.slug === idOrSlug);
  }

  issueToken(principal: Principal, clientId: string, expiresInS: number, scope: string | null) {
    const accessToken = newToken();
    const refreshToken = newToken();
    const now = this.clock.now();
    this.tokens.set(accessToken, {
      accessToken,
      principal,
      clientId,
      expiresAt: expiresInS === 0 ? null : now + expiresInS * 1000,
      scope,
    });
    this.refreshTokens.set(refreshToken, {
      refreshToken,
      principal,
      clientId,
      expiresAt: now + REFRESH_TOKEN_LIFETIME_MS,
      scope,
    });
    return {
      token_type: 'bearer',
      access_token: accessToken,
      expires_in: expiresInS,
      refresh_token: refreshToken,
      ...(scope ? { scope } : {}),
    };
  }

  createClaimCode(owner: Owner, product: number | null): ClaimCodeRecord {
    const record: ClaimCodeRecord = {
      code: newClaimCode(),
      owner,
      product,
      createdAt: this.clock.now(),
      used: false,
    };
    this.claimCodes.set(record.code, record);
    return record;
  }

  /** Revokes a customer: its tokens and pending claim codes go with it. */
  removeCustomer(product: number, email: string): boolean {
    if (!this.customers.delete(`${product}/${email}`)) return false;
    const isIt = (p: Principal) =>
      p.kind === 'customer' && p.product === product && p.email === email;
    for (const [key, token] of this.tokens) if (isIt(token.principal)) this.tokens.delete(key);
    for (const [key, token] of this.refreshTokens)
      if (isIt(token.principal)) this.refreshTokens.delete(key);
    for (const [key, code] of this.claimCodes)
      if (!code.used && isIt(code.owner)) this.claimCodes.delete(key);
    return true;
  }

  ownerName(owner: Owner | null): string | null {
    if (!owner) return null;
    return owner.kind === 'user' ? owner.username : owner.email;
  }

  ownerId(owner: Owner | null): string {
    if (!owner) return '';
    if (owner.kind === 'user') return this.users.get(owner.username)?.id ?? '';
    return this.customer(owner.product, owner.email)?.id ?? '';
  }

  canManageProduct(principal: Principal, product: ProductRecord): boolean {
    if (principal.kind === 'user') return product.team.has(principal.username);
    if (principal.kind === 'client') return principal.product === product.id;
    return false;
  }

  isOwner(principal: Principal, device: DeviceRecord): boolean {
    const owner = device.owner;
    if (!owner) return false;
    if (owner.kind === 'user')
      return principal.kind === 'user' && principal.username === owner.username;
    return (
      principal.kind === 'customer' &&
      principal.product === owner.product &&
      principal.email === owner.email
    );
  }

  /** Your own devices, and product devices you manage "regardless of claiming". */
  canSeeDevice(principal: Principal, device: DeviceRecord): boolean {
    if (this.isOwner(principal, device)) return true;
    if (device.productId === null) return false;
    const product = this.products.get(device.productId);
    return product !== undefined && this.canManageProduct(principal, product);
  }
}
