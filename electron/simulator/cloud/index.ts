// The fake cloud's public surface.
export {
  startFakeCloud,
  DEFAULT_KEEP_ALIVE_MS,
  type FakeCloud,
  type FakeCloudOptions,
  type RequestRecord,
} from './fake-cloud';
export { createFakeClock, type FakeClock } from './fake-clock';
export type { FaultSpec } from './fake-faults';
export type { ClaimVerdict, ConnectDeviceArgs } from './device-link';
export {
  createHttpDeviceLink,
  DEVICE_LINK_TIMEOUT_MS,
  type CloudDeviceLink,
} from './http-device-link';
export type { DeviceSnapshot } from './snapshot';
export {
  CLAIM_CODE_LIFETIME_MS,
  ACCESS_TOKEN_LIFETIME_S,
  REFRESH_TOKEN_LIFETIME_MS,
} from './fake-state';
export { E as fakeCloudBodies } from './fake-bodies';
export { parseSeed, loadSeedFile, SeedError, type Seed, type SeedInput } from './seed-schema';
export { runCloudSimulatorCommand } from './cli-command';
