// The fake cloud's public surface.
export { startFakeCloud, type FakeCloud, type FakeCloudOptions } from './fake-cloud';
export { createHttpDeviceLink } from './http-device-link';
export { CLAIM_CODE_LIFETIME_MS } from './fake-state';
export { parseSeed, SeedError, type SeedInput } from './seed-schema';
